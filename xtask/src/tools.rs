//! Installs the tools the build and the tests need, skipping quickly what is already present.
//!
//! Versions are pinned here and nowhere else: trunk 0.21.14 is the last that builds with our
//! rustc, wasm-bindgen-cli must equal the `wasm-bindgen` crate in Cargo.lock, and wasm-opt comes
//! from npm `binaryen` because Debian's is too old for current wasm; terser (npm) minifies the
//! wasm-bindgen glue, which trunk's minifier cannot parse.

use crate::cmd;
use std::path::{Path, PathBuf};

const WASM_TARGET: &str = "wasm32-unknown-unknown";
const TRUNK_VERSION: &str = "0.21.14";
const WASM_BINDGEN_VERSION: &str = "0.2.130";
const BINARYEN_VERSION: &str = "132";
const TERSER_VERSION: &str = "5.51.2";
const NODE_MAJOR: u32 = 20;

/// Everything `serve` and `dist` need.
pub fn ensure_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_trunk()?;
    ensure_node()?;
    ensure_wasm_opt()?;
    ensure_terser()
}

/// What `test` needs beyond the build tools: Chromium, ChromeDriver and the e2e npm packages.
pub fn ensure_test_tools() -> Result<(), String> {
    ensure_chromium()?;
    ensure_e2e_packages()
}

fn present(what: &str) {
    println!("xtask: {what}: present");
}

fn ensure_wasm_target() -> Result<(), String> {
    let sysroot = cmd::new("rustc", &["--print", "sysroot"]).output().unwrap_or_default();
    if Path::new(&sysroot).join("lib/rustlib").join(WASM_TARGET).is_dir() {
        present(WASM_TARGET);
        return Ok(());
    }
    cmd::new("rustup", &["target", "add", WASM_TARGET])
        .run()
        .map_err(|e| format!("{e}\nthe Rust target {WASM_TARGET} is missing; install it with `rustup target add {WASM_TARGET}`"))
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    check_lockfile_pin()?;
    let version = |program: &str| cmd::new(program, &["--version"]).output();
    let ok = |v: Option<String>| v.is_some_and(|v| v.split_whitespace().nth(1) == Some(WASM_BINDGEN_VERSION));
    if ok(version("wasm-bindgen")) && ok(version("wasm-bindgen-test-runner")) {
        present(&format!("wasm-bindgen-cli {WASM_BINDGEN_VERSION}"));
        return Ok(());
    }
    // Not `--locked`: its lockfile pins crates that no longer build with our toolchain.
    cmd::cargo(&["install", "wasm-bindgen-cli", "--version", WASM_BINDGEN_VERSION])
        .run()
        .map_err(|e| format!("{e}\ncould not install wasm-bindgen-cli {WASM_BINDGEN_VERSION}"))
}

/// wasm-bindgen-cli only works with the exact `wasm-bindgen` crate version it was built for.
fn check_lockfile_pin() -> Result<(), String> {
    let lock =
        std::fs::read_to_string(cmd::root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let pinned = lock.split("[[package]]").find(|p| p.contains("name = \"wasm-bindgen\"\n")).and_then(|p| {
        p.lines().find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"').map(str::to_string))
    });
    match pinned {
        Some(v) if v == WASM_BINDGEN_VERSION => Ok(()),
        Some(v) => Err(format!(
            "Cargo.lock has wasm-bindgen {v} but the tools are pinned to {WASM_BINDGEN_VERSION}; \
             keep `wasm-bindgen = \"={WASM_BINDGEN_VERSION}\"` in Cargo.toml or update xtask/src/tools.rs"
        )),
        None => Ok(()),
    }
}

fn ensure_trunk() -> Result<(), String> {
    let version = cmd::new("trunk", &["--version"]).output();
    if version.as_deref() == Some(&format!("trunk {TRUNK_VERSION}")) {
        present(&format!("trunk {TRUNK_VERSION}"));
        return Ok(());
    }
    // `--locked`: newer dependency releases need a newer rustc than the machine's.
    cmd::cargo(&["install", "trunk", "--version", TRUNK_VERSION, "--locked"])
        .run()
        .map_err(|e| format!("{e}\ncould not install trunk {TRUNK_VERSION}"))
}

fn ensure_node() -> Result<(), String> {
    let advice = format!(
        "Node.js {NODE_MAJOR} or newer with npm is needed (wasm-opt comes from npm binaryen@{BINARYEN_VERSION}; \
         the end-to-end tests use playwright-core); install it with your package manager"
    );
    let version =
        cmd::new("node", &["--version"]).output().ok_or_else(|| format!("`node` not found. {advice}"))?;
    let major = version.trim_start_matches('v').split('.').next().and_then(|m| m.parse::<u32>().ok());
    if major.is_none_or(|m| m < NODE_MAJOR) {
        return Err(format!("found Node.js {version}. {advice}"));
    }
    cmd::new("npm", &["--version"]).output().ok_or_else(|| format!("`npm` not found. {advice}"))?;
    Ok(())
}

fn ensure_wasm_opt() -> Result<(), String> {
    let shows = format!("version_{BINARYEN_VERSION}");
    ensure_npm_tool(&cmd::local_tools_bin().join("wasm-opt"), &shows, "binaryen", BINARYEN_VERSION)
}

fn ensure_terser() -> Result<(), String> {
    let shows = format!("terser {TERSER_VERSION}");
    ensure_npm_tool(&cmd::terser_bin(), &shows, "terser", TERSER_VERSION)
}

/// A command-line tool from the npm package `package@version`, installed into `.tools/<package>`
/// unless `bin --version` already prints something containing `shows`.
fn ensure_npm_tool(bin: &Path, shows: &str, package: &str, version: &str) -> Result<(), String> {
    let printed = cmd::new(&bin.to_string_lossy(), &["--version"]).output();
    if printed.is_some_and(|v| v.contains(shows)) {
        present(&format!(
            "{} from npm {package}@{version}",
            bin.file_name().unwrap_or_default().to_string_lossy()
        ));
        return Ok(());
    }
    let prefix = cmd::root().join(".tools").join(package);
    std::fs::create_dir_all(&prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    let package = format!("{package}@{version}");
    let prefix = prefix.to_string_lossy().into_owned();
    cmd::new("npm", &["install", "--prefix", &prefix, "--no-audit", "--no-fund", "--no-save", &package])
        .run()
        .map_err(|e| format!("{e}\ncould not install {} from npm {package}", bin.display()))
}

/// Debian's Chromium and ChromeDriver (same version, so they always match).
pub fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH").map(PathBuf::from).unwrap_or_else(|| "/usr/bin/chromium".into())
}

pub fn chromedriver() -> PathBuf {
    std::env::var_os("CHROMEDRIVER").map(PathBuf::from).unwrap_or_else(|| "/usr/bin/chromedriver".into())
}

fn ensure_chromium() -> Result<(), String> {
    if chromium().is_file() && chromedriver().is_file() {
        present("chromium and chromedriver");
        return Ok(());
    }
    let root = cmd::new("id", &["-u"]).output().as_deref() == Some("0");
    let apt = Path::new("/usr/bin/apt-get").is_file();
    if !(root && apt) {
        return Err(format!(
            "the browser tests need Chromium and ChromeDriver of the same version at {} and {} \
             (or set CHROMIUM_PATH and CHROMEDRIVER).\non Debian, as root: apt-get install chromium chromium-driver",
            chromium().display(),
            chromedriver().display()
        ));
    }
    cmd::new("apt-get", &["update"]).env("DEBIAN_FRONTEND", "noninteractive").run()?;
    cmd::new("apt-get", &["install", "-y", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .run()
        .map_err(|e| format!("{e}\ncould not install Debian's chromium and chromium-driver"))
}

fn ensure_e2e_packages() -> Result<(), String> {
    let dir = cmd::root().join("tests").join("e2e");
    let installed = dir.join("node_modules").join(".package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if let (Some(done), Some(wanted)) = (modified(&installed), modified(&dir.join("package-lock.json"))) {
        if done >= wanted {
            present("end-to-end npm packages");
            return Ok(());
        }
    }
    cmd::new("npm", &["ci", "--no-audit", "--no-fund"])
        .dir(&dir)
        .run()
        .map_err(|e| format!("{e}\ncould not install the end-to-end test packages in tests/e2e"))
}
