//! `cargo xtask bench`: the figures of issue 5, each a median of several runs — first-visit size
//! (brotli), startup ratio against a static SVG page and filter latency (headless Chromium,
//! `tests/e2e/bench.mjs`), extraction time of the corpus in wasm (the extractor compiled to a bare
//! wasm module, run in Node's V8) and natively (the `extract` binary), the time a long paste
//! (100, 200 and 400 KB) takes in the "Add article" dialog (`tests/e2e/bench-long.mjs`), and with
//! `--lighthouse` the Lighthouse scores of the served site.

use crate::{cmd, size, tools};
use std::{
    path::{Path, PathBuf},
    time::Instant,
};

struct BenchArgs {
    runs: usize,
    dist: PathBuf,
    corpus: PathBuf,
    lighthouse: bool,
}

fn parse(args: &[String]) -> Result<BenchArgs, String> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let corpus = cmd::corpus_dir();
    let mut parsed = BenchArgs { runs: 21, dist: cmd::root().join("dist"), corpus, lighthouse: false };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                let n = args.next().ok_or("`--runs` needs a number")?;
                parsed.runs = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("`--runs {n}` is not a positive number"))?;
            }
            "--dist" => parsed.dist = cwd.join(args.next().ok_or("`--dist` needs a folder")?),
            "--corpus" => parsed.corpus = cwd.join(args.next().ok_or("`--corpus` needs a folder")?),
            "--lighthouse" => parsed.lighthouse = true,
            other => return Err(format!("`bench` does not take `{other}`")),
        }
    }
    Ok(parsed)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let args = parse(args)?;
    tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    if !args.dist.join("index.html").is_file() {
        let mut steps = crate::steps::Steps::default();
        let built = crate::build_site(&args.dist, &mut steps);
        print!("{}", steps.table());
        built?;
    }
    let files = corpus_files(&args.corpus)?;
    println!(
        "xtask: bench of {} ({} articles in {}), {} runs each",
        args.dist.display(),
        files.len(),
        args.corpus.display(),
        args.runs
    );

    let sizes = size::measure(&args.dist)?;
    let first_visit = size::first_visit_brotli(&sizes) as f64 / 1024.0;
    println!("size: first visit {first_visit:.1} KiB brotli (budget {:.0} KiB)", size::BUDGET_KIB);

    let text = corpus_text(&args.corpus)?;
    extraction_native(&files, args.runs)?;
    let claims = extraction_wasm(&args.corpus, &files, args.runs)?;
    println!("corpus: one claim per {:.0} bytes of article text", text as f64 / claims.max(1) as f64);

    let root = cmd::root();
    cmd::new("node", &["bench.mjs"])
        .dir(root.join("tests").join("e2e"))
        .env("DIST_DIR", &args.dist)
        .env("BENCH_DIR", cmd::target_dir().join("bench"))
        .env("RUNS", args.runs.to_string())
        .env("CHROMIUM_PATH", tools::chromium())
        .run()?;

    // A long paste in the "Add article" dialog: a few seconds a run, so at most five runs.
    cmd::new("node", &["bench-long.mjs"])
        .dir(root.join("tests").join("e2e"))
        .env("DIST_DIR", &args.dist)
        .env("RUNS", args.runs.min(5).to_string())
        .env("CHROMIUM_PATH", tools::chromium())
        .run()?;

    // What a reader feels: interaction to next paint of a stance toggle, selecting a country,
    // switching tabs and a step of the as-of slider (the Event Timing API).
    cmd::new("node", &["bench-inp.mjs"])
        .dir(root.join("tests").join("e2e"))
        .env("DIST_DIR", &args.dist)
        .env("RUNS", args.runs.to_string())
        .env("CHROMIUM_PATH", tools::chromium())
        .run()?;

    if args.lighthouse {
        cmd::new("node", &["lighthouse.mjs"])
            .dir(root.join("tests").join("e2e"))
            .env("DIST_DIR", &args.dist)
            .env("CHROME_PATH", tools::chromium())
            .env("LIGHTHOUSE_REPORT", cmd::target_dir().join("bench").join("lighthouse.json"))
            .run()?;
    }
    Ok(())
}

fn corpus_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{} holds no .txt articles", dir.display()));
    }
    Ok(files)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.len() % 2 == 1 {
        xs[m]
    } else {
        (xs[m - 1] + xs[m]) / 2.0
    }
}

fn megabytes(files: &[PathBuf]) -> f64 {
    files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum::<u64>() as f64 / 1e6
}

/// The `extract` binary (release) over every file, wall time including start-up and JSON output.
pub fn extraction_native(files: &[PathBuf], runs: usize) -> Result<f64, String> {
    cmd::cargo(&["build", "--quiet", "--release", "-p", "atlas-core", "--bin", "extract"]).run()?;
    let binary = cmd::target_dir().join("release").join("extract");
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        // Batches keep each command line well under the system's argument limit.
        for batch in files.chunks(2000) {
            let status = std::process::Command::new(&binary)
                .args(batch)
                .stdout(std::process::Stdio::null())
                .status()
                .map_err(|e| format!("{}: {e}", binary.display()))?;
            if !status.success() {
                return Err(format!("`extract` failed on the corpus ({status})"));
            }
        }
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let ms = median(times);
    println!(
        "extraction (native, release `extract` binary): {ms:.1} ms for {} articles, {:.1} MB ({:.1} MB/s)",
        files.len(),
        megabytes(files),
        megabytes(files) / (ms / 1000.0)
    );
    Ok(ms)
}

/// The article bodies, concatenated, and the whole files (metadata headers too, which the bundle
/// also carries): their size raw and brotli (as `size` compresses), what bundle growth is
/// compared with. Returns the bodies' raw size.
fn corpus_text(dir: &Path) -> Result<u64, String> {
    let mut whole = String::new();
    let mut bodies = String::new();
    for file in corpus_files(dir)? {
        let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        bodies.push_str(text.split_once("\n---\n").map_or(text.as_str(), |(_, body)| body));
        whole.push_str(&text);
    }
    let (raw, br) = (bodies.len() as u64, size::brotli_size(bodies.as_bytes()));
    let (whole, whole_br) = (whole.len() as u64, size::brotli_size(whole.as_bytes()));
    let kib = |n: u64| n as f64 / 1024.0;
    println!(
        "corpus: article text {:.1} KiB, {:.1} KiB brotli ({:.2}:1); whole files with their headers {:.1} KiB, \
         {:.1} KiB brotli",
        kib(raw),
        kib(br),
        raw as f64 / br as f64,
        kib(whole),
        kib(whole_br)
    );
    Ok(raw)
}

/// The extractor in wasm (release profile, as in the app) over every file, in Node's V8; returns
/// the number of claims.
fn extraction_wasm(dir: &Path, files: &[PathBuf], runs: usize) -> Result<u64, String> {
    cmd::cargo(&[
        "build",
        "--quiet",
        "--release",
        "-p",
        "xtask",
        "--example",
        "extract_wasm",
        "--target",
        "wasm32-unknown-unknown",
    ])
    .run()?;
    let wasm = cmd::target_dir().join("wasm32-unknown-unknown/release/examples/extract_wasm.wasm");
    let wasm = wasm.to_string_lossy().into_owned();
    // The first pass also builds the extractor's automata and runs unoptimised code; the
    // median of the later passes is the steady state, once V8 has optimised the hot code.
    let runs_arg = (runs.max(20) + 1).to_string();
    let dir = dir.to_string_lossy();
    let script = cmd::root().join("xtask").join("examples").join("extract_wasm.mjs");
    let out = cmd::new("node", &[&script.to_string_lossy(), &wasm, &runs_arg, &dir])
        .output()
        .ok_or("timing the wasm extractor in Node failed")?;
    let mut parts = out.split_whitespace();
    let ms: f64 = parts.next().and_then(|n| n.parse().ok()).ok_or(format!("unexpected output `{out}`"))?;
    let cold: f64 = parts.next().and_then(|n| n.parse().ok()).unwrap_or(f64::NAN);
    let claims: u64 = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    println!(
        "extraction (wasm, opt-level z, V8): {ms:.1} ms for {} articles, {claims} claims ({:.1} MB/s); \
         first pass, with building the extractor: {cold:.1} ms",
        files.len(),
        megabytes(files) / (ms / 1000.0)
    );
    Ok(claims)
}
