//! A reader's own articles: checked when added, kept in the browser, shared in a link, merged into the map.
//!
//! The app only moves bytes between this module and the DOM, `localStorage` and the clipboard:
//! [`validate`] turns the "Add article" form into a [`LocalArticle`] (or says what is wrong with each
//! field), [`store`] writes and reads the versioned storage and export file, [`storage`] keeps it in
//! `localStorage` (and rescues what could not be read), [`share`] packs one
//! article into a link, and [`local_records`] turns local articles into corpus-shaped records and
//! claims for [`crate::query::ClaimIndex`].
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

pub mod share;
pub mod storage;
pub mod store;

use crate::date::{Date, Precision};
use crate::model::{ArticleRecord, Claim, Stance};
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
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// Line endings normalised to `\n`; claim spans are byte offsets into it.
    pub text: String,
    /// When it was added, in milliseconds since 1970-01-01 UTC (`Date.now()` in the browser).
    pub added_at: u64,
    /// Claims the reader unticked, sorted: left out of the map however often the text is re-extracted.
    pub rejected: Vec<ClaimKey>,
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

/// The form of the "Add article" dialog, as typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArticleDraft<'a> {
    pub title: &'a str,
    pub outlet: &'a str,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty (then read from the text, if it says one).
    pub date: &'a str,
    pub date_approximate: bool,
    /// The original's address, or empty.
    pub url: &'a str,
    pub text: &'a str,
}

/// The dialog field a problem belongs to, so it can be shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Text,
    Title,
    Outlet,
    Date,
    Url,
}

/// Why an article (or a dropped file) cannot be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleError {
    EmptyText,
    TextTooLarge {
        bytes: usize,
    },
    FileTooLarge {
        bytes: u64,
    },
    /// Looks like a binary file: NUL bytes or many control characters.
    NotText {
        reason: String,
    },
    TitleTooLong {
        chars: usize,
    },
    OutletTooLong {
        chars: usize,
    },
    BadDate {
        message: String,
    },
    FutureDate {
        date: Date,
    },
    BadUrl {
        message: String,
    },
    /// The same text is already among the reader's articles.
    AlreadyAdded {
        title: String,
    },
}

impl ArticleError {
    pub fn field(&self) -> Field {
        match self {
            ArticleError::EmptyText
            | ArticleError::TextTooLarge { .. }
            | ArticleError::FileTooLarge { .. }
            | ArticleError::NotText { .. }
            | ArticleError::AlreadyAdded { .. } => Field::Text,
            ArticleError::TitleTooLong { .. } => Field::Title,
            ArticleError::OutletTooLong { .. } => Field::Outlet,
            ArticleError::BadDate { .. } | ArticleError::FutureDate { .. } => Field::Date,
            ArticleError::BadUrl { .. } => Field::Url,
        }
    }
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = format_size(MAX_TEXT_BYTES as u64);
        match self {
            ArticleError::EmptyText => f.write_str("The article text is empty."),
            ArticleError::TextTooLarge { bytes } => {
                write!(f, "The text is {}; the limit is {limit}.", format_size(*bytes as u64))
            }
            ArticleError::FileTooLarge { bytes } => {
                write!(f, "The file is {}; articles can hold up to {limit} of text.", format_size(*bytes))
            }
            ArticleError::NotText { reason } => {
                write!(
                    f,
                    "This does not look like a text file ({reason}). Drop a .txt file or paste the text."
                )
            }
            ArticleError::TitleTooLong { chars } => {
                write!(f, "The title has {chars} characters; the limit is {MAX_TITLE_CHARS}.")
            }
            ArticleError::OutletTooLong { chars } => {
                write!(f, "The outlet has {chars} characters; the limit is {MAX_OUTLET_CHARS}.")
            }
            ArticleError::BadDate { message } => write!(f, "The date is not valid: {message}."),
            ArticleError::FutureDate { date } => write!(f, "The date {date} is in the future."),
            ArticleError::BadUrl { message } => write!(f, "The address is not valid: {message}."),
            ArticleError::AlreadyAdded { title } => {
                write!(f, "This text is already in your articles as “{title}”.")
            }
        }
    }
}

impl std::error::Error for ArticleError {}

/// Checks the dialog's fields and builds the article, or returns every problem found (one per field
/// at most, text first). `added_at` is now, in milliseconds since the epoch; `existing` are the
/// reader's articles, to refuse a text added twice.
pub fn validate(
    draft: &ArticleDraft,
    added_at: u64,
    existing: &[LocalArticle],
) -> Result<LocalArticle, Vec<ArticleError>> {
    let mut errors = Vec::new();
    let text = normalize_text(draft.text);
    let id = content_id(&text);
    if let Err(e) = check_text(&text) {
        errors.push(e);
    } else if let Some(a) = existing.iter().find(|a| a.id == id) {
        errors.push(ArticleError::AlreadyAdded { title: a.display_title() });
    }
    let title = draft.title.trim();
    if let Err(e) = check_title(title) {
        errors.push(e);
    }
    let outlet = draft.outlet.trim();
    if let Err(e) = check_outlet(outlet) {
        errors.push(e);
    }
    let today = latest_day(added_at);
    let (date, date_approximate) = match draft.date.trim() {
        // No date given: undated, unless the text says one ([`LocalArticle::take_text_date`]).
        "" => (None, false),
        d => match Date::parse_partial(d) {
            Ok(date) if date > today => {
                errors.push(ArticleError::FutureDate { date });
                (None, false)
            }
            // A month or a year is an estimate by nature.
            Ok(date) => (Some(date), draft.date_approximate || date.precision() != Precision::Day),
            Err(message) => {
                errors.push(ArticleError::BadDate { message });
                (None, false)
            }
        },
    };
    let url = match draft.url.trim() {
        "" => None,
        u => match crate::corpus::check_url(u) {
            Ok(()) => Some(u.to_string()),
            Err(message) => {
                errors.push(ArticleError::BadUrl { message });
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(LocalArticle {
        id,
        title: title.to_string(),
        outlet: outlet.to_string(),
        date,
        date_approximate,
        url,
        text,
        added_at,
        rejected: Vec::new(),
    })
}

/// The latest day an article added at `added_at` may carry: a day of slack, as `added_at` is UTC
/// and the reader's calendar may be a day ahead.
pub fn latest_day(added_at: u64) -> Date {
    day_of(added_at.saturating_add(MS_PER_DAY))
}

impl LocalArticle {
    /// Dates an article the reader gave no date by what its text says
    /// ([`crate::dateline::read`]`(&self.text, latest_day(self.added_at))`, which the app asks
    /// of the extractor module): a month is approximate by nature. An article with a date keeps
    /// it, and one the text does not date stays undated.
    pub fn take_text_date(&mut self, found: Option<&crate::dateline::TextDate>) {
        if let (None, Some(found)) = (self.date, found) {
            self.date = Some(found.date);
            self.date_approximate = found.approximate || found.date.precision() != Precision::Day;
        }
    }
}

/// How a dropped file's bytes were read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Not valid UTF-8 but text-like: read as Windows-1252 (a superset of Latin-1), as older
    /// Spanish-language files often are. The app should say so, as accents may be wrong.
    Windows1252,
}

/// Refuses a dropped file by its size, before the app reads it.
pub fn check_file_size(bytes: u64) -> Result<(), ArticleError> {
    if bytes > MAX_FILE_BYTES as u64 {
        Err(ArticleError::FileTooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Reads a dropped file as text: UTF-8 (BOM or not), UTF-16 with a BOM, or else Windows-1252; refuses
/// binary files and texts over the limit.
pub fn text_from_file(bytes: &[u8]) -> Result<(String, Encoding), ArticleError> {
    check_file_size(bytes.len() as u64)?;
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8(rest.to_vec()).map_err(|_| not_utf8())?, Encoding::Utf8)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (decode_utf16(rest, u16::from_le_bytes)?, Encoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (decode_utf16(rest, u16::from_be_bytes)?, Encoding::Utf16Be)
    } else if bytes.contains(&0) {
        return Err(ArticleError::NotText { reason: "it contains NUL bytes".into() });
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), Encoding::Utf8),
            Err(_) => (bytes.iter().map(|&b| windows_1252(b)).collect(), Encoding::Windows1252),
        }
    };
    check_text(&text)?;
    Ok((text, encoding))
}

/// The dialog's fields as filled from a dropped file, for the reader to check before adding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileDraft {
    pub title: String,
    pub outlet: String,
    /// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) or empty.
    pub date: String,
    pub date_approximate: bool,
    /// The original's address from the header, or empty.
    pub url: String,
    pub text: String,
    pub encoding: Encoding,
}

/// Reads a dropped file into the dialog: a file in the corpus format (see [`crate::corpus`]) fills
/// title, outlet, date and address from its header and the text from its body; any other text
/// fills the text.
pub fn draft_from_file(bytes: &[u8]) -> Result<FileDraft, ArticleError> {
    let (text, encoding) = text_from_file(bytes)?;
    let text = normalize_text(&text);
    match crate::corpus::parse_article_or_plain("", &text) {
        Ok(crate::corpus::Article { meta: Some(m), body, .. }) if !body.trim().is_empty() => Ok(FileDraft {
            title: m.title,
            outlet: m.outlet,
            date: m.date.to_string(),
            date_approximate: m.date_approximate,
            url: m.url.unwrap_or_default(),
            text: body.to_string(),
            encoding,
        }),
        // A header that does not parse is kept as text: the reader sees it and can edit it away.
        _ => Ok(FileDraft {
            title: String::new(),
            outlet: String::new(),
            date: String::new(),
            date_approximate: false,
            url: String::new(),
            text,
            encoding,
        }),
    }
}

fn not_utf8() -> ArticleError {
    ArticleError::NotText { reason: "it starts like UTF-8 but is not valid UTF-8".into() }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ArticleError> {
    let bad = || ArticleError::NotText { reason: "it starts like UTF-16 but is not valid UTF-16".into() };
    if !bytes.len().is_multiple_of(2) {
        return Err(bad());
    }
    char::decode_utf16(bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])))
        .collect::<Result<String, _>>()
        .map_err(|_| bad())
}

/// Windows-1252 to Unicode: Latin-1 except 0x80–0x9F, where it has typographic characters.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// `\r\n` and lone `\r` become `\n`; a leading byte-order mark goes.
pub fn normalize_text(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The checks every local article's text passes, wherever it comes from.
pub fn check_text(text: &str) -> Result<(), ArticleError> {
    if text.trim().is_empty() {
        return Err(ArticleError::EmptyText);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(ArticleError::TextTooLarge { bytes: text.len() });
    }
    if text.contains('\0') {
        return Err(ArticleError::NotText { reason: "it contains NUL characters".into() });
    }
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}') {
            controls += 1;
        }
    }
    if controls * CONTROL_RATIO > chars {
        return Err(ArticleError::NotText {
            reason: format!("{controls} of its {chars} characters are control codes"),
        });
    }
    Ok(())
}

fn check_title(title: &str) -> Result<(), ArticleError> {
    let chars = title.chars().count();
    if chars > MAX_TITLE_CHARS {
        return Err(ArticleError::TitleTooLong { chars });
    }
    Ok(())
}

fn check_outlet(outlet: &str) -> Result<(), ArticleError> {
    let chars = outlet.chars().count();
    if chars > MAX_OUTLET_CHARS {
        return Err(ArticleError::OutletTooLong { chars });
    }
    Ok(())
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

/// A local article in the shape of the corpus, owning its strings until [`LocalRecord::leak`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalRecord {
    /// The article id, `local:…`.
    pub file: String,
    pub title: String,
    /// True when the title was taken from the text because the reader gave none.
    pub title_editorial: bool,
    pub outlet: String,
    pub date: Date,
    pub date_approximate: bool,
    pub url: Option<String>,
    pub body: String,
}

impl LocalRecord {
    /// Leaks the strings into `'static`, as [`ArticleRecord`] needs. Call once per article and keep
    /// the result: each call leaks again.
    pub fn leak(self) -> ArticleRecord {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        ArticleRecord {
            file: leak(self.file),
            title: leak(self.title),
            title_editorial: self.title_editorial,
            outlet: leak(self.outlet),
            author: None,
            date: self.date,
            date_approximate: self.date_approximate,
            url: self.url.map(leak),
            body: leak(self.body),
        }
    }
}

/// Local articles as corpus records plus their claims, for appending to the baked corpus: claim
/// `article` fields count from `first_index` (the number of baked articles), and claims the reader
/// rejected are left out. `extract` is the extractor: in the app,
/// `local_records(&mine, baked.len() as u32, |text, date| Extractor::global().extract(text, date))`;
/// the article's own date (not the day it was added) is passed, so leaders are matched to its time.
pub fn local_records(
    articles: &[LocalArticle],
    first_index: u32,
    mut extract: impl FnMut(&str, Option<Date>) -> Vec<Claim>,
) -> (Vec<LocalRecord>, Vec<Claim>) {
    let mut records = Vec::with_capacity(articles.len());
    let mut claims = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let article = first_index + i as u32;
        claims.extend(
            extract(&a.text, a.date)
                .into_iter()
                .filter(|c| !a.is_rejected(c))
                .map(|c| Claim { article, ..c }),
        );
        let (date, date_approximate) = a.effective_date();
        records.push(LocalRecord {
            file: a.id.clone(),
            title: a.display_title(),
            title_editorial: a.title.is_empty(),
            outlet: if a.outlet.is_empty() { OUTLET_NOT_GIVEN.to_string() } else { a.outlet.clone() },
            date,
            date_approximate,
            url: a.url.clone(),
            body: a.text.clone(),
        });
    }
    (records, claims)
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

    const TEXT: &str =
        "Argentina rejected the result. Peru recalled its ambassador. Russia congratulated Maduro.";

    /// Finds the fixed claims of [`TEXT`] wherever it sits in `text`.
    fn extractor(text: &str, _date: Option<Date>) -> Vec<Claim> {
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
    fn each_bad_field_is_reported_next_to_its_field() {
        let long_title = "t".repeat(MAX_TITLE_CHARS + 1);
        let long_outlet = "ó".repeat(MAX_OUTLET_CHARS + 1);
        let big = "a".repeat(MAX_TEXT_BYTES + 1);
        let cases: Vec<(ArticleDraft, Vec<(Field, &str)>)> = vec![
            (
                ArticleDraft { text: "", ..Default::default() },
                vec![(Field::Text, "The article text is empty.")],
            ),
            (ArticleDraft { text: " \n\t", ..Default::default() }, vec![(Field::Text, "empty")]),
            (
                ArticleDraft { text: &big, ..Default::default() },
                vec![(Field::Text, "The text is 1.01 MB; the limit is 1 MB.")],
            ),
            (ArticleDraft { text: "a\0b", ..Default::default() }, vec![(Field::Text, "NUL")]),
            (
                ArticleDraft { text: "ok\x01\x02 text", ..Default::default() },
                vec![(Field::Text, "2 of its 9 characters")],
            ),
            (
                ArticleDraft { text: "ok", title: &long_title, ..Default::default() },
                vec![(Field::Title, "The title has 301 characters; the limit is 300.")],
            ),
            (
                ArticleDraft { text: "ok", outlet: &long_outlet, ..Default::default() },
                vec![(Field::Outlet, "The outlet has 121 characters; the limit is 120.")],
            ),
            (
                ArticleDraft { text: "ok", date: "2024-02-30", ..Default::default() },
                vec![(Field::Date, "day 30")],
            ),
            (
                ArticleDraft { text: "ok", date: "30/07/2024", ..Default::default() },
                vec![(Field::Date, "YYYY-MM-DD")],
            ),
            (
                ArticleDraft { text: "ok", date: "2024-08-01", ..Default::default() },
                vec![(Field::Date, "The date 2024-08-01 is in the future.")],
            ),
            (
                ArticleDraft { text: "", title: &long_title, date: "soon", ..Default::default() },
                vec![(Field::Text, "empty"), (Field::Title, "301"), (Field::Date, "soon")],
            ),
        ];
        for (draft, expected) in cases {
            let errors = validate(&draft, NOW, &[]).unwrap_err();
            let got: Vec<(Field, String)> = errors.iter().map(|e| (e.field(), e.to_string())).collect();
            assert_eq!(got.len(), expected.len(), "{got:?}");
            for ((field, message), (want_field, want)) in got.iter().zip(&expected) {
                assert_eq!(field, want_field, "{message}");
                assert!(message.contains(want), "{message:?} should contain {want:?}");
            }
        }
    }

    #[test]
    fn without_a_date_the_text_dates_the_article_or_it_stays_undated() {
        // As the Add dialog does: validate, then the text's date for a form without one.
        let add = |text: &str, date: &str, approximate: bool| {
            let draft = ArticleDraft { text, date, date_approximate: approximate, ..Default::default() };
            validate(&draft, NOW, &[]).map(|mut a| {
                a.take_text_date(crate::dateline::read(&a.text, latest_day(a.added_at)).as_ref());
                (a.date, a.date_approximate, a.effective_date())
            })
        };
        // A dateline: exact.
        let got = add("SANTIAGO, 2 de junio de 2024 — Chile pidió una revisión del conteo.", "", false);
        let day = Date::new(2024, 6, 2);
        assert_eq!(got, Ok((Some(day), false, (day, false))));
        // A day mentioned, the year from elsewhere: approximate.
        let got = add("Ministers met on July 2 to discuss the 2024 vote; Peru spoke.", "", false);
        let day = Date::new(2024, 7, 2);
        assert_eq!(got, Ok((Some(day), true, (day, true))));
        // Nothing: undated, never the day it was added.
        let got = add("Peru recalled its ambassador.", "", false).unwrap();
        assert_eq!(got, (None, false, (Date::UNDATED, false)));
        // The reader's date wins over the text's.
        let got = add("SANTIAGO, 2 de junio de 2024 — Chile habló.", "2024-06-05", false).unwrap();
        assert_eq!(got.0, Some(Date::new(2024, 6, 5)));
        // A date in the text after the day it is added is a plan: not taken.
        assert_eq!(add("SANTIAGO, 2 de agosto de 2024 — Chile habló.", "", false).unwrap().0, None);
        // A month or a year is accepted, and approximate even unticked.
        assert_eq!(add("Peru spoke.", "2019-01", false).unwrap().0, Some(Date::new(2019, 1, 0)));
        assert!(add("Peru spoke.", "2019-01", false).unwrap().1);
        assert_eq!(add("Peru spoke.", "2019", true).unwrap().0, Some(Date::new(2019, 0, 0)));
    }

    #[test]
    fn an_address_must_be_http_or_https() {
        for (url, want) in [
            ("javascript:alert(1)", "does not start with http:// or https://"),
            ("https://", "names no host"),
            ("https://a b", "contains"),
        ] {
            let draft = ArticleDraft { text: "Peru spoke.", url, ..Default::default() };
            let errors = validate(&draft, NOW, &[]).unwrap_err();
            assert_eq!(errors.len(), 1, "{url}");
            assert_eq!(errors[0].field(), Field::Url);
            let message = errors[0].to_string();
            assert!(message.starts_with("The address is not valid: ") && message.contains(want), "{message}");
        }
        let draft = ArticleDraft { text: "Peru spoke.", url: "  ", ..Default::default() };
        assert_eq!(validate(&draft, NOW, &[]).unwrap().url, None);
    }

    #[test]
    fn a_good_draft_becomes_an_article_with_trimmed_fields_and_unix_newlines() {
        let draft = ArticleDraft {
            title: "  Peru recalls envoy ",
            outlet: " El Pitazo",
            date: "2024-07-31",
            date_approximate: true,
            url: " https://example.org/peru ",
            text: "\u{FEFF}Line one.\r\nLine two.\rEnd.",
        };
        let a = validate(&draft, NOW, &[]).unwrap();
        assert_eq!((a.title.as_str(), a.outlet.as_str()), ("Peru recalls envoy", "El Pitazo"));
        assert_eq!(a.text, "Line one.\nLine two.\nEnd.");
        assert_eq!((a.date, a.date_approximate), (Some(Date::new(2024, 7, 31)), true));
        assert_eq!(a.url.as_deref(), Some("https://example.org/peru"));
        assert_eq!(a.id, content_id("Line one.\nLine two.\nEnd."));
        assert_eq!((a.added_at, a.rejected.len()), (NOW, 0));
    }

    #[test]
    fn the_same_text_cannot_be_added_twice_even_with_other_line_endings() {
        let first = article("One.\nTwo.");
        let again = ArticleDraft { text: "One.\r\nTwo.", ..Default::default() };
        let errors = validate(&again, NOW, std::slice::from_ref(&first)).unwrap_err();
        assert_eq!(errors, [ArticleError::AlreadyAdded { title: "A title".into() }]);
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
    fn dropped_files_are_read_in_their_encoding_or_refused_with_the_reason() {
        let utf16le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Perú".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let utf16be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Perú".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let ok: &[(&[u8], &str, Encoding)] = &[
            (b"Per\xC3\xBA", "Perú", Encoding::Utf8),
            (b"\xEF\xBB\xBFPer\xC3\xBA", "Perú", Encoding::Utf8),
            (&utf16le, "Perú", Encoding::Utf16Le),
            (&utf16be, "Perú", Encoding::Utf16Be),
            (b"Per\xFA \x93no\x94", "Perú “no”", Encoding::Windows1252),
        ];
        for (bytes, text, encoding) in ok {
            assert_eq!(text_from_file(bytes), Ok((text.to_string(), *encoding)), "{bytes:?}");
        }
        let refused: &[(&[u8], &str)] = &[
            (b"", "empty"),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "NUL bytes"),
            (b"\xEF\xBB\xBF\xFF", "not valid UTF-8"),
            (b"\xFF\xFEa", "not valid UTF-16"),
            (b"\xFF\xFE\x00\xD8", "not valid UTF-16"),
            (b"PK\x03\x04\x14\x06\x08\x08\x08\x09 zip", "control codes"),
        ];
        for (bytes, reason) in refused {
            let e = text_from_file(bytes).unwrap_err();
            assert!(e.to_string().contains(reason), "{bytes:?}: {e}");
        }
        let e = text_from_file(&vec![b'a'; MAX_TEXT_BYTES + 5]).unwrap_err();
        assert_eq!(e.to_string(), "The text is 1.01 MB; the limit is 1 MB.");
        let e = check_file_size(12_345_678).unwrap_err();
        assert_eq!(e.to_string(), "The file is 12.35 MB; articles can hold up to 1 MB of text.");
    }

    #[test]
    fn a_dropped_corpus_file_fills_the_form_from_its_header() {
        let corpus = "title: Peru recalls envoy\r\noutlet: El Pitazo\r\ndate: 2024-07\r\ndate-approximate: yes\r\nurl: https://example.org/peru\r\n---\r\nPeru recalled its ambassador.\r\n";
        let d = draft_from_file(corpus.as_bytes()).unwrap();
        let got = (d.title.as_str(), d.outlet.as_str(), d.date.as_str(), d.date_approximate, d.text.as_str());
        assert_eq!(
            got,
            ("Peru recalls envoy", "El Pitazo", "2024-07", true, "Peru recalled its ambassador.\n")
        );
        assert_eq!(d.url, "https://example.org/peru");

        let cases: &[&[u8]] = &[
            b"Mexico: Maduro Allegedly Requested Asylum\n\nBody.",
            b"title: only a header line\nno separator",
            b"title: t\noutlet: o\ndate: 2024-07-29\n---\n   \n",
        ];
        for bytes in cases {
            let d = draft_from_file(bytes).unwrap();
            assert_eq!(d.text.as_bytes(), *bytes, "kept whole as text");
            assert!(d.title.is_empty() && d.outlet.is_empty() && d.date.is_empty() && d.url.is_empty());
        }
        assert_eq!(
            draft_from_file(b"\0\0"),
            Err(ArticleError::NotText { reason: "it contains NUL bytes".into() })
        );
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
    fn an_unticked_claim_stays_out_when_the_text_is_extracted_again() {
        let mut a = article(TEXT);
        let peru = claim_on(TEXT, "Peru", "PER", Stance::BreakTies);
        a.set_rejected(&peru, true);
        a.set_rejected(&peru, true);
        assert_eq!(a.rejected.len(), 1);
        assert!(a.is_rejected(&peru));
        // Another rule or a shifted span on the same sentence is still the same claim.
        let moved = Claim { rule: "other", mention_start: 0, ..peru };
        assert!(a.is_rejected(&moved));
        let other_stance = Claim { stance: Stance::Reject, ..peru };
        assert!(!a.is_rejected(&other_stance));

        let (records, claims) = local_records(std::slice::from_ref(&a), 5, extractor);
        let actors: Vec<&str> = claims.iter().map(|c| c.actor).collect();
        assert_eq!(actors, ["ARG", "RUS"]);
        assert!(claims.iter().all(|c| c.article == 5));
        assert_eq!(records[0].file, a.id);

        a.set_rejected(&peru, false);
        assert_eq!(local_records(std::slice::from_ref(&a), 5, extractor).1.len(), 3);
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

    #[test]
    fn local_records_fill_in_what_the_reader_left_out_and_mark_it() {
        let given = article(TEXT);
        let bare = validate(
            &ArticleDraft { text: "\n  Breaking: Peru recalls envoy  \nBody.", ..Default::default() },
            NOW,
            &[],
        )
        .unwrap();
        let (records, claims) = local_records(&[given.clone(), bare.clone()], 10, extractor);
        let r: Vec<(&str, bool, &str, Date, bool)> = records
            .iter()
            .map(|r| (r.title.as_str(), r.title_editorial, r.outlet.as_str(), r.date, r.date_approximate))
            .collect();
        assert_eq!(
            r,
            [
                ("A title", false, "El Pitazo", Date::new(2024, 7, 29), false),
                // Undated: never the day it was added.
                ("Breaking: Peru recalls envoy", true, OUTLET_NOT_GIVEN, Date::UNDATED, false),
            ]
        );
        assert_eq!(
            claims.iter().map(|c| (c.actor, c.article)).collect::<Vec<_>>(),
            [("ARG", 10), ("PER", 10), ("RUS", 10), ("PER", 11)]
        );
        let leaked = records[1].clone().leak();
        assert!(is_local(leaked.file));
        assert_eq!((leaked.body, leaked.author, leaked.url), (bare.text.as_str(), None, None));
    }

    #[test]
    fn local_articles_merge_into_the_claim_index_next_to_baked_ones() {
        use crate::query::{tests::gaz, ClaimIndex};
        use crate::view::ViewState;
        let baked = ArticleRecord {
            file: "000_seed.txt",
            title: "Seed",
            title_editorial: false,
            outlet: "Seed outlet",
            author: None,
            date: Date::new(2019, 1, 23),
            date_approximate: false,
            url: None,
            body: "Peru recalled its ambassador.",
        };
        let baked_claims = extractor(baked.body, None);
        let mut local = article(TEXT);
        local.set_rejected(&claim_on(TEXT, "Russia", "RUS", Stance::Recognize), true);
        let (records, local_claims) = local_records(&[local], 1, extractor);
        let mut articles = vec![baked];
        articles.extend(records.into_iter().map(LocalRecord::leak));
        let claims: Vec<Claim> = baked_claims.into_iter().chain(local_claims).collect();
        let index = ClaimIndex::new(&articles, &claims, gaz());
        assert_eq!(index.skipped_claims(), 0);
        let filtered = index.filter(&ViewState::default());
        let local: Vec<bool> =
            filtered.claim_ids().iter().map(|&id| is_local(index.article_of(id).unwrap().file)).collect();
        assert_eq!(local, [false, true, true], "the baked PER, then ARG and PER of the local article");
        assert!(index.article_by_file(&content_id(TEXT)).is_some());
    }
}
