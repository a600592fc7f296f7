//! `extract FILE...`: prints the stance claims of each article as JSON lines.
//!
//! Each file is plain UTF-8 text, or a corpus file with the project's metadata header (its date
//! then dates leaders' terms, and offsets still count from the start of the file). Bad input is
//! reported on stderr naming the file; the other files are still processed; the exit code is 1
//! if any file failed.

use atlas_core::corpus::parse_article_or_plain;
use atlas_core::extract::Extractor;
use serde::Serialize;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

#[derive(Serialize)]
struct Row<'a> {
    article: &'a str,
    actor: &'a str,
    stance: &'a str,
    certainty: &'a str,
    beneficiary: Option<&'a str>,
    initiator: Option<&'a str>,
    evidence: &'a str,
    start: usize,
    end: usize,
    mention_start: usize,
    mention_end: usize,
    rule: &'a str,
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: extract FILE...  (prints one JSON object per claim per line)");
        return ExitCode::from(2);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &files {
        match extract_file(file, &mut out) {
            Ok(()) => {}
            Err(message) => {
                failed = true;
                let _ = out.flush();
                eprintln!("extract: {file}: {message}");
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn extract_file(file: &str, out: &mut impl Write) -> Result<(), String> {
    let path = Path::new(file);
    if path.is_dir() {
        return Err("is a directory, not a file".into());
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(file);
    let article = parse_article_or_plain(file, &text).map_err(|e| e.to_string())?;
    let date = article.meta.as_ref().map(|m| m.date);
    let offset = article.body_offset;
    for claim in Extractor::global().extract(article.body, date) {
        let row = Row {
            article: name,
            actor: claim.actor,
            stance: claim.stance.id(),
            certainty: claim.certainty.id(),
            beneficiary: claim.beneficiary.map(|b| b.id()),
            initiator: claim.initiator,
            evidence: claim.evidence(article.body),
            start: offset + claim.start as usize,
            end: offset + claim.end as usize,
            mention_start: offset + claim.mention_start as usize,
            mention_end: offset + claim.mention_end as usize,
            rule: claim.rule,
        };
        let line = serde_json::to_string(&row).map_err(|e| e.to_string())?;
        writeln!(out, "{line}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    Ok(())
}
