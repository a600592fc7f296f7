//! The `extract` command's contract: JSON lines on stdout with offsets into the file, errors on
//! stderr naming the file, the other files still processed, a non-zero exit if any failed.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_extract"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-extract-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn rows(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect()
}

#[test]
fn prints_one_json_line_per_claim_with_offsets_into_the_file() {
    let file = scratch("plain.txt");
    let text =
        "Heading line\n\nArgentina has not recognized Maduro’s victory. Venezuela broke ties with Peru.\n";
    std::fs::write(&file, text).unwrap();
    let out = bin().arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = rows(&out.stdout);
    assert_eq!(rows.len(), 2, "{rows:?}");
    for r in &rows {
        assert_eq!(r["article"], "plain.txt");
        let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], r["evidence"].as_str().unwrap());
        for key in ["actor", "stance", "certainty", "beneficiary", "initiator", "rule"] {
            assert!(r.get(key).is_some(), "missing {key}");
        }
    }
    assert_eq!((rows[0]["actor"].as_str(), rows[0]["stance"].as_str()), (Some("ARG"), Some("reject")));
    assert_eq!(rows[1]["initiator"], "VEN");
    assert!(rows[0]["beneficiary"].is_null());
}

#[test]
fn a_corpus_file_header_is_skipped_and_offsets_still_count_from_the_file_start() {
    let file = scratch("with-header.txt");
    let text = "title: T\noutlet: O\ndate: 2019-06-01\n---\nBolsonaro refused to recognize Maduro.\n";
    std::fs::write(&file, text).unwrap();
    let out = bin().arg(&file).output().unwrap();
    assert!(out.status.success());
    let rows = rows(&out.stdout);
    assert_eq!(rows.len(), 1, "the header date puts Bolsonaro in office: {rows:?}");
    let (s, e) = (rows[0]["start"].as_u64().unwrap() as usize, rows[0]["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], "Bolsonaro refused to recognize Maduro.");
    assert_eq!(rows[0]["actor"], "BRA");
}

#[test]
fn bad_files_are_reported_by_name_and_good_files_still_printed_with_a_failing_exit() {
    let good = scratch("good.txt");
    std::fs::write(&good, "Panama expelled Venezuela's ambassador.").unwrap();
    let binary = scratch("binary.txt");
    std::fs::write(&binary, [0x50, 0x65, 0xff, 0xfe, 0x00, 0x80]).unwrap();
    let missing = scratch("missing.txt");
    let dir = scratch("a-directory");
    std::fs::create_dir_all(&dir).unwrap();
    let bad_header = scratch("bad-header.txt");
    std::fs::write(&bad_header, "title: T\ndate: 2019-13-01\n---\nBody.").unwrap();

    let out = bin().args([&missing, &dir, &good, &binary, &bad_header]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for f in [&missing, &dir, &binary, &bad_header] {
        assert!(stderr.contains(f.to_str().unwrap()), "stderr names {f:?}: {stderr}");
    }
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("directory"), "{stderr}");
    let rows = rows(&out.stdout);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["article"], "good.txt");
    assert_eq!(rows[0]["initiator"], "PAN");
}

#[test]
fn no_arguments_is_a_usage_error() {
    let out = bin().output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage"));
}

#[test]
fn a_plain_texts_dateline_dates_leaders_terms_and_no_dateline_takes_todays_holder() {
    // Kaja Kallas spoke for Estonia until 2024, for the European Union after.
    let body = "Kaja Kallas said that Maduro lacks democratic legitimacy.\n";
    let dated = scratch("dated.txt");
    std::fs::write(&dated, format!("TALLINN, May 3, 2022 — {body}")).unwrap();
    let undated = scratch("undated.txt");
    std::fs::write(&undated, body).unwrap();
    let out = bin().arg(&dated).arg(&undated).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let actors: Vec<(String, String)> = rows(&out.stdout)
        .iter()
        .map(|r| (r["article"].as_str().unwrap().to_string(), r["actor"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        actors,
        [("dated.txt".to_string(), "EST".to_string()), ("undated.txt".to_string(), "EU".to_string())]
    );
}
