//! `cargo xtask hand-written [FEATURE…]`: what each piece of code kept hand-written saves a first
//! visit, measured rather than remembered.
//!
//! Each row of ARCHITECTURE.md's "What stays hand-written" has a cargo feature that swaps that
//! code for the standard library's own (see `crates/atlas-core/Cargo.toml`). This command builds
//! the page as shipped and once per feature, as `dist` does (trunk, release, wasm-opt, the stage
//! hook) but without the prerendered view, which no feature changes, into `hand-written/` under
//! cargo's target directory; it prints what a first visit transfers in each, brotli quality 11,
//! and the difference: what the hand-written code saves.

use crate::{cmd, size, tools};
use std::path::Path;

/// The rows of the table: the file, the feature that replaces it, and what replaces it.
const ROWS: &[(&str, &str, &str)] = &[
    ("crates/atlas-core/src/fixed.rs", "std-numbers", "the standard float formatter and parser"),
    ("crates/atlas-core/src/sort.rs", "std-sort", "a standard sort at each call site"),
    ("crates/atlas-core/src/sort.rs", "std-sort-once", "one standard sort, shared as the merge sort is"),
    ("crates/atlas-core/src/set.rs", "std-set", "`BTreeSet<String>`"),
];

pub fn run(args: &[String]) -> Result<(), String> {
    let rows: Vec<_> =
        ROWS.iter().filter(|(_, feature, _)| args.is_empty() || args.iter().any(|a| a == feature)).collect();
    if rows.len() < args.len() {
        let known: Vec<_> = ROWS.iter().map(|(_, feature, _)| *feature).collect();
        return Err(format!("`hand-written` takes features among {}", known.join(", ")));
    }
    tools::ensure_build_tools()?;
    let out = cmd::target_dir().join("hand-written");
    let shipped = first_visit(&out, None)?;
    println!("first visit as shipped: {shipped} bytes brotli");
    println!("| File | Replaced by | First visit with it | Saving (brotli bytes) |");
    println!("|---|---|---|---|");
    for (file, feature, replacement) in rows {
        let replaced = first_visit(&out, Some(feature))?;
        let saving = replaced as i64 - shipped as i64;
        println!("| `{file}` | {replacement} (`{feature}`) | {replaced} | {saving} |");
    }
    Ok(())
}

/// What a first visit to the page built with `feature` (or as shipped) transfers, brotli.
fn first_visit(out: &Path, feature: Option<&str>) -> Result<u64, String> {
    let dist = out.join(feature.unwrap_or("shipped"));
    let _ = std::fs::remove_dir_all(&dist);
    let dist_arg = dist.to_string_lossy();
    let mut args = vec!["build", "--release", "--offline", "--dist", &dist_arg];
    if let Some(feature) = feature {
        args.extend(["--features", feature]);
    }
    cmd::trunk(&args).run()?;
    Ok(size::first_visit_brotli(&size::measure(&dist)?))
}
