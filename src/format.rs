//! How the app writes dates and counts for readers.

use atlas_core::date::{Date, Precision, MONTH_NAMES};

/// What an undated article's date reads as, everywhere a date is shown.
pub const UNDATED: &str = "undated";
/// Why, for a tooltip.
pub const UNDATED_TITLE: &str =
    "The article gives no date: it counts over all of time and in no period of a date range";

/// `4 December 2018`, `about January 2019`, `about 2019`, or `undated`; "about" when the date is
/// an estimate.
pub fn article_date(date: Date, approximate: bool) -> String {
    let month = MONTH_NAMES.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("?");
    let prefix = if approximate { "about " } else { "" };
    match date.precision() {
        Precision::Day => format!("{prefix}{} {month} {}", date.day, date.year),
        Precision::Month => format!("{prefix}{month} {}", date.year),
        Precision::Year => format!("{prefix}{}", date.year),
        Precision::Undated => UNDATED.to_string(),
    }
}

/// The date as the table and the CSV write it: `2018-12-04`, `about 2019-01`, `undated`.
pub fn short_date(date: Date, approximate: bool) -> String {
    if approximate && !date.is_undated() {
        format!("about {date}")
    } else {
        date.to_string()
    }
}

/// `1 claim`, `3 claims`.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approximate_dates_are_marked_about() {
        let cases = [
            (Date::new(2018, 12, 4), true, "about 4 December 2018"),
            (Date::new(2024, 7, 30), false, "30 July 2024"),
            (Date::new(2017, 1, 1), false, "1 January 2017"),
            (Date::new(2019, 1, 0), true, "about January 2019"),
            (Date::new(2019, 0, 0), true, "about 2019"),
            (Date::UNDATED, false, "undated"),
            (Date::UNDATED, true, "undated"),
        ];
        for (date, approximate, expected) in cases {
            assert_eq!(article_date(date, approximate), expected);
        }
        assert_eq!(short_date(Date::new(2019, 1, 0), true), "about 2019-01");
        assert_eq!(short_date(Date::UNDATED, true), "undated");
        assert_eq!(short_date(Date::new(2024, 7, 30), false), "2024-07-30");
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(count(1, "claim", "claims"), "1 claim");
        assert_eq!(count(0, "claim", "claims"), "0 claims");
        assert_eq!(count(3, "claim", "claims"), "3 claims");
    }
}
