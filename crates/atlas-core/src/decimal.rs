//! Plain decimal numbers (`-12.5`, `3`, `.25`) as links and SVG attributes carry them, read
//! without the standard library's float parser: its exact algorithm and tables cost about 17 KB
//! of wasm, for numbers the app rounds to a few decimals anyway.

/// Most fraction digits read; later ones are below an `f32`'s precision for the values we read.
const MAX_FRACTION_DIGITS: usize = 12;

/// The number `text` writes in plain decimal notation (an optional sign, digits, an optional
/// fraction), to within an `f32`'s precision. `None` for anything else: exponents, `inf`, `NaN`,
/// spaces, or a value too large for an `f32`.
pub fn parse(text: &str) -> Option<f32> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = whole.bytes().fold(0f64, |n, b| n * 10.0 + f64::from(b - b'0'));
    let kept = &fraction[..fraction.len().min(MAX_FRACTION_DIGITS)];
    let numerator = kept.bytes().fold(0f64, |n, b| n * 10.0 + f64::from(b - b'0'));
    let magnitude = whole + numerator / 10f64.powi(kept.len() as i32);
    let value = (if negative { -magnitude } else { magnitude }) as f32;
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::parse;
    use proptest::prelude::*;

    #[test]
    fn plain_decimals_are_read() {
        assert_eq!(parse("0"), Some(0.0));
        assert_eq!(parse("-12.5"), Some(-12.5));
        assert_eq!(parse("+3"), Some(3.0));
        assert_eq!(parse(".25"), Some(0.25));
        assert_eq!(parse("7."), Some(7.0));
        assert_eq!(parse("1000"), Some(1000.0));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in ["", "-", ".", "1e3", "inf", "NaN", " 1", "1 ", "1.2.3", "--1", "0x10", "1,5", "٣"] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        assert_eq!(parse(&"9".repeat(60)), None, "too large for an f32");
    }

    proptest! {
        #[test]
        fn what_rust_writes_is_read_back_to_within_f32_precision(x in -1.0e6f32..1.0e6) {
            let back = parse(&x.to_string()).unwrap();
            prop_assert!((back - x).abs() <= x.abs() * 1e-6 + 1e-12, "{x} came back as {back}");
        }

        #[test]
        fn agrees_with_the_standard_parser_on_short_decimals(whole in -100_000i32..100_000, fraction in 0u32..1000) {
            let text = format!("{whole}.{fraction:03}");
            let ours = parse(&text).unwrap();
            let std: f32 = text.parse().unwrap();
            prop_assert!((ours - std).abs() <= std.abs() * 1e-6 + 1e-9, "{text}: {ours} vs {std}");
        }

        #[test]
        fn never_panics(text in "\\PC{0,20}") {
            let _ = parse(&text);
        }
    }
}
