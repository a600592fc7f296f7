//! `cargo xtask synth N [--out DIR] [--seed S]`: writes N synthetic corpus files for measuring
//! scale (issue 5). They are never shipped: the default folder is `synth-N/` in cargo's target
//! directory (`target/synth-N/` unless `CARGO_TARGET_DIR` moves it), and only a
//! build run with `ATLAS_CORPUS_DIR` pointing there bakes them.

use crate::cmd;
use atlas_core::synth;
use std::path::{Path, PathBuf};

/// The seed used when none is given, so `synth 1000` always writes the same corpus.
const DEFAULT_SEED: u64 = 2026;

pub struct SynthArgs {
    pub count: usize,
    pub out: PathBuf,
    pub seed: u64,
}

pub fn parse(args: &[String]) -> Result<SynthArgs, String> {
    let mut count = None;
    let mut out = None;
    let mut seed = DEFAULT_SEED;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(args.next().ok_or("`--out` needs a folder")?)),
            "--seed" => {
                let value = args.next().ok_or("`--seed` needs a number")?;
                seed = value.parse().map_err(|_| format!("`--seed {value}` is not a number"))?;
            }
            n if count.is_none() => {
                count = Some(n.parse::<usize>().map_err(|_| format!("`{n}` is not a number of articles"))?)
            }
            other => return Err(format!("`synth` does not take `{other}`")),
        }
    }
    let count = count.ok_or("`synth` needs the number of articles, e.g. `cargo xtask synth 1000`")?;
    let out = out.unwrap_or_else(|| default_dir(count));
    Ok(SynthArgs { count, out, seed })
}

/// Where `synth N` writes by default.
pub fn default_dir(count: usize) -> PathBuf {
    cmd::target_dir().join(format!("synth-{count}"))
}

pub fn run(args: &[String]) -> Result<(), String> {
    let SynthArgs { count, out, seed } = parse(args)?;
    write(count, &out, seed)?;
    println!("xtask: wrote {count} synthetic articles (seed {seed}) to {}", out.display());
    Ok(())
}

/// Writes the corpus into `out`, replacing any earlier corpus files there so the folder holds
/// exactly `count` articles.
pub fn write(count: usize, out: &Path, seed: u64) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let stale = std::fs::read_dir(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for entry in stale.filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "txt") {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    for article in synth::generate(count, seed) {
        let path = out.join(&article.file);
        std::fs::write(&path, article.text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
