//! Developer commands for Stance Atlas, run as `cargo xtask <command>` (no shell-script zoo).
//!
//! `serve` and `test` are the two commands a newcomer needs: each installs what the machine lacks
//! (skipping what is present), then builds and serves, or runs every test.

mod cmd;
mod size;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--release] [--port N]  install what is missing, build, serve on http://127.0.0.1:N/ (8080)
  test                          install what is missing, then run every test stage:
                                fmt, clippy, native tests, wasm tests in headless Chromium,
                                release build into dist/, end-to-end tests against dist/
  dist                          build the release site into dist/ (trunk --release --offline,
                                wasm-opt -Oz) and print its brotli size
  size                          print the brotli size of each file in dist/ and the total
  setup                         only install what is missing (tools for serve, dist and test)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("dist") => dist().and_then(|()| size::report(&cmd::root().join("dist"))),
        Some("size") => size::report(&cmd::root().join("dist")),
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

/// Builds the release site into `dist/`.
pub fn dist() -> Result<(), String> {
    tools::ensure_build_tools()?;
    cmd::trunk(&["build", "--release", "--offline"]).run()
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
    let mut trunk_args = vec!["serve", "--offline", "--address", "127.0.0.1", "--port", &port];
    if release {
        trunk_args.push("--release");
    }
    cmd::trunk(&trunk_args).run()
}
