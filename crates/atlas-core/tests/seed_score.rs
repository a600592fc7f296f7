//! Scores the extractor on the seed corpus against the hand-judged gold, exactly as
//! `tools/score.py` does, and fails below precision 0.95 or recall 0.95, or when certainty or
//! beneficiary is wrong on a matched claim. Only this test reads the gold; the extractor never does.

use atlas_core::corpus::parse_article_or_plain;
use atlas_core::extract::Extractor;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

type Key = (String, String, String);

struct Predicted {
    certainty: String,
    beneficiary: Option<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn seed_corpus_scores_at_least_095_precision_and_recall_with_right_certainty_and_beneficiary() {
    let gold_text = std::fs::read_to_string(root().join("gold/seeds.jsonl")).expect("gold/seeds.jsonl");
    let mut required: BTreeMap<Key, serde_json::Value> = BTreeMap::new();
    let mut optional: BTreeSet<Key> = BTreeSet::new();
    for line in gold_text.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("gold row is JSON");
        let key = (
            row["article"].as_str().unwrap().to_string(),
            row["actor"].as_str().unwrap().to_string(),
            row["stance"].as_str().unwrap().to_string(),
        );
        if row.get("required").and_then(|r| r.as_bool()).unwrap_or(true) {
            required.insert(key, row);
        } else {
            optional.insert(key);
        }
    }

    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))
        .expect("corpus/")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the seed corpus is missing");

    // First predicted row per key decides, as in score.py.
    let mut predicted: BTreeMap<Key, Predicted> = BTreeMap::new();
    let mut bad_evidence = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let article = parse_article_or_plain(&name, &text).unwrap();
        let date = article.meta.as_ref().map(|m| m.date);
        for c in Extractor::global().extract(article.body, date) {
            let evidence = c.evidence(article.body);
            if evidence.is_empty() || !text.contains(evidence) {
                bad_evidence.push((name.clone(), c.actor));
            }
            let key = (name.clone(), c.actor.to_string(), c.stance.id().to_string());
            predicted.entry(key).or_insert(Predicted {
                certainty: c.certainty.id().to_string(),
                beneficiary: c.beneficiary.map(|b| b.id().to_string()),
            });
        }
    }

    let tp: Vec<&Key> = predicted.keys().filter(|k| required.contains_key(*k)).collect();
    let fp: Vec<&Key> =
        predicted.keys().filter(|k| !required.contains_key(*k) && !optional.contains(*k)).collect();
    let fn_: Vec<&Key> = required.keys().filter(|k| !predicted.contains_key(*k)).collect();
    let precision = tp.len() as f64 / (tp.len() + fp.len()).max(1) as f64;
    let recall = tp.len() as f64 / required.len().max(1) as f64;

    let mut wrong = Vec::new();
    for k in &tp {
        let (p, g) = (&predicted[*k], &required[*k]);
        if p.certainty != g["certainty"].as_str().unwrap() {
            wrong.push(format!("certainty {k:?}: {} != {}", p.certainty, g["certainty"]));
        }
        if k.2 == "offer_asylum" && p.beneficiary.as_deref() != g["beneficiary"].as_str() {
            wrong.push(format!("beneficiary {k:?}: {:?} != {}", p.beneficiary, g["beneficiary"]));
        }
    }
    let report = format!(
        "precision={precision:.3} recall={recall:.3} tp={} fp={} fn={}\nfalse positives: {fp:?}\nmissed: {fn_:?}\n{}",
        tp.len(),
        fp.len(),
        fn_.len(),
        wrong.join("\n")
    );
    assert!(precision >= 0.95 && recall >= 0.95, "{report}");
    assert!(wrong.is_empty(), "{report}");
    assert!(bad_evidence.is_empty(), "evidence not in article: {bad_evidence:?}");
}
