//! Running external programs with the project's tool paths, and errors that say what failed.

use std::{
    env,
    ffi::OsString,
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// Cargo's target directory for this workspace, as cargo itself resolves it
/// (`CARGO_TARGET_DIR`, `build.target-dir` in a config file, or `target/` under the root): many
/// users share one target directory, so nothing here assumes `target/`. Asked once per run.
pub fn target_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| match metadata_target_dir(env::var_os("CARGO_TARGET_DIR").as_deref()) {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("xtask: warning: {e}; assuming target/ under the workspace");
            root().join("target")
        }
    })
    .clone()
}

/// The `target_directory` `cargo metadata` reports when run with `CARGO_TARGET_DIR` set to
/// `target_env` (or unset).
fn metadata_target_dir(target_env: Option<&std::ffi::OsStr>) -> Result<PathBuf, String> {
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(&cargo);
    command.args(["metadata", "--format-version", "1", "--no-deps", "--offline"]).current_dir(root());
    match target_env {
        Some(dir) => command.env("CARGO_TARGET_DIR", dir),
        None => command.env_remove("CARGO_TARGET_DIR"),
    };
    let out = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not run `cargo metadata`: {e}"))?;
    if !out.status.success() {
        return Err(format!("`cargo metadata` failed ({})", out.status));
    }
    target_directory(&out.stdout)
}

/// The `target_directory` field of `cargo metadata`'s JSON output.
fn target_directory(metadata: &[u8]) -> Result<PathBuf, String> {
    let value: serde_json::Value =
        serde_json::from_slice(metadata).map_err(|e| format!("`cargo metadata` printed no JSON: {e}"))?;
    value["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "`cargo metadata` names no target_directory".to_string())
}

/// Where `cargo install` puts binaries.
pub fn cargo_bin() -> PathBuf {
    match env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(env::var_os("HOME").unwrap_or_default()).join(".cargo").join("bin"),
    }
}

/// Project-local tools installed from npm (wasm-opt), kept out of git.
pub fn local_tools_bin() -> PathBuf {
    root().join(".tools").join("binaryen").join("node_modules").join(".bin")
}

/// terser, which minifies the wasm-bindgen glue of a release build (installed by `tools`).
pub fn terser_bin() -> PathBuf {
    root().join(".tools").join("terser").join("node_modules").join(".bin").join("terser")
}

/// `PATH` with the project's tool folders first, so trunk finds wasm-opt and wasm-bindgen.
pub fn tool_path() -> OsString {
    let mut dirs = vec![local_tools_bin(), cargo_bin()];
    dirs.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    env::join_paths(dirs).unwrap_or_default()
}

/// A command to run from the workspace root with the project's `PATH`.
pub struct Cmd {
    inner: Command,
    shown: String,
}

pub fn new(program: &str, args: &[&str]) -> Cmd {
    let mut inner = Command::new(program);
    inner.args(args).current_dir(root()).env("PATH", tool_path());
    Cmd { inner, shown: std::iter::once(program).chain(args.iter().copied()).collect::<Vec<_>>().join(" ") }
}

pub fn cargo(args: &[&str]) -> Cmd {
    new(&env::var("CARGO").unwrap_or_else(|_| "cargo".into()), args).shown_as("cargo", args)
}

/// Trunk, which must never download anything: callers pass `--offline`.
pub fn trunk(args: &[&str]) -> Cmd {
    new("trunk", args)
}

impl Cmd {
    fn shown_as(mut self, program: &str, args: &[&str]) -> Cmd {
        self.shown = std::iter::once(program).chain(args.iter().copied()).collect::<Vec<_>>().join(" ");
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Cmd {
        self.inner.env(key, value);
        self
    }

    pub fn dir(mut self, dir: impl AsRef<Path>) -> Cmd {
        self.inner.current_dir(dir);
        self
    }

    /// Runs with inherited output; an error names the command and how it ended.
    pub fn run(mut self) -> Result<(), String> {
        println!("$ {}", self.shown);
        let status = self.inner.status().map_err(|e| spawn_error(&self.shown, &e))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{}` failed ({status})", self.shown))
        }
    }

    /// Runs quietly and returns standard output, or `None` when the program is absent or fails.
    pub fn output(mut self) -> Option<String> {
        let out = self.inner.stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }
}

fn spawn_error(shown: &str, e: &std::io::Error) -> String {
    let program = shown.split(' ').next().unwrap_or(shown);
    if e.kind() == std::io::ErrorKind::NotFound {
        format!("`{program}` is not installed or not on PATH (needed for `{shown}`)")
    } else {
        format!("could not start `{shown}`: {e}")
    }
}

/// The folder a `stage…` command works on: the one given, or trunk's staging folder when trunk
/// runs it as a hook.
pub fn staging(args: &[String], command: &str) -> Result<PathBuf, String> {
    match args {
        [dir] => Ok(PathBuf::from(dir)),
        [] => std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or_else(|| {
            format!("`{command}` runs as trunk's post_build hook (TRUNK_STAGING_DIR unset); or pass a folder")
        }),
        _ => Err(format!("`{command}` takes at most one folder")),
    }
}

/// The corpus folder `build.rs` bakes: `$ATLAS_CORPUS_DIR` (from the workspace root) when set,
/// else `corpus/`.
pub fn corpus_dir() -> PathBuf {
    match env::var_os("ATLAS_CORPUS_DIR") {
        Some(dir) if !dir.is_empty() => root().join(dir),
        _ => root().join("corpus"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_directory_is_read_from_cargo_metadata() {
        let json = br#"{"packages":[],"target_directory":"/shared/target","workspace_root":"/w"}"#;
        assert_eq!(target_directory(json).unwrap(), PathBuf::from("/shared/target"));
        assert!(target_directory(b"{}").unwrap_err().contains("target_directory"));
        assert!(target_directory(b"warning: no JSON").is_err());
    }

    #[test]
    fn the_target_directory_follows_cargo_target_dir() {
        let elsewhere = env::temp_dir().join("atlas-elsewhere-target");
        assert_eq!(metadata_target_dir(Some(elsewhere.as_os_str())).unwrap(), elsewhere);
        // Unset, it is whatever cargo's configuration says (`target/` under the root here, unless
        // a config file moves it), and never a folder cargo would not use.
        let default = metadata_target_dir(None).unwrap();
        assert!(default.is_absolute(), "{}", default.display());
    }
}
