//! The packed corpus: every article and every claim in one compact binary that `build.rs` writes
//! and the app decodes once at start-up, so the page carries neither a struct per claim nor a
//! string literal per body.
//!
//! ```
//! use atlas_core::{date::Date, model::ArticleRecord, pack};
//! let article = ArticleRecord {
//!     file: "a.txt", title: "T", title_editorial: false, outlet: "Wire", author: None,
//!     date: Date::new(2024, 7, 29), date_approximate: false, url: None, body: "Chile rejects it.",
//! };
//! let bytes: &'static [u8] = Box::leak(pack::encode(&[article], &[]).unwrap().into_boxed_slice());
//! let corpus = pack::decode(bytes).unwrap();
//! // No claim covers the sentence: the page does not carry it (the texts file does).
//! assert_eq!(corpus.articles, [ArticleRecord { body: "                 ", ..article }]);
//! ```
//!
//! # Format (version 2)
//!
//! This is the one place the format is written down. Integers are unsigned LEB128 varints;
//! "zigzag" marks a signed value mapped to unsigned (0, -1, 1, -2 … → 0, 1, 2, 3 …). After the
//! header come columns, each holding one varint per row, in this order:
//!
//! | part | content |
//! | --- | --- |
//! | header | the 8 bytes `ATLPACK2`, then varints: string count `S`, kind count `K`, article count `A`, claim count `C` |
//! | strings (S rows) | byte length — a dictionary of the short strings that repeat: outlets, authors, actor codes, initiators, rule ids |
//! | kinds (K rows each) | `stance \| certainty << 2 \| beneficiary << 3` (beneficiary 0 none, 1 regime, 2 opposition) · initiator (string id + 1, 0: none) · rule (string id) — a dictionary of what claims say besides who and where |
//! | articles (A rows each) | file length · title length · url length + 1 (0: none) · body length · outlet (string id) · author (string id + 1, 0: none) · date (`year << 9 \| month << 5 \| day`) · flags (1: editorial title, 2: approximate date) |
//! | claims (C rows each) | article (difference from the previous claim's: claims are sorted by article, then by evidence start, as they are read) · actor (string id) and mention length, side by side in one column · kind (kind id) · evidence start (0: the previous claim's; odd `2n + 1`: `n` bytes after the end of the article's evidence so far; even `2n`: `n` bytes after the previous claim's start, for spans that overlap) · evidence length (0: to the end of the evidence so far when the span starts inside it, else the whole next piece of evidence; otherwise the length + 1) · mention start (zigzag; from the previous claim's mention end when both have the same evidence start, else from the evidence start) |
//! | text | the rest of the bytes, UTF-8: the dictionary strings, then every file name, every title, every url, the evidence: each piece of a body its claims' spans cover (a span's bytes not already covered by earlier ones, in claim order) followed by a NUL, so a length that runs to the end of a piece need not be stored; each group in row order |
//!
//! Evidence is never stored twice: a claim is a span of its article's body. The rest of a body is
//! not stored at all: [`decode`] gives each body back at its full length with every byte no claim
//! covers turned into a space ([`evidence_only`]), so claims keep their offsets, and the whole
//! texts come apart ([`without_evidence`], [`whole_texts`]). Columns keep values of one kind
//! together and the evidence sits in one run of text, which is what compresses well (the bundle
//! is served with brotli). [`decode`] checks every length, id and span and returns a
//! [`PackError`] rather than panicking on a damaged blob.

use crate::date::Date;
use crate::model::{ArticleRecord, Beneficiary, Certainty, Claim, Stance};
use std::collections::HashMap;
use std::fmt;

const MAGIC: &[u8; 8] = b"ATLPACK2";
/// How many times the packed corpus its bodies may be, blanks included: what bounds the memory a
/// damaged blob can ask for (a real corpus is a few times its blob; an article without claims
/// costs its metadata, about a hundred bytes, for a body of any length up to this).
const MAX_BODY_RATIO: usize = 4096;

/// A corpus read back from its packed form; every string but the bodies borrows the blob, and the
/// bodies (evidence only, the rest blanked) share one allocation kept for the life of the program.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackedCorpus {
    pub articles: Vec<ArticleRecord>,
    pub claims: Vec<Claim>,
}

/// Why a corpus could not be packed, or a blob could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError {
    /// Byte offset in the blob (decoding; in the text section, from its start) or row index
    /// (encoding) where the problem was seen.
    pub at: usize,
    pub what: &'static str,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "packed corpus, at {}: {}", self.at, self.what)
    }
}

impl std::error::Error for PackError {}

fn err<T>(at: usize, what: &'static str) -> Result<T, PackError> {
    Err(PackError { at, what })
}

/// Packs `articles` and `claims` (sorted by article, each span inside its article's body).
pub fn encode(articles: &[ArticleRecord], claims: &[Claim]) -> Result<Vec<u8>, PackError> {
    let mut strings = Dictionary::default();
    let mut columns = Columns::default();
    for (row, a) in articles.iter().enumerate() {
        let Date { year, month, day } = a.date;
        if month > 15 || day > 31 {
            return err(row, "an article date does not fit");
        }
        columns.push(0, a.file.len());
        columns.push(1, a.title.len());
        columns.push(2, a.url.map_or(0, |u| u.len() + 1));
        columns.push(3, a.body.len());
        columns.push(4, strings.id(a.outlet));
        columns.push(5, a.author.map_or(0, |s| strings.id(s) + 1));
        columns.push(6, (usize::from(year) << 9) | (usize::from(month) << 5) | usize::from(day));
        columns.push(7, usize::from(a.title_editorial) | usize::from(a.date_approximate) << 1);
    }
    let mut kinds = Dictionary::default();
    let mut evidence = Vec::new();
    let mut previous: Option<&Claim> = None;
    // Where the evidence written so far ends in the current article.
    let mut done = 0;
    for (row, c) in claims.iter().enumerate() {
        let Some(article) = articles.get(c.article as usize) else {
            return err(row, "a claim names an article that does not exist");
        };
        let fits = c.start <= c.end
            && c.end as usize <= article.body.len()
            && c.mention_start <= c.mention_end
            && c.mention_end as usize <= article.body.len();
        if !fits {
            return err(row, "a claim's span is not inside its article's body");
        }
        let same_article = match previous {
            Some(p) if (p.article, p.start) > (c.article, c.start) => {
                return err(row, "claims are not sorted by article and evidence start")
            }
            Some(p) => p.article == c.article,
            None => false,
        };
        if !same_article {
            done = 0;
        }
        // Claims read from one sentence (a list of countries) share its span; their mentions
        // follow one another, so each is stored from the end of the previous one.
        let same_sentence = previous.filter(|p| same_article && p.start == c.start);
        let beneficiary = match c.beneficiary {
            None => 0,
            Some(Beneficiary::Regime) => 1,
            Some(Beneficiary::Opposition) => 2,
        };
        let kind = c.stance.index() | (c.certainty as usize) << 2 | beneficiary << 3;
        let initiator = c.initiator.map_or(0, |s| strings.id(s) + 1);
        let rule = strings.id(c.rule);
        columns.push(8, (c.article - previous.map_or(0, |p| p.article)) as usize);
        columns.push(9, strings.id(c.actor));
        columns.push(9, (c.mention_end - c.mention_start) as usize);
        columns.push(10, kinds.id((kind, initiator, rule)));
        let start = match same_sentence {
            Some(_) => 0,
            None if c.start >= done => 2 * (c.start - done) as usize + 1,
            None => 2 * (c.start - previous.map_or(0, |p| p.start)) as usize,
        };
        columns.push(11, start);
        let to_nul = if c.start < done { c.end == done } else { c.end > c.start };
        columns.push(12, if to_nul { 0 } else { (c.end - c.start) as usize + 1 });
        let from = same_sentence.map_or(c.start, |p| p.mention_end);
        columns.push(13, zigzag(i64::from(c.mention_start) - i64::from(from)));
        if c.end > done {
            let Some(piece) = article.body.get(c.start.max(done) as usize..c.end as usize) else {
                return err(row, "a claim's span does not start and end between characters");
            };
            if piece.contains('\0') {
                return err(
                    row,
                    "a claim's evidence holds a NUL character, which the pack puts between pieces",
                );
            }
            evidence.extend_from_slice(piece.as_bytes());
            evidence.push(0);
            done = c.end;
        }
        previous = Some(c);
    }

    let mut out = MAGIC.to_vec();
    for n in [strings.list.len(), kinds.list.len(), articles.len(), claims.len()] {
        put(&mut out, n as u64);
    }
    for s in &strings.list {
        put(&mut out, s.len() as u64);
    }
    for i in 0..3 {
        for &(kind, initiator, rule) in &kinds.list {
            put(&mut out, [kind, initiator, rule][i] as u64);
        }
    }
    for column in &columns.0 {
        out.extend_from_slice(column);
    }
    for s in &strings.list {
        out.extend_from_slice(s.as_bytes());
    }
    let fields: [fn(&ArticleRecord) -> &'static str; 3] = [|a| a.file, |a| a.title, |a| a.url.unwrap_or("")];
    for field in fields {
        for a in articles {
            out.extend_from_slice(field(a).as_bytes());
        }
    }
    out.extend_from_slice(&evidence);
    let bodies: usize = articles.iter().map(|a| a.body.len()).sum();
    if bodies > MAX_BODY_RATIO.saturating_mul(out.len()) {
        return err(0, "the bodies are too long for their claims' evidence (see pack::MAX_BODY_RATIO)");
    }
    Ok(out)
}

/// Values that repeat (strings, claim kinds), each stored once, in order of first use.
struct Dictionary<T> {
    list: Vec<T>,
    ids: HashMap<T, usize>,
}

impl<T> Default for Dictionary<T> {
    fn default() -> Self {
        Dictionary { list: Vec::new(), ids: HashMap::new() }
    }
}

impl<T: Copy + Eq + std::hash::Hash> Dictionary<T> {
    fn id(&mut self, value: T) -> usize {
        *self.ids.entry(value).or_insert_with(|| {
            self.list.push(value);
            self.list.len() - 1
        })
    }
}

/// The varint columns being written, numbered as in the format table (articles 0–7, claims 8–13).
struct Columns([Vec<u8>; 14]);

impl Default for Columns {
    fn default() -> Columns {
        Columns(std::array::from_fn(|_| Vec::new()))
    }
}

impl Columns {
    fn push(&mut self, column: usize, value: usize) {
        put(&mut self.0[column], value as u64);
    }
}

/// Each of `n` articles' claims, in article order, from `claims` sorted by article.
fn per_article(n: usize, claims: &[Claim]) -> impl Iterator<Item = &[Claim]> {
    let mut rest = claims;
    (0..n).map(move |index| {
        let (own, later) = rest.split_at(rest.iter().take_while(|c| c.article as usize == index).count());
        rest = later;
        own
    })
}

/// The evidence spans of `claims`.
fn spans(claims: &[Claim]) -> impl Iterator<Item = (usize, usize)> + '_ {
    claims.iter().map(|c| (c.start as usize, c.end as usize))
}

/// Walks a body of `len` bytes along `spans` (sorted by start), calling `part(start, end,
/// evidence)` for each stretch in order: `evidence` when spans cover it, else it is a gap between
/// them. What a span shares with an earlier one is walked once, so the stretches never overlap.
fn walk<E>(
    spans: impl IntoIterator<Item = (usize, usize)>,
    len: usize,
    part: &mut dyn FnMut(usize, usize, bool) -> Result<(), E>,
) -> Result<(), E> {
    let mut done = 0;
    for (start, end) in spans {
        if start > done {
            part(done, start, false)?;
            done = start;
        }
        if end > done {
            part(done, end, true)?;
            done = end;
        }
    }
    if len > done {
        part(done, len, false)?;
    }
    Ok(())
}

/// Spaces at the end of `text` until it is `len` bytes long.
fn blank_to(text: &mut String, len: usize) {
    const SPACES: &str = "                                                                ";
    while text.len() < len {
        text.push_str(SPACES.get(..len - text.len()).unwrap_or(SPACES));
    }
}

fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> usize {
    ((v << 1) ^ (v >> 63)) as usize
}

fn unzigzag(v: u64) -> i64 {
    (v >> 1) as i64 ^ -((v & 1) as i64)
}

/// Reads a blob written by [`encode`]. Every string of the result but the bodies borrows `bytes`;
/// the bodies are built here, blanks with each claim's evidence at its offsets, in one allocation
/// that is never freed (the corpus is read once, for the life of the page).
pub fn decode(bytes: &'static [u8]) -> Result<PackedCorpus, PackError> {
    if !bytes.starts_with(MAGIC) {
        return err(0, "not a packed corpus of this version");
    }
    let mut r = Reader { bytes, at: MAGIC.len() };
    let (n_strings, n_kinds) = (r.count(1)?, r.count(3)?);
    let (n_articles, n_claims) = (r.count(8)?, r.count(7)?);
    // Column-major: value `k` of row `i` is at `k * rows + i`.
    let lens = r.column(n_strings)?;
    let kinds = r.column(3 * n_kinds)?;
    let a = r.column(8 * n_articles)?;
    let c = r.column(7 * n_claims)?;
    let text_at = r.at;
    let Ok(text) = std::str::from_utf8(&bytes[text_at..]) else {
        return err(text_at, "the text is not UTF-8");
    };
    let mut t = TextReader { text, at: 0 };
    let mut strings = Vec::with_capacity(n_strings);
    for &n in &lens {
        strings.push(t.take(n)?);
    }
    let string =
        |id: u64| strings.get(id as usize).copied().ok_or(PackError { at: text_at, what: "no such string" });
    let optional = |id: u64| if id == 0 { Ok(None) } else { string(id - 1).map(Some) };

    let mut articles = Vec::with_capacity(n_articles);
    for i in 0..n_articles {
        let col = |k: usize| a[k * n_articles + i];
        let date = col(6);
        let (year, month, day) = (date >> 9, (date >> 5) & 15, date & 31);
        // A day, a month (day 0), a year (month and day 0) or undated (all 0): see `Date`.
        let partial_ok = match (year, month, day) {
            (0, m, d) => m == 0 && d == 0,
            (_, 0, d) => d == 0,
            (_, m, _) => m <= 12,
        };
        if year > u64::from(u16::MAX) || !partial_ok {
            return err(text_at, "an article date is not a date");
        }
        articles.push(ArticleRecord {
            file: t.take(col(0))?,
            title: "",
            title_editorial: col(7) & 1 != 0,
            outlet: string(col(4))?,
            author: optional(col(5))?,
            date: Date::new(year as u16, month as u8, day as u8),
            date_approximate: col(7) & 2 != 0,
            url: None,
            body: "",
        });
    }
    for (i, article) in articles.iter_mut().enumerate() {
        article.title = t.take(a[n_articles + i])?;
    }
    for (i, article) in articles.iter_mut().enumerate() {
        let n = a[2 * n_articles + i];
        article.url = if n == 0 { None } else { Some(t.take(n - 1)?) };
    }
    let lengths = &a[3 * n_articles..4 * n_articles];

    let total = lengths.iter().fold(0u64, |sum, &n| sum.saturating_add(n));
    let mut all = String::new();
    let fits = usize::try_from(total).ok().filter(|&n| n / MAX_BODY_RATIO <= bytes.len());
    if fits.is_none_or(|n| all.try_reserve_exact(n).is_err()) {
        return err(text_at, "the bodies are longer than the blob or memory can hold");
    }
    // The bodies are laid out in `all` as the claims are read: blanks, and each piece of evidence
    // at its offset. `laid` articles are complete; the next one's body starts at `body_from` and
    // its evidence so far ends at `done` (so `all.len() == body_from + done`).
    let (mut laid, mut body_from, mut done) = (0, 0, 0i64);
    let mut claims: Vec<Claim> = Vec::with_capacity(n_claims);
    for i in 0..n_claims {
        let col = |k: usize| c[k * n_claims + i];
        let bad = PackError { at: text_at, what: "a claim does not fit its article" };
        let previous = claims.last();
        let article =
            u32::try_from(u64::from(previous.map_or(0, |p| p.article)) + col(0)).map_err(|_| bad.clone())?;
        let body = lengths.get(article as usize).and_then(|&n| i64::try_from(n).ok()).ok_or(bad.clone())?;
        while laid < article as usize {
            body_from += lengths[laid] as usize;
            blank_to(&mut all, body_from);
            (laid, done) = (laid + 1, 0);
        }
        let same_article = previous.filter(|p| p.article == article);
        // Wide, wrapping arithmetic plus the bounds check below: a damaged value cannot panic.
        let start = match (col(4), same_article) {
            (0, Some(p)) => i64::from(p.start),
            (v, _) if v & 1 == 1 => done.wrapping_add((v >> 1) as i64),
            (v, Some(p)) if v > 0 => i64::from(p.start).wrapping_add((v >> 1) as i64),
            _ => return Err(bad),
        };
        let mut piece = None;
        let end = match col(5) {
            0 if start < done => done,
            0 => {
                let text = t.piece(None)?;
                piece = Some(text);
                start.wrapping_add(text.len() as i64)
            }
            v => start.wrapping_add((v - 1) as i64),
        };
        let same_sentence = same_article.filter(|p| i64::from(p.start) == start);
        let from = same_sentence.map_or(start, |p| i64::from(p.mention_end));
        let mention_start = from.wrapping_add(unzigzag(col(6)));
        let mention_end = mention_start.wrapping_add(c[n_claims + 2 * i + 1] as i64);
        let inside = |s: i64, e: i64| 0 <= s && s <= e && e <= body;
        if !inside(start, end) || !inside(mention_start, mention_end) {
            return Err(bad);
        }
        if end > done {
            let from = start.max(done);
            let text = match piece {
                Some(text) => text,
                None => t.piece(Some((end - from) as u64))?,
            };
            blank_to(&mut all, body_from + from as usize);
            all.push_str(text);
            done = end;
        }
        let k = col(3) as usize;
        if k >= n_kinds || kinds[k] >= 3 << 3 {
            return Err(bad);
        }
        let (kind, initiator, rule) = (kinds[k], kinds[n_kinds + k], kinds[2 * n_kinds + k]);
        claims.push(Claim {
            article,
            actor: string(c[n_claims + 2 * i])?,
            stance: Stance::ALL[(kind & 3) as usize],
            certainty: Certainty::ALL[((kind >> 2) & 1) as usize],
            beneficiary: [None, Some(Beneficiary::Regime), Some(Beneficiary::Opposition)]
                [(kind >> 3) as usize],
            initiator: optional(initiator)?,
            start: start as u32,
            end: end as u32,
            mention_start: mention_start as u32,
            mention_end: mention_end as u32,
            rule: string(rule)?,
        });
    }
    for &length in &lengths[laid..] {
        body_from += length as usize;
        blank_to(&mut all, body_from);
    }
    if t.at != text.len() {
        return err(text_at + t.at, "bytes left over after the last piece of evidence");
    }
    let all: &'static str = all.leak();
    let mut from = 0;
    for (article, &length) in articles.iter_mut().zip(lengths) {
        // Each body was laid out to its length, one after another.
        let end = from + length as usize;
        article.body = all.get(from..end).unwrap_or_default();
        from = end;
    }
    Ok(PackedCorpus { articles, claims })
}

struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn varint(&mut self) -> Result<u64, PackError> {
        let start = self.at;
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes.get(self.at) else {
                return err(start, "the blob ends inside a number");
            };
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        err(start, "a number is longer than 64 bits")
    }

    /// A row count; each row takes at least one byte in each of its `columns`, which bounds what a
    /// damaged blob can allocate.
    fn count(&mut self, columns: usize) -> Result<usize, PackError> {
        let n = self.varint()?;
        self.count_of(n as usize, columns).map(|_| n as usize)
    }

    /// The number of values in `columns` columns of `rows` rows, if the rest of the blob can hold them.
    fn count_of(&self, rows: usize, columns: usize) -> Result<usize, PackError> {
        match rows.checked_mul(columns) {
            Some(n) if n <= self.bytes.len() - self.at => Ok(n),
            _ => err(self.at, "a count is more than the blob holds"),
        }
    }

    fn column(&mut self, values: usize) -> Result<Vec<u64>, PackError> {
        let mut column = Vec::with_capacity(values);
        for _ in 0..values {
            column.push(self.varint()?);
        }
        Ok(column)
    }
}

/// Cuts consecutive strings off the text section, on character boundaries.
struct TextReader {
    text: &'static str,
    at: usize,
}

impl TextReader {
    fn take(&mut self, len: u64) -> Result<&'static str, PackError> {
        let end = usize::try_from(len).ok().and_then(|len| self.at.checked_add(len));
        match end.and_then(|end| self.text.get(self.at..end)) {
            Some(s) => {
                self.at += s.len();
                Ok(s)
            }
            None => err(self.at, "a string does not fit the text"),
        }
    }

    /// The next piece of evidence: `len` bytes, or all up to the next NUL when `None`; the NUL
    /// that ends every piece is passed over.
    fn piece(&mut self, len: Option<u64>) -> Result<&'static str, PackError> {
        let to_nul =
            || self.text.get(self.at..).and_then(|rest| rest.find('\0')).map_or(u64::MAX, |n| n as u64);
        let piece = self.take(len.unwrap_or_else(to_nul))?;
        match self.take(1)? {
            "\0" => Ok(piece),
            _ => err(self.at - 1, "a piece of evidence does not end in a NUL"),
        }
    }
}

/// `body` with every byte outside `spans` (byte ranges: the claims' evidence sentences) turned
/// into a space: how a page carries its baked articles ([`decode`] gives them back so). Each
/// claim's evidence and mention stay at their offsets, and the rest of each text
/// ([`without_evidence`]) comes apart, when a reader first opens an article ([`whole_texts`]). A
/// span that is reversed, out of range or not on character boundaries is left out.
pub fn evidence_only(body: &str, spans: impl IntoIterator<Item = (u32, u32)>) -> String {
    split(body, spans).0
}

/// `body` without the bytes of `spans`: the part of an article the page does not carry already,
/// which the texts file holds, so no sentence is shipped twice. The evidence is cut out, not
/// blanked: the claims say where it goes back ([`whole_texts`]).
pub fn without_evidence(body: &str, spans: impl IntoIterator<Item = (u32, u32)>) -> String {
    split(body, spans).1
}

/// ([`evidence_only`], [`without_evidence`]) of `body`.
fn split(body: &str, spans: impl IntoIterator<Item = (u32, u32)>) -> (String, String) {
    let spans = spans.into_iter().map(|(start, end)| (start as usize, end as usize));
    let mut spans: Vec<(usize, usize)> =
        spans.filter(|&(start, end)| body.get(start..end).is_some()).collect();
    spans.sort_unstable();
    let (mut kept, mut rest) = (String::with_capacity(body.len()), String::with_capacity(body.len()));
    let _ = walk(spans, body.len(), &mut |start, end, evidence| {
        match evidence {
            true => kept.push_str(&body[start..end]),
            false => {
                rest.push_str(&body[start..end]);
                blank_to(&mut kept, end);
            }
        }
        Ok::<_, ()>(())
    });
    (kept, rest)
}

/// The whole text of each of `articles` (evidence-only bodies, see [`evidence_only`]), put
/// together with `texts`, the rest of each body ([`without_evidence`]) one after another: between
/// the spans of each article's `claims` (sorted by article, as [`decode`] gives them) goes the
/// next stretch of `texts`, which must come out exactly used up and cut between characters. `at`
/// in the error is the offset in `texts`.
pub fn whole_texts(
    articles: &[ArticleRecord],
    claims: &[Claim],
    texts: &str,
) -> Result<Vec<String>, PackError> {
    let sorted = claims.windows(2).all(|w| (w[0].article, w[0].start) <= (w[1].article, w[1].start));
    if !sorted || claims.last().is_some_and(|c| c.article as usize >= articles.len()) {
        return err(0, "the claims are out of order or name no article");
    }
    let mut at = 0;
    let mut wholes = Vec::with_capacity(articles.len());
    for (article, claims) in articles.iter().zip(per_article(articles.len(), claims)) {
        let body = article.body;
        let mut whole = String::with_capacity(body.len());
        walk(spans(claims), body.len(), &mut |start, end, evidence| {
            if evidence {
                let Some(evidence) = body.get(start..end) else {
                    return err(at, "a claim does not fit its article");
                };
                whole.push_str(evidence);
            } else {
                let Some(rest) = texts.get(at..at + (end - start)) else {
                    return err(at, "the article texts end early or do not fit the articles");
                };
                whole.push_str(rest);
                at += rest.len();
            }
            Ok(())
        })?;
        wholes.push(whole);
    }
    if at != texts.len() {
        return err(at, "the article texts run on past the last article");
    }
    Ok(wholes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn leak(bytes: Vec<u8>) -> &'static [u8] {
        Box::leak(bytes.into_boxed_slice())
    }

    fn leak_str(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    fn article(file: &'static str, body: &'static str) -> ArticleRecord {
        ArticleRecord {
            file,
            title: "A title",
            title_editorial: true,
            outlet: "Wire",
            author: Some("A. Writer"),
            date: Date::new(2019, 1, 23),
            date_approximate: false,
            url: Some("https://example.org/a"),
            body,
        }
    }

    fn claim(article: u32, start: u32, end: u32) -> Claim {
        Claim {
            article,
            actor: "CHL",
            stance: Stance::BreakTies,
            certainty: Certainty::Speculative,
            beneficiary: None,
            initiator: Some("VEN"),
            start,
            end,
            mention_start: start,
            mention_end: start + 1,
            rule: "ties.expel",
        }
    }

    /// `articles` as a page carries them: their claims' evidence, the rest blanked.
    fn shipped(articles: &[ArticleRecord], claims: &[Claim]) -> Vec<ArticleRecord> {
        let spans = |index: usize| {
            claims.iter().filter(move |c| c.article as usize == index).map(|c| (c.start, c.end))
        };
        let body = |index: usize, a: &ArticleRecord| leak_str(evidence_only(a.body, spans(index)));
        articles.iter().enumerate().map(|(index, a)| ArticleRecord { body: body(index, a), ..*a }).collect()
    }

    #[test]
    fn a_corpus_comes_back_with_its_evidence_and_the_rest_blanked() {
        let articles = [
            article("a.txt", "Chile: ¿sí? Peru no. Fin."),
            article("b.txt", "Ñandú and more."),
            article("c.txt", "No claims here."),
        ];
        let claims = [claim(0, 0, 13), claim(0, 3, 5), claim(0, 14, 22), claim(1, 0, 7)];
        let bytes = encode(&articles, &claims).unwrap();
        let corpus = decode(leak(bytes.clone())).unwrap();
        let bodies: Vec<&str> = corpus.articles.iter().map(|a| a.body).collect();
        let blanks = |n: usize| " ".repeat(n);
        assert_eq!(
            bodies,
            [format!("Chile: ¿sí? Peru no.{}", blanks(5)), format!("Ñandú{}", blanks(10)), blanks(15)]
        );
        assert_eq!(corpus.articles, shipped(&articles, &claims));
        assert_eq!(corpus.claims, claims);
        // The evidence closes the blob, piece by piece; a span inside another adds none.
        assert!(bytes.ends_with("Chile: ¿sí?\0Peru no.\0Ñandú\0".as_bytes()));
        // What no claim covers is not in the blob at all, and the page's blanked bodies pack alike.
        assert!(!bytes.windows(4).any(|w| w == b"Fin." || w == b"more" || w == b"here"));
        assert_eq!(encode(&shipped(&articles, &claims), &claims).unwrap(), bytes);
    }

    #[test]
    fn repeated_strings_are_stored_once() {
        let articles: Vec<ArticleRecord> = (0..50).map(|_| article("a.txt", "x")).collect();
        let bytes = encode(&articles, &[]).unwrap();
        assert_eq!(bytes.windows(4).filter(|w| w == b"Wire").count(), 1);
    }

    #[test]
    fn claims_out_of_reading_order_are_refused_when_packing() {
        let articles = [article("a.txt", "Chile: ¿sí? Peru no.")];
        let error = encode(&articles, &[claim(0, 14, 20), claim(0, 0, 5)]).unwrap_err();
        assert_eq!((error.at, error.what), (1, "claims are not sorted by article and evidence start"));
    }

    #[test]
    fn evidence_holding_the_piece_separator_is_refused_when_packing() {
        let error = encode(&[article("a.txt", "Chile\0 rejects it.")], &[claim(0, 0, 18)]).unwrap_err();
        assert_eq!(
            error.what,
            "a claim's evidence holds a NUL character, which the pack puts between pieces"
        );
        assert!(encode(&[article("a.txt", "Chile rejects it.\0")], &[claim(0, 0, 17)]).is_ok(), "outside it");
    }

    #[test]
    fn claims_outside_their_article_are_refused_when_packing() {
        let articles = [article("a.txt", "short")];
        assert!(encode(&articles, &[claim(0, 0, 9)]).is_err());
        let error = encode(&[article("a.txt", "Ñandú")], &[claim(0, 0, 1)]).unwrap_err();
        assert_eq!(error.what, "a claim's span does not start and end between characters");
        assert!(encode(&articles, &[claim(1, 0, 1)]).is_err());
        assert!(encode(&[article("a.txt", "ab"), article("b.txt", "cd")], &[claim(1, 0, 1), claim(0, 0, 1)])
            .is_err());
    }

    #[test]
    fn a_damaged_blob_is_an_error_not_a_panic() {
        let articles = [article("a.txt", "Chile: ¿sí? Peru no.")];
        let bytes = encode(&articles, &[claim(0, 0, 12)]).unwrap();
        assert!(decode(b"ATLPACK0").is_err());
        assert!(decode(b"").is_err());
        for cut in 0..bytes.len() {
            assert!(decode(leak(bytes[..cut].to_vec())).is_err(), "cut at {cut}");
        }
        for at in 0..bytes.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] ^= flip;
                let _ = decode(leak(damaged)); // must return, whatever it returns
            }
        }
    }

    #[test]
    fn a_blob_cannot_ask_for_more_body_than_it_could_carry() {
        let long = leak_str("x".repeat(1 << 20));
        let error = encode(&[article("a.txt", long)], &[]).unwrap_err();
        assert_eq!(
            error.what,
            "the bodies are too long for their claims' evidence (see pack::MAX_BODY_RATIO)"
        );
        // The same length claimed by a blob that carries a short body.
        let bytes = encode(&[article("a.txt", "x")], &[]).unwrap();
        // The magic, four counts, two string lengths (outlet, author), then the article's file,
        // title and url lengths: its body length is byte 17.
        let mut damaged = bytes.clone();
        assert_eq!(damaged[14..18], [5, 7, 22, 1]);
        damaged.splice(17..18, [0x80, 0x80, 0x40]); // 1 << 20, as a varint
        let error = decode(leak(damaged)).unwrap_err();
        assert_eq!(error.what, "the bodies are longer than the blob or memory can hold");
    }

    #[test]
    fn months_years_and_undated_articles_pack() {
        let dates = [Date::new(2019, 1, 0), Date::new(2019, 0, 0), Date::UNDATED, Date::new(2024, 7, 29)];
        let articles: Vec<ArticleRecord> =
            dates.iter().map(|&date| ArticleRecord { date, ..article("a.txt", "Peru spoke.") }).collect();
        let decoded = decode(leak(encode(&articles, &[]).unwrap())).unwrap();
        assert_eq!(decoded.articles.iter().map(|a| a.date).collect::<Vec<_>>(), dates);
    }

    #[test]
    fn an_empty_corpus_packs() {
        assert_eq!(decode(leak(encode(&[], &[]).unwrap())).unwrap(), PackedCorpus::default());
    }

    fn arb_text() -> impl Strategy<Value = String> {
        "[a-zA-Z .,ñé¿?€\n]{0,40}"
    }

    prop_compose! {
        fn arb_article()(file in "[a-z]{1,8}\\.txt", title in arb_text(), editorial in any::<bool>(),
                         outlet in prop::sample::select(vec!["Wire", "Herald", "El País"]),
                         author in prop::option::of("[A-Z][a-z]{0,6}"), year in 1900u16..2100,
                         month in 0u8..=12, day in 0u8..=28, approximate in any::<bool>(),
                         url in prop::option::of("https://[a-z]{1,8}\\.org/"), body in arb_text())
                        -> ArticleRecord {
            ArticleRecord {
                file: leak_str(file), title: leak_str(title), title_editorial: editorial, outlet,
                // Months and years too (a year has no day); and now and then undated.
                author: author.map(leak_str),
                date: match (year % 17, month) { (0, _) => Date::UNDATED, (_, 0) => Date::new(year, 0, 0), _ => Date::new(year, month, day) },
                date_approximate: approximate, url: url.map(leak_str), body: leak_str(body),
            }
        }
    }

    /// Claims with spans inside their article, sorted by article as the build writes them.
    fn arb_corpus() -> impl Strategy<Value = (Vec<ArticleRecord>, Vec<Claim>)> {
        prop::collection::vec(arb_article(), 0..6).prop_flat_map(|articles| {
            let n = articles.len();
            let raw = (
                any::<u32>(),
                prop::sample::select(vec!["CHL", "EU", "ARG"]),
                0usize..4,
                any::<bool>(),
                0usize..3,
                prop::option::of(prop::sample::select(vec!["VEN", "CHL"])),
                prop::sample::select(vec!["reject.recount", "ties.expel"]),
                [any::<u32>(); 4],
            );
            let claims = prop::collection::vec(raw, if n == 0 { 0..1 } else { 0..30 });
            (Just(articles), claims).prop_map(|(articles, raw)| {
                let mut claims: Vec<Claim> = raw
                    .into_iter()
                    .map(|(a, actor, stance, speculative, beneficiary, initiator, rule, cuts)| {
                        let article = a % articles.len() as u32;
                        let len = articles[article as usize].body.len() as u32 + 1;
                        let body = articles[article as usize].body;
                        // Claims are read from text, so their spans fall between characters.
                        let mut span = cuts.map(|c| {
                            let mut at = (c % len) as usize;
                            while !body.is_char_boundary(at) {
                                at -= 1;
                            }
                            at as u32
                        });
                        span.sort_unstable();
                        Claim {
                            article,
                            actor,
                            stance: Stance::ALL[stance],
                            certainty: if speculative { Certainty::Speculative } else { Certainty::Asserted },
                            beneficiary: [None, Some(Beneficiary::Regime), Some(Beneficiary::Opposition)]
                                [beneficiary],
                            initiator,
                            start: span[0],
                            mention_start: span[1],
                            mention_end: span[2],
                            end: span[3],
                            rule,
                        }
                    })
                    .collect();
                claims.sort_by_key(|c| (c.article, c.start));
                (articles, claims)
            })
        })
    }

    proptest! {
        #[test]
        fn every_corpus_round_trips((articles, claims) in arb_corpus()) {
            let corpus = decode(leak(encode(&articles, &claims).unwrap())).unwrap();
            prop_assert_eq!(corpus.articles, shipped(&articles, &claims));
            prop_assert_eq!(corpus.claims, claims);
        }

        #[test]
        fn random_bytes_never_panic(mut bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            if bytes.len() >= 8 && bytes[0] & 1 == 0 {
                bytes[..8].copy_from_slice(MAGIC);
            }
            let _ = decode(leak(bytes));
        }
    }

    #[test]
    fn evidence_and_the_rest_split_a_body_at_its_spans_and_whole_texts_puts_them_back() {
        let body = "Señor López said Chile rejects it. Then: México grants asylum. Fin.";
        let chile = body.find("Chile").unwrap() as u32;
        let mexico = body.find("México").unwrap() as u32;
        let end = (body.find("Fin").unwrap() - 1) as u32;
        // Overlapping, reversed, out-of-range and mid-character spans.
        let spans = [(chile, chile + 5), (chile - 5, chile + 17), (mexico, end), (9, 3), (60, 900), (1, 3)];
        let kept = evidence_only(body, spans);
        let rest = without_evidence(body, spans);
        assert_eq!(kept.len(), body.len());
        let said = chile as usize - 5..chile as usize + 17;
        assert_eq!(&kept[said.clone()], &body[said.clone()]);
        assert_eq!(&kept[mexico as usize..end as usize], "México grants asylum.");
        assert!(kept.starts_with("      ") && kept.ends_with("     "), "{kept:?}");
        assert!(!kept.contains("Señor") && !kept.contains("Fin"), "{kept:?}");
        // The rest is the body with the evidence cut out.
        assert_eq!(rest, "Señor López  Then:  Fin.");
        assert_eq!((evidence_only("abc", []), without_evidence("abc", [])), ("   ".into(), "abc".into()));

        let other = "Another body.";
        let articles = [article("a.txt", leak_str(kept)), article("b.txt", "             ")];
        let claims = [claim(0, chile - 5, chile + 17), claim(0, chile, chile + 5), claim(0, mexico, end)];
        let whole = |texts: &str| whole_texts(&articles, &claims, texts);
        assert_eq!(whole(&format!("{rest}{other}")).unwrap(), [body, other]);
        let error = whole(&format!("{rest}Another")).unwrap_err();
        assert_eq!(
            error.what, "the article texts end early or do not fit the articles",
            "a text file cut short"
        );
        let error = whole(&format!("{rest}{other}!")).unwrap_err();
        assert_eq!(error.what, "the article texts run on past the last article");
        // The whole bodies are not the rest of them: the file is someone else's.
        assert!(whole(&format!("{body}{other}")).is_err());
        // A stretch that would end inside a character.
        let error = whole(&format!("Señor Lópezé{}", &rest["Señor López ".len()..])).unwrap_err();
        assert_eq!((error.at, error.what), (0, "the article texts end early or do not fit the articles"));
        let unsorted = [claims[2], claim(0, 0, 1)];
        assert!(whole_texts(&articles, &unsorted, &rest).is_err(), "claims out of order");
        assert!(whole_texts(&articles, &[claim(2, 0, 1)], &rest).is_err(), "a claim of no article");
        let beyond = [claim(0, 0, 400)];
        assert_eq!(
            whole_texts(&articles, &beyond, &rest).unwrap_err().what,
            "a claim does not fit its article"
        );
    }
}
