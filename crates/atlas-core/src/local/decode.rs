//! Decoding: a dropped file's bytes read as text in its encoding, or as a corpus file whose header
//! fills the form.

use super::{check_text, normalize_text, ArticleError, MAX_FILE_BYTES};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::MAX_TEXT_BYTES;

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
}
