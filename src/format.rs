//! How the app writes dates and counts for readers.

use atlas_core::date::{Date, MONTH_NAMES};

/// `4 December 2018`, or `about 4 December 2018` when the date is an estimate.
pub fn article_date(date: Date, approximate: bool) -> String {
    let month = MONTH_NAMES.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("?");
    let prefix = if approximate { "about " } else { "" };
    format!("{prefix}{} {month} {}", date.day, date.year)
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
        ];
        for (date, approximate, expected) in cases {
            assert_eq!(article_date(date, approximate), expected);
        }
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(count(1, "claim", "claims"), "1 claim");
        assert_eq!(count(0, "claim", "claims"), "0 claims");
        assert_eq!(count(3, "claim", "claims"), "3 claims");
    }
}
