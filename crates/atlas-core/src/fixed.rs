//! Numbers in links and SVG attributes as integers in fixed units: hundredths of a map unit, tenths
//! of a pixel. Every number the page writes is rounded to a few decimals anyway, so it is written
//! and read as an integer count of those units, with integer formatting and parsing; the standard
//! library's float formatter and parser (exact algorithms with power-of-ten tables, some 38 KB of
//! wasm together) stay out of the app. `cargo xtask hand-written` measures what they would cost.
//!
//! ```
//! use atlas_core::fixed::{self, Fixed};
//! assert_eq!(Fixed::short(12.5, 2).to_string(), "12.5");
//! assert_eq!(Fixed::short(-0.004, 2).to_string(), "0");
//! assert_eq!(Fixed::keep(3.0, 2).to_string(), "3.00");
//! assert_eq!(fixed::parse("-1.235", 2), Some(-1.24));
//! ```

use std::fmt;

/// A number rounded to a number of decimals, for writing: [`Fixed::short`] drops trailing zeros
/// (`12.5`, `3`), [`Fixed::keep`] keeps them (`12.50`, `3.00`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fixed {
    /// The number in units of `10^-places`, rounded half away from zero.
    units: i64,
    places: u8,
    trim: bool,
}

impl Fixed {
    /// `x` rounded to `places` decimals, written without trailing zeros (nor a bare point).
    pub fn short(x: impl Into<f64>, places: u8) -> Fixed {
        Fixed { units: units(x.into(), places), places, trim: true }
    }

    /// `x` rounded to `places` decimals, all of them written, as `format!("{x:.places$}")` does.
    pub fn keep(x: impl Into<f64>, places: u8) -> Fixed {
        Fixed { units: units(x.into(), places), places, trim: false }
    }
}

/// `x` in units of `10^-places`; a NaN is 0 and an infinity the largest count.
fn units(x: f64, places: u8) -> i64 {
    (x * scale(places) as f64).round() as i64
}

/// 10^places.
fn scale(places: u8) -> u64 {
    10u64.pow(u32::from(places))
}

#[cfg(not(feature = "std-numbers"))]
impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (mut units, mut places) = (self.units.unsigned_abs(), self.places);
        while self.trim && places > 0 && units % 10 == 0 {
            units /= 10;
            places -= 1;
        }
        let sign = if self.units < 0 && units != 0 { "-" } else { "" };
        let (whole, fraction) = (units / scale(places), units % scale(places));
        if places == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{fraction:0width$}", width = usize::from(places))
        }
    }
}

/// The standard library's float formatter, only to measure its cost (`cargo xtask hand-written`).
#[cfg(feature = "std-numbers")]
impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.units as f64 / scale(self.places) as f64;
        match self.trim {
            true => write!(f, "{}", x as f32),
            false => write!(f, "{x:.0$}", usize::from(self.places)),
        }
    }
}

/// The number `text` writes in plain decimal notation (an optional sign, digits, an optional
/// point and fraction: `-12.5`, `3`, `.25`, `+4.`), rounded to `places` decimals, half away from
/// zero. `None` for anything else: exponents, `inf`, `NaN`, spaces. A number written by
/// `x.to_string()` with at most `places` decimals (as links were before) reads back as `x`.
#[cfg(not(feature = "std-numbers"))]
pub fn parse(text: &str, places: u8) -> Option<f32> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    // The units, counted exactly in an `f64` up to 2^53 (a few digits are all a link holds).
    let (kept, dropped) = fraction.split_at(fraction.len().min(usize::from(places)));
    let count = |n: f64, digit: u8| n * 10.0 + f64::from(digit - b'0');
    let mut units = whole.bytes().chain(kept.bytes()).fold(0.0, count);
    units *= scale(places - kept.len() as u8) as f64;
    if dropped.starts_with(['5', '6', '7', '8', '9']) {
        units += 1.0;
    }
    let magnitude = units / scale(places) as f64;
    Some((if negative { -magnitude } else { magnitude }) as f32)
}

/// The standard library's float parser, only to measure its cost (`cargo xtask hand-written`).
#[cfg(feature = "std-numbers")]
pub fn parse(text: &str, places: u8) -> Option<f32> {
    let x: f64 = text.parse().ok().filter(|x: &f64| x.is_finite() && !text.contains(['e', 'E']))?;
    Some((units(x, places) as f64 / scale(places) as f64) as f32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn writes_rounded_numbers_with_or_without_trailing_zeros() {
        let short = |x: f64, p| Fixed::short(x, p).to_string();
        let keep = |x: f64, p| Fixed::keep(x, p).to_string();
        assert_eq!(
            [short(12.5, 2), short(3.0, 2), short(-0.25, 2), short(0.0, 3)],
            ["12.5", "3", "-0.25", "0"]
        );
        assert_eq!([short(-0.004, 2), short(1.005, 1), short(1234.5678, 0)], ["0", "1", "1235"]);
        assert_eq!(
            [keep(0.0, 2), keep(1000.0, 2), keep(-7.5, 2), keep(2.5, 0)],
            ["0.00", "1000.00", "-7.50", "3"]
        );
        assert_eq!([short(f64::NAN, 2), keep(0.001, 5)], ["0", "0.00100"]);
        assert_eq!(short(1.0 / 64.0, 5), "0.01563");
    }

    #[test]
    fn reads_plain_decimals_only() {
        for (text, value) in
            [("12.5", 12.5), ("-3", -3.0), (".25", 0.25), ("+4.", 4.0), ("0.005", 0.01), ("-1.234", -1.23)]
        {
            assert_eq!(parse(text, 2), Some(value), "{text}");
        }
        for text in ["", "-", ".", "1e3", "inf", "NaN", " 1", "1 ", "1.2.3", "--1", "-+1", "0x10", "1,5"] {
            assert_eq!(parse(text, 2), None, "{text:?}");
        }
        assert_eq!(parse("99999999999999999999999", 2), Some(1e23));
    }

    proptest! {
        /// What `x.to_string()` writes for a number of at most `places` decimals (what links and
        /// pages carried before) reads back as that number, and is written the same way again.
        #[test]
        fn a_short_number_is_what_the_standard_library_writes(units in -1_000_000i64..1_000_000, places in 0u8..4) {
            let x = (units as f64 / scale(places) as f64) as f32;
            let std = x.to_string();
            prop_assert_eq!(Fixed::short(x, places).to_string(), std.clone());
            prop_assert_eq!(parse(&std, places), Some(x));
        }

        /// `keep` writes what `format!("{x:.places$}")` writes, but for ties (which it rounds away
        /// from zero, the standard library to even on the exact binary value).
        #[test]
        fn kept_places_are_what_the_standard_library_writes(x in -1e6f64..1e6, places in 0u8..5) {
            let scaled = x * scale(places) as f64;
            prop_assume!((scaled - scaled.trunc()).abs() != 0.5);
            prop_assert_eq!(Fixed::keep(x, places).to_string(), format!("{x:.0$}", usize::from(places)));
        }
    }
}
