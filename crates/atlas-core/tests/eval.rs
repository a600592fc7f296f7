//! The evaluation corpus (`tests/eval/{en,es,pt}`): articles written by the team in the manner of
//! real coverage, with hand judgments (`gold_*.jsonl`, the seeds' format). Each language is scored
//! as `tools/score.py` scores (the tuple article, actor, stance; `required: false` rows neither
//! count nor hurt) and must stay above its floor. Every evidence must be a verbatim sentence of
//! its article, and every article must be read in its own language. Only tests read the gold.
//!
//! `cargo test -p atlas-core --test eval -- --nocapture` prints the figures.

use atlas_core::extract::{language, Extractor};
use atlas_core::model::Language;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

type Key = (String, String, String);

/// The day the evaluation is read on: later dates in an article are plans, not its date.
const TODAY: atlas_core::date::Date = atlas_core::date::Date::new(2026, 12, 7);

/// Per language: (precision, recall, certainty right on matched claims) floors.
const FLOORS: &[(Language, f64, f64, f64)] = &[
    (Language::English, 0.95, 0.84, 0.90),
    (Language::Spanish, 0.95, 0.74, 0.90),
    (Language::Portuguese, 0.95, 0.76, 0.90),
];

/// Each language's share of the corpus: at least this many articles.
const MIN_ARTICLES: &[(Language, usize)] =
    &[(Language::English, 30), (Language::Spanish, 15), (Language::Portuguese, 15)];

fn eval_dir(language: Language) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval").join(language.code())
}

struct Score {
    articles: usize,
    required: usize,
    tp: usize,
    fp: Vec<Key>,
    fn_: Vec<Key>,
    certainty_ok: usize,
    precision: f64,
    recall: f64,
}

fn score(language: Language) -> Score {
    let dir = eval_dir(language);
    let mut required: BTreeMap<Key, String> = BTreeMap::new();
    let mut optional: BTreeSet<Key> = BTreeSet::new();
    let mut articles: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".txt") {
            articles.push(path);
        } else if name.starts_with("gold") && name.ends_with(".jsonl") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let row: serde_json::Value =
                    serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}:{}: {e}", n + 1));
                let field = |k: &str| row[k].as_str().unwrap_or_else(|| panic!("{name}:{}: no {k}", n + 1));
                let key =
                    (field("article").to_string(), field("actor").to_string(), field("stance").to_string());
                if row.get("required").and_then(|r| r.as_bool()).unwrap_or(true) {
                    required.insert(key, field("certainty").to_string());
                } else {
                    optional.insert(key);
                }
            }
        }
    }
    articles.sort();
    let mut predicted: BTreeMap<Key, String> = BTreeMap::new();
    for path in &articles {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        assert_eq!(language::detect(&text), Some(language), "{name} is not read as {}", language.label());
        let words = text.split_whitespace().count();
        assert!((150..=600).contains(&words), "{name}: {words} words, not 150-600");
        // As the `extract` command does for a plain text: the date of a full dateline.
        let date = atlas_core::dateline::read(&text, TODAY)
            .filter(|found| found.how == atlas_core::dateline::How::Dateline && !found.approximate)
            .map(|found| found.date);
        for c in Extractor::global().extract(&text, date) {
            let evidence = c.evidence(&text);
            assert!(!evidence.trim().is_empty() && text.contains(evidence), "{name}: evidence not verbatim");
            predicted
                .entry((name.clone(), c.actor.to_string(), c.stance.id().to_string()))
                .or_insert_with(|| c.certainty.id().to_string());
        }
    }
    let tp: Vec<&Key> = predicted.keys().filter(|k| required.contains_key(*k)).collect();
    let fp: Vec<Key> =
        predicted.keys().filter(|k| !required.contains_key(*k) && !optional.contains(*k)).cloned().collect();
    let fn_: Vec<Key> = required.keys().filter(|k| !predicted.contains_key(*k)).cloned().collect();
    let certainty_ok = tp.iter().filter(|k| predicted[**k] == required[**k]).count();
    Score {
        articles: articles.len(),
        required: required.len(),
        tp: tp.len(),
        precision: tp.len() as f64 / (tp.len() + fp.len()).max(1) as f64,
        recall: tp.len() as f64 / required.len().max(1) as f64,
        certainty_ok,
        fp,
        fn_,
    }
}

#[test]
fn each_language_of_the_evaluation_corpus_stays_above_its_floor() {
    let mut failures = Vec::new();
    for &(language, min_precision, min_recall, min_certainty) in FLOORS {
        let s = score(language);
        let certainty = s.certainty_ok as f64 / s.tp.max(1) as f64;
        println!(
            "{}: {} articles, {} required claims: precision {:.3} recall {:.3} certainty {}/{} ({} false positives)",
            language.label(),
            s.articles,
            s.required,
            s.precision,
            s.recall,
            s.certainty_ok,
            s.tp,
            s.fp.len()
        );
        if std::env::var_os("EVAL_VERBOSE").is_some() {
            s.fp.iter().for_each(|k| println!("  false positive: {k:?}"));
            s.fn_.iter().for_each(|k| println!("  missed: {k:?}"));
        }
        let min_articles = MIN_ARTICLES.iter().find(|(l, _)| *l == language).map_or(0, |m| m.1);
        if s.articles < min_articles {
            failures.push(format!(
                "{}: {} articles, fewer than {min_articles}",
                language.label(),
                s.articles
            ));
        }
        if s.precision < min_precision || s.recall < min_recall || certainty < min_certainty {
            failures.push(format!(
                "{}: precision {:.3} (floor {min_precision}), recall {:.3} (floor {min_recall}), certainty {certainty:.3} (floor {min_certainty})",
                language.label(),
                s.precision,
                s.recall
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
