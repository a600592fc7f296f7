//! The parts of Stance Atlas only a reader's own articles need, as a bare wasm module: the stance
//! extractor (`atlas_core::extract`, with its aho-corasick automata and cue tables) and raw
//! DEFLATE for share links. The app fetches it only when a reader adds, stores, opens or shares an
//! article, which keeps a first visit small (issue 5).
//!
//! The interface is a tiny C ABI with no imports and no wasm-bindgen, so the module stands alone
//! and is instantiated from bytes (a file next to `index.html`, or a data block in the single-file
//! build). The host copies its input into memory from [`atlas_alloc`], calls an operation, reads
//! the result from [`atlas_output_ptr`]/[`atlas_output_len`] and frees the input with
//! [`atlas_free`]. Every operation returns a status ([`OK`] or an error code) and never panics on
//! any input; an error leaves a UTF-8 message as the output.
//!
//! | export | input | output on [`OK`] |
//! | --- | --- | --- |
//! | `atlas_abi_version()` | – | returns [`ABI_VERSION`] |
//! | `atlas_extract(ptr, len, date)` | UTF-8 text; date as `yyyymmdd`, 0 for none | claims, [`atlas_core::wire`] |
//! | `atlas_deflate(ptr, len)` | bytes | raw DEFLATE |
//! | `atlas_inflate(ptr, len, limit)` | raw DEFLATE | the bytes, or [`TOO_LARGE`] / [`CORRUPT`] |
//! | `atlas_read_store(ptr, len)` | the stored document | `store::load`'s outcome, [`wire::encode_load`] |
//! | `atlas_import(ptr, len)` | an export file | every readable article, [`wire::encode_import`]; or [`REFUSED`] |
//! | `atlas_read_shared(ptr, len)` | a link | its article and notices, [`wire::encode_shared`] |
//! | `atlas_read_date(ptr, len, today)` | UTF-8 text; today as `yyyymmdd` | the date the text gives, [`wire::encode_text_date`] |
//! | `atlas_write_document(ptr, len)` | articles, [`wire::encode_articles`] | the stored document (and export file), JSON |
//! | `atlas_share_value(ptr, len)` | one article, [`wire::encode_articles`] | the `art=` value of a link carrying it (JSON, DEFLATE, base64url); or [`TOO_LARGE`] with [`wire::encode_too_long`] |
//! | `atlas_write_claims(ptr, len)` | the claims download, [`wire::encode_export`] | its JSON, indented |
//!
//! The reader's articles are JSON in storage, in export files and in links, and the claims
//! download is JSON: reading and writing it here (serde and serde_json, through `atlas_core`'s
//! feature `json`) keeps all JSON code out of the app's first visit. The app needs this module
//! whenever it has such articles anyway; the claims download loads it when asked.

use atlas_core::date::Date;
use atlas_core::extract::Extractor;
use atlas_core::local::share::{self, Deflate, InflateError, Miniz, ShareError};
use atlas_core::local::store;
use atlas_core::serial::{SerdeJson, WriteJson};
use atlas_core::wire;
use std::alloc::{alloc, dealloc, Layout};
use std::cell::RefCell;

/// Bumped whenever an export changes meaning or is added, so the app can refuse a module from
/// another build (2: the reading of the reader's articles' JSON; 3: the date read from a text;
/// 4: the writing of their JSON and of the claims download, and share values made whole here).
pub const ABI_VERSION: u32 = 4;
/// The operation succeeded; the output holds its result.
pub const OK: u32 = 0;
/// The input is not acceptable; the output holds a message saying why.
pub const BAD_INPUT: u32 = 1;
/// Inflating would produce more than the limit.
pub const TOO_LARGE: u32 = 2;
/// The compressed data is incomplete or not DEFLATE.
pub const CORRUPT: u32 = 3;
/// The file is not an export of articles; the output is the message for the reader.
pub const REFUSED: u32 = 4;

thread_local! {
    /// The result of the last operation, read by the host before its next call.
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

fn set_output(bytes: Vec<u8>) {
    OUTPUT.with(|o| *o.borrow_mut() = bytes);
}

fn fail(status: u32, message: &str) -> u32 {
    set_output(message.as_bytes().to_vec());
    status
}

/// The interface version of this module ([`ABI_VERSION`]).
#[no_mangle]
pub extern "C" fn atlas_abi_version() -> u32 {
    ABI_VERSION
}

/// Reserves `len` bytes for the host to write an input into; 0 when memory is exhausted.
#[no_mangle]
pub extern "C" fn atlas_alloc(len: usize) -> *mut u8 {
    match Layout::array::<u8>(len.max(1)) {
        // SAFETY: the layout has a non-zero size.
        Ok(layout) => unsafe { alloc(layout) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// Frees what [`atlas_alloc`] reserved.
///
/// # Safety
/// `ptr` and `len` must come from one call of [`atlas_alloc`], freed once.
#[no_mangle]
pub unsafe extern "C" fn atlas_free(ptr: *mut u8, len: usize) {
    if let (false, Ok(layout)) = (ptr.is_null(), Layout::array::<u8>(len.max(1))) {
        dealloc(ptr, layout);
    }
}

/// Where the output of the last operation starts.
#[no_mangle]
pub extern "C" fn atlas_output_ptr() -> *const u8 {
    OUTPUT.with(|o| o.borrow().as_ptr())
}

/// How many bytes the output of the last operation has.
#[no_mangle]
pub extern "C" fn atlas_output_len() -> usize {
    OUTPUT.with(|o| o.borrow().len())
}

/// Extracts the claims of the UTF-8 text at `ptr..ptr + len`, written on `date` (`yyyymmdd`, 0
/// when unknown); the output is the claims encoded by [`atlas_core::wire::encode_claims`].
///
/// # Safety
/// `ptr..ptr + len` must be memory from [`atlas_alloc`] that the host has filled.
#[no_mangle]
pub unsafe extern "C" fn atlas_extract(ptr: *const u8, len: usize, date: u32) -> u32 {
    let Some(bytes) = input(ptr, len) else { return fail(BAD_INPUT, "no text was given") };
    match extract(bytes, date) {
        Ok(encoded) => {
            set_output(encoded);
            OK
        }
        Err(message) => fail(BAD_INPUT, &message),
    }
}

/// Reads the date the UTF-8 text at `ptr..ptr + len` gives itself, none after `today`
/// (`yyyymmdd`); the output is [`wire::encode_text_date`] of [`atlas_core::dateline::read`].
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_read_date(ptr: *const u8, len: usize, today: u32) -> u32 {
    let Some(bytes) = input(ptr, len) else { return fail(BAD_INPUT, "no text was given") };
    match read_date(bytes, today) {
        Ok(encoded) => {
            set_output(encoded);
            OK
        }
        Err(message) => fail(BAD_INPUT, &message),
    }
}

/// The date `bytes` (UTF-8 text) gives, none after `today` (`yyyymmdd`), encoded.
pub fn read_date(bytes: &[u8], today: u32) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("the text is not UTF-8 (at byte {})", e.valid_up_to()))?;
    let today = decode_date(today)?.ok_or("no date was given for today")?;
    Ok(wire::encode_text_date(atlas_core::dateline::read(text, today).as_ref()))
}

/// Compresses the bytes at `ptr..ptr + len` with raw DEFLATE.
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_deflate(ptr: *const u8, len: usize) -> u32 {
    let Some(bytes) = input(ptr, len) else { return fail(BAD_INPUT, "nothing to compress was given") };
    match Miniz.compress(bytes) {
        Ok(packed) => {
            set_output(packed);
            OK
        }
        Err(message) => fail(BAD_INPUT, &message),
    }
}

/// Decompresses the raw DEFLATE at `ptr..ptr + len`, producing at most `limit` bytes.
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_inflate(ptr: *const u8, len: usize, limit: usize) -> u32 {
    let Some(bytes) = input(ptr, len) else { return fail(CORRUPT, "nothing to decompress was given") };
    match Miniz.decompress(bytes, limit) {
        Ok(unpacked) => {
            set_output(unpacked);
            OK
        }
        Err(InflateError::TooLarge) => fail(TOO_LARGE, "the data unpacks past the limit"),
        Err(_) => fail(CORRUPT, "the compressed data is incomplete or corrupt"),
    }
}

/// Reads the stored document (UTF-8) at `ptr..ptr + len`: the output is what
/// `atlas_core::local::store::load` found, encoded by [`wire::encode_load`].
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_read_store(ptr: *const u8, len: usize) -> u32 {
    match text_input(ptr, len) {
        Ok(raw) => {
            set_output(wire::encode_load(&store::load(raw)));
            OK
        }
        Err(message) => fail(BAD_INPUT, &message),
    }
}

/// Reads the export file (UTF-8) at `ptr..ptr + len`: every readable article as added (the host
/// sets apart those the reader has, `ImportReport::against`), encoded by [`wire::encode_import`];
/// [`REFUSED`] with the reader's message when it is not an export.
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_import(ptr: *const u8, len: usize) -> u32 {
    match text_input(ptr, len).map(|raw| store::import(raw, &[])) {
        Ok(Ok(report)) => {
            set_output(wire::encode_import(&report));
            OK
        }
        Ok(Err(message)) => fail(REFUSED, &message),
        Err(message) => fail(BAD_INPUT, &message),
    }
}

/// Reads the article the link (UTF-8) at `ptr..ptr + len` carries, as
/// `atlas_core::local::share::read_shared` does; encoded by [`wire::encode_shared`].
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_read_shared(ptr: *const u8, len: usize) -> u32 {
    match text_input(ptr, len) {
        Ok(link) => {
            let (article, notices) = share::read_shared(link, &Miniz);
            set_output(wire::encode_shared(article.as_ref(), &notices));
            OK
        }
        Err(message) => fail(BAD_INPUT, &message),
    }
}

/// Writes the articles (bytes of [`wire::encode_articles`]) at `ptr..ptr + len` as the stored
/// document, which is also the export file ([`store::serialize`]).
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_write_document(ptr: *const u8, len: usize) -> u32 {
    reply(input(ptr, len).ok_or("no articles were given").map_err(String::from).and_then(write_document))
}

/// Makes the `art=` value of a link carrying the one article (bytes of [`wire::encode_articles`])
/// at `ptr..ptr + len` ([`share::share_value`]); [`TOO_LARGE`] with [`wire::encode_too_long`] when
/// it does not fit.
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_share_value(ptr: *const u8, len: usize) -> u32 {
    let Some(bytes) = input(ptr, len) else { return fail(BAD_INPUT, "no article was given") };
    match share_value(bytes) {
        Ok(value) => {
            set_output(value.into_bytes());
            OK
        }
        Err(ShareError::TooLong(e)) => {
            set_output(wire::encode_too_long(&e));
            TOO_LARGE
        }
        Err(ShareError::Compressor(message)) => fail(BAD_INPUT, &message),
    }
}

/// Writes the claims download (bytes of [`wire::encode_export`]) at `ptr..ptr + len` as indented
/// JSON ([`atlas_core::export::json_of`]).
///
/// # Safety
/// As [`atlas_extract`].
#[no_mangle]
pub unsafe extern "C" fn atlas_write_claims(ptr: *const u8, len: usize) -> u32 {
    reply(input(ptr, len).ok_or("no claims were given").map_err(String::from).and_then(write_claims))
}

/// The stored document of the encoded articles `bytes`.
pub fn write_document(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let articles = wire::decode_articles(bytes).map_err(|e| e.to_string())?;
    SerdeJson.document(&articles).map(String::into_bytes)
}

/// The link value of the one encoded article `bytes`.
pub fn share_value(bytes: &[u8]) -> Result<String, ShareError> {
    match wire::decode_articles(bytes).map_err(|e| ShareError::Compressor(e.to_string()))?.as_slice() {
        [article] => share::share_value(article, &Miniz),
        many => Err(ShareError::Compressor(format!("one article was expected, not {}", many.len()))),
    }
}

/// The JSON of the encoded claims download `bytes`.
pub fn write_claims(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let export = wire::decode_export(bytes).map_err(|e| e.to_string())?;
    SerdeJson.claims(&export).map(String::into_bytes)
}

/// Sets the output to a result's bytes ([`OK`]) or its message ([`BAD_INPUT`]).
fn reply(result: Result<Vec<u8>, String>) -> u32 {
    match result {
        Ok(bytes) => {
            set_output(bytes);
            OK
        }
        Err(message) => fail(BAD_INPUT, &message),
    }
}

/// The host's input as UTF-8 text.
///
/// # Safety
/// As [`atlas_extract`].
unsafe fn text_input<'a>(ptr: *const u8, len: usize) -> Result<&'a str, String> {
    let bytes = input(ptr, len).ok_or("no text was given")?;
    std::str::from_utf8(bytes).map_err(|e| format!("the text is not UTF-8 (at byte {})", e.valid_up_to()))
}

/// The host's input as a slice; `None` for a null pointer.
///
/// # Safety
/// As [`atlas_extract`].
unsafe fn input<'a>(ptr: *const u8, len: usize) -> Option<&'a [u8]> {
    if ptr.is_null() {
        return (len == 0).then_some(&[][..]);
    }
    Some(std::slice::from_raw_parts(ptr, len))
}

/// The claims of `bytes` (UTF-8 text) written on `date` (`yyyymmdd`, 0 for none), encoded.
pub fn extract(bytes: &[u8], date: u32) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("the text is not UTF-8 (at byte {})", e.valid_up_to()))?;
    let date = decode_date(date)?;
    Ok(wire::encode_claims(&Extractor::global().extract(text, date)))
}

/// `yyyymmdd` as a date; 0 is "no date", and zeros for the day (and month) a month (or year).
pub fn decode_date(n: u32) -> Result<Option<Date>, String> {
    if n == 0 {
        return Ok(None);
    }
    let (year, month, day) = (n / 10_000, n / 100 % 100, n % 100);
    let written = match (month, day) {
        (0, 0) => format!("{year:04}"),
        (_, 0) => format!("{year:04}-{month:02}"),
        _ => format!("{year:04}-{month:02}-{day:02}"),
    };
    Date::parse_partial(&written)
        .map(Some)
        .map_err(|why| format!("{n} is not a date written as yyyymmdd: {why}"))
}

/// The `yyyymmdd` form of `date` that [`atlas_extract`] takes.
pub fn encode_date(date: Option<Date>) -> u32 {
    date.map_or(0, |d| u32::from(d.year) * 10_000 + u32::from(d.month) * 100 + u32::from(d.day))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs an export the way the host does: input copied in, status and output read back.
    fn call(input: &[u8], op: impl FnOnce(*const u8, usize) -> u32) -> (u32, Vec<u8>) {
        let ptr = atlas_alloc(input.len());
        assert!(!ptr.is_null());
        // SAFETY: `ptr` has room for `input.len()` bytes.
        unsafe { std::ptr::copy_nonoverlapping(input.as_ptr(), ptr, input.len()) };
        let status = op(ptr, input.len());
        let out = unsafe { std::slice::from_raw_parts(atlas_output_ptr(), atlas_output_len()) }.to_vec();
        unsafe { atlas_free(ptr, input.len()) };
        (status, out)
    }

    #[test]
    fn extraction_through_the_interface_gives_the_extractors_claims() {
        let text = "Nicaragua recognized Maduro as the winner. Canada rejected the results.";
        let date = Some(Date::new(2024, 7, 30));
        let (status, out) = call(text.as_bytes(), |p, n| unsafe { atlas_extract(p, n, encode_date(date)) });
        assert_eq!(status, OK);
        let claims = wire::decode_claims(&out).unwrap();
        assert_eq!(claims, Extractor::global().extract(text, date));
        assert_eq!(claims.len(), 2);
    }

    #[test]
    fn bad_input_is_refused_with_a_message_not_a_trap() {
        let (status, out) = call(b"caf\xe9", |p, n| unsafe { atlas_extract(p, n, 0) });
        assert_eq!(
            (status, String::from_utf8(out).unwrap().as_str()),
            (BAD_INPUT, "the text is not UTF-8 (at byte 3)")
        );
        let (status, out) = call(b"x", |p, n| unsafe { atlas_extract(p, n, 20241399) });
        assert_eq!(status, BAD_INPUT, "{}", String::from_utf8_lossy(&out));
        let (status, _) = call(b"", |p, n| unsafe { atlas_extract(p, n, 0) });
        assert_eq!(status, OK, "an empty text has no claims");
        let (status, _) = call(b"\x01\x02garbage", |p, n| unsafe { atlas_inflate(p, n, 100) });
        assert_eq!(status, CORRUPT);
    }

    #[test]
    fn deflate_round_trips_and_inflate_stops_at_the_limit() {
        let text = "Peru recalled its ambassador. ".repeat(100);
        let (status, packed) = call(text.as_bytes(), |p, n| unsafe { atlas_deflate(p, n) });
        assert_eq!(status, OK);
        assert!(packed.len() < text.len() / 10);
        let (status, unpacked) = call(&packed, |p, n| unsafe { atlas_inflate(p, n, 1 << 20) });
        assert_eq!((status, unpacked), (OK, text.clone().into_bytes()));
        let (status, _) = call(&packed, |p, n| unsafe { atlas_inflate(p, n, 100) });
        assert_eq!(status, TOO_LARGE);
    }

    #[test]
    fn the_readers_articles_cross_as_the_core_reads_them() {
        use atlas_core::local::{share, store, validate, ArticleDraft};
        let draft =
            ArticleDraft { text: "Peru recalled its ambassador.", title: "Recall", ..Default::default() };
        let article = validate(&draft, 1_722_340_800_000, &[]).unwrap();
        let stored = store::serialize(std::slice::from_ref(&article));
        for raw in [stored.as_str(), "{\"kind\": \"stance-atlas/local-art", ""] {
            let (status, out) = call(raw.as_bytes(), |p, n| unsafe { atlas_read_store(p, n) });
            assert_eq!((status, wire::decode_load(&out)), (OK, Ok(store::load(raw))));
        }

        let (status, out) = call(stored.as_bytes(), |p, n| unsafe { atlas_import(p, n) });
        let report = wire::decode_import(&out).unwrap();
        assert_eq!(status, OK);
        assert_eq!(report.clone().against(&[]), store::import(&stored, &[]).unwrap());
        assert_eq!(
            report.against(std::slice::from_ref(&article)),
            store::import(&stored, std::slice::from_ref(&article)).unwrap()
        );
        let (status, out) = call(b"[1, 2]", |p, n| unsafe { atlas_import(p, n) });
        assert_eq!(
            (status, String::from_utf8(out).unwrap()),
            (REFUSED, store::import("[1, 2]", &[]).unwrap_err())
        );

        let value = share::share_value(&article, &Miniz).unwrap();
        let link = share::link_with_article("tab=table", &value);
        for link in [link.as_str(), "art=1.damaged", "tab=table"] {
            let (status, out) = call(link.as_bytes(), |p, n| unsafe { atlas_read_shared(p, n) });
            let (shared, notices) = share::read_shared(link, &Miniz);
            assert_eq!((status, wire::decode_shared(&out)), (OK, Ok((shared, notices))));
        }
    }

    #[test]
    fn json_is_written_here_as_the_core_writes_it() {
        use atlas_core::export::{ClaimsExport, ExportRow};
        use atlas_core::local::{share, store, validate, ArticleDraft};
        let draft = ArticleDraft {
            text: "Peru recalled its ambassador. «Quotes» \" and \\.",
            title: "Recall",
            date: "2024-07",
            ..Default::default()
        };
        let article = validate(&draft, 1_722_340_800_000, &[]).unwrap();
        let articles = [
            article.clone(),
            validate(&ArticleDraft { text: "Chile too.", ..draft }, 1_722_340_800_000, &[]).unwrap(),
        ];
        let (status, out) =
            call(&wire::encode_articles(&articles), |p, n| unsafe { atlas_write_document(p, n) });
        assert_eq!((status, String::from_utf8(out).unwrap()), (OK, store::serialize(&articles)));

        let one = wire::encode_articles(std::slice::from_ref(&article));
        let (status, out) = call(&one, |p, n| unsafe { atlas_share_value(p, n) });
        let value = String::from_utf8(out).unwrap();
        assert_eq!((status, &value), (OK, &share::share_value(&article, &Miniz).unwrap()));
        assert_eq!(share::read_shared(&format!("art={value}"), &Miniz).0, Some(article.clone()));
        let (status, out) =
            call(&wire::encode_articles(&articles), |p, n| unsafe { atlas_share_value(p, n) });
        assert_eq!(
            (status, String::from_utf8(out).unwrap().as_str()),
            (BAD_INPUT, "one article was expected, not 2")
        );
        // Too long for a link: how far, for the app's message.
        let mut long = article.clone();
        long.text = (0..40_000u32).map(|i| char::from_u32(0x4e00 + i * 7 % 20_000).unwrap()).collect();
        let (status, out) =
            call(&wire::encode_articles(&[long.clone()]), |p, n| unsafe { atlas_share_value(p, n) });
        let Err(ShareError::TooLong(expected)) = share::share_value(&long, &Miniz) else { panic!("it fits") };
        assert_eq!((status, wire::decode_too_long(&out)), (TOO_LARGE, Ok(expected)));

        let row = ExportRow {
            actor: "PER",
            actor_name: "Peru",
            stance: "break_ties",
            certainty: "asserted",
            beneficiary: None,
            initiator: Some("VEN"),
            initiator_name: Some("Venezuela"),
            evidence: "Peru recalled its ambassador.",
            mention: "Peru",
            rule: "test",
            article_file: "local:1",
            article_title: "Recall «x»",
            outlet: "",
            date: "2024-07".into(),
            date_approximate: true,
            url: Some("https://example.org/a?b=\"c\""),
        };
        let export = ClaimsExport { filters: "All stances".into(), count: 2, claims: vec![row.clone(), row] };
        let (status, out) = call(&wire::encode_export(&export), |p, n| unsafe { atlas_write_claims(p, n) });
        assert_eq!((status, String::from_utf8(out).unwrap()), (OK, atlas_core::export::json_of(&export)));

        // Damaged input is refused with the wire's message, never a trap.
        for op in [atlas_write_document, atlas_share_value, atlas_write_claims] {
            let (status, out) = call(&[7, 0, 0], |p, n| unsafe { op(p, n) });
            assert_eq!(status, BAD_INPUT);
            assert!(String::from_utf8(out).unwrap().contains("unreadable at byte"));
        }
    }

    #[test]
    fn dates_cross_as_yyyymmdd() {
        let d = Date::new(2019, 1, 23);
        assert_eq!(decode_date(encode_date(Some(d))), Ok(Some(d)));
        assert_eq!(decode_date(0), Ok(None));
        assert!(decode_date(20191323).is_err());
        // A month or a year: an article dated `2019-01` is extracted as of that month.
        for d in [Date::new(2019, 1, 0), Date::new(2019, 0, 0)] {
            assert_eq!(decode_date(encode_date(Some(d))), Ok(Some(d)));
        }
        assert!(decode_date(20190005).is_err(), "a day without a month");
    }

    #[test]
    fn a_texts_date_is_read_through_the_interface() {
        let text = "MANAGUA, 3 de abril de 2020 — Nicaragua habló.";
        let (status, out) = call(text.as_bytes(), |p, n| unsafe { atlas_read_date(p, n, 20260101) });
        let expected = atlas_core::dateline::read(text, Date::new(2026, 1, 1));
        assert_eq!(expected.map(|f| f.date), Some(Date::new(2020, 4, 3)));
        assert_eq!((status, wire::decode_text_date(&out)), (OK, Ok(expected)));
        let (status, out) = call(&[0xff, 0xfe], |p, n| unsafe { atlas_read_date(p, n, 20260101) });
        assert_eq!(
            (status, String::from_utf8(out).unwrap()),
            (BAD_INPUT, "the text is not UTF-8 (at byte 0)".into())
        );
        let (status, _) = call(b"text", |p, n| unsafe { atlas_read_date(p, n, 0) });
        assert_eq!(status, BAD_INPUT);
    }
}
