//! `extract FILE...`: prints the stance claims of each article as JSON lines.
//!
//! Each file is plain UTF-8 text, or a corpus file with the project's metadata header (its date
//! then dates leaders' terms, and offsets still count from the start of the file). Bad input is
//! reported on stderr naming the file; the other files are still processed; the exit code is 1
//! if any file failed.

use atlas_core::corpus::parse_article_or_plain;
use atlas_core::date::Date;
use atlas_core::dateline;
use atlas_core::extract::{language, Extractor};
use serde::Serialize;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

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
    // Without a header date, a full dateline ("CARACAS, 10 de enero de 2019 —") dates leaders'
    // terms; a date only guessed from the days a text mentions does not, since an analysis
    // written later still names the leaders of the time it reports.
    let date = article.meta.as_ref().map(|m| m.date).filter(|d| !d.is_undated()).or_else(|| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?;
        let today = Date::from_days_since_epoch(i32::try_from(now.as_secs() / 86_400).ok()?);
        dateline::read(article.body, today)
            .filter(|found| found.how == dateline::How::Dateline && !found.approximate)
            .map(|found| found.date)
    });
    let offset = article.body_offset;
    let language = article.meta.as_ref().and_then(|m| m.language).or_else(|| language::detect(article.body));
    let Some(language) = language else {
        // Not an error: the file was read, and it says nothing the extractor can read.
        eprintln!(
            "extract: {file}: no claims: the text is not in English, Spanish or Portuguese \
             (add a `language:` header line if it is)"
        );
        return Ok(());
    };
    for claim in Extractor::global().extract_in(article.body, date, language) {
        let at = |n: u32| offset + n as usize;
        let line = Line {
            article: name,
            actor: claim.actor,
            stance: claim.stance.id(),
            certainty: claim.certainty.id(),
            beneficiary: claim.beneficiary.map(|b| b.id()),
            initiator: claim.initiator,
            evidence: claim.evidence(article.body),
            start: at(claim.start),
            end: at(claim.end),
            mention_start: at(claim.mention_start),
            mention_end: at(claim.mention_end),
            rule: claim.rule,
        };
        serde_json::to_writer(&mut *out, &line).map_err(|e| format!("cannot write output: {e}"))?;
        writeln!(out).map_err(|e| format!("cannot write output: {e}"))?;
    }
    Ok(())
}

/// One claim as a line of output: a compact object, its fields in this order; offsets count from
/// the start of the file.
#[derive(Serialize)]
struct Line<'a> {
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
