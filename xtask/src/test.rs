//! `cargo xtask test`: every test stage in order, a summary line per stage with its time, and a
//! non-zero exit when any stage fails. A failed stage does not stop the independent ones after it.

use crate::{cmd, tools};
use std::time::{Duration, Instant};

struct Stage {
    name: &'static str,
    /// Stages this one needs; it is skipped when one of them failed.
    needs: &'static [&'static str],
    run: fn() -> Result<(), String>,
}

const STAGES: &[Stage] = &[
    Stage { name: "fmt", needs: &[], run: fmt },
    Stage { name: "clippy", needs: &[], run: clippy },
    Stage { name: "native tests", needs: &[], run: native_tests },
    Stage { name: "wasm tests", needs: &[], run: wasm_tests },
    Stage { name: "dist", needs: &[], run: crate::dist },
    Stage { name: "end-to-end", needs: &["dist"], run: end_to_end },
];

enum Outcome {
    Passed,
    Failed(String),
    Skipped(String),
}

pub fn run(args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("`test` takes no arguments, found `{arg}`"));
    }
    let started = Instant::now();
    let setup = Instant::now();
    tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    let setup = setup.elapsed();

    let mut results: Vec<(&str, Outcome, Duration)> = Vec::new();
    for stage in STAGES {
        let failed_need = stage.needs.iter().find(|need| {
            results.iter().any(|(name, outcome, _)| name == *need && !matches!(outcome, Outcome::Passed))
        });
        if let Some(need) = failed_need {
            results.push((stage.name, Outcome::Skipped(format!("needs `{need}`")), Duration::ZERO));
            continue;
        }
        println!("\n==> {}", stage.name);
        let start = Instant::now();
        let outcome = match (stage.run)() {
            Ok(()) => Outcome::Passed,
            Err(e) => {
                eprintln!("xtask: {} failed: {e}", stage.name);
                Outcome::Failed(e)
            }
        };
        results.push((stage.name, outcome, start.elapsed()));
    }

    println!("\nxtask test summary");
    println!("  {:<8} {:<14} {:>8}", "ok", "setup", seconds(setup));
    for (name, outcome, took) in &results {
        let (word, note) = match outcome {
            Outcome::Passed => ("ok", String::new()),
            Outcome::Failed(e) => ("FAILED", format!("  {}", e.lines().next().unwrap_or(""))),
            Outcome::Skipped(why) => ("skipped", format!("  {why}")),
        };
        println!("  {word:<8} {name:<14} {:>8}{note}", seconds(*took));
    }
    let passed = results.iter().filter(|(_, o, _)| matches!(o, Outcome::Passed)).count();
    let failed = results.len() - passed;
    println!("stages: {passed} passed, {failed} failed");
    println!("xtask test took {}", seconds(started.elapsed()));
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} of {} stages did not pass", results.len()))
    }
}

fn seconds(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

fn fmt() -> Result<(), String> {
    cmd::cargo(&["fmt", "--all", "--check"]).run()
}

fn clippy() -> Result<(), String> {
    cmd::cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]).run()?;
    // The browser-only code (tests/app.rs, wasm-only paths) and the extractor module are linted
    // for their own target too: the page build (outlines read from the page) and the test build
    // (outlines compiled in, see `wasm_tests`).
    let wasm = ["clippy", "--package", "stance-atlas", "--target", "wasm32-unknown-unknown"];
    cmd::cargo(
        &[&wasm[..], &["--package", "atlas-extractor", "--lib", "--bins", "--", "-D", "warnings"]].concat(),
    )
    .run()?;
    cmd::cargo(
        &[&wasm[..], &["--features", "embedded-data", "--all-targets", "--", "-D", "warnings"]].concat(),
    )
    .run()
}

fn native_tests() -> Result<(), String> {
    cmd::cargo(&["test", "--workspace"]).run()
}

/// Component tests in headless Chromium through wasm-bindgen-test-runner (the cargo runner for
/// wasm32 in .cargo/config.toml) and ChromeDriver; webdriver.json adds `--no-sandbox` for root.
/// They mount the app with no page around it, so the map's outlines are compiled in.
fn wasm_tests() -> Result<(), String> {
    let test = ["test", "--package", "stance-atlas", "--target", "wasm32-unknown-unknown", "--tests"];
    cmd::cargo(&[&test[..], &["--features", "embedded-data"]].concat())
        .env("CHROMEDRIVER", tools::chromedriver())
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .run()
}

fn end_to_end() -> Result<(), String> {
    let root = cmd::root();
    let shots = cmd::target_dir().join("e2e");
    cmd::new("node", &["--test", "--test-reporter=spec"])
        .dir(root.join("tests").join("e2e"))
        .env("DIST_DIR", root.join("dist"))
        .env("SCREENSHOT_DIR", &shots)
        .env("CHROMIUM_PATH", tools::chromium())
        .run()?;
    println!("xtask: screenshots in {}", shots.display());
    Ok(())
}
