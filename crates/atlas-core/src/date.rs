//! Calendar dates of articles and of leaders' terms of office.

use std::fmt;

/// English month names, January first: how dates are written for readers.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date (proleptic Gregorian), ordered chronologically.
///
/// An article's date may be partial: `day == 0` means only the month is known (`2019-01`),
/// `month == 0` only the year (`2019`), and [`Date::UNDATED`] (year 0) that the article has no date
/// at all. Partial dates sort before the days of their period, undated before every date; see
/// [`Date::precision`]. Leaders' terms and the view's range are always whole days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// An article that says no date: shown as "undated", never placed in a period.
    pub const UNDATED: Date = Date { year: 0, month: 0, day: 0 };

    pub const fn is_undated(self) -> bool {
        self.year == 0
    }

    /// How much of the date is known.
    pub const fn precision(self) -> Precision {
        if self.year == 0 {
            Precision::Undated
        } else if self.month == 0 {
            Precision::Year
        } else if self.day == 0 {
            Precision::Month
        } else {
            Precision::Day
        }
    }

    /// The first day of the period a partial date names (itself for a day).
    pub fn first_day(self) -> Date {
        Date { month: self.month.max(1), day: self.day.max(1), ..self }
    }

    /// The last day of the period a partial date names (itself for a day).
    pub fn last_day(self) -> Date {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 { days_in_month(self.year, month) } else { self.day };
        Date { month, day, ..self }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the last two as partial dates).
    pub fn parse_partial(s: &str) -> Result<Date, String> {
        let t = s.trim();
        let bad = || format!("`{t}` is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
        match t.len() {
            4 | 7 => {
                let (y, m) = t.split_at(4);
                if !y.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(bad());
                }
                let year: u16 = y.parse().map_err(|_| bad())?;
                if year == 0 {
                    return Err(format!("`{t}`: there is no year 0"));
                }
                let month = match m.strip_prefix('-') {
                    None if m.is_empty() => 0,
                    Some(m) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
                        let month: u8 = m.parse().map_err(|_| bad())?;
                        if !(1..=12).contains(&month) {
                            return Err(format!("`{t}`: month {month} is not between 01 and 12"));
                        }
                        month
                    }
                    _ => return Err(bad()),
                };
                Ok(Date { year, month, day: 0 })
            }
            10 => Date::parse(t)
                .map_err(|e| e.replace("of the form YYYY-MM-DD", "of the form YYYY-MM-DD, YYYY-MM or YYYY")),
            _ => Err(bad()),
        }
    }

    /// Parses `YYYY-MM-DD`, checking the month and the day against the month's length.
    pub fn parse(s: &str) -> Result<Date, String> {
        let bad = || format!("`{s}` is not a date of the form YYYY-MM-DD");
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year: u16 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        let day: u8 = d.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(format!("`{s}`: month {month} is not between 01 and 12"));
        }
        if year == 0 {
            return Err(format!("`{s}`: there is no year 0"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{s}`: day {day} does not exist in that month"));
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), for ranges and sliders. A partial date counts
    /// from the first day of its month or year; [`Date::UNDATED`] is `i32::MIN`, before every day.
    pub fn days_since_epoch(self) -> i32 {
        if self.is_undated() {
            return i32::MIN;
        }
        let (month, day) = (self.month.max(1), self.day.max(1));
        let this = Date { month, day, ..self };
        // Howard Hinnant's days_from_civil.
        let y = i32::from(this.year) - i32::from(this.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i32::from(this.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(this.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Inverse of [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(z: i32) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i32::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

/// How much of a [`Date`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Year,
    Undated,
}

/// The days of a month (1–12) in a year.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Undated => f.write_str("undated"),
        }
    }
}

/// As written by [`fmt::Display`] (`2019-01-23`, `2019-01`, `2019`), which [`Date::parse_partial`]
/// reads back.
#[cfg(feature = "json")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_a_date() {
        let d = Date::parse("2024-07-30").unwrap();
        assert_eq!(d, Date::new(2024, 7, 30));
        assert_eq!(d.to_string(), "2024-07-30");
    }

    #[test]
    fn rejects_impossible_dates_with_a_reason() {
        assert!(Date::parse("2023-02-29").unwrap_err().contains("day 29"));
        assert!(Date::parse("2024-13-01").unwrap_err().contains("month 13"));
        assert!(Date::parse("24-07-30").is_err());
        assert!(Date::parse("2024-07-30-1").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn partial_dates_parse_print_and_sort_before_their_days() {
        let cases = [
            ("2019-01", Date::new(2019, 1, 0), Precision::Month),
            ("2019", Date::new(2019, 0, 0), Precision::Year),
            (" 2024-07-30 ", Date::new(2024, 7, 30), Precision::Day),
        ];
        for (text, date, precision) in cases {
            let got = Date::parse_partial(text).unwrap();
            assert_eq!((got, got.precision()), (date, precision), "{text}");
            assert_eq!(got.to_string(), text.trim());
        }
        for bad in ["2019-13", "2019-1", "19", "2019-01-32", "0000", "abcd", "2019-", "", "2019/01"] {
            assert!(Date::parse_partial(bad).is_err(), "{bad}");
        }
        assert!(Date::parse_partial("2019-13").unwrap_err().contains("month 13"));
        // Strict parsing still wants a whole day.
        assert!(Date::parse("2019-01").is_err());
        assert!(Date::new(2019, 0, 0) < Date::new(2019, 1, 0));
        assert!(Date::new(2019, 1, 0) < Date::new(2019, 1, 1));
        assert!(Date::UNDATED < Date::new(1900, 0, 0));
        assert_eq!(Date::UNDATED.to_string(), "undated");
        assert_eq!(Date::new(2019, 1, 0).days_since_epoch(), Date::new(2019, 1, 1).days_since_epoch());
        assert_eq!(Date::new(2019, 0, 0).days_since_epoch(), Date::new(2019, 1, 1).days_since_epoch());
        assert_eq!(Date::UNDATED.days_since_epoch(), i32::MIN);
        assert_eq!(
            (Date::new(2024, 2, 0).first_day(), Date::new(2024, 2, 0).last_day()),
            (Date::new(2024, 2, 1), Date::new(2024, 2, 29))
        );
        assert_eq!(
            (Date::new(2019, 0, 0).first_day(), Date::new(2019, 0, 0).last_day()),
            (Date::new(2019, 1, 1), Date::new(2019, 12, 31))
        );
        assert_eq!(Date::new(2019, 3, 4).last_day(), Date::new(2019, 3, 4));
    }

    #[test]
    fn day_numbers_round_trip_and_order() {
        assert_eq!(Date::new(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).days_since_epoch(), 11_017);
        for z in [-1000, 0, 17_000, 20_000, 20_420] {
            assert_eq!(Date::from_days_since_epoch(z).days_since_epoch(), z);
        }
        assert!(Date::new(2017, 11, 21) < Date::new(2018, 12, 4));
    }
}
