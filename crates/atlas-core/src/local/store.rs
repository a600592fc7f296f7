//! The versioned JSON that keeps local articles in `localStorage` and in export files.
//!
//! One document shape serves both: `{"kind": "stance-atlas/local-articles", "version": 1,
//! "articles": [...]}`, each article [`LocalArticle`] as serde writes it. Reading never loses
//! anything: a document that cannot be read whole (damaged, from a newer release) or that had
//! entries skipped is handed back as [`LoadOutcome::set_aside`] for the app to keep under
//! [`backup_key`], and every skipped entry gets a [`StoreNotice`] naming it and why.
//!
//! Reading and writing need the `json` feature (serde_json); the web app leaves it out and asks
//! the extractor module, through [`crate::serial::WriteJson`] and the module's reading exports.
//!
//! ```
//! use atlas_core::local::store::{load, serialize, EMPTY_DOCUMENT};
//! assert_eq!(serialize(&[]), EMPTY_DOCUMENT);
//! let outcome = load(EMPTY_DOCUMENT);
//! assert!(outcome.articles.is_empty() && outcome.notices.is_empty() && outcome.set_aside.is_none());
//! let damaged = load("{\"kind\": \"stance-atlas/local-art");
//! assert_eq!(damaged.set_aside.as_deref(), Some("{\"kind\": \"stance-atlas/local-art"));
//! let why = &damaged.notices[0].message;
//! assert!(why.contains("damaged at line 1, column 32: EOF while parsing a string"), "{why}");
//! ```

#[cfg(feature = "json")]
use super::{check_outlet, check_text, check_title, clip, content_id, ClaimKey};
use super::{format_size, LocalArticle};
#[cfg(feature = "json")]
use crate::date::Date;
#[cfg(feature = "json")]
use serde_json::{Map, Value};
use std::fmt;

/// The `localStorage` key of the reader's articles.
pub const STORAGE_KEY: &str = "stance-atlas.local-articles";
/// Names the document, so a stray JSON file is not taken for an export.
pub const KIND: &str = "stance-atlas/local-articles";
/// The version this release writes; it reads this and every older one.
pub const VERSION: u64 = 1;
/// The document of no articles, as [`serialize`] writes it: what storage holds once the reader
/// removed every article (the app recognises it without parsing it).
pub const EMPTY_DOCUMENT: &str = r#"{"kind":"stance-atlas/local-articles","version":1,"articles":[]}"#;
/// Roughly what browsers give one origin's `localStorage`, in UTF-16 code units (Chromium and Firefox
/// allow 5 Mi; rounded down, as other data of the page shares it).
pub const TYPICAL_QUOTA_UNITS: usize = 5_000_000;

/// The `localStorage` key under which to keep a document that could not be read in full, made
/// unique by the time so an earlier backup is never overwritten.
pub fn backup_key(now_ms: u64) -> String {
    format!("{STORAGE_KEY}.backup-{now_ms}")
}

/// Something the reader should know about their stored or imported articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreNotice {
    /// Position of the entry in the document's `articles`, when the notice is about one entry.
    pub entry: Option<usize>,
    pub message: String,
}

impl fmt::Display for StoreNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// What [`load`] recovered from the stored text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadOutcome {
    pub articles: Vec<LocalArticle>,
    pub notices: Vec<StoreNotice>,
    /// The stored text, whole, when any of it could not be loaded: keep it under [`backup_key`]
    /// before saving anything over [`STORAGE_KEY`].
    pub set_aside: Option<String>,
    /// The version the document was written in, when older than [`VERSION`]: save again to upgrade.
    pub migrated_from: Option<u64>,
}

/// The stored document as serde writes it: the envelope, then the articles in order.
#[cfg(feature = "json")]
#[derive(serde::Serialize)]
struct Document<'a> {
    kind: &'static str,
    version: u64,
    articles: &'a [LocalArticle],
}

/// The articles as the compact document kept in `localStorage`: `{"kind":…,"version":1,"articles":[…]}`.
#[cfg(feature = "json")]
pub fn serialize(articles: &[LocalArticle]) -> String {
    // Text, integers and flags only: serde_json cannot fail on them.
    serde_json::to_string(&Document { kind: KIND, version: VERSION, articles })
        .expect("an article is text, integers and flags")
}

/// The articles as the export file offered for download: the very document kept in storage (not
/// indented: an export is byte for byte what storage holds).
#[cfg(feature = "json")]
pub fn export_file(articles: &[LocalArticle]) -> String {
    serialize(articles)
}

/// A name for the export file, dated by the day it is made.
pub fn export_file_name(now_ms: u64) -> String {
    format!("stance-atlas-articles-{}.json", super::day_of(now_ms))
}

/// Reads the stored document. Never fails: whatever cannot be read is reported and set aside.
#[cfg(feature = "json")]
pub fn load(raw: &str) -> LoadOutcome {
    if raw.trim().is_empty() {
        return LoadOutcome::default();
    }
    let set_aside = |message: String| LoadOutcome {
        notices: vec![StoreNotice { entry: None, message }],
        set_aside: Some(raw.to_string()),
        ..LoadOutcome::default()
    };
    let (entries, version) = match read_document(raw) {
        Ok(doc) => doc,
        Err(why) => {
            return set_aside(format!(
            "Your saved articles could not be read ({why}). They were set aside, not loaded, and nothing was deleted."
        ))
        }
    };
    let (articles, notices) = read_entries(entries);
    LoadOutcome {
        set_aside: (!notices.is_empty()).then(|| raw.to_string()),
        articles,
        notices,
        migrated_from: (version < VERSION).then_some(version),
    }
}

/// Checks the envelope and brings its entries up to [`VERSION`]; says why it cannot, for the reader.
#[cfg(feature = "json")]
fn read_document(raw: &str) -> Result<(Vec<Value>, u64), String> {
    let value: Value = serde_json::from_str(raw).map_err(|e| damaged(&e))?;
    let Value::Object(mut doc) = value else {
        return Err("the data is not a Stance Atlas document".into());
    };
    if doc.get("kind").and_then(Value::as_str) != Some(KIND) {
        return Err("the data is not a Stance Atlas document of local articles".into());
    }
    let version = doc.get("version").and_then(Value::as_u64).ok_or("the document has no version number")?;
    if version > VERSION {
        return Err(format!(
            "they were saved by a newer release of Stance Atlas, in format {version}; this page reads up to {VERSION}"
        ));
    }
    let Some(Value::Array(mut entries)) = doc.remove("articles") else {
        return Err("the document has no list of articles".into());
    };
    for from in version..VERSION {
        for entry in &mut entries {
            if let Value::Object(fields) = entry {
                MIGRATIONS[from as usize](fields);
            }
        }
    }
    Ok((entries, version))
}

/// Where and how JSON that does not parse is damaged: “the data is damaged at line 1, column 32:
/// EOF while parsing a string”.
#[cfg(feature = "json")]
fn damaged(e: &serde_json::Error) -> String {
    let message = e.to_string();
    // serde_json appends “ at line L column C” itself; the position is said once, in words.
    let what = message.rsplit_once(" at line ").map_or(message.as_str(), |(what, _)| what);
    format!("the data is damaged at line {}, column {}: {what}", e.line(), e.column())
}

/// `MIGRATIONS[v]` turns an entry of version `v` into one of version `v + 1`.
#[cfg(feature = "json")]
const MIGRATIONS: [fn(&mut Map<String, Value>); VERSION as usize] = [v0_to_v1];

/// Version 0 (the draft format) had no review step, so no rejected claims, and no approximate dates.
#[cfg(feature = "json")]
fn v0_to_v1(entry: &mut Map<String, Value>) {
    entry.entry("rejected").or_insert_with(|| Value::Array(Vec::new()));
    entry.entry("date_approximate").or_insert(Value::Bool(false));
}

/// Reads each entry on its own; bad and repeated ones are skipped with a notice, good ones kept.
#[cfg(feature = "json")]
fn read_entries(entries: Vec<Value>) -> (Vec<LocalArticle>, Vec<StoreNotice>) {
    let mut articles: Vec<LocalArticle> = Vec::with_capacity(entries.len());
    let mut notices = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let name = entry_name(i, entry);
        match read_article(entry) {
            // A reader keeps tens of articles, not thousands: a linear look-up is small and quick.
            Ok(a) if articles.iter().any(|b| b.id == a.id) => {
                if !articles.contains(&a) {
                    notices.push(StoreNotice {
                        entry: Some(i),
                        message: format!(
                            "{name} was skipped: it repeats an earlier article with other details."
                        ),
                    });
                }
            }
            Ok(a) => articles.push(a),
            Err(why) => {
                notices.push(StoreNotice { entry: Some(i), message: format!("{name} was skipped: {why}.") })
            }
        }
    }
    (articles, notices)
}

/// “Article 3 (“Peru recalls envoy”)”: how notices name an entry, by position and title if it has one.
#[cfg(feature = "json")]
fn entry_name(i: usize, entry: &Value) -> String {
    match entry.get("title").and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => format!("Article {} (“{}”)", i + 1, clip(&sanitize(t), 60)),
        None => format!("Article {}", i + 1),
    }
}

/// Control characters of untrusted text are replaced before the text is echoed in a notice.
#[cfg(feature = "json")]
fn sanitize(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { '�' } else { c }).collect()
}

/// One entry of the current version, checked as strictly as an article added by hand.
#[cfg(feature = "json")]
pub(super) fn read_article(entry: &Value) -> Result<LocalArticle, String> {
    let Some(o) = entry.as_object() else {
        return Err("it is not an article record".into());
    };
    let string = |k: &str| -> Result<&str, String> {
        match o.get(k) {
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(format!("its `{k}` is not text")),
            None => Err(format!("it has no `{k}`")),
        }
    };
    let text = string("text")?;
    check_text(text).map_err(|e| lower_first(&e.to_string()))?;
    let id = string("id")?;
    let expected = content_id(text);
    if id != expected {
        return Err(format!(
            "its id “{}” does not match its text (expected {expected})",
            clip(&sanitize(id), 40)
        ));
    }
    let title = string("title")?;
    check_title(title).map_err(|e| lower_first(&e.to_string()))?;
    let outlet = string("outlet")?;
    check_outlet(outlet).map_err(|e| lower_first(&e.to_string()))?;
    let date = match o.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            Some(Date::parse_partial(s).map_err(|e| format!("its date is wrong: {}", sanitize(&e)))?)
        }
        Some(_) => return Err("its `date` is not text".into()),
    };
    let date_approximate = o
        .get("date_approximate")
        .and_then(Value::as_bool)
        .ok_or("its `date_approximate` is not true or false")?;
    // Absent from documents saved before articles had addresses: those load without one.
    let url = match o.get("url") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            crate::corpus::check_url(s).map_err(|e| format!("its url is wrong: {}", sanitize(&e)))?;
            Some(s.to_string())
        }
        Some(_) => return Err("its `url` is not text".into()),
    };
    let added_at =
        o.get("added_at").and_then(Value::as_u64).ok_or("its `added_at` is not a time in milliseconds")?;
    let Some(Value::Array(keys)) = o.get("rejected") else {
        return Err("its `rejected` is not a list".into());
    };
    let mut rejected = keys
        .iter()
        .map(|k| {
            k.as_str().ok_or_else(|| "a rejected claim is not text".to_string()).and_then(ClaimKey::parse)
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("its rejected claims are wrong: {}", sanitize(&e)))?;
    crate::sort::sort(&mut rejected);
    rejected.dedup();
    Ok(LocalArticle {
        id: id.to_string(),
        title: title.to_string(),
        outlet: outlet.to_string(),
        date,
        date_approximate,
        url,
        text: text.to_string(),
        added_at,
        rejected,
    })
}

#[cfg(feature = "json")]
fn lower_first(s: &str) -> String {
    let s = s.trim_end_matches('.');
    let mut chars = s.chars();
    match chars.next() {
        // Messages are ours and start in ASCII; this avoids pulling Unicode case tables into the wasm.
        Some(c) => c.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// What importing an export file did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New articles, to append to the reader's.
    pub added: Vec<LocalArticle>,
    /// Titles of articles the reader already had (same text), left as they were.
    pub already_present: Vec<String>,
    /// Entries that could not be read, each naming the entry and why.
    pub invalid: Vec<StoreNotice>,
}

impl ImportReport {
    /// Moves the added articles the reader already has (same text) to `already_present`: so a
    /// file can be read without the reader's articles (in the extractor module) and merged after.
    pub fn against(self, existing: &[LocalArticle]) -> ImportReport {
        let mut report = ImportReport { added: Vec::new(), ..self };
        for a in self.added {
            if existing.iter().any(|e| e.id == a.id) {
                report.already_present.push(a.display_title());
            } else {
                report.added.push(a);
            }
        }
        report
    }

    /// One line for the reader: “Added 2 articles; 1 was already here; 1 could not be read.”
    pub fn summary(&self) -> String {
        let count =
            |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
        let mut parts = vec![format!("Added {}", count(self.added.len(), "article", "articles"))];
        if !self.already_present.is_empty() {
            let n = self.already_present.len();
            parts.push(format!("{} already here", count(n, "was", "were")));
        }
        if !self.invalid.is_empty() {
            parts.push(format!("{} could not be read", count(self.invalid.len(), "entry", "entries")));
        }
        format!("{}.", parts.join("; "))
    }
}

/// Reads an export file and merges it with the reader's articles by content: an article whose text
/// the reader already has is left alone. A file that is not an export (or is from a newer release)
/// is refused whole, with the reason.
#[cfg(feature = "json")]
pub fn import(raw: &str, existing: &[LocalArticle]) -> Result<ImportReport, String> {
    let (entries, _) = read_document(raw).map_err(|why| format!("This file cannot be imported: {why}."))?;
    let (added, invalid) = read_entries(entries);
    Ok(ImportReport { added, invalid, ..ImportReport::default() }.against(existing))
}

/// How much of the typical quota the document takes, in UTF-16 code units (what browsers count).
pub fn storage_units(serialized: &str) -> usize {
    STORAGE_KEY.len() + serialized.encode_utf16().count()
}

/// Said when `localStorage.setItem` throws: what was being saved, how big it is, what to do.
pub fn quota_exceeded_message(serialized: &str) -> String {
    let units = storage_units(serialized);
    format!(
        "Your browser has no room left to save your articles here: they need about {} and browsers usually \
         allow about {} per site, shared with other data. The latest change is shown but not saved. \
         Export your articles to a file, then remove some you no longer need.",
        format_size(2 * units as u64),
        format_size(2 * TYPICAL_QUOTA_UNITS as u64),
    )
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::tests::{article, NOW};
    use super::*;
    use crate::model::Stance;
    // Inputs are built with serde_json, independently of the code under test.
    use serde_json::{json, Map, Value};

    /// The document as releases before the derive on [`LocalArticle`] wrote it (serde's derive on
    /// a struct of their own, then a hand-written writer): what byte equality is checked against,
    /// so that stored documents and export files keep their bytes.
    #[derive(serde::Serialize)]
    pub(in crate::local) struct SerdeDocument<'a> {
        kind: &'static str,
        version: u64,
        articles: Vec<SerdeArticle<'a>>,
    }

    #[derive(serde::Serialize)]
    pub(in crate::local) struct SerdeArticle<'a> {
        id: &'a str,
        title: &'a str,
        outlet: &'a str,
        date: Option<String>,
        date_approximate: bool,
        url: Option<&'a str>,
        added_at: u64,
        rejected: Vec<String>,
        text: &'a str,
    }

    impl<'a> SerdeArticle<'a> {
        pub(in crate::local) fn of(a: &'a LocalArticle) -> SerdeArticle<'a> {
            SerdeArticle {
                id: &a.id,
                title: &a.title,
                outlet: &a.outlet,
                date: a.date.map(|d| d.to_string()),
                date_approximate: a.date_approximate,
                url: a.url.as_deref(),
                added_at: a.added_at,
                rejected: a.rejected.iter().map(ClaimKey::to_string).collect(),
                text: &a.text,
            }
        }
    }

    /// The document serde's derive writes for `articles`.
    pub(in crate::local) fn serde_document(articles: &[LocalArticle]) -> String {
        let articles = articles.iter().map(SerdeArticle::of).collect();
        serde_json::to_string(&SerdeDocument { kind: KIND, version: VERSION, articles }).unwrap()
    }

    fn two() -> Vec<LocalArticle> {
        let mut a = article("Peru recalled its ambassador. Argentina rejected the result.");
        a.rejected = vec![ClaimKey { actor: "PER".into(), stance: Stance::BreakTies, evidence: 7 }];
        let mut b = article("Russia congratulated Maduro.");
        (b.title, b.outlet, b.date, b.added_at) = (String::new(), String::new(), None, NOW + 1);
        vec![a, b]
    }

    fn doc(version: u64, articles: Value) -> String {
        json!({ "kind": KIND, "version": version, "articles": articles }).to_string()
    }

    fn entry(a: &LocalArticle) -> Value {
        serde_json::to_value(a).unwrap()
    }

    #[test]
    fn stored_articles_load_back_unchanged() {
        let articles = two();
        for raw in [serialize(&articles), export_file(&articles)] {
            let outcome = load(&raw);
            assert_eq!(outcome, LoadOutcome { articles: articles.clone(), ..LoadOutcome::default() });
        }
    }

    #[test]
    fn the_stored_document_is_byte_for_byte_what_earlier_releases_wrote() {
        let mut articles = two();
        articles[1].text = "Quotes \" and \\, a tab\t, a bell \u{7}, é, 😀, \u{2028}.".into();
        articles[1].id = content_id(&articles[1].text);
        for some in [&articles[..0], &articles[..1], &articles[..]] {
            assert_eq!(serialize(some), serde_document(some));
            assert_eq!(export_file(some), serde_document(some));
        }
    }

    #[test]
    fn an_address_is_kept_and_a_record_saved_without_one_still_loads() {
        let mut a = two().remove(0);
        a.url = Some("https://example.org/peru?x=1".into());
        let outcome = load(&serialize(std::slice::from_ref(&a)));
        assert_eq!((outcome.articles, outcome.notices), (vec![a.clone()], vec![]));
        // As saved before articles had addresses: no `url` key at all.
        let old = format!(
            r#"{{"kind":"{KIND}","version":1,"articles":[{{"id":"{}","title":"Old","outlet":"","date":"2019-01","date_approximate":true,"added_at":1,"rejected":[],"text":"{}"}}]}}"#,
            a.id, a.text
        );
        let outcome = load(&old);
        assert_eq!(outcome.notices, vec![]);
        let got = &outcome.articles[0];
        assert_eq!((got.url.as_deref(), got.date), (None, Some(Date::new(2019, 1, 0))));
        // A stored address that is not a web address is refused, with the entry named.
        let bad = old.replace(r#""added_at""#, r#""url":"javascript:alert(1)","added_at""#);
        let outcome = load(&bad);
        assert!(outcome.articles.is_empty() && outcome.set_aside.is_some());
        assert!(outcome.notices[0].message.contains("its url is wrong"), "{:?}", outcome.notices);
    }

    #[test]
    fn the_stored_shape_is_the_documented_one() {
        let a = &two()[0];
        let raw: Value = serde_json::from_str(&serialize(std::slice::from_ref(a))).unwrap();
        let expected = json!({
            "kind": "stance-atlas/local-articles",
            "version": 1,
            "articles": [{
                "id": a.id,
                "title": "A title",
                "outlet": "El Pitazo",
                "date": "2024-07-29",
                "date_approximate": false,
                "url": null,
                "added_at": NOW,
                "rejected": ["PER:break_ties:0000000000000007"],
                "text": a.text,
            }],
        });
        assert_eq!(raw, expected);
    }

    #[test]
    fn nothing_stored_is_nothing_to_report() {
        for raw in ["", "  \n"] {
            assert_eq!(load(raw), LoadOutcome::default());
        }
    }

    #[test]
    fn an_unreadable_document_is_set_aside_whole_with_the_reason() {
        let future = doc(VERSION + 1, json!([]));
        let cases: Vec<(String, &str)> = vec![
            (
                "{\"kind\":\"stance-atlas/local-articles\",\"version\":1,\"articles\":[{\"id\":".into(),
                "damaged",
            ),
            ("\u{0}\u{1}garbage".into(), "damaged"),
            ("[1, 2]".into(), "not a Stance Atlas document"),
            (
                json!({ "kind": "something-else", "version": 1, "articles": [] }).to_string(),
                "not a Stance Atlas document",
            ),
            (json!({ "kind": KIND, "articles": [] }).to_string(), "no version"),
            (json!({ "kind": KIND, "version": "1", "articles": [] }).to_string(), "no version"),
            (json!({ "kind": KIND, "version": 1, "articles": {} }).to_string(), "no list of articles"),
            (future.clone(), "newer release of Stance Atlas, in format 2; this page reads up to 1"),
        ];
        for (raw, why) in cases {
            let outcome = load(&raw);
            assert!(outcome.articles.is_empty(), "{raw}");
            assert_eq!(outcome.set_aside.as_deref(), Some(raw.as_str()));
            assert_eq!(outcome.notices.len(), 1);
            assert!(outcome.notices[0].message.contains(why), "{raw}: {}", outcome.notices[0]);
            assert!(outcome.notices[0].message.contains("set aside, not loaded"), "{}", outcome.notices[0]);
        }
    }

    #[test]
    fn a_document_that_does_not_parse_is_named_by_line_column_and_reason() {
        let raw = "{\"kind\": \"stance-atlas/local-articles\",\n \"version\": 1,\n \"articles\": [,]}";
        assert_eq!(
            load(raw).notices[0].message,
            "Your saved articles could not be read (the data is damaged at line 3, column 15: expected value). \
             They were set aside, not loaded, and nothing was deleted."
        );
        assert_eq!(
            import("[1, 2] x", &[]).unwrap_err(),
            "This file cannot be imported: the data is damaged at line 1, column 8: trailing characters."
        );
        // Nested past serde_json's limit: refused, not a stack overflow.
        let deep = "[".repeat(100_000);
        assert!(
            load(&deep).notices[0].message.contains("recursion limit exceeded"),
            "{:?}",
            load(&deep).notices
        );
    }

    #[test]
    fn bad_entries_are_skipped_by_name_and_the_good_ones_kept() {
        let good = two();
        let with = |f: &dyn Fn(&mut Map<String, Value>)| {
            let mut e = entry(&good[0]);
            f(e.as_object_mut().unwrap());
            e
        };
        let cases: Vec<(Value, &str)> = vec![
            (json!("just text"), "Article 2 was skipped: it is not an article record."),
            (with(&|o| drop(o.remove("text"))), "Article 2 (“A title”) was skipped: it has no `text`."),
            (with(&|o| drop(o.insert("text".into(), json!(" ")))), "the article text is empty"),
            (with(&|o| drop(o.insert("text".into(), json!("changed text")))), "does not match its text"),
            (with(&|o| drop(o.insert("id".into(), json!(5)))), "its `id` is not text"),
            (
                with(&|o| drop(o.insert("title".into(), json!("t".repeat(301))))),
                "the title has 301 characters",
            ),
            (with(&|o| drop(o.insert("date".into(), json!("2024-02-31")))), "its date is wrong"),
            (with(&|o| drop(o.insert("date".into(), json!(20240229)))), "its `date` is not text"),
            (with(&|o| drop(o.insert("added_at".into(), json!(-1)))), "`added_at`"),
            (with(&|o| drop(o.insert("date_approximate".into(), json!("no")))), "`date_approximate`"),
            (
                with(&|o| drop(o.insert("rejected".into(), json!(["ARG:maybe:0000000000000001"])))),
                "“maybe” is not a stance",
            ),
            (with(&|o| drop(o.insert("rejected".into(), json!([3])))), "a rejected claim is not text"),
            (with(&|o| drop(o.remove("rejected"))), "`rejected` is not a list"),
            (with(&|o| drop(o.insert("title".into(), json!("Bad\u{1b}[31m title")))), "(“Bad�[31m title”)"),
        ];
        for (bad, why) in cases {
            let raw = doc(VERSION, json!([entry(&good[0]), bad, entry(&good[1])]));
            let outcome = load(&raw);
            assert_eq!(outcome.articles, good, "{why}");
            assert_eq!(outcome.set_aside.as_deref(), Some(raw.as_str()), "skipped entries are backed up");
            assert_eq!(outcome.notices.len(), 1, "{why}");
            assert_eq!(outcome.notices[0].entry, Some(1));
            assert!(
                outcome.notices[0].message.contains(why),
                "{:?} should contain {why:?}",
                outcome.notices[0].message
            );
        }
    }

    #[test]
    fn a_repeated_article_is_dropped_quietly_when_identical_and_with_a_notice_otherwise() {
        let good = two();
        let same = load(&doc(VERSION, json!([entry(&good[0]), entry(&good[0])])));
        assert_eq!((same.articles.len(), same.notices.len(), same.set_aside), (1, 0, None));
        let mut renamed = good[0].clone();
        renamed.title = "Other title".into();
        let raw = doc(VERSION, json!([entry(&good[0]), entry(&renamed)]));
        let differs = load(&raw);
        assert_eq!(differs.articles, [good[0].clone()]);
        assert!(differs.notices[0].message.contains("Article 2 (“Other title”) was skipped: it repeats"));
        assert_eq!(differs.set_aside, Some(raw));
    }

    #[test]
    fn a_version_0_document_is_migrated_and_flagged_for_saving() {
        // Hand-written in the draft format: no `rejected`, no `date_approximate`.
        let text = "Peru recalled its ambassador.";
        let raw = format!(
            r#"{{"kind":"stance-atlas/local-articles","version":0,"articles":[
                {{"id":"{}","title":"Old","outlet":"","date":"2024-07-29","added_at":1722340800000,"text":"{text}"}}
            ]}}"#,
            content_id(text)
        );
        let outcome = load(&raw);
        assert_eq!(outcome.notices, []);
        assert_eq!(outcome.set_aside, None);
        assert_eq!(outcome.migrated_from, Some(0));
        let a = &outcome.articles[0];
        assert_eq!(
            (a.title.as_str(), a.date, a.date_approximate, a.rejected.len()),
            ("Old", Some(Date::new(2024, 7, 29)), false, 0)
        );
        assert_eq!(load(&serialize(&outcome.articles)).migrated_from, None);
    }

    #[test]
    fn import_adds_new_articles_and_reports_the_rest() {
        let mine = two();
        let new = article("Brazil called for a recount.");
        let raw = doc(VERSION, json!([entry(&mine[1]), entry(&new), {"id": "local:x"}, entry(&new)]));
        let report = import(&raw, &mine[..1]).unwrap();
        assert_eq!(report.added, [mine[1].clone(), new]);
        assert_eq!(report.invalid.len(), 1);
        assert!(report.invalid[0].message.starts_with("Article 3 was skipped"), "{}", report.invalid[0]);
        assert_eq!(report.summary(), "Added 2 articles; 1 entry could not be read.");

        let again = import(&export_file(&mine), &mine).unwrap();
        assert_eq!(again.already_present, ["A title", "Russia congratulated Maduro."]);
        assert_eq!(again.summary(), "Added 0 articles; 2 were already here.");
    }

    #[test]
    fn a_file_that_is_not_an_export_is_refused_whole() {
        let cases = [
            ("", "damaged"),
            ("{\"rows\": []}", "not a Stance Atlas document"),
            ("[]", "not a Stance Atlas"),
        ];
        for (raw, why) in cases {
            let e = import(raw, &[]).unwrap_err();
            assert!(e.starts_with("This file cannot be imported: ") && e.contains(why), "{e}");
        }
    }

    #[test]
    fn the_quota_message_says_the_size_and_what_to_do() {
        let raw = serialize(&[article(&"é".repeat(400_000))]);
        assert!(storage_units(&raw) > 400_000 && storage_units(&raw) < 401_000);
        let m = quota_exceeded_message(&raw);
        assert!(m.contains("about 800.6 kB") && m.contains("about 10 MB") && m.contains("Export"), "{m}");
    }

    #[test]
    fn backups_and_exports_get_distinct_names() {
        assert_eq!(backup_key(NOW), "stance-atlas.local-articles.backup-1722340800000");
        assert_ne!(backup_key(NOW), backup_key(NOW + 1));
        assert_eq!(export_file_name(NOW), "stance-atlas-articles-2024-07-30.json");
    }
}
