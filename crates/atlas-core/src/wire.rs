//! Claims as bytes, for the boundary between the extractor module the web app loads on demand and
//! the app itself: two wasm instances share no Rust values, only bytes in one's memory.
//!
//! The encoding is a count then one record per claim, integers little-endian:
//! `stance u8, certainty u8, beneficiary u8 (0 none, 1 + index), start u32, end u32,
//! mention_start u32, mention_end u32, actor, initiator (empty for none), rule`, each string a
//! `u8` length and its UTF-8 bytes. Strings are codes, not indexes, so a decoder fails loudly on a
//! code it does not know instead of silently reading another one; the decoder maps each back to
//! the `&'static str` of the gazetteer or of [`RULE_IDS`], so nothing is leaked. The article index
//! is not carried: extraction reads one text, and [`crate::local::local_records`] sets it.
//!
//! The reader's own articles cross the same boundary ([`encode_load`], [`encode_import`],
//! [`encode_shared`], and [`encode_articles`] the other way, [`encode_too_long`] for a link that
//! cannot be made), and so does the claims download ([`encode_export`]): the module reads and
//! writes their JSON, so the app carries no JSON code.
//! There every string is a `u32` length and its UTF-8 bytes, a date `u32` `yyyymmdd` (0 for none),
//! a flag one byte, a list a `u32` count then its items.
//!
//! ```
//! use atlas_core::extract::Extractor;
//! use atlas_core::wire;
//! let claims = Extractor::global().extract("Peru recalled its ambassador from Caracas.", None);
//! assert_eq!(wire::decode_claims(&wire::encode_claims(&claims)), Ok(claims));
//! ```

use crate::date::Date;
use crate::dateline::{How, TextDate};
use crate::export::{ClaimsExport, ExportRow};
use crate::gazetteer::{BLOCS, COUNTRIES};
use crate::local::share::ShareTooLong;
use crate::local::store::{ImportReport, LoadOutcome, StoreNotice};
use crate::local::{ClaimKey, LocalArticle};
use crate::model::{Beneficiary, Certainty, Claim, Stance};
use crate::url::{Notice, NoticeKind};
use std::fmt;

pub use crate::extract::RULE_IDS;

/// Why bytes could not be read back (a module from another build, or damaged memory).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError {
    /// Byte offset where reading stopped.
    pub at: usize,
    pub what: String,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the stance reader's answer is unreadable at byte {}: {}", self.at, self.what)
    }
}

/// The bytes of `claims`, in the format above. Strings longer than 255 bytes cannot occur (codes
/// and rule ids are short); they would be cut, and the decoder would then refuse them.
pub fn encode_claims(claims: &[Claim]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + claims.len() * 40);
    out.extend_from_slice(&(claims.len() as u32).to_le_bytes());
    for c in claims {
        out.push(c.stance.index() as u8);
        out.push(Certainty::ALL.iter().position(|x| *x == c.certainty).unwrap_or(0) as u8);
        out.push(
            c.beneficiary.map_or(0, |b| 1 + Beneficiary::ALL.iter().position(|x| *x == b).unwrap_or(0) as u8),
        );
        for n in [c.start, c.end, c.mention_start, c.mention_end] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        for s in [c.actor, c.initiator.unwrap_or(""), c.rule] {
            let bytes = &s.as_bytes()[..s.len().min(255)];
            out.push(bytes.len() as u8);
            out.extend_from_slice(bytes);
        }
    }
    out
}

/// The claims `bytes` encode, every string mapped to its static original. Never panics.
pub fn decode_claims(bytes: &[u8]) -> Result<Vec<Claim>, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let count = r.u32()? as usize;
    // Each record takes at least 22 bytes: a larger count is damage, not a reason to allocate.
    if count > bytes.len() / 22 {
        return Err(r.error(format!("{count} claims cannot fit in {} bytes", bytes.len())));
    }
    let mut claims = Vec::with_capacity(count);
    for _ in 0..count {
        let stance = r.pick("stance", &Stance::ALL)?;
        let certainty = r.pick("certainty", &Certainty::ALL)?;
        let beneficiary = match r.u8()? {
            0 => None,
            n => Some(
                *Beneficiary::ALL
                    .get(usize::from(n) - 1)
                    .ok_or_else(|| r.error(format!("no beneficiary {n}")))?,
            ),
        };
        let (start, end, mention_start, mention_end) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?);
        let actor = r.string()?;
        let actor = actor_code(actor).ok_or_else(|| r.error(format!("unknown actor `{actor}`")))?;
        let initiator = match r.string()? {
            "" => None,
            code => Some(actor_code(code).ok_or_else(|| r.error(format!("unknown initiator `{code}`")))?),
        };
        let rule = r.string()?;
        let rule = RULE_IDS
            .iter()
            .copied()
            .find(|id| *id == rule)
            .ok_or_else(|| r.error(format!("unknown rule `{rule}`")))?;
        claims.push(Claim {
            article: 0,
            actor,
            stance,
            certainty,
            beneficiary,
            initiator,
            start,
            end,
            mention_start,
            mention_end,
            rule,
        });
    }
    if r.at != bytes.len() {
        return Err(r.error(format!("{} bytes follow the last claim", bytes.len() - r.at)));
    }
    Ok(claims)
}

/// What [`crate::local::store::load`] found, as bytes: articles, notices, the text set aside
/// (flag, then the text) and the version migrated from (flag, then `u64`).
pub fn encode_load(outcome: &LoadOutcome) -> Vec<u8> {
    let mut w = Vec::new();
    put_articles(&mut w, &outcome.articles);
    put_store_notices(&mut w, &outcome.notices);
    put_option(&mut w, outcome.set_aside.as_deref(), put_str);
    put_option(&mut w, outcome.migrated_from, |w, v| w.extend_from_slice(&v.to_le_bytes()));
    w
}

/// The outcome [`encode_load`] wrote. Never panics.
pub fn decode_load(bytes: &[u8]) -> Result<LoadOutcome, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let outcome = LoadOutcome {
        articles: r.articles()?,
        notices: r.store_notices()?,
        set_aside: r.option(|r| Ok(r.text()?.to_string()))?,
        migrated_from: r.option(Reader::u64)?,
    };
    r.end()?;
    Ok(outcome)
}

/// An [`ImportReport`] as bytes: added articles, titles already present, notices of invalid entries.
pub fn encode_import(report: &ImportReport) -> Vec<u8> {
    let mut w = Vec::new();
    put_articles(&mut w, &report.added);
    put_count(&mut w, report.already_present.len());
    for title in &report.already_present {
        put_str(&mut w, title);
    }
    put_store_notices(&mut w, &report.invalid);
    w
}

/// The report [`encode_import`] wrote. Never panics.
pub fn decode_import(bytes: &[u8]) -> Result<ImportReport, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let added = r.articles()?;
    let already_present = r.list(4, |r| Ok(r.text()?.to_string()))?;
    let report = ImportReport { added, already_present, invalid: r.store_notices()? };
    r.end()?;
    Ok(report)
}

/// What [`crate::local::share::read_shared`] found, as bytes: the article (flag, then it), then
/// the notices (parameter, kind as its index in [`NOTICE_KINDS`], message).
pub fn encode_shared(article: Option<&LocalArticle>, notices: &[Notice]) -> Vec<u8> {
    let mut w = Vec::new();
    put_option(&mut w, article, put_article);
    put_count(&mut w, notices.len());
    for n in notices {
        put_str(&mut w, &n.param);
        w.push(NOTICE_KINDS.iter().position(|k| *k == n.kind).unwrap_or(0) as u8);
        put_str(&mut w, &n.message);
    }
    w
}

/// The article and notices [`encode_shared`] wrote. Never panics.
pub fn decode_shared(bytes: &[u8]) -> Result<(Option<LocalArticle>, Vec<Notice>), WireError> {
    let mut r = Reader { bytes, at: 0 };
    let article = r.option(Reader::article)?;
    let notices = r.list(9, |r| {
        Ok(Notice {
            param: r.text()?.to_string(),
            kind: r.pick("notice kind", &NOTICE_KINDS)?,
            message: r.text()?.to_string(),
        })
    })?;
    r.end()?;
    Ok((article, notices))
}

/// The date [`crate::dateline::read`] found in a text: a flag, then `date u32` (`yyyymmdd`, a
/// partial date with zeros), `approximate` flag, `how u8` (0 dateline, 1 mention), `start u32`,
/// `end u32`. The app asks the extractor module, so the reading stays out of a first visit.
pub fn encode_text_date(found: Option<&TextDate>) -> Vec<u8> {
    let mut w = Vec::with_capacity(15);
    match found {
        None => w.push(0),
        Some(f) => {
            w.push(1);
            let d = f.date;
            let date = u32::from(d.year) * 10_000 + u32::from(d.month) * 100 + u32::from(d.day);
            w.extend_from_slice(&date.to_le_bytes());
            w.push(u8::from(f.approximate));
            w.push(match f.how {
                How::Dateline => 0,
                How::Mention => 1,
            });
            for n in [f.start, f.end] {
                w.extend_from_slice(&(n as u32).to_le_bytes());
            }
        }
    }
    w
}

/// The date [`encode_text_date`] wrote. Never panics.
pub fn decode_text_date(bytes: &[u8]) -> Result<Option<TextDate>, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let found = r.option(|r| {
        let n = r.u32()?;
        let date = Date::new((n / 10_000) as u16, (n / 100 % 100) as u8, (n % 100) as u8);
        if date.is_undated() || date.month > 12 || (date.month == 0 && date.day != 0) {
            return Err(r.error(format!("{n} is not a date")));
        }
        let approximate = r.flag()?;
        let how = r.pick("way a date was found", &[How::Dateline, How::Mention])?;
        let (start, end) = (r.u32()? as usize, r.u32()? as usize);
        Ok(TextDate { date, approximate, how, start, end })
    })?;
    r.end()?;
    Ok(found)
}

/// Articles as bytes, for the module to write as JSON (the stored document, or the one article of
/// a share link): a list of articles, as in [`encode_load`].
pub fn encode_articles(articles: &[LocalArticle]) -> Vec<u8> {
    let mut w = Vec::new();
    put_articles(&mut w, articles);
    w
}

/// The articles [`encode_articles`] wrote. Never panics.
pub fn decode_articles(bytes: &[u8]) -> Result<Vec<LocalArticle>, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let articles = r.articles()?;
    r.end()?;
    Ok(articles)
}

/// The claims download as bytes, for the module to write as JSON: the filters, then a list of rows,
/// each [`ExportRow`]'s fields in order (an optional one a flag then the text, `date_approximate` a
/// flag). `count` is not carried: it is the number of rows.
pub fn encode_export(export: &ClaimsExport<'_>) -> Vec<u8> {
    let mut w = Vec::new();
    put_str(&mut w, &export.filters);
    put_count(&mut w, export.claims.len());
    for r in &export.claims {
        for s in [r.actor, r.actor_name, r.stance, r.certainty] {
            put_str(&mut w, s);
        }
        for s in [r.beneficiary, r.initiator, r.initiator_name] {
            put_option(&mut w, s, put_str);
        }
        for s in [r.evidence, r.mention, r.rule, r.article_file, r.article_title, r.outlet, &r.date] {
            put_str(&mut w, s);
        }
        w.push(u8::from(r.date_approximate));
        put_option(&mut w, r.url, put_str);
    }
    w
}

/// The download [`encode_export`] wrote, its texts borrowed from `bytes`. Never panics.
pub fn decode_export(bytes: &[u8]) -> Result<ClaimsExport<'_>, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let filters = r.text()?.to_string();
    // The smallest row: 11 empty texts, 4 absent options and a flag.
    let claims = r.list(49, |r| {
        Ok(ExportRow {
            actor: r.text()?,
            actor_name: r.text()?,
            stance: r.text()?,
            certainty: r.text()?,
            beneficiary: r.option(Reader::text)?,
            initiator: r.option(Reader::text)?,
            initiator_name: r.option(Reader::text)?,
            evidence: r.text()?,
            mention: r.text()?,
            rule: r.text()?,
            article_file: r.text()?,
            article_title: r.text()?,
            outlet: r.text()?,
            date: r.text()?.to_string(),
            date_approximate: r.flag()?,
            url: r.option(Reader::text)?,
        })
    })?;
    r.end()?;
    Ok(ClaimsExport { filters, count: claims.len(), claims })
}

/// Why an article does not fit in a link ([`ShareTooLong`]), as bytes: `len u32`, `text_chars_over u32`
/// (the module's answer when it refuses to make a link's value).
pub fn encode_too_long(e: &ShareTooLong) -> Vec<u8> {
    let mut w = Vec::with_capacity(8);
    put_count(&mut w, e.len);
    put_count(&mut w, e.text_chars_over);
    w
}

/// What [`encode_too_long`] wrote. Never panics.
pub fn decode_too_long(bytes: &[u8]) -> Result<ShareTooLong, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let too_long = ShareTooLong { len: r.u32()? as usize, text_chars_over: r.u32()? as usize };
    r.end()?;
    Ok(too_long)
}

/// Every [`NoticeKind`], in the order their wire index counts them.
pub const NOTICE_KINDS: [NoticeKind; 6] = [
    NoticeKind::UnknownParameter,
    NoticeKind::BadValue,
    NoticeKind::UnknownName,
    NoticeKind::Repeated,
    NoticeKind::TooLong,
    NoticeKind::More,
];

fn put_count(w: &mut Vec<u8>, n: usize) {
    w.extend_from_slice(&(n as u32).to_le_bytes());
}

fn put_str(w: &mut Vec<u8>, s: &str) {
    put_count(w, s.len());
    w.extend_from_slice(s.as_bytes());
}

fn put_option<T>(w: &mut Vec<u8>, value: Option<T>, put: impl FnOnce(&mut Vec<u8>, T)) {
    match value {
        Some(v) => {
            w.push(1);
            put(w, v);
        }
        None => w.push(0),
    }
}

fn put_article(w: &mut Vec<u8>, a: &LocalArticle) {
    for s in [&a.id, &a.title, &a.outlet] {
        put_str(w, s);
    }
    let date = a.date.map_or(0, |d| u32::from(d.year) * 10_000 + u32::from(d.month) * 100 + u32::from(d.day));
    w.extend_from_slice(&date.to_le_bytes());
    w.push(u8::from(a.date_approximate));
    put_str(w, a.url.as_deref().unwrap_or(""));
    w.extend_from_slice(&a.added_at.to_le_bytes());
    put_count(w, a.rejected.len());
    for k in &a.rejected {
        put_str(w, &k.actor);
        w.push(k.stance.index() as u8);
        w.extend_from_slice(&k.evidence.to_le_bytes());
    }
    put_str(w, &a.text);
}

fn put_articles(w: &mut Vec<u8>, articles: &[LocalArticle]) {
    put_count(w, articles.len());
    for a in articles {
        put_article(w, a);
    }
}

fn put_store_notices(w: &mut Vec<u8>, notices: &[StoreNotice]) {
    put_count(w, notices.len());
    for n in notices {
        put_option(w, n.entry, put_count);
        put_str(w, &n.message);
    }
}

/// The gazetteer's own `&'static str` for an actor code.
fn actor_code(code: &str) -> Option<&'static str> {
    COUNTRIES.iter().map(|c| c.code).chain(BLOCS.iter().map(|b| b.code)).find(|c| *c == code)
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn error(&self, what: String) -> WireError {
        WireError { at: self.at, what }
    }

    fn take(&mut self, n: usize) -> Result<&'b [u8], WireError> {
        let taken =
            self.bytes.get(self.at..self.at + n).ok_or_else(|| self.error("the bytes end early".into()))?;
        self.at += n;
        Ok(taken)
    }

    fn u8(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, WireError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, WireError> {
        let b = self.take(8)?;
        Ok(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }

    fn flag(&mut self) -> Result<bool, WireError> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            n => Err(self.error(format!("{n} is not a flag"))),
        }
    }

    /// A string of any length (`u32` length first).
    fn text(&mut self) -> Result<&'b str, WireError> {
        let len = self.u32()? as usize;
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).map_err(|_| self.error("a text is not UTF-8".into()))
    }

    fn option<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Result<T, WireError>,
    ) -> Result<Option<T>, WireError> {
        if self.flag()? {
            read(self).map(Some)
        } else {
            Ok(None)
        }
    }

    /// A count then its items, each at least `min` bytes (a larger count is damage, not a reason
    /// to allocate).
    fn list<T>(
        &mut self,
        min: usize,
        mut read: impl FnMut(&mut Self) -> Result<T, WireError>,
    ) -> Result<Vec<T>, WireError> {
        let count = self.u32()? as usize;
        if count > (self.bytes.len() - self.at) / min {
            return Err(self.error(format!("{count} items cannot fit in the bytes left")));
        }
        let mut items = Vec::with_capacity(count);
        for _ in 0..count {
            items.push(read(self)?);
        }
        Ok(items)
    }

    fn article(&mut self) -> Result<LocalArticle, WireError> {
        let (id, title, outlet) =
            (self.text()?.to_string(), self.text()?.to_string(), self.text()?.to_string());
        let date = match self.u32()? {
            0 => None,
            n => {
                let date = Date::new((n / 10_000) as u16, (n / 100 % 100) as u8, (n % 100) as u8);
                Some(date)
            }
        };
        let date_approximate = self.flag()?;
        let url = Some(self.text()?.to_string()).filter(|u| !u.is_empty());
        let added_at = self.u64()?;
        let rejected = self.list(13, |r| {
            Ok(ClaimKey {
                actor: r.text()?.to_string(),
                stance: r.pick("stance", &Stance::ALL)?,
                evidence: r.u64()?,
            })
        })?;
        let text = self.text()?.to_string();
        Ok(LocalArticle { id, title, outlet, date, date_approximate, url, text, added_at, rejected })
    }

    fn articles(&mut self) -> Result<Vec<LocalArticle>, WireError> {
        self.list(33, Reader::article)
    }

    fn store_notices(&mut self) -> Result<Vec<StoreNotice>, WireError> {
        self.list(5, |r| {
            Ok(StoreNotice { entry: r.option(|r| Ok(r.u32()? as usize))?, message: r.text()?.to_string() })
        })
    }

    fn end(&self) -> Result<(), WireError> {
        match self.bytes.len() - self.at {
            0 => Ok(()),
            n => Err(self.error(format!("{n} bytes follow the end"))),
        }
    }

    fn pick<T: Copy>(&mut self, what: &str, all: &[T]) -> Result<T, WireError> {
        let n = self.u8()?;
        all.get(usize::from(n)).copied().ok_or_else(|| self.error(format!("no {what} {n}")))
    }

    fn string(&mut self) -> Result<&'b str, WireError> {
        let len = usize::from(self.u8()?);
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).map_err(|_| self.error("a code is not UTF-8".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_article_or_plain;
    use crate::extract::Extractor;
    use proptest::prelude::*;

    #[test]
    fn a_date_read_from_a_text_crosses_whole_and_damage_is_refused() {
        let today = Date::new(2026, 1, 1);
        for text in [
            "QUITO, 2 de mayo de 2022 — Ecuador habló.",
            "Talks began on June 3 after the 2021 vote.",
            "Since March 2020 the border is closed.",
            "Nothing dated here.",
        ] {
            let found = crate::dateline::read(text, today);
            assert_eq!(decode_text_date(&encode_text_date(found.as_ref())), Ok(found), "{text}");
        }
        let mut bytes = encode_text_date(crate::dateline::read("On May 2, 2022 it rained.", today).as_ref());
        bytes[1..5].copy_from_slice(&20221302u32.to_le_bytes());
        assert!(decode_text_date(&bytes).unwrap_err().what.contains("not a date"));
        assert!(decode_text_date(&[1, 0]).is_err());
        assert!(decode_text_date(&[0, 0]).is_err(), "trailing bytes");
    }

    fn seed_claims() -> Vec<Claim> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
        let mut claims = Vec::new();
        for entry in std::fs::read_dir(dir).expect("the corpus folder") {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a corpus file");
            let article = parse_article_or_plain("seed", &text).expect("a corpus article");
            claims.extend(Extractor::global().extract(article.body, article.meta.map(|m| m.date)));
        }
        claims
    }

    #[test]
    fn every_claim_of_the_seed_corpus_survives_the_round_trip() {
        let claims = seed_claims();
        assert!(claims.len() > 30, "{} claims", claims.len());
        assert!(
            claims.iter().any(|c| c.initiator.is_some()) && claims.iter().any(|c| c.beneficiary.is_some())
        );
        assert_eq!(decode_claims(&encode_claims(&claims)), Ok(claims));
        assert_eq!(decode_claims(&encode_claims(&[])), Ok(vec![]));
    }

    #[test]
    fn codes_and_rules_unknown_to_this_build_are_refused_by_name() {
        let claim = seed_claims()[0];
        let cases = [
            (Claim { actor: "XXX", ..claim }, "unknown actor `XXX`"),
            (Claim { initiator: Some("ZZ"), ..claim }, "unknown initiator `ZZ`"),
            (Claim { rule: "reject.by_magic", ..claim }, "unknown rule `reject.by_magic`"),
        ];
        for (claim, why) in cases {
            let e = decode_claims(&encode_claims(&[claim])).unwrap_err();
            assert!(e.to_string().contains(why), "{e}");
        }
        let mut extra = encode_claims(&[claim]);
        extra.push(0);
        assert!(decode_claims(&extra).unwrap_err().what.contains("1 bytes follow"));
        assert!(decode_claims(&[255, 255, 255, 255]).unwrap_err().what.contains("cannot fit"));
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![".{0,40}", "[a-z \n]{0,400}", Just(String::new())]
    }

    fn key() -> impl Strategy<Value = ClaimKey> {
        ("[A-Z]{2,4}", 0..Stance::ALL.len(), any::<u64>()).prop_map(|(actor, s, evidence)| ClaimKey {
            actor,
            stance: Stance::ALL[s],
            evidence,
        })
    }

    fn article() -> impl Strategy<Value = LocalArticle> {
        let date =
            proptest::option::of((1u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d)));
        (
            text(),
            text(),
            text(),
            date,
            (any::<bool>(), proptest::option::of(text())),
            any::<u64>(),
            proptest::collection::vec(key(), 0..4),
            text(),
        )
            .prop_map(
                |(id, title, outlet, date, (date_approximate, url), added_at, rejected, text)| {
                    // The wire writes no address as an empty one.
                    let url = url.filter(|u: &String| !u.is_empty());
                    LocalArticle { id, title, outlet, date, date_approximate, url, text, added_at, rejected }
                },
            )
    }

    fn store_notice() -> impl Strategy<Value = StoreNotice> {
        (proptest::option::of(0usize..100_000), text())
            .prop_map(|(entry, message)| StoreNotice { entry, message })
    }

    fn load_outcome() -> impl Strategy<Value = LoadOutcome> {
        (
            proptest::collection::vec(article(), 0..4),
            proptest::collection::vec(store_notice(), 0..4),
            proptest::option::of(text()),
            proptest::option::of(any::<u64>()),
        )
            .prop_map(|(articles, notices, set_aside, migrated_from)| LoadOutcome {
                articles,
                notices,
                set_aside,
                migrated_from,
            })
    }

    fn import_report() -> impl Strategy<Value = ImportReport> {
        (
            proptest::collection::vec(article(), 0..4),
            proptest::collection::vec(text(), 0..4),
            proptest::collection::vec(store_notice(), 0..4),
        )
            .prop_map(|(added, already_present, invalid)| ImportReport {
                added,
                already_present,
                invalid,
            })
    }

    fn link_notice() -> impl Strategy<Value = Notice> {
        (text(), 0..NOTICE_KINDS.len(), text()).prop_map(|(param, k, message)| Notice {
            param,
            kind: NOTICE_KINDS[k],
            message,
        })
    }

    #[test]
    fn the_outcomes_of_the_stores_own_tests_survive_the_round_trip() {
        use crate::local::store::{load, serialize};
        use crate::local::tests::article;
        let stored =
            serialize(&[article("Peru recalled its ambassador."), article("Chile rejected the result.")]);
        let damaged = stored.replacen("Chile", "Chile\\u00", 1);
        for raw in [stored.as_str(), damaged.as_str(), "{\"kind\"", ""] {
            let outcome = load(raw);
            assert_eq!(decode_load(&encode_load(&outcome)), Ok(outcome));
        }
    }

    fn opt_text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(text())
    }

    /// Rows with texts of their own, borrowed by [`ExportRow`]s in the test.
    fn export_rows() -> impl Strategy<Value = Vec<(Vec<String>, Vec<Option<String>>, bool)>> {
        let row =
            (proptest::collection::vec(text(), 11), proptest::collection::vec(opt_text(), 4), any::<bool>());
        proptest::collection::vec(row, 0..4)
    }

    proptest! {
        #[test]
        fn a_link_too_long_survives_the_round_trip(len in 0usize..1 << 31, over in 0usize..1 << 31) {
            let e = ShareTooLong { len, text_chars_over: over };
            prop_assert_eq!(decode_too_long(&encode_too_long(&e)), Ok(e));
            prop_assert!(decode_too_long(&encode_too_long(&e)[..7]).is_err());
        }

        #[test]
        fn articles_to_write_survive_the_round_trip(articles in proptest::collection::vec(article(), 0..4)) {
            prop_assert_eq!(decode_articles(&encode_articles(&articles)), Ok(articles));
        }

        #[test]
        fn the_claims_download_survives_the_round_trip(filters in text(), rows in export_rows()) {
            let claims: Vec<ExportRow<'_>> = rows
                .iter()
                .map(|(t, o, approximate)| ExportRow {
                    actor: &t[0],
                    actor_name: &t[1],
                    stance: &t[2],
                    certainty: &t[3],
                    beneficiary: o[0].as_deref(),
                    initiator: o[1].as_deref(),
                    initiator_name: o[2].as_deref(),
                    evidence: &t[4],
                    mention: &t[5],
                    rule: &t[6],
                    article_file: &t[7],
                    article_title: &t[8],
                    outlet: &t[9],
                    date: t[10].clone(),
                    date_approximate: *approximate,
                    url: o[3].as_deref(),
                })
                .collect();
            let export = ClaimsExport { filters, count: claims.len(), claims };
            let bytes = encode_export(&export);
            prop_assert_eq!(decode_export(&bytes), Ok(export));
            for cut in [0, bytes.len() / 2, bytes.len().saturating_sub(1)] {
                prop_assert!(cut == bytes.len() || decode_export(&bytes[..cut]).is_err());
            }
        }

        #[test]
        fn load_outcomes_survive_the_round_trip(outcome in load_outcome()) {
            prop_assert_eq!(decode_load(&encode_load(&outcome)), Ok(outcome));
        }

        #[test]
        fn import_reports_survive_the_round_trip(report in import_report()) {
            prop_assert_eq!(decode_import(&encode_import(&report)), Ok(report));
        }

        #[test]
        fn shared_articles_and_their_notices_survive_the_round_trip(
            article in proptest::option::of(article()),
            notices in proptest::collection::vec(link_notice(), 0..4),
        ) {
            prop_assert_eq!(decode_shared(&encode_shared(article.as_ref(), &notices)), Ok((article, notices)));
        }

        #[test]
        fn any_cut_of_an_encoded_outcome_fails_cleanly(outcome in load_outcome(), cut in 0usize..10_000) {
            let bytes = encode_load(&outcome);
            prop_assert!(decode_load(&bytes[..cut % bytes.len()]).is_err());
        }

        #[test]
        fn any_bytes_decode_as_articles_or_fail_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = decode_load(&bytes);
            let _ = decode_import(&bytes);
            let _ = decode_shared(&bytes);
            let _ = decode_articles(&bytes);
            let _ = decode_export(&bytes);
        }

        #[test]
        fn any_bytes_decode_or_fail_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = decode_claims(&bytes);
        }

        #[test]
        fn any_cut_of_valid_bytes_fails_cleanly(cut in 0usize..10_000) {
            let bytes = encode_claims(&seed_claims()[..3]);
            let cut = cut % bytes.len();
            prop_assert!(decode_claims(&bytes[..cut]).is_err());
        }
    }
}
