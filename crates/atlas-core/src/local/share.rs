//! One local article carried in a link: compressed into the URL fragment, never sent to a server.
//!
//! The article (metadata, text and rejected claims, as in [`super::store`]) is written as JSON,
//! compressed with raw DEFLATE and encoded as unpadded base64url behind a format tag, under the link
//! parameter [`crate::url::SHARED_ARTICLE_KEY`]: `#tab=table&art=1.jZBBbsIw…`. The whole value is at
//! most [`MAX_SHARE_LEN`] characters. Reading a link checks every step (length, format, base64,
//! decompression capped at [`MAX_INFLATED_BYTES`], JSON, the article itself) and says which failed.
//!
//! DEFLATE itself comes through the [`Deflate`] trait: natively (tools, tests) [`Miniz`]. Writing
//! and reading the value (serde_json) need feature `json`: the web app leaves it out and asks the
//! extractor module it loads on demand for both ([`share_value`] and [`read_shared`] run there),
//! so the first visit does not download a compressor or JSON code it may never use.
//!
//! ```
//! use atlas_core::local::{share, validate, ArticleDraft};
//! use atlas_core::local::share::Miniz;
//! let draft = ArticleDraft { text: "Chile recalled its ambassador.", ..Default::default() };
//! let article = validate(&draft, 1_722_340_800_000, &[]).unwrap();
//! let value = share::share_value(&article, &Miniz).unwrap();
//! let link = share::link_with_article("tab=table", &value);
//! assert_eq!(share::read_shared(&link, &Miniz), (Some(article), vec![]));
//! ```

use super::format_size;
#[cfg(feature = "json")]
use super::store::read_article;
#[cfg(feature = "json")]
use super::LocalArticle;
use crate::url::SHARED_ARTICLE_KEY;
#[cfg(feature = "json")]
use crate::url::{Notice, NoticeKind};
use std::fmt;

/// The longest `art=` value written or read: 32 KiB keeps links within what mail and chat apps pass on.
pub const MAX_SHARE_LEN: usize = 32 * 1024;
/// Decompression stops here, so a small hostile link cannot unpack into a huge one.
pub const MAX_INFLATED_BYTES: usize = 1 << 20;
/// Names the encoding, so a later release can change it and still say what an old link is.
#[cfg(feature = "json")]
const FORMAT: &str = "1.";

/// Raw DEFLATE (RFC 1951, no zlib wrapper) both ways.
pub trait Deflate {
    /// `bytes` compressed at the best ratio; `Err` names why the compressor could not run.
    fn compress(&self, bytes: &[u8]) -> Result<Vec<u8>, String>;
    /// `packed` decompressed, refusing to produce more than `limit` bytes.
    fn decompress(&self, packed: &[u8], limit: usize) -> Result<Vec<u8>, InflateError>;
}

/// Why compressed data could not be unpacked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// It unpacks to more than the limit.
    TooLarge,
    /// It is incomplete or not DEFLATE.
    Corrupt,
    /// The decompressor itself is not available (e.g. its module failed); says why.
    Unavailable(String),
}

/// [`Deflate`] by `miniz_oxide`, in this process.
#[derive(Clone, Copy, Debug, Default)]
pub struct Miniz;

impl Deflate for Miniz {
    fn compress(&self, bytes: &[u8]) -> Result<Vec<u8>, String> {
        Ok(miniz_oxide::deflate::compress_to_vec(bytes, 9))
    }

    fn decompress(&self, packed: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
        miniz_oxide::inflate::decompress_to_vec_with_limit(packed, limit).map_err(|e| {
            if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                InflateError::TooLarge
            } else {
                InflateError::Corrupt
            }
        })
    }
}

/// Why an article could not be put in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    TooLong(ShareTooLong),
    /// The compressor (or the module that runs it) failed; says why.
    Compressor(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::TooLong(e) => e.fmt(f),
            ShareError::Compressor(why) => write!(f, "The link could not be made: {why}"),
        }
    }
}

/// An article too long for a link, and by how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShareTooLong {
    /// Characters the `art=` value would take.
    pub len: usize,
    /// Roughly how many characters of text would have to go for it to fit.
    pub text_chars_over: usize,
}

impl fmt::Display for ShareTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "This article is too long to share in a link: it would need {} and links hold {}, about {} \
             characters of text too many. Export it as a file instead.",
            format_size(self.len as u64),
            format_size(MAX_SHARE_LEN as u64),
            self.text_chars_over,
        )
    }
}

/// The `art=` value that carries `article` (its JSON as stored, compressed by `deflate`), or how
/// far it is from fitting.
#[cfg(feature = "json")]
pub fn share_value<D: Deflate + ?Sized>(article: &LocalArticle, deflate: &D) -> Result<String, ShareError> {
    // Text, integers and flags only: serde_json cannot fail on them.
    let json = serde_json::to_string(article).expect("an article is text, integers and flags");
    let packed = deflate.compress(json.as_bytes()).map_err(ShareError::Compressor)?;
    let len = FORMAT.len() + base64_len(packed.len());
    if len > MAX_SHARE_LEN || json.len() > MAX_INFLATED_BYTES {
        let text_chars_over = text_chars_over(len, article.text.chars().count(), json.len());
        return Err(ShareError::TooLong(ShareTooLong { len, text_chars_over }));
    }
    let mut value = String::with_capacity(len);
    value.push_str(FORMAT);
    base64url_encode(&packed, &mut value);
    Ok(value)
}

/// Roughly how many characters of a `chars`-character text must go for its link value (`len`
/// characters) to fit in [`MAX_SHARE_LEN`] and its JSON (`json_len` bytes) to unpack within
/// [`MAX_INFLATED_BYTES`]: in hundreds, at least 100.
///
/// The link's excess is scaled to the text in proportion, plus a tenth: a shorter text compresses a
/// little less well, and "cut this much" must be enough. The JSON bound is in bytes (escapes
/// aside). Computed in `u64`: on 32-bit wasm a long article's excess times its length overflows
/// `usize` (110,000 characters said "about 3100" instead of about 64,600).
#[cfg(feature = "json")]
pub fn text_chars_over(len: usize, chars: usize, json_len: usize) -> usize {
    let (len, chars) = (len as u64, chars as u64);
    let excess = len.saturating_sub(MAX_SHARE_LEN as u64);
    // Exact for any sizes a 32-bit `usize` can hold; past that (no real article), the upper bound:
    // the excess is less than the whole value, so never more than the text plus a tenth.
    // (excess × chars × 11) / (len × 10), rounded up, with the ×11 applied to quotient and
    // remainder apart so that nothing wider than `excess × chars` is formed.
    let by_link = match excess.checked_mul(chars) {
        Some(n) => {
            let d = len.saturating_mul(10);
            (n / d).saturating_mul(11).saturating_add((n % d).saturating_mul(11).div_ceil(d))
        }
        None => chars.saturating_add(chars.div_ceil(10)),
    };
    let by_json = json_len.saturating_sub(MAX_INFLATED_BYTES) as u64;
    let over = by_link.max(by_json).max(1).div_ceil(100).saturating_mul(100);
    usize::try_from(over).unwrap_or(usize::MAX)
}

/// A view link (from [`crate::url::encode`], without `#`) with an article value appended last, so
/// the readable part stays in front.
pub fn link_with_article(view_link: &str, value: &str) -> String {
    if view_link.is_empty() {
        format!("{SHARED_ARTICLE_KEY}={value}")
    } else {
        format!("{view_link}&{SHARED_ARTICLE_KEY}={value}")
    }
}

/// The article a link carries, if any, with notices for what could not be read. Never panics.
#[cfg(feature = "json")]
pub fn read_shared<D: Deflate + ?Sized>(link: &str, deflate: &D) -> (Option<LocalArticle>, Vec<Notice>) {
    let Some(last) = shared_value(link) else {
        return (None, Vec::new());
    };
    let mut notices = Vec::new();
    if shared_values(link).len() > 1 {
        notices.push(notice(
            NoticeKind::Repeated,
            "The link carries several articles; the last one is shown.".into(),
        ));
    }
    match read_value(last, deflate) {
        Ok(article) => (Some(article), notices),
        Err(n) => {
            notices.push(n);
            (None, notices)
        }
    }
}

/// The `art=` value a link carries (the last, if several), without reading it: tells the app
/// whether it needs the decompressor at all.
pub fn shared_value(link: &str) -> Option<&str> {
    shared_values(link).last().copied()
}

fn shared_values(link: &str) -> Vec<&str> {
    link.trim_start_matches(['?', '#'])
        .split('&')
        .filter_map(|p| p.split_once('=').filter(|(k, _)| *k == SHARED_ARTICLE_KEY).map(|(_, v)| v))
        .collect()
}

/// A notice about the link's article: `message` is a whole sentence, shown as it is (see
/// [`Notice`]'s `Display`).
#[cfg(feature = "json")]
fn notice(kind: NoticeKind, message: String) -> Notice {
    Notice { param: SHARED_ARTICLE_KEY.into(), kind, message }
}

#[cfg(feature = "json")]
fn read_value<D: Deflate + ?Sized>(value: &str, deflate: &D) -> Result<LocalArticle, Notice> {
    let damaged = |why: &str| {
        notice(
            NoticeKind::BadValue,
            format!(
                "The shared article could not be read: {why}. The link may have been cut when it was copied."
            ),
        )
    };
    if value.len() > MAX_SHARE_LEN {
        return Err(notice(
            NoticeKind::TooLong,
            format!(
                "The shared article is {}, more than links may carry ({}); it was not opened.",
                format_size(value.len() as u64),
                format_size(MAX_SHARE_LEN as u64)
            ),
        ));
    }
    let Some(payload) = value.strip_prefix(FORMAT) else {
        let tag = value
            .split_once('.')
            .map(|(t, _)| t)
            .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()));
        return Err(match tag {
            Some(t) => notice(
                NoticeKind::BadValue,
                format!("The shared article was made by a newer release of Stance Atlas (format {}); open the link there.", clip_tag(t)),
            ),
            None => damaged("it is not in the form of a shared article"),
        });
    };
    let packed = base64url_decode(payload)
        .map_err(|at| damaged(&format!("character {} is not base64url", at + 1 + FORMAT.len())))?;
    let json = deflate.decompress(&packed, MAX_INFLATED_BYTES).map_err(|e| match e {
        InflateError::TooLarge => notice(
            NoticeKind::TooLong,
            format!(
                "The shared article unpacks to more than {}; it was not opened.",
                format_size(MAX_INFLATED_BYTES as u64)
            ),
        ),
        InflateError::Corrupt => damaged("its compressed data is incomplete or corrupt"),
        InflateError::Unavailable(why) => {
            notice(NoticeKind::BadValue, format!("The shared article could not be opened: {why}."))
        }
    })?;
    let entry: serde_json::Value =
        serde_json::from_slice(&json).map_err(|_| damaged("it does not hold an article record"))?;
    read_article(&entry).map_err(|why| damaged(&why))
}

#[cfg(feature = "json")]
fn clip_tag(t: &str) -> &str {
    &t[..t.len().min(6)]
}

#[cfg(feature = "json")]
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64 length of `bytes` bytes, without overflowing `usize` on 32-bit targets.
#[cfg(feature = "json")]
fn base64_len(bytes: usize) -> usize {
    bytes / 3 * 4 + [0, 2, 3][bytes % 3]
}

/// Unpadded base64url (RFC 4648 §5): written by hand as it is 30 lines against a crate's ~6 KiB of wasm.
#[cfg(feature = "json")]
fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
}

/// Inverse of [`base64url_encode`]; trailing `=` padding is tolerated. On error, the byte position of
/// the first character that is not base64url (or of a final character that cannot end one).
#[cfg(feature = "json")]
fn base64url_decode(s: &str) -> Result<Vec<u8>, usize> {
    let s = s.trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut n = 0u32;
    for (i, b) in s.bytes().enumerate() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(i),
        };
        n = n << 6 | u32::from(v);
        if i % 4 == 3 {
            out.extend_from_slice(&n.to_be_bytes()[1..]);
            n = 0;
        }
    }
    match s.len() % 4 {
        0 => {}
        1 => return Err(s.len() - 1),
        2 => out.push((n >> 4) as u8),
        _ => out.extend_from_slice(&((n >> 2) as u16).to_be_bytes()),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::article;
    use super::super::{content_id, ClaimKey};
    use super::*;
    use crate::date::Date;
    use crate::model::Stance;
    use proptest::prelude::*;

    fn corpus_like_text(words: usize) -> String {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let vocab = [
            "Venezuela",
            "Maduro",
            "government",
            "ambassador",
            "the",
            "of",
            "recognized",
            "election",
            "rejected",
            "Argentina",
            "Brazil",
            "asylum",
            "opposition",
            "Caracas",
            "said",
            "on",
            "Tuesday",
            "minister",
            "foreign",
            "relations",
            "broke",
            "ties",
            "and",
            "a",
            "statement",
            "fraud",
            "results",
        ];
        let mut text = String::new();
        for i in 0..words {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(vocab[(seed % vocab.len() as u64) as usize]);
            text.push_str(if i % 14 == 13 { ". " } else { " " });
            // Numbers and names that do not repeat, as in real reporting.
            if i % 9 == 0 {
                text.push_str(&format!("{} ", seed % 100_000));
            }
        }
        text
    }

    #[test]
    fn a_shared_article_opens_as_it_was_sent_with_its_rejections() {
        let mut a = article("Perú retiró a su embajador. Argentina rechazó el resultado: «fraude».");
        a.rejected = vec![ClaimKey { actor: "ARG".into(), stance: Stance::Reject, evidence: 42 }];
        a.date_approximate = true;
        let value = share_value(&a, &Miniz).unwrap();
        assert!(
            value.starts_with("1.")
                && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        );
        let link = link_with_article("s=reject&sel=ARG", &value);
        assert_eq!(link, format!("s=reject&sel=ARG&art={value}"));
        assert_eq!(read_shared(&format!("#{link}"), &Miniz), (Some(a.clone()), vec![]));
        assert_eq!(read_shared(&link_with_article("", &value), &Miniz), (Some(a), vec![]));
    }

    #[test]
    fn a_link_without_an_article_has_nothing_to_say() {
        for link in ["", "#", "?tab=table", "#art", "#arts=1.AAAA&tab=map"] {
            assert_eq!(read_shared(link, &Miniz), (None, vec![]), "{link}");
        }
    }

    #[test]
    fn typical_articles_fit_and_a_long_one_is_told_by_how_much() {
        let typical = article(&corpus_like_text(1_500));
        let value = share_value(&typical, &Miniz).unwrap();
        assert!(
            value.len() < typical.text.len() / 2,
            "{} for {} bytes of text",
            value.len(),
            typical.text.len()
        );

        for words in [16_000, 20_000, 40_000, 100_000] {
            let long = article(&corpus_like_text(words));
            let Err(ShareError::TooLong(e)) = share_value(&long, &Miniz) else {
                panic!("{words} words fit in a link")
            };
            assert!(e.len > MAX_SHARE_LEN);
            let chars = long.text.chars().count();
            assert!(e.text_chars_over < chars, "{words} words: {e:?}");
            let keep: String = long.text.chars().take(chars - e.text_chars_over).collect();
            let trimmed = share_value(&article(&keep), &Miniz);
            assert!(
                trimmed.is_ok(),
                "{words} words: cutting the estimated excess makes it fit: {:?}",
                trimmed.err()
            );
            let m = e.to_string();
            assert!(m.contains(&format!("{} characters of text too many", e.text_chars_over)), "{m}");
            assert!(m.contains("links hold 32.8 kB"), "{m}");
        }
    }

    #[test]
    fn the_excess_of_a_long_article_is_counted_without_overflow() {
        // A 110,000-character article whose link would take 70,000 characters: 37,232 over, times
        // 110,000 characters times 11 overflows 32 bits (the wasm `usize`), which said "3100".
        assert_eq!(text_chars_over(70_000, 110_000, 200_000), 64_400);
        // The largest sizes a 32-bit `usize` holds are exact, and beyond them the estimate is an
        // upper bound, never a wrapped small number.
        let max32 = u32::MAX as usize;
        assert_eq!(text_chars_over(max32, max32, 0), 4_724_428_000);
        assert!(text_chars_over(usize::MAX, usize::MAX / 2, 0) >= usize::MAX / 2);
        // Over only by the JSON cap; and just over: at least 100.
        assert_eq!(text_chars_over(100, 10, MAX_INFLATED_BYTES + 250), 300);
        assert_eq!(text_chars_over(MAX_SHARE_LEN + 1, 1000, 0), 100);
        for bytes in 0..10 {
            let mut encoded = String::new();
            base64url_encode(&vec![0u8; bytes], &mut encoded);
            assert_eq!(base64_len(bytes), encoded.len(), "{bytes} bytes");
        }
    }

    #[test]
    fn repetitive_text_that_would_unpack_past_the_cap_is_refused_when_sharing() {
        // Compresses to almost nothing, but a reader of the link would have to unpack over 1 MiB.
        let mut a = article("x");
        a.text = "\u{1}".repeat(200_000); // each becomes a six-byte JSON escape
        a.id = content_id(&a.text);
        let Err(ShareError::TooLong(e)) = share_value(&a, &Miniz) else { panic!("it fits") };
        assert!(e.len < MAX_SHARE_LEN && e.text_chars_over > 0, "{e:?}");
    }

    #[test]
    fn damaged_links_are_refused_with_the_step_that_failed() {
        let value = share_value(&article("Peru recalled its ambassador."), &Miniz).unwrap();
        let bomb = {
            let zeros = vec![b' '; 3 << 20];
            let mut v = String::from("1.");
            base64url_encode(&miniz_oxide::deflate::compress_to_vec(&zeros, 9), &mut v);
            v
        };
        let forged = |json: &str| {
            let mut v = String::from("1.");
            base64url_encode(&miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9), &mut v);
            v
        };
        let cases: Vec<(String, NoticeKind, &str)> = vec![
            // Cut after whole base64 groups, so the decoding passes and the inflating fails.
            (
                value[..2 + (((value.len() - 2) / 2) & !3)].to_string(),
                NoticeKind::BadValue,
                "incomplete or corrupt",
            ),
            (
                format!("{}!{}", &value[..8], &value[9..]),
                NoticeKind::BadValue,
                "character 9 is not base64url",
            ),
            (format!("{value}!"), NoticeKind::BadValue, "not base64url"),
            ("hello".into(), NoticeKind::BadValue, "not in the form of a shared article"),
            ("".into(), NoticeKind::BadValue, "not in the form"),
            ("2.AAAA".into(), NoticeKind::BadValue, "newer release of Stance Atlas (format 2)"),
            ("1.".into(), NoticeKind::BadValue, "incomplete or corrupt"),
            (format!("1.{}", "A".repeat(MAX_SHARE_LEN)), NoticeKind::TooLong, "more than links may carry"),
            (bomb, NoticeKind::TooLong, "unpacks to more than 1.05 MB"),
            (forged("[1,2]"), NoticeKind::BadValue, "it is not an article record"),
            (forged("{\"text\":"), NoticeKind::BadValue, "does not hold an article record"),
            (forged("{\"id\":\"local:0\",\"text\":\"Hi\"}"), NoticeKind::BadValue, "does not match its text"),
        ];
        for (value, kind, why) in cases {
            let (article, notices) = read_shared(&format!("tab=table&art={value}"), &Miniz);
            assert_eq!(article, None, "{why}");
            assert_eq!(notices.len(), 1, "{why}: {notices:?}");
            assert_eq!((notices[0].param.as_str(), notices[0].kind), ("art", kind), "{why}");
            assert!(notices[0].message.contains(why), "{:?} should contain {why:?}", notices[0].message);
        }
    }

    #[test]
    fn of_several_articles_in_a_link_the_last_is_opened_with_a_notice() {
        let (a, b) = (article("One."), article("Two."));
        let link =
            format!("art={}&art={}", share_value(&a, &Miniz).unwrap(), share_value(&b, &Miniz).unwrap());
        let (opened, notices) = read_shared(&link, &Miniz);
        assert_eq!(opened, Some(b));
        assert_eq!(notices.iter().map(|n| n.kind).collect::<Vec<_>>(), [NoticeKind::Repeated]);
    }

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        let vectors: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"\xfb\xff", "-_8"),
        ];
        for (bytes, text) in vectors {
            let mut s = String::new();
            base64url_encode(bytes, &mut s);
            assert_eq!(s, text);
            assert_eq!(base64_len(bytes.len()), text.len());
            assert_eq!(base64url_decode(text).as_deref(), Ok(bytes));
        }
        assert_eq!(base64url_decode("Zm8=").as_deref(), Ok(&b"fo"[..]));
        assert_eq!(base64url_decode("Zm9vY"), Err(4));
        assert_eq!(base64url_decode("Zm+v"), Err(2));
    }

    fn any_article() -> impl Strategy<Value = LocalArticle> {
        (
            "\\PC{0,60}",
            "\\PC{0,30}",
            proptest::option::of((1990u16..2100, 0u8..=12, 0u8..=28)),
            (
                any::<bool>(),
                proptest::option::of("https?://[a-z]{1,12}\\.[a-z]{2,3}(/[a-zA-Z0-9._~%?=&#-]{0,30})?"),
            ),
            "[^\\x00]{1,400}",
            0u64..4_000_000_000_000,
            proptest::collection::vec(("[A-Z]{2,4}", 0usize..4, any::<u64>()), 0..4),
        )
            .prop_filter_map(
                "text must be acceptable",
                |(title, outlet, date, (approx, url), text, added_at, keys)| {
                    let text = super::super::normalize_text(&text);
                    super::super::check_text(&text).ok()?;
                    let mut rejected: Vec<ClaimKey> = keys
                        .into_iter()
                        .map(|(actor, s, evidence)| ClaimKey { actor, stance: Stance::ALL[s], evidence })
                        .collect();
                    rejected.sort();
                    rejected.dedup();
                    Some(LocalArticle {
                        id: content_id(&text),
                        title: title.trim().to_string(),
                        outlet: outlet.trim().to_string(),
                        // A year has no day either.
                        date: date.map(|(y, m, d)| Date::new(y, m, if m == 0 { 0 } else { d })),
                        date_approximate: approx,
                        url,
                        text,
                        added_at,
                        rejected,
                    })
                },
            )
    }

    proptest! {
        #[test]
        fn any_article_round_trips_through_a_link(a in any_article()) {
            let value = share_value(&a, &Miniz).unwrap();
            prop_assert!(value.len() <= MAX_SHARE_LEN);
            prop_assert_eq!(read_shared(&link_with_article("tab=table", &value), &Miniz), (Some(a), vec![]));
        }

        #[test]
        fn documents_and_links_are_byte_for_byte_what_serde_wrote(articles in proptest::collection::vec(any_article(), 0..3)) {
            prop_assert_eq!(super::super::store::serialize(&articles), super::super::store::tests::serde_document(&articles));
            for a in &articles {
                let json = serde_json::to_vec(&super::super::store::tests::SerdeArticle::of(a)).unwrap();
                let mut before = String::from("1.");
                base64url_encode(&Miniz.compress(&json).unwrap(), &mut before);
                prop_assert_eq!(share_value(a, &Miniz).unwrap(), before);
            }
        }

        #[test]
        fn any_article_round_trips_through_storage(articles in proptest::collection::vec(any_article(), 0..4)) {
            let mut seen = std::collections::BTreeSet::new();
            let articles: Vec<LocalArticle> = articles.into_iter().filter(|a| seen.insert(a.id.clone())).collect();
            let outcome = super::super::store::load(&super::super::store::serialize(&articles));
            prop_assert_eq!(outcome.articles, articles);
            prop_assert!(outcome.notices.is_empty() && outcome.set_aside.is_none());
        }

        #[test]
        fn arbitrary_bytes_as_base64_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut value = String::from("1.");
            base64url_encode(&bytes, &mut value);
            let (article, notices) = read_shared(&format!("art={value}"), &Miniz);
            prop_assert!(article.is_none() && notices.len() == 1);
        }

        #[test]
        fn arbitrary_link_text_never_panics(s in ".{0,300}") {
            let (article, notices) = read_shared(&format!("art={s}"), &Miniz);
            prop_assert!(article.is_none() && notices.len() == 1);
            let _ = read_shared(&s, &Miniz);
        }

        #[test]
        fn arbitrary_stored_text_never_panics_and_is_set_aside_when_not_loaded(s in ".{0,300}") {
            let outcome = super::super::store::load(&s);
            prop_assert!(outcome.notices.is_empty() || outcome.set_aside.as_deref() == Some(s.as_str()));
        }

        #[test]
        fn a_cut_or_flipped_link_never_opens_a_different_article(a in any_article(), cut in 0usize..1000, flip in 0usize..1000) {
            let value = share_value(&a, &Miniz).unwrap();
            let cut_at = 2 + cut % (value.len() - 2);
            if let (Some(b), _) = read_shared(&format!("art={}", &value[..cut_at]), &Miniz) {
                prop_assert_eq!(b, a.clone());
            }
            let mut bytes = value.into_bytes();
            let i = 2 + flip % (bytes.len() - 2);
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            if let (Some(b), _) = read_shared(&format!("art={}", String::from_utf8(bytes).unwrap()), &Miniz) {
                prop_assert_eq!(&b.text, &a.text, "a flipped character never yields another text");
            }
        }
    }
}
