//! Eight bytes told at a time (SWAR): a word's run of ASCII letters, the bytes the normaliser may
//! change. Bytes are read little-endian from a `u64`, the first byte lowest; each test answers
//! with bit 7 of every byte it holds for, the other bits clear.

/// 0x01 in every byte.
pub(super) const ONES: u64 = 0x0101_0101_0101_0101;
/// Bit 7 of every byte.
pub(super) const HIGH: u64 = 0x80 * ONES;

/// Bit 7 of each byte of `x` that is an ASCII letter, in either case.
#[inline]
pub(super) fn ascii_letters(x: u64) -> u64 {
    // The low seven bits of each byte: sums of them and a constant below 0x80 carry into bit 7
    // of the same byte only, which tells "at least" and "above". Upper case folded to lower
    // case; no other ASCII byte lands among the lower-case letters.
    let folded = (x & (0x7f * ONES)) | (0x20 * ONES);
    at_least(folded, b'a') & !above(folded, b'z') & !x & HIGH
}

/// Bit 7 of each byte of `x` that is an ASCII digit.
#[inline]
pub(super) fn ascii_digits(x: u64) -> u64 {
    let low7 = x & (0x7f * ONES);
    at_least(low7, b'0') & !above(low7, b'9') & !x & HIGH
}

#[inline]
fn at_least(low7: u64, lo: u8) -> u64 {
    low7 + u64::from(0x80 - lo) * ONES
}

#[inline]
fn above(low7: u64, hi: u8) -> u64 {
    low7 + u64::from(0x7f - hi) * ONES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_byte_value_at_each_position_is_told_as_the_standard_library_tells_it() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"aZ5q0Mz9";
                bytes[at] = b;
                let w = u64::from_le_bytes(bytes);
                let mask = |f: fn(&u8) -> bool| {
                    bytes.iter().enumerate().filter(|(_, c)| f(c)).fold(0, |m, (i, _)| m | 0x80 << (8 * i))
                };
                assert_eq!(ascii_letters(w), mask(u8::is_ascii_alphabetic), "{bytes:?}");
                assert_eq!(ascii_digits(w), mask(u8::is_ascii_digit), "{bytes:?}");
            }
        }
    }
}
