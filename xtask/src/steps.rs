//! The steps of a build with their times, printed as one table at the end of `cargo xtask dist`.
//!
//! Trunk's post_build hook (`cargo xtask stage`) runs in a child process: it appends its own steps
//! to the file named by `ATLAS_STAGE_TIMES`, which `dist` sets for trunk and reads back, so the
//! table shows them under the trunk build they belong to.

use std::path::Path;
use std::time::{Duration, Instant};

/// The variable naming the file the stage hook appends its steps to.
pub const STAGE_TIMES_VAR: &str = "ATLAS_STAGE_TIMES";

/// Steps in the order they ran; a step's `depth` indents it under the one before (1: inside it).
#[derive(Default)]
pub struct Steps {
    rows: Vec<(usize, String, Duration)>,
}

impl Steps {
    /// Runs `step`, recording its time under `name` (also when it fails).
    pub fn time<T>(&mut self, name: &str, step: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
        let start = Instant::now();
        let result = step();
        self.rows.push((0, name.to_string(), start.elapsed()));
        result
    }

    /// Adds steps that ran inside the last one (the stage hook's, inside the trunk build).
    pub fn add_inner(&mut self, inner: Vec<(String, Duration)>) {
        self.rows.extend(inner.into_iter().map(|(name, took)| (1, name, took)));
    }

    /// The table: each step with its time, inner steps indented, and the total of the outer ones.
    pub fn table(&self) -> String {
        let width =
            self.rows.iter().map(|(depth, name, _)| depth * 2 + name.chars().count()).max().unwrap_or(0);
        let width = width.max("total".len());
        let mut out = format!("{:<width$}  {:>8}\n", "step", "time");
        for (depth, name, took) in &self.rows {
            let name = format!("{}{name}", "  ".repeat(*depth));
            out.push_str(&format!("{name:<width$}  {:>7.1}s\n", took.as_secs_f64()));
        }
        let total: Duration =
            self.rows.iter().filter(|(depth, ..)| *depth == 0).map(|(.., took)| *took).sum();
        out.push_str(&format!("{:<width$}  {:>7.1}s\n", "total", total.as_secs_f64()));
        out
    }
}

/// Runs a step of the stage hook and appends its time to `$ATLAS_STAGE_TIMES` when set.
pub fn stage_step(name: &str, step: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    let start = Instant::now();
    step()?;
    if let Some(file) = std::env::var_os(STAGE_TIMES_VAR) {
        use std::io::Write as _;
        let line = format!("{}\t{name}\n", start.elapsed().as_secs_f64());
        let mut out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&file)
            .map_err(|e| format!("{}: {e}", Path::new(&file).display()))?;
        out.write_all(line.as_bytes()).map_err(|e| format!("{}: {e}", Path::new(&file).display()))?;
    }
    Ok(())
}

/// The steps the stage hook appended to `file` (none when it holds none).
pub fn read_stage_times(file: &Path) -> Vec<(String, Duration)> {
    parse_stage_times(&std::fs::read_to_string(file).unwrap_or_default())
}

fn parse_stage_times(text: &str) -> Vec<(String, Duration)> {
    text.lines()
        .filter_map(|line| {
            let (seconds, name) = line.split_once('\t')?;
            Some((name.to_string(), Duration::from_secs_f64(seconds.parse().ok()?)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_each_step_with_its_time_and_the_hook_s_inside_trunk() {
        let mut steps = Steps::default();
        steps.time("trunk build", || Ok(())).unwrap();
        steps.add_inner(parse_stage_times(
            "12.5\tstage: extractor module\nbroken\n0.25\tstage: map outlines\n",
        ));
        assert!(steps.time("prerender", || Err::<(), _>("no Chromium".to_string())).is_err());
        let table = steps.table();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 6, "{table}");
        assert!(lines[0].starts_with("step") && lines[0].ends_with("time"), "{table}");
        assert!(lines[2].starts_with("  stage: extractor module") && lines[2].ends_with("12.5s"), "{table}");
        assert!(lines[3].ends_with("0.2s") || lines[3].ends_with("0.3s"), "{table}");
        assert!(lines[4].starts_with("prerender"), "a failed step is listed too: {table}");
        assert!(lines[5].starts_with("total"), "{table}");
    }
}
