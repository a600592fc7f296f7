//! A reader's own articles: checked when added, kept in the browser, shared in a link, merged into the map.
//!
//! The app only moves bytes between this module and the DOM, `localStorage` and the clipboard:
//! [`validate`] turns the "Add article" form into a [`LocalArticle`] (or says what is wrong with each
//! field), [`store`] writes and reads the versioned storage and export file, [`storage`] keeps it in
//! `localStorage` (and rescues what could not be read), [`share`] packs one
//! article into a link, and [`local_records`] turns local articles into corpus-shaped records and
//! claims for [`crate::query::ClaimIndex`].
//!
//! By job: validation (`validate.rs`: the form and the checks every article passes), decoding
//! (`decode.rs`: dropped files), records (`records.rs`: articles as corpus records merged into the
//! index), the JSON document and its merging on import ([`store`]), storage ([`storage`]) and links
//! ([`share`]); this file holds the article itself, its claim keys and their ids.
//!
//! An article's id is `local:` plus a hash of its text, so the same text pasted twice, imported from
//! a file or opened from a link is recognised as the same article everywhere.
//!
//! ```
//! use atlas_core::local::{validate, ArticleDraft, LOCAL_PREFIX};
//! let draft = ArticleDraft { text: "Peru recalled its ambassador.", date: "2024-07-29", ..Default::default() };
//! let article = validate(&draft, 1_722_300_000_000, &[]).unwrap();
//! assert!(article.id.starts_with(LOCAL_PREFIX));
//! let empty = ArticleDraft { text: "  \n", ..Default::default() };
//! assert_eq!(validate(&empty, 0, &[]).unwrap_err()[0].to_string(), "The article text is empty.");
//! ```

mod decode;
mod records;
pub mod share;
pub mod storage;
pub mod store;
mod validate;

pub use decode::{check_file_size, draft_from_file, text_from_file, Encoding, FileDraft};
pub use records::{local_records, LocalRecord};
#[cfg(feature = "json")]
use validate::{check_outlet, check_title};
pub use validate::{check_text, latest_day, normalize_text, validate, ArticleDraft, ArticleError, Field};

use crate::date::Date;
use crate::model::{Claim, Stance};
use std::fmt;

/// Article ids (and so `ArticleRecord::file`) of local articles start with this; baked ones never do.
pub const LOCAL_PREFIX: &str = "local:";
/// The longest article text accepted, in UTF-8 bytes.
pub const MAX_TEXT_BYTES: usize = 1_000_000;
/// A dropped file larger than this is refused before it is read. It is larger than the text limit
/// because UTF-16 takes twice the bytes of the UTF-8 it decodes to; the text limit applies after.
pub const MAX_FILE_BYTES: usize = 4 * MAX_TEXT_BYTES;
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_OUTLET_CHARS: usize = 120;
/// Shown as the outlet of an article added without one, so the outlet filter can still list it.
pub const OUTLET_NOT_GIVEN: &str = "Outlet not given";
/// A text is taken for binary when more than 1 in this many of its characters are control characters
/// other than tab, line feed, carriage return and form feed.
const CONTROL_RATIO: usize = 100;
const MS_PER_DAY: u64 = 86_400_000;

/// An article a reader added: pasted, dropped as a file, imported, or opened from a shared link.
///
/// Serialized (feature `json`) as it is stored, exported and shared, its fields in this order:
/// the date as written (`2019-01`) or `null`, each rejected claim as its key's text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(serde::Serialize))]
pub struct LocalArticle {
    /// [`LOCAL_PREFIX`] and the hash of `text` ([`content_id`]).
    pub id: String,
    /// Empty when the reader gave none; see [`LocalArticle::display_title`].
    pub title: String,
    /// Empty when the reader gave none.
    pub outlet: String,
    /// Its date, perhaps partial (`2019-01`, `2019`); `None` when neither the reader nor the text
    /// gave one: the article is undated.
    pub date: Option<Date>,
    pub date_approximate: bool,
    /// The original's address (http or https), when known.
    pub url: Option<String>,
    /// When it was added, in milliseconds since 1970-01-01 UTC (`Date.now()` in the browser).
    pub added_at: u64,
    /// Claims the reader unticked, sorted: left out of the map however often the text is re-extracted.
    pub rejected: Vec<ClaimKey>,
    /// Line endings normalised to `\n`; claim spans are byte offsets into it. Last in the JSON, so
    /// the metadata reads first.
    pub text: String,
}

/// Names one extracted claim stably across re-extractions: who, what, and the hash of the evidence
/// sentence with its whitespace collapsed (so a change of rule or span that keeps the sentence keeps
/// the key).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimKey {
    pub actor: String,
    pub stance: Stance,
    pub evidence: u64,
}

impl ClaimKey {
    pub fn of(claim: &Claim, text: &str) -> ClaimKey {
        ClaimKey {
            actor: claim.actor.to_string(),
            stance: claim.stance,
            evidence: evidence_hash(claim.evidence(text)),
        }
    }

    /// Parses the form written by [`fmt::Display`]: `ARG:reject:0123456789abcdef`.
    pub fn parse(s: &str) -> Result<ClaimKey, String> {
        let mut parts = s.rsplitn(3, ':');
        let (Some(hash), Some(stance), Some(actor)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("“{}” is not a claim key of the form ACTOR:stance:hash", clip(s, 40)));
        };
        let stance =
            Stance::from_id(stance).ok_or_else(|| format!("“{}” is not a stance", clip(stance, 40)))?;
        let evidence = (hash.len() == 16)
            .then(|| u64::from_str_radix(hash, 16).ok())
            .flatten()
            .filter(|_| hash.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| format!("“{}” is not a 16-digit hex hash", clip(hash, 40)))?;
        if actor.is_empty() || actor.len() > 16 || !actor.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(format!("“{}” is not an actor code", clip(actor, 40)));
        }
        Ok(ClaimKey { actor: actor.to_string(), stance, evidence })
    }
}

impl fmt::Display for ClaimKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{:016x}", self.actor, self.stance.id(), self.evidence)
    }
}

/// As its text ([`fmt::Display`]), which [`ClaimKey::parse`] reads back.
#[cfg(feature = "json")]
impl serde::Serialize for ClaimKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl LocalArticle {
    /// The title, or the start of the text's first non-empty line when the reader gave none.
    pub fn display_title(&self) -> String {
        if !self.title.is_empty() {
            return self.title.clone();
        }
        let first = self.text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
        clip(first, 100)
    }

    /// Whether the reader unticked `claim`: a binary search of the sorted [`LocalArticle::rejected`],
    /// as the review and the index ask it of every claim of a text that may have thousands.
    pub fn is_rejected(&self, claim: &Claim) -> bool {
        self.rejected.binary_search(&ClaimKey::of(claim, &self.text)).is_ok()
    }

    /// Ticks or unticks a claim in the review list, keeping [`LocalArticle::rejected`] sorted.
    pub fn set_rejected(&mut self, claim: &Claim, rejected: bool) {
        let key = ClaimKey::of(claim, &self.text);
        match (self.rejected.binary_search(&key), rejected) {
            (Ok(at), false) => {
                self.rejected.remove(at);
            }
            (Err(at), true) => self.rejected.insert(at, key),
            _ => {}
        }
    }

    /// The date the map files it under: its own, or [`Date::UNDATED`] (never the day it was added,
    /// which would place it in a period it does not belong to).
    pub fn effective_date(&self) -> (Date, bool) {
        match self.date {
            Some(d) => (d, self.date_approximate),
            None => (Date::UNDATED, false),
        }
    }
}

/// `local:` and 16 hex digits of the FNV-1a hash of the text: the same text always gets the same id.
pub fn content_id(text: &str) -> String {
    format!("{LOCAL_PREFIX}{:016x}", fnv1a(text.bytes()))
}

/// Whether an article file id (or a claim's article) belongs to a reader's own article.
pub fn is_local(file: &str) -> bool {
    file.starts_with(LOCAL_PREFIX)
}

fn evidence_hash(evidence: &str) -> u64 {
    let mut words = evidence.split_whitespace();
    let first = words.next().into_iter().flat_map(str::bytes);
    let rest = words.flat_map(|w| std::iter::once(b' ').chain(w.bytes()));
    fnv1a(first.chain(rest))
}

/// FNV-1a, 64 bits: stable across platforms and releases, which `std`'s hasher does not promise.
fn fnv1a(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The UTC calendar day of a time in milliseconds since the epoch.
pub fn day_of(ms: u64) -> Date {
    Date::from_days_since_epoch(i32::try_from(ms / MS_PER_DAY).unwrap_or(i32::MAX / 2))
}

/// `812 bytes`, `41.3 kB`, `1.01 MB`: rounded up, so a size over a limit never prints as the limit.
pub fn format_size(bytes: u64) -> String {
    let up = |unit: u64, decimals: u32| {
        let scale = 10u64.pow(decimals);
        let v = (bytes * scale).div_ceil(unit);
        format!("{}.{:0width$}", v / scale, v % scale, width = decimals as usize)
    };
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} kB", up(1_000, 1).trim_end_matches(".0")),
        _ => format!("{} MB", up(1_000_000, 2).trim_end_matches(".00")),
    }
}

/// Cuts `s` to `max` characters, marking the cut with `…`.
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Certainty;

    /// 2024-07-30 12:00 UTC.
    pub const NOW: u64 = 1_722_340_800_000;

    pub fn article(text: &str) -> LocalArticle {
        let draft = ArticleDraft {
            text,
            title: "A title",
            outlet: "El Pitazo",
            date: "2024-07-29",
            ..Default::default()
        };
        validate(&draft, NOW, &[]).unwrap()
    }

    /// A claim of `actor` on the sentence of `text` that contains `needle`, as an extractor would give.
    pub fn claim_on(text: &str, needle: &str, actor: &'static str, stance: Stance) -> Claim {
        let at = text.find(needle).unwrap();
        let start = text[..at].rfind(". ").map_or(0, |i| i + 2);
        let end = text[at..].find('.').map_or(text.len(), |i| at + i + 1);
        Claim {
            article: 0,
            actor,
            stance,
            certainty: Certainty::Asserted,
            beneficiary: None,
            initiator: None,
            start: start as u32,
            end: end as u32,
            mention_start: at as u32,
            mention_end: (at + needle.len()) as u32,
            rule: "test",
        }
    }

    pub const TEXT: &str =
        "Argentina rejected the result. Peru recalled its ambassador. Russia congratulated Maduro.";

    /// Finds the fixed claims of [`TEXT`] wherever it sits in `text`.
    pub fn extractor(text: &str, _date: Option<Date>) -> Vec<Claim> {
        [
            ("Argentina", "ARG", Stance::Reject),
            ("Peru", "PER", Stance::BreakTies),
            ("Russia", "RUS", Stance::Recognize),
        ]
        .into_iter()
        .filter(|(n, ..)| text.contains(n))
        .map(|(n, code, stance)| claim_on(text, n, code, stance))
        .collect()
    }

    #[test]
    fn ids_are_content_hashes_stable_across_releases() {
        // FNV-1a test vectors: a change of hash would orphan every stored rejection and id.
        assert_eq!(content_id(""), "local:cbf29ce484222325");
        assert_eq!(content_id("a"), "local:af63dc4c8601ec8c");
        assert_eq!(content_id("foobar"), "local:85944171f73967e8");
        assert!(is_local(&content_id("x")) && !is_local("000_b7dbfc7ddc5f0f7e.txt"));
    }

    #[test]
    fn sizes_round_up_so_an_excess_never_reads_as_the_limit() {
        let cases = [
            (0, "0 bytes"),
            (999, "999 bytes"),
            (1_000, "1 kB"),
            (1_001, "1.1 kB"),
            (32_768, "32.8 kB"),
            (1_000_000, "1 MB"),
            (1_000_001, "1.01 MB"),
            (5_242_880, "5.25 MB"),
        ];
        for (bytes, text) in cases {
            assert_eq!(format_size(bytes), text);
        }
    }

    #[test]
    fn claim_keys_print_and_parse_back_and_refuse_garbage() {
        let key = ClaimKey { actor: "ARG".into(), stance: Stance::BreakTies, evidence: 0xab };
        assert_eq!(key.to_string(), "ARG:break_ties:00000000000000ab");
        assert_eq!(ClaimKey::parse(&key.to_string()), Ok(key));
        let bad = [
            ("ARG:reject", "form"),
            ("ARG:maybe:00000000000000ab", "stance"),
            ("ARG:reject:ab", "hash"),
            ("ARG:reject:+0000000000000ab", "hash"),
            (":reject:00000000000000ab", "actor"),
            ("A-B:reject:00000000000000ab", "actor"),
        ];
        for (s, why) in bad {
            let e = ClaimKey::parse(s).unwrap_err();
            assert!(e.contains(why), "{s}: {e}");
        }
    }

    #[test]
    fn ticking_thousands_of_claims_in_any_order_keeps_the_rejected_sorted() {
        // A long text's review: claims unticked and ticked again in a scrambled order.
        let text: String = (0..3000).map(|i| format!("Peru said {i}. ")).collect();
        let mut a = article(&text);
        let claims: Vec<Claim> =
            (0..3000).map(|i| claim_on(&text, &format!("Peru said {i}."), "PER", Stance::Reject)).collect();
        let mut model = std::collections::BTreeSet::new();
        for step in 0..6000usize {
            let i = step * 7919 % claims.len();
            let untick = step % 3 != 0;
            a.set_rejected(&claims[i], untick);
            if untick {
                model.insert(i);
            } else {
                model.remove(&i);
            }
        }
        assert!(a.rejected.windows(2).all(|w| w[0] < w[1]), "not sorted or not unique");
        assert_eq!(a.rejected.len(), model.len());
        for (i, claim) in claims.iter().enumerate() {
            assert_eq!(a.is_rejected(claim), model.contains(&i), "claim {i}");
        }
    }

    #[test]
    fn rejections_survive_rewrapped_evidence() {
        let wrapped = "Argentina rejected\n  the result.";
        let flat = "Argentina rejected the result.";
        let key = |t: &str| ClaimKey::of(&claim_on(t, "Argentina", "ARG", Stance::Reject), t);
        assert_eq!(key(wrapped), key(flat));
        assert_ne!(key(flat), key("Argentina rejected the results."));
    }
}
