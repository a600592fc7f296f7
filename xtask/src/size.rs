//! `cargo xtask size`: what a first visit transfers, compressed with brotli (quality 11) as a
//! static host would serve it. Node's built-in zlib does the compressing (Node is a build tool).

use crate::cmd;
use std::path::Path;

/// The budget for everything a first visit transfers: 210 KiB, room the card's own libraries
/// (serde, gloo) were given over the earlier 200.
const BUDGET_KIB: f64 = 210.0;

const MEASURE: &str = r#"
const { readFileSync } = require('node:fs');
const { brotliCompressSync, constants } = require('node:zlib');
for (const file of process.argv.slice(1)) {
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, { params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  console.log(`${raw.length} ${br.length}`);
}
"#;

/// Each file of `dist` with its size raw and brotli-compressed, by file name.
pub fn measure(dist: &Path) -> Result<Vec<(String, u64, u64)>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e} (run `cargo xtask dist` first)", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{} is empty (run `cargo xtask dist` first)", dist.display()));
    }
    let names: Vec<String> = files.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let mut args = vec!["-e", MEASURE];
    args.extend(names.iter().map(String::as_str));
    let out = cmd::new("node", &args)
        .output()
        .ok_or("could not measure sizes with node's zlib (is Node.js installed?)")?;
    let mut sizes = Vec::new();
    for (file, line) in files.iter().zip(out.lines()) {
        let mut numbers = line.split_whitespace().filter_map(|n| n.parse::<u64>().ok());
        let (Some(raw), Some(br)) = (numbers.next(), numbers.next()) else {
            return Err(format!("unexpected size output `{line}`"));
        };
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        sizes.push((name, raw, br));
    }
    Ok(sizes)
}

/// Whether a first visit transfers the file: not the single-file build (it repeats the site and
/// the hosted page never fetches it), not the files loaded on demand.
fn on_first_visit(name: &str) -> bool {
    name != crate::single_file::FILE_NAME && !on_demand(name)
}

/// The extractor module (fetched only when the reader adds, stores, opens or shares an article of
/// their own) and the articles' whole texts (fetched when a reader first opens an article).
fn on_demand(name: &str) -> bool {
    (name.starts_with(crate::extractor::FILE_PREFIX) && name.ends_with(".wasm"))
        || (name.starts_with(crate::texts::FILE_PREFIX) && name.ends_with(".txt"))
}

/// What a first visit transfers, brotli-compressed.
pub fn first_visit_brotli(sizes: &[(String, u64, u64)]) -> u64 {
    sizes.iter().filter(|(name, ..)| on_first_visit(name)).map(|(_, _, br)| br).sum()
}

pub fn report(dist: &Path) -> Result<(), String> {
    let sizes = measure(dist)?;
    let mut raw_total = 0u64;
    println!("{:<44} {:>10} {:>10}", "dist/", "bytes", "brotli");
    for (name, raw, br) in &sizes {
        if !on_first_visit(name) {
            continue;
        }
        raw_total += raw;
        println!("{name:<44} {raw:>10} {br:>10}");
    }
    let br_total = first_visit_brotli(&sizes);
    let kib = br_total as f64 / 1024.0;
    println!("{:<44} {raw_total:>10} {br_total:>10}", "total");
    println!("first visit: {kib:.1} KiB brotli (budget {BUDGET_KIB:.0} KiB)");
    for (name, raw, br) in sizes.iter().filter(|(name, ..)| on_demand(name)) {
        let kib = *br as f64 / 1024.0;
        println!(
            "{name} (loaded on demand, not part of a first visit): {raw} bytes, {br} brotli ({kib:.1} KiB)"
        );
    }
    for (name, raw, br) in sizes.iter().filter(|(name, ..)| name == crate::single_file::FILE_NAME) {
        println!("{name} (not part of a visit): {raw} bytes, {br} brotli");
    }
    if kib > BUDGET_KIB {
        println!("xtask: warning: over the {BUDGET_KIB:.0} KiB budget");
    }
    Ok(())
}
