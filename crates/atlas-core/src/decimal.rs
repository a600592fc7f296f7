//! Plain decimal numbers (`-12.5`, `3`, `.25`) as links and SVG attributes carry them, read and
//! written without the standard library's float parser and formatter. Their fast exact algorithms
//! and power-of-ten tables cost about 17 KB (`dec2flt`) and 21 KB (`flt2dec`'s Grisu and Dragon)
//! of wasm, for a few numbers per view that the app rounds to a few decimals anyway.
//!
//! - [`parse`] reads a decimal to within an `f32`'s precision.
//! - [`fixed`] writes what `format!("{x:.N}")` writes, for every `f64` and every `N`.
//! - [`shortest`] writes what `x.to_string()` writes, for every `f32`.
//! - [`clamp`] is `f32::clamp` / `f64::clamp` without their panic, whose message formats the
//!   bounds with the standard float formatter and so links it.
//!
//! The writers are small and slow (exact big-number arithmetic, one digit at a time for
//! [`shortest`] as in Burger and Dybvig's free-format algorithm): about a microsecond a number,
//! ten times the standard library, fine for the few hundred numbers a view writes. Their tests
//! compare them with the standard library over dense grids, every power of two, rounding ties and
//! random values; an ignored test compares [`shortest`] on every `f32`.

use std::cmp::Ordering;
use std::fmt;

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

/// The most fraction digits a finite `f64` has (2^-1074 has that many); any further are zeros.
const EXACT_PLACES: usize = 1074;

/// `x` with `places` fraction digits, exactly as `format!("{x:.places$}")` writes it: the exact
/// binary value rounded half to even, a `-` for every negative value (`-0.00` too), `NaN`, `inf`
/// and `-inf` as they are. Exact for every `f64` (so for every `f32` through `f64::from`), huge
/// and tiny ones included.
pub fn fixed(x: f64, places: usize) -> String {
    let mut out = String::new();
    push_fixed(&mut out, x, places);
    out
}

/// Appends [`fixed`]`(x, places)` to `out`.
pub fn push_fixed(out: &mut String, x: f64, places: usize) {
    if let Some(special) = non_finite(x) {
        return out.push_str(special);
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    let (places, zeros) = (places.min(EXACT_PLACES), places.saturating_sub(EXACT_PLACES));
    let bits = x.to_bits();
    let (biased, fraction) = ((bits >> 52) as i32 & 0x7ff, bits & ((1 << 52) - 1));
    // |x| = mant * 2^exp exactly, so |x| * 10^places = mant * 5^places * 2^(exp + places).
    let (mant, exp) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    let mut n = Decimal::from(mant);
    for _ in 0..places {
        n.mul_small(5);
    }
    let shift = exp + places as i32;
    if shift >= 0 {
        let mut left = shift as u32;
        while left > 0 {
            let step = left.min(31);
            n.mul_small(1 << step);
            left -= step;
        }
    } else {
        // Halved all but once, then once more with the half bit kept: rounds half to even.
        let mut left = shift.unsigned_abs() - 1;
        let mut sticky = false;
        while left > 0 && !n.is_zero() {
            let step = left.min(31);
            sticky |= n.div_small(1 << step);
            left -= step;
        }
        let half = n.div_small(2);
        if half && (sticky || n.0[0] & 1 == 1) {
            n.add_one();
        }
    }
    let text = n.text();
    // At least one digit before the point.
    let whole = text.len().saturating_sub(places);
    if whole == 0 {
        out.push('0');
    } else {
        out.push_str(&text[..whole]);
    }
    if places > 0 {
        out.push('.');
        out.extend(std::iter::repeat_n('0', places.saturating_sub(text.len())));
        out.push_str(&text[whole..]);
        out.extend(std::iter::repeat_n('0', zeros));
    }
}

/// A non-negative integer of any size in base 10^9, least significant limb first, for [`fixed`]:
/// plain `u64` arithmetic (`u128` would link its division routines into the wasm).
struct Decimal(Vec<u32>);

const BILLION: u64 = 1_000_000_000;

impl Decimal {
    fn from(n: u64) -> Decimal {
        let mut limbs = vec![(n % BILLION) as u32];
        let mut rest = n / BILLION;
        while rest > 0 {
            limbs.push((rest % BILLION) as u32);
            rest /= BILLION;
        }
        Decimal(limbs)
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&limb| limb == 0)
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(k) + carry;
            *limb = (v % BILLION) as u32;
            carry = v / BILLION;
        }
        while carry > 0 {
            self.0.push((carry % BILLION) as u32);
            carry /= BILLION;
        }
    }

    /// Divides by `d` (at most 2^31), rounding down; whether anything was left over.
    fn div_small(&mut self, d: u32) -> bool {
        let mut rest = 0u64;
        let mut i = self.0.len();
        while i > 0 {
            i -= 1;
            let v = rest * BILLION + u64::from(self.0[i]);
            self.0[i] = (v / u64::from(d)) as u32;
            rest = v % u64::from(d);
        }
        rest != 0
    }

    fn add_one(&mut self) {
        for limb in &mut self.0 {
            if *limb + 1 < BILLION as u32 {
                *limb += 1;
                return;
            }
            *limb = 0;
        }
        self.0.push(1);
    }

    /// The decimal digits, without leading zeros (`0` for zero).
    fn text(&self) -> String {
        let mut text = String::new();
        let mut i = self.0.len();
        while i > 0 {
            i -= 1;
            let mut chunk = [b'0'; 9];
            let mut v = self.0[i];
            let mut j = 9;
            while j > 0 {
                j -= 1;
                chunk[j] = b'0' + (v % 10) as u8;
                v /= 10;
            }
            let start = if text.is_empty() { chunk.iter().position(|&d| d != b'0').unwrap_or(9) } else { 0 };
            text.extend(chunk[start..].iter().map(|&d| char::from(d)));
        }
        if text.is_empty() {
            text.push('0');
        }
        text
    }
}

/// What the standard library writes for a NaN or an infinity (with any precision).
fn non_finite(x: f64) -> Option<&'static str> {
    match x {
        _ if x.is_nan() => Some("NaN"),
        f64::INFINITY => Some("inf"),
        f64::NEG_INFINITY => Some("-inf"),
        _ => None,
    }
}

/// `x` as `x.to_string()` (and `format!("{x}")`) writes it: the fewest significant digits that
/// read back as `x`, the closest to `x` of those (a tie rounds up), in plain notation however
/// large or small (`f32::MAX` is `340282350000000000000000000000000000000`), `-0`, `NaN`, `inf`,
/// `-inf`. Exact for every `f32`.
pub fn shortest(x: f32) -> String {
    let mut out = String::new();
    push_shortest(&mut out, x);
    out
}

/// Appends [`shortest`]`(x)` to `out`.
pub fn push_shortest(out: &mut String, x: f32) {
    if let Some(special) = non_finite(x.into()) {
        return out.push_str(special);
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x == 0.0 {
        return out.push('0');
    }
    let (digits, point) = shortest_digits(x);
    let text = |d: &[u8]| d.iter().map(|&d| char::from(b'0' + d)).collect::<String>();
    // The value is 0.d1d2…dn × 10^point.
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(&text(&digits));
    } else if (point as usize) < digits.len() {
        let (whole, fraction) = digits.split_at(point as usize);
        out.push_str(&text(whole));
        out.push('.');
        out.push_str(&text(fraction));
    } else {
        out.push_str(&text(&digits));
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    }
}

/// The shortest digits of a finite, non-zero `x` and the power of ten after them: `x` reads back
/// from `0.d1d2…dn × 10^point`. Burger and Dybvig's free-format algorithm in exact arithmetic.
fn shortest_digits(x: f32) -> (Vec<u8>, i32) {
    let bits = x.to_bits();
    let (biased, fraction) = ((bits >> 23) as i32 & 0xff, bits & 0x7f_ffff);
    // `x = mant * 2^exp`; every number within `minus` below or `plus` above (in units of 2^exp)
    // reads back as `x`, the bounds included when the binary mantissa is even. The standard
    // library's conventions, subnormals and powers of two included.
    let (mant, minus, plus, exp, inclusive) = match (biased, fraction) {
        (0, f) => (u64::from(f) << 1, 1, 1, -150, true),
        (b, 0) => (1 << 25, 1, 2, b - 152, true),
        (b, f) => (u64::from(f | 0x80_0000) << 1, 1, 1, b - 151, f & 1 == 0),
    };
    // As fractions over `scale`: x = r / scale, the margins minus / scale and plus / scale.
    let (mut r, mut minus, mut plus, mut scale) =
        (Big::from(mant), Big::from(minus), Big::from(plus), Big::from(1));
    if exp < 0 {
        scale.shl(exp.unsigned_abs());
    } else {
        for n in [&mut r, &mut minus, &mut plus] {
            n.shl(exp as u32);
        }
    }
    // Whether `r + plus` reaches `scale`: the upper end of the interval reaches the next digit.
    let reaches = |r: &Big, plus: &Big, scale: &Big| {
        let high = r.add(plus);
        if inclusive {
            high >= *scale
        } else {
            high > *scale
        }
    };
    // The smallest `point` with the upper end below 10^point.
    let mut point = 0;
    while reaches(&r, &plus, &scale) {
        scale.mul_small(10);
        point += 1;
    }
    loop {
        let (mut r10, mut plus10) = (r, plus);
        r10.mul_small(10);
        plus10.mul_small(10);
        if reaches(&r10, &plus10, &scale) {
            break;
        }
        (r, plus) = (r10, plus10);
        minus.mul_small(10);
        point -= 1;
    }
    let mut digits = Vec::new();
    loop {
        for n in [&mut r, &mut minus, &mut plus] {
            n.mul_small(10);
        }
        let mut digit = 0;
        while r >= scale {
            r.sub(&scale);
            digit += 1;
        }
        // Stop once the digits so far, or the same with the last one raised, read back as `x`.
        let down = if inclusive { r <= minus } else { r < minus };
        let up = reaches(&r, &plus, &scale);
        if down || up {
            let mut twice = r;
            twice.mul_small(2);
            digits.push(digit + u8::from(up && (!down || twice >= scale)));
            break;
        }
        digits.push(digit);
    }
    // A last digit raised to 10 carries (the standard library allows for it; it may never happen).
    let mut i = digits.len() - 1;
    while digits[i] == 10 {
        digits[i] = 0;
        if i == 0 {
            digits.insert(0, 1);
            point += 1;
            break;
        }
        i -= 1;
        digits[i] += 1;
    }
    (digits, point)
}

/// A non-negative integer below 2^192, most significant 32-bit limb first. Shortest `f32` printing
/// needs 155 bits at most (ten times the scale 2^150 of the smallest subnormal); a carry out of the
/// top limb would be dropped, never panic. Plain index loops: the app's size-optimised build does
/// not inline iterator adapters, which made these loops several times slower.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Big([u32; LIMBS]);

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        let mut i = 0;
        while i < LIMBS && self.0[i] == other.0[i] {
            i += 1;
        }
        if i == LIMBS {
            Ordering::Equal
        } else {
            self.0[i].cmp(&other.0[i])
        }
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

const LIMBS: usize = 6;

impl Big {
    fn from(n: u64) -> Big {
        let mut limbs = [0; LIMBS];
        limbs[LIMBS - 2] = (n >> 32) as u32;
        limbs[LIMBS - 1] = n as u32;
        Big(limbs)
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        let mut i = LIMBS;
        while i > 0 {
            i -= 1;
            let v = u64::from(self.0[i]) * u64::from(k) + carry;
            self.0[i] = v as u32;
            carry = v >> 32;
        }
    }

    /// Multiplies by 2^n.
    fn shl(&mut self, mut n: u32) {
        while n > 0 {
            let step = n.min(31);
            self.mul_small(1 << step);
            n -= step;
        }
    }

    fn add(&self, other: &Big) -> Big {
        let mut sum = *self;
        let mut carry = 0u64;
        let mut i = LIMBS;
        while i > 0 {
            i -= 1;
            let v = u64::from(sum.0[i]) + u64::from(other.0[i]) + carry;
            sum.0[i] = v as u32;
            carry = v >> 32;
        }
        sum
    }

    /// Subtracts `other`, which is at most `self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0u64;
        let mut i = LIMBS;
        while i > 0 {
            i -= 1;
            let v = u64::from(self.0[i]).wrapping_sub(u64::from(other.0[i])).wrapping_sub(borrow);
            self.0[i] = v as u32;
            borrow = v >> 63;
        }
    }
}

/// `x` held within `min..=max` like `f32::clamp` (a NaN `x` stays NaN), but with no panic when
/// `min > max` or a bound is NaN: the standard one's message formats them with the float
/// formatter, which is then linked into the app.
pub fn clamp<T: PartialOrd>(x: T, min: T, max: T) -> T {
    if x < min {
        min
    } else if x > max {
        max
    } else {
        x
    }
}

/// [`shortest`] for `format!` and `write!`: `format!("scale({})", Shortest(k))`. Width, fill and
/// sign flags are ignored.
#[derive(Clone, Copy, PartialEq)]
pub struct Shortest(pub f32);

impl fmt::Display for Shortest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&shortest(self.0))
    }
}

/// [`fixed`] for `format!` and `write!`: `format!("{}px", Fixed(x, 0))`. Width, fill and sign
/// flags are ignored.
#[derive(Clone, Copy, PartialEq)]
pub struct Fixed(pub f64, pub usize);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&fixed(self.0, self.1))
    }
}

#[cfg(test)]
mod tests {
    use super::{clamp, fixed, parse, shortest, Fixed, Shortest};
    use proptest::prelude::*;

    /// The first differences from the standard library's `{:.places$}`.
    fn fixed_mismatches(
        values: impl IntoIterator<Item = f64>,
        places: impl IntoIterator<Item = usize> + Clone,
    ) -> Vec<String> {
        let mut bad = Vec::new();
        for x in values {
            for p in places.clone() {
                let (ours, std) = (fixed(x, p), format!("{x:.p$}"));
                if ours != std && bad.len() < 10 {
                    bad.push(format!("{x:e} with {p} places: {ours} instead of {std}"));
                }
            }
        }
        bad
    }

    /// The first differences from the standard library's `to_string`.
    fn shortest_mismatches(values: impl IntoIterator<Item = f32>) -> Vec<String> {
        let mut bad = Vec::new();
        for x in values {
            let (ours, std) = (shortest(x), x.to_string());
            if ours != std && bad.len() < 10 {
                bad.push(format!("{:#010x}: {ours} instead of {std}", x.to_bits()));
            }
        }
        bad
    }

    /// The `f32` and `f64` neighbours of `x` (itself included).
    fn around(x: f64) -> [f64; 6] {
        let x32 = x as f32;
        [x.next_down(), x, x.next_up(), x32.next_down().into(), x32.into(), x32.next_up().into()]
    }

    #[test]
    fn fixed_writes_what_format_writes_for_the_app_s_numbers() {
        // View boxes, pan offsets and pixel positions: hundredths over ±1000 as f64 and f32, and
        // numbers with all their binary digits in use.
        let grid = (-100_000..=100_000).flat_map(|i| {
            let x = f64::from(i) / 100.0;
            [x, f64::from(x as f32), x * 7.0 / 3.0]
        });
        assert_eq!(fixed_mismatches(grid, 0..=2), Vec::<String>::new());
    }

    #[test]
    fn fixed_rounds_ties_to_even_and_keeps_the_sign() {
        let cases = [
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (2.5, 0, "2"),
            (-2.5, 0, "-2"),
            (0.0625, 3, "0.062"),
            (0.995, 2, "0.99"), // 0.99499999999999999555910790149937…
            (9.995, 2, "9.99"), // 9.9949999999999992184029906638898…
            (0.9999, 2, "1.00"),
            (999.9999, 2, "1000.00"),
            (-0.001, 2, "-0.00"),
            (-0.0, 0, "-0"),
            (0.0, 2, "0.00"),
            (1e-300, 3, "0.000"),
            (123.456, 0, "123"),
            (f64::NAN, 2, "NaN"),
            (f64::INFINITY, 2, "inf"),
            (f64::NEG_INFINITY, 0, "-inf"),
        ];
        for (x, places, expected) in cases {
            assert_eq!(fixed(x, places), expected, "{x} with {places} places");
            assert_eq!(format!("{x:.places$}"), expected, "the standard library agrees");
        }
        assert_eq!(format!("{}px", Fixed(12.5, 0)), "12px");
    }

    #[test]
    fn fixed_matches_format_next_to_every_rounding_boundary() {
        // Halves of the last place kept, and the floats on either side of them.
        for places in 0..=4 {
            let unit = 10f64.powi(places as i32);
            let halves = (-20_000..20_000).flat_map(|n| around((f64::from(n) + 0.5) / unit));
            assert_eq!(fixed_mismatches(halves, places..=places), Vec::<String>::new());
        }
        // Exact binary ties: odd multiples of 2^-n.
        let ties = (1..=12).flat_map(|n| (-300..300).map(move |k| f64::from(2 * k + 1) / f64::from(1 << n)));
        assert_eq!(fixed_mismatches(ties, 0..=12), Vec::<String>::new());
    }

    #[test]
    fn fixed_is_exact_from_the_smallest_subnormal_to_the_largest_float() {
        let powers = (-1074..=1023).flat_map(|e| around(2f64.powi(e)));
        let extremes =
            [f64::MAX, f64::MIN_POSITIVE, 5e-324, f64::from(f32::MAX), 1e300, 123_456_789.987_654_32];
        let places = [0, 1, 2, 3, 9, 17, 40];
        assert_eq!(fixed_mismatches(powers.chain(extremes), places), Vec::<String>::new());
        // Every digit of the smallest numbers, and zeros past the last.
        let tiny = [5e-324, -1e-320, 2.5e-308, 0.1];
        assert_eq!(fixed_mismatches(tiny, [1073, 1074, 1075, 1200]), Vec::<String>::new());
    }

    #[test]
    fn shortest_writes_what_to_string_writes() {
        // What the app writes: hundredths and thousandths of map units and scales, and their inverses.
        let grid = (-100_000..=100_000).flat_map(|i| {
            let x = i as f32 / 100.0;
            [x, i as f32 / 1000.0, 1.0 / x]
        });
        assert_eq!(shortest_mismatches(grid), Vec::<String>::new());
        // A sample of every binade, subnormals included.
        let sample = (0..=u32::MAX).step_by(65_537).map(f32::from_bits);
        assert_eq!(shortest_mismatches(sample), Vec::<String>::new());
        // Powers of two, where the lower neighbour is closer, with their neighbours.
        let powers = (-149..=127).flat_map(|e| {
            let x = 2f32.powi(e);
            [x.next_down(), x, x.next_up(), -x]
        });
        assert_eq!(shortest_mismatches(powers), Vec::<String>::new());
    }

    #[test]
    fn shortest_special_values() {
        let cases = [
            (0.0, "0"),
            (-0.0, "-0"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333334"),
            (-120.5, "-120.5"),
            (16_777_216.0, "16777216"),
            (1e-7, "0.0000001"),
            (f32::MAX, "340282350000000000000000000000000000000"),
            (f32::from_bits(1), "0.000000000000000000000000000000000000000000001"),
            (f32::NAN, "NaN"),
            (f32::NEG_INFINITY, "-inf"),
        ];
        for (x, expected) in cases {
            assert_eq!(shortest(x), expected);
            assert_eq!(x.to_string(), expected, "the standard library agrees");
        }
        assert_eq!(format!("scale({})", Shortest(0.25)), "scale(0.25)");
    }

    /// Every non-negative `f32` (a negative one is the same digits after a `-`), on every core;
    /// about an hour of processor time in an optimised build:
    /// `cargo test --profile bench -p atlas-core --lib decimal -- --ignored`.
    #[test]
    #[ignore = "exhaustive: an hour of processor time, run it in an optimised build"]
    fn shortest_writes_what_to_string_writes_for_every_f32() {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let bad: Vec<String> = std::thread::scope(|s| {
            let share = |t: usize| (t as u32..=0x7fff_ffff).step_by(threads).map(f32::from_bits);
            let workers: Vec<_> =
                (0..threads).map(|t| s.spawn(move || shortest_mismatches(share(t)))).collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|_| vec!["a worker panicked".into()]))
                .collect()
        });
        assert_eq!(bad, Vec::<String>::new());
    }

    #[test]
    fn clamp_is_the_standard_clamp_without_the_panic() {
        for (x, min, max) in [(5.0f32, 0.0, 1.0), (-5.0, 0.0, 1.0), (0.5, 0.0, 1.0), (0.0, -0.0, 0.0)] {
            assert_eq!(clamp(x, min, max).to_bits(), f32::clamp(x, min, max).to_bits());
        }
        assert!(clamp(f32::NAN, 0.0, 1.0).is_nan());
        assert_eq!(clamp(2.0, 1.0, 0.0), 0.0, "inverted bounds do not panic");
        assert_eq!(clamp(2.0, f64::NAN, 1.0), 1.0);
    }

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

        #[test]
        fn fixed_matches_format_for_any_float(bits: u64, places in 0..=40usize) {
            let x = f64::from_bits(bits);
            prop_assert_eq!(fixed(x, places), format!("{x:.places$}"));
        }

        #[test]
        fn shortest_matches_to_string_for_any_float(bits: u32) {
            let x = f32::from_bits(bits);
            prop_assert_eq!(shortest(x), x.to_string());
        }

        #[test]
        fn what_shortest_writes_is_read_back(x in -1.0e6f32..1.0e6) {
            let back = parse(&shortest(x)).unwrap();
            prop_assert!((back - x).abs() <= x.abs() * 1e-6 + 1e-12, "{x} came back as {back}");
        }
    }
}
