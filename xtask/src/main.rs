//! Developer commands for Stance Atlas, run as `cargo xtask <command>` (no shell-script zoo).
//!
//! `serve` and `test` are the two commands a newcomer needs: each installs what the machine lacks
//! (skipping what is present), then builds and serves, or runs every test.

mod bench;
mod bindings;
mod cmd;
mod extractor;
mod glue;
mod hand_written;
mod html;
mod map;
mod prerender;
mod single_file;
mod size;
mod stage;
mod steps;
mod synth;
mod test;
mod texts;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--release] [--port N]  install what is missing, build, serve on http://127.0.0.1:N/ (8080)
  test                          install what is missing, then run every test stage:
                                fmt, clippy, native tests, wasm tests in headless Chromium,
                                release build into dist/, end-to-end tests against dist/
  dist [--dist DIR]             build the release site into dist/ (trunk --release --offline,
                                wasm-opt -Oz), prerender its first view, write the single-file
                                dist/stance-atlas.html, print the brotli sizes and a table of
                                each step with its time; ATLAS_CORPUS_DIR=DIR bakes another
                                corpus (then pass --dist, never overwrite the shipped dist/).
                                Build artefacts go to cargo's target directory (CARGO_TARGET_DIR
                                is honoured)
  synth N [--out DIR] [--seed S]
                                write N synthetic articles (default synth-N/ in cargo's
                                target directory, target/ unless CARGO_TARGET_DIR moves it),
                                for measuring scale only
  bench [--runs N] [--dist DIR] [--lighthouse]
                                print bundle size, startup ratio, filter latency and extraction
                                time (medians of N runs, default 21); --lighthouse adds
                                Lighthouse scores
  size                          print the size of each file in dist/, raw and brotli (quality
                                11, the brotli crate), and what a first visit transfers
  hand-written [FEATURE...]     what the code kept hand-written saves a first visit: build the
                                page as shipped and with each feature that swaps that code for
                                the standard library's (std-numbers, std-sort, std-sort-once,
                                std-set; all without arguments) and print the first-visit
                                brotli sizes and savings (ARCHITECTURE.md, What stays
                                hand-written)
  stage-extractor [DIR]         build the extractor module (loaded on demand) and stage it into
                                DIR or $TRUNK_STAGING_DIR under a hashed name
  stage-map [DIR]               put the map's outlines into DIR/index.html or the staged page,
                                where the app reads them
  stage-texts [DIR]             write the articles' whole texts (loaded when an article is
                                opened) into DIR or the staging folder under a hashed name
  stage [DIR]                   the three above, and in a release build minify the
                                wasm-bindgen glue and rename its bindings short; then edit
                                index.html once (trunk's post_build hook)
  setup                         only install what is missing (tools for serve, dist and test)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("dist") => dist_command(&args[1..]),
        Some("synth") => synth::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("size") => size::report(&cmd::root().join("dist")),
        Some("hand-written") => hand_written::run(&args[1..]),
        Some("stage-extractor") => extractor::stage(&args[1..]),
        Some("stage-map") => map::stage(&args[1..]),
        Some("stage-texts") => texts::stage(&args[1..]),
        Some("stage") => stage::run(&args[1..]),
        Some("setup") => tools::ensure_build_tools().and_then(|()| tools::ensure_test_tools()),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Builds the release site into `dist/`, with its single-file version, and prints its steps.
pub fn dist() -> Result<(), String> {
    let mut steps = steps::Steps::default();
    let built = build_site(&cmd::root().join("dist"), &mut steps);
    print!("{}", steps.table());
    built
}

/// Builds the release site into `dist` (trunk) and writes the single file beside it; each step's
/// time goes into `steps`, the stage hook's under the trunk build.
pub fn build_site(dist: &std::path::Path, steps: &mut steps::Steps) -> Result<(), String> {
    steps.time("install what is missing", tools::ensure_build_tools)?;
    let dist_arg = dist.to_string_lossy();
    let stage_times = cmd::target_dir().join("xtask").join(format!("stage-times-{}.tsv", std::process::id()));
    if let Some(dir) = stage_times.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let _ = std::fs::remove_file(&stage_times);
    let trunk = steps.time("trunk build (app, wasm-bindgen, wasm-opt, stage hook)", || {
        cmd::trunk(&["build", "--release", "--offline", "--dist", &dist_arg])
            .env(steps::STAGE_TIMES_VAR, &stage_times)
            .run()
    });
    steps.add_inner(steps::read_stage_times(&stage_times));
    let _ = std::fs::remove_file(&stage_times);
    trunk?;
    steps.time("prerender the first view (Chromium)", || prerender::write(dist))?;
    steps.time("single file", || single_file::write(dist))
}

fn dist_command(args: &[String]) -> Result<(), String> {
    let dist = match args {
        [] => cmd::root().join("dist"),
        [flag, dir] if flag == "--dist" => std::env::current_dir().unwrap_or_default().join(dir),
        _ => return Err(format!("`dist` takes only `--dist DIR`\n\n{USAGE}")),
    };
    let shipped = cmd::root().join("dist");
    if std::env::var_os("ATLAS_CORPUS_DIR").is_some_and(|d| !d.is_empty()) && dist == shipped {
        return Err(
            "ATLAS_CORPUS_DIR is set: pass `--dist DIR` so the shipped dist/ keeps the real corpus".into()
        );
    }
    let mut steps = steps::Steps::default();
    let built =
        build_site(&dist, &mut steps).and_then(|()| steps.time("sizes (brotli)", || size::report(&dist)));
    print!("{}", steps.table());
    built
}

fn serve(args: &[String]) -> Result<(), String> {
    let mut release = false;
    let mut port = String::from("8080");
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--release" => release = true,
            "--port" => {
                port = args.next().ok_or("`--port` needs a number")?.clone();
                port.parse::<u16>().map_err(|_| format!("`--port {port}` is not a port number"))?;
            }
            other => return Err(format!("`serve` does not take `{other}`\n\n{USAGE}")),
        }
    }
    tools::ensure_build_tools()?;
    println!(
        "xtask: serving on http://127.0.0.1:{port}/ (rebuilds on change; reload the page; Ctrl-C stops)"
    );
    // The dev build goes to serve/ in the target directory, so serving never replaces the release
    // site in dist/ (its prerendered index.html and single file).
    let serve_dist = cmd::target_dir().join("serve");
    let serve_dist = serve_dist.to_string_lossy();
    let mut trunk_args =
        vec!["serve", "--offline", "--address", "127.0.0.1", "--port", &port, "--dist", &serve_dist];
    if release {
        trunk_args.push("--release");
    }
    cmd::trunk(&trunk_args).run()
}
