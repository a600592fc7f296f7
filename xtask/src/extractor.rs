//! `cargo xtask stage-extractor`: builds the extractor module (`crates/atlas-extractor`) and puts it
//! next to the page under a content-hashed name, which the page learns from its loader script.
//!
//! Trunk runs it as a `post_build` hook (see `Trunk.toml`), so `trunk build` and `trunk serve`
//! (hence `cargo xtask dist|serve|test`) always ship a module built from the same sources as the
//! app. Trunk gives the hook its staging folder, which it moves to `dist/` afterwards; the loader
//! `<script>` there names `atlas-extractor.wasm` (from `Trunk.toml`'s `pattern_script`), replaced
//! here by the hashed name so a host can cache the file forever.

use crate::cmd;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The name the loader script carries before staging.
pub const PLACEHOLDER: &str = "atlas-extractor.wasm";
/// Every staged module's name starts with this (and `cargo xtask size` recognises it so).
pub const FILE_PREFIX: &str = "atlas-extractor-";

/// Builds the module and stages it into `$TRUNK_STAGING_DIR` (or the folder given), named in the
/// page's loader.
pub fn stage(args: &[String]) -> Result<(), String> {
    let staging = cmd::staging(args, "stage-extractor")?;
    let name = stage_module(&staging)?;
    if staging.join("index.html").exists() {
        crate::stage::rewrite_page(
            &staging,
            &crate::stage::Edits { extractor: Some(name), ..Default::default() },
        )?;
    }
    Ok(())
}

/// Builds the module and writes it into `staging` under its hashed name, which it returns.
pub fn stage_module(staging: &Path) -> Result<String, String> {
    let module = build()?;
    let bytes = std::fs::read(&module).map_err(|e| format!("{}: {e}", module.display()))?;
    let name = hashed_name(&bytes);
    let target = staging.join(&name);
    std::fs::write(&target, &bytes).map_err(|e| format!("{}: {e}", target.display()))?;
    println!("xtask: staged {} ({} bytes), loaded on demand", target.display(), bytes.len());
    Ok(name)
}

/// Compiles the module for the web (release, offline) and shrinks it with wasm-opt `-Oz`;
/// returns the optimised file under `extractor/` in cargo's target directory.
pub fn build() -> Result<PathBuf, String> {
    let target = cmd::target_dir();
    cmd::cargo(&[
        "build",
        "--offline",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "atlas-extractor",
    ])
    .run()?;
    let built = target.join("wasm32-unknown-unknown").join("release").join("atlas_extractor.wasm");
    let out_dir = target.join("extractor");
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let out = out_dir.join(PLACEHOLDER);
    let wasm_opt = cmd::local_tools_bin().join("wasm-opt");
    cmd::new(
        &wasm_opt.to_string_lossy(),
        &[
            "-Oz",
            "--strip-debug",
            "--strip-producers",
            &built.to_string_lossy(),
            "-o",
            &out.to_string_lossy(),
        ],
    )
    .run()?;
    Ok(out)
}

/// `atlas-extractor-<first 16 hex digits of the sha256>.wasm`.
fn hashed_name(bytes: &[u8]) -> String {
    hashed(FILE_PREFIX, bytes, ".wasm")
}

/// `<prefix><first 16 hex digits of the sha256 of bytes><suffix>`: a name that changes with the
/// content, so a host can cache the file forever.
pub fn hashed(prefix: &str, bytes: &[u8], suffix: &str) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{prefix}{hex}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hashed_name_changes_with_the_content_and_keeps_the_prefix() {
        let (a, b) = (hashed_name(b"one"), hashed_name(b"two"));
        assert!(a.starts_with(FILE_PREFIX) && a.ends_with(".wasm") && a.len() == FILE_PREFIX.len() + 21);
        assert_ne!(a, b);
    }
}
