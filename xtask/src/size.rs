//! `cargo xtask size`: what a first visit transfers, compressed with brotli (quality 11) as a
//! static host would serve it. Node's built-in zlib does the compressing (Node is a build tool).

use crate::cmd;
use std::path::Path;

/// The budget for everything a first visit transfers (issue 5).
const BUDGET_KIB: f64 = 200.0;

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

pub fn report(dist: &Path) -> Result<(), String> {
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

    let (mut raw_total, mut br_total) = (0u64, 0u64);
    println!("{:<44} {:>10} {:>10}", "dist/", "bytes", "brotli");
    for (file, line) in files.iter().zip(out.lines()) {
        let mut sizes = line.split_whitespace().filter_map(|n| n.parse::<u64>().ok());
        let (Some(raw), Some(br)) = (sizes.next(), sizes.next()) else {
            return Err(format!("unexpected size output `{line}`"));
        };
        raw_total += raw;
        br_total += br;
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        println!("{name:<44} {raw:>10} {br:>10}");
    }
    let kib = br_total as f64 / 1024.0;
    println!("{:<44} {raw_total:>10} {br_total:>10}", "total");
    println!("first visit: {kib:.1} KiB brotli (budget {BUDGET_KIB:.0} KiB)");
    if kib > BUDGET_KIB {
        println!("xtask: warning: over the {BUDGET_KIB:.0} KiB budget");
    }
    Ok(())
}
