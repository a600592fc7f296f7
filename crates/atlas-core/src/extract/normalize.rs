//! A matching copy of the text: typographic quotes and dashes made ASCII, Latin accents folded,
//! stray commas inside words dropped, with a map back to the original byte offsets.
//!
//! Every later stage works on the copy, so "Nicolás" and "Nicolas", "Maduro’s" and "Maduro's",
//! "Russi,a" and "Russia" look alike; spans are mapped back with [`Normalized::original_span`].

/// The normalised text and, for each of its bytes, the byte offset of the original character.
pub struct Normalized {
    pub text: String,
    /// `map[i]` = start of the original character that produced byte `i`; `None` when the text
    /// needed no change (the identity map).
    map: Option<Vec<u32>>,
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        if original.is_ascii() && !has_stray_comma(original.as_bytes()) {
            return Normalized { text: original.to_string(), map: None };
        }
        let bytes = original.as_bytes();
        let mut text: Vec<u8> = Vec::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        let plain = |b: u8| b < 0x80 && !matches!(b, b',' | b';' | b'\t' | b'\r' | b'`');
        let mut i = 0;
        while i < bytes.len() {
            // Runs of plain ASCII are copied as they are.
            let run = bytes[i..].iter().position(|&b| !plain(b)).unwrap_or(bytes.len() - i);
            if run > 0 {
                text.extend_from_slice(&bytes[i..i + run]);
                map.extend(i as u32..(i + run) as u32);
                i += run;
                continue;
            }
            let b = bytes[i];
            if b < 0x80 {
                let lower = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_lowercase);
                if (b == b',' || b == b';') && i > 0 && lower(i - 1) && lower(i + 1) {
                    // "Russi,a": a typo inside a word must not hide the name.
                    i += 1;
                    continue;
                }
                text.push(match b {
                    b'\t' => b' ',
                    b'\r' => b'\n',
                    b'`' => b'\'',
                    _ => b,
                });
                map.push(i as u32);
                i += 1;
                continue;
            }
            let c = original[i..].chars().next().unwrap_or(' ');
            let folded = fold(c);
            let mut buf = [0u8; 4];
            text.extend_from_slice(folded.encode_utf8(&mut buf).as_bytes());
            map.extend(std::iter::repeat_n(i as u32, folded.len_utf8()));
            i += c.len_utf8();
        }
        // Only whole characters were written, so this cannot fail; fall back to lossless anyway.
        let text =
            String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Normalized { text, map: Some(map) }
    }

    /// The original byte span of the normalised span `start..end` (character boundaries in both).
    pub fn original_span(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        match &self.map {
            None => (start, end),
            Some(map) => {
                if start >= end || end > map.len() {
                    let s = map.get(start).map_or(original.len(), |&s| s as usize);
                    return (s, s);
                }
                let s = map[start] as usize;
                let last = map[end - 1] as usize;
                let e = last + original[last..].chars().next().map_or(0, char::len_utf8);
                (s, e)
            }
        }
    }
}

fn has_stray_comma(b: &[u8]) -> bool {
    b.windows(3)
        .any(|w| (w[1] == b',' || w[1] == b';') && w[0].is_ascii_lowercase() && w[2].is_ascii_lowercase())
}

/// One character for one character, so a normalised character always comes from exactly one
/// original character.
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => {
            '\''
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        '\u{2028}' | '\u{2029}' | '\u{0085}' => '\n',
        '\r' => '\n',
        'À'..='Å' => 'A',
        'à'..='å' => 'a',
        'Ç' => 'C',
        'ç' => 'c',
        'È'..='Ë' => 'E',
        'è'..='ë' => 'e',
        'Ì'..='Ï' => 'I',
        'ì'..='ï' => 'i',
        'Ñ' => 'N',
        'ñ' => 'n',
        'Ò'..='Ö' => 'O',
        'ò'..='ö' => 'o',
        'Ù'..='Ü' => 'U',
        'ù'..='ü' => 'u',
        'Ý' => 'Y',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

/// Folds a gazetteer or lexicon pattern the same way as the text.
pub fn fold_pattern(s: &str) -> String {
    s.chars().map(fold).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_quotes_and_stray_commas_fold_and_map_back() {
        let original = "Nicolás Maduro’s ally Russi,a said “no”.";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Nicolas Maduro's ally Russia said \"no\".");
        let at = n.text.find("Russia").unwrap();
        let (s, e) = n.original_span(original, at, at + "Russia".len());
        assert_eq!(&original[s..e], "Russi,a");
        let at = n.text.find("Nicolas").unwrap();
        let (s, e) = n.original_span(original, at, at + 7);
        assert_eq!(&original[s..e], "Nicolás");
        let (s, e) = n.original_span(original, 0, n.text.len());
        assert_eq!((s, e), (0, original.len()));
    }

    #[test]
    fn plain_ascii_is_kept_as_is() {
        let n = Normalized::new("Peru, Chile and Panama.");
        assert_eq!(n.text, "Peru, Chile and Panama.");
        assert_eq!(n.original_span("Peru, Chile and Panama.", 6, 11), (6, 11));
    }
}
