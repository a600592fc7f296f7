//! A matching copy of the text: typographic quotes and dashes made ASCII, Latin accents folded,
//! stray commas inside words dropped, with a map back to the original byte offsets.
//!
//! Every later stage works on the copy, so "Nicolás" and "Nicolas", "Maduro’s" and "Maduro's",
//! "Russi,a" and "Russia" look alike; spans are mapped back with [`Normalized::original_span`].

/// The normalised text and the way back to the original byte offsets.
pub struct Normalized {
    pub text: String,
    /// Where the normalised text shifts against the original: `(normalised, original)` offsets,
    /// sorted, the first at `(0, 0)`; from each on, the two advance together until the next.
    /// `None` when the text needed no change (the identity map).
    ///
    /// A sparse map rather than one entry per byte: the text is copied in runs, and only the few
    /// folded characters and dropped commas start a new shift.
    shifts: Option<Vec<(u32, u32)>>,
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        if original.is_ascii() && !has_stray_comma(original.as_bytes()) {
            return Normalized { text: original.to_string(), shifts: None };
        }
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut shifts = vec![(0, 0)];
        // Original bytes before `copied` are in `text` already (or dropped).
        let mut copied = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Plain bytes stay in the run being copied; skip them in one tight loop.
            match may_change_at(&bytes[i..]) {
                Some(plain) => i += plain,
                None => break,
            }
            let b = bytes[i];
            if b < 0x80 {
                let lower = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_lowercase);
                let replacement = match b {
                    b'\t' => b' ',
                    b'\r' => b'\n',
                    b'`' => b'\'',
                    // "Russi,a": a typo inside a word must not hide the name.
                    b',' | b';' if i > 0 && lower(i - 1) && lower(i + 1) => {
                        text.push_str(&original[copied..i]);
                        copied = i + 1;
                        shifts.push((text.len() as u32, copied as u32));
                        i += 1;
                        continue;
                    }
                    _ => {
                        i += 1;
                        continue;
                    }
                };
                text.push_str(&original[copied..i]);
                text.push(char::from(replacement));
                i += 1;
                copied = i;
                continue;
            }
            let c = original[i..].chars().next().unwrap_or(' ');
            let folded = fold(c);
            text.push_str(&original[copied..i]);
            text.push(folded);
            i += c.len_utf8();
            copied = i;
            if folded.len_utf8() != c.len_utf8() {
                shifts.push((text.len() as u32, i as u32));
            }
        }
        text.push_str(&original[copied..]);
        Normalized { text, shifts: Some(shifts) }
    }

    /// The original byte span of the normalised span `start..end` (character boundaries in both).
    pub fn original_span(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        match &self.shifts {
            None => (start, end),
            Some(shifts) => {
                if start >= end || end > self.text.len() {
                    let s = if start < self.text.len() {
                        self.original_char(shifts, start)
                    } else {
                        original.len()
                    };
                    return (s, s);
                }
                let s = self.original_char(shifts, start);
                let last = self.original_char(shifts, end - 1);
                let e = last + original[last..].chars().next().map_or(0, char::len_utf8);
                (s, e)
            }
        }
    }

    /// The start of the original character that produced byte `i` of the normalised text.
    fn original_char(&self, shifts: &[(u32, u32)], i: usize) -> usize {
        // Every byte of a character comes from the same original character as its first byte.
        let mut i = i;
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        let (from, to) = shifts[shifts.partition_point(|&(n, _)| n as usize <= i) - 1];
        to as usize + (i - from as usize)
    }
}

/// Bytes that may be replaced or dropped: all of non-ASCII, and a few ASCII ones.
static MAY_CHANGE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b >= 0x80 || matches!(b as u8, b',' | b';' | b'\t' | b'\r' | b'`');
        b += 1;
    }
    table
};

/// Where the first byte of `bytes` that may change is ([`MAY_CHANGE`]), or a byte before it that
/// only looks as if it might (a control character): eight bytes at a time, as most runs between
/// such bytes are dozens of bytes long. The caller passes over a byte that needs no change.
#[inline]
fn may_change_at(bytes: &[u8]) -> Option<usize> {
    use super::bytes8::{HIGH, ONES};
    // The high bit of each byte of `w` below `n` (exact for the lowest such byte, which is all
    // that is read; bytes of `w` with the high bit set are flagged anyway).
    let below = |w: u64, n: u8| w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH;
    let equal = |w: u64, b: u8| below(w ^ (ONES * u64::from(b)), 1);
    let mut k = 0;
    while let Some(chunk) = bytes.get(k..k + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Non-ASCII, control characters ('\t', '\r'), ',', ';' and '`'.
        let flagged = (w & HIGH) | below(w, 0x20) | equal(w, b',') | equal(w, b';') | equal(w, b'`');
        if flagged != 0 {
            return Some(k + (flagged.trailing_zeros() / 8) as usize);
        }
        k += 8;
    }
    bytes[k..].iter().position(|&b| MAY_CHANGE[usize::from(b)]).map(|p| k + p)
}

/// Whether a comma or semicolon stands between two lower-case letters ("Russi,a"): the commas
/// found with `memchr` (a few dozen in an article), not every window of three bytes looked at.
fn has_stray_comma(b: &[u8]) -> bool {
    let lower = |i: usize| b.get(i).is_some_and(u8::is_ascii_lowercase);
    memchr::memchr2_iter(b',', b';', b).any(|i| i > 0 && lower(i - 1) && lower(i + 1))
}

/// One character for one character, so a normalised character always comes from exactly one
/// original character.
pub fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => {
            '\''
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => '-',
        // An em dash sets off a phrase as commas do ("11 other nations—Argentina, Brazil …—as
        // well as the EU"); as a hyphen it would glue the words on both sides into one.
        '\u{2014}' | '\u{2015}' => ',',
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
/// A lexicon word (maybe accented) equals a word of the normalised text, ignoring ASCII case
/// ("Tres países" at a sentence's start).
pub fn fold_eq_ignore_case(word: &str, folded: &str) -> bool {
    word.chars().map(|c| fold(c).to_ascii_lowercase()).eq(folded.chars().map(|c| c.to_ascii_lowercase()))
}

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
    fn stray_commas_are_told_as_by_every_window_of_three() {
        let windows = |b: &[u8]| {
            b.windows(3).any(|w| {
                (w[1] == b',' || w[1] == b';') && w[0].is_ascii_lowercase() && w[2].is_ascii_lowercase()
            })
        };
        let pieces: [&[u8]; 9] = [b",", b";", b"a", b"Z", b" ", b"a,", b",b", b"x;y", b"."];
        let mut state = 0x9e37_79b9_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 9) as usize
        };
        for _ in 0..20_000 {
            let mut text = Vec::new();
            for _ in 0..next() {
                text.extend_from_slice(pieces[next()]);
            }
            assert_eq!(has_stray_comma(&text), windows(&text), "{:?}", String::from_utf8_lossy(&text));
        }
    }

    #[test]
    fn plain_ascii_is_kept_as_is() {
        let n = Normalized::new("Peru, Chile and Panama.");
        assert_eq!(n.text, "Peru, Chile and Panama.");
        assert_eq!(n.original_span("Peru, Chile and Panama.", 6, 11), (6, 11));
    }
}
