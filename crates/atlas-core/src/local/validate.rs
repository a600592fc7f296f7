//! Validation: the "Add article" form checked field by field into a [`LocalArticle`], and the
//! checks every local article passes wherever it comes from (a file, storage, a link).

use super::{
    content_id, day_of, format_size, LocalArticle, CONTROL_RATIO, MAX_OUTLET_CHARS, MAX_TEXT_BYTES,
    MAX_TITLE_CHARS, MS_PER_DAY,
};
use crate::date::{Date, Precision};
use std::fmt;

/// The form of the "Add article" dialog, as typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArticleDraft<'a> {
    pub title: &'a str,
    pub outlet: &'a str,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty (then read from the text, if it says one).
    pub date: &'a str,
    pub date_approximate: bool,
    /// The original's address, or empty.
    pub url: &'a str,
    pub text: &'a str,
}

/// The dialog field a problem belongs to, so it can be shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Text,
    Title,
    Outlet,
    Date,
    Url,
}

/// Why an article (or a dropped file) cannot be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleError {
    EmptyText,
    TextTooLarge {
        bytes: usize,
    },
    FileTooLarge {
        bytes: u64,
    },
    /// Looks like a binary file: NUL bytes or many control characters.
    NotText {
        reason: String,
    },
    TitleTooLong {
        chars: usize,
    },
    OutletTooLong {
        chars: usize,
    },
    BadDate {
        message: String,
    },
    FutureDate {
        date: Date,
    },
    BadUrl {
        message: String,
    },
    /// The same text is already among the reader's articles.
    AlreadyAdded {
        title: String,
    },
}

impl ArticleError {
    pub fn field(&self) -> Field {
        match self {
            ArticleError::EmptyText
            | ArticleError::TextTooLarge { .. }
            | ArticleError::FileTooLarge { .. }
            | ArticleError::NotText { .. }
            | ArticleError::AlreadyAdded { .. } => Field::Text,
            ArticleError::TitleTooLong { .. } => Field::Title,
            ArticleError::OutletTooLong { .. } => Field::Outlet,
            ArticleError::BadDate { .. } | ArticleError::FutureDate { .. } => Field::Date,
            ArticleError::BadUrl { .. } => Field::Url,
        }
    }
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let limit = format_size(MAX_TEXT_BYTES as u64);
        match self {
            ArticleError::EmptyText => f.write_str("The article text is empty."),
            ArticleError::TextTooLarge { bytes } => {
                write!(f, "The text is {}; the limit is {limit}.", format_size(*bytes as u64))
            }
            ArticleError::FileTooLarge { bytes } => {
                write!(f, "The file is {}; articles can hold up to {limit} of text.", format_size(*bytes))
            }
            ArticleError::NotText { reason } => {
                write!(
                    f,
                    "This does not look like a text file ({reason}). Drop a .txt file or paste the text."
                )
            }
            ArticleError::TitleTooLong { chars } => {
                write!(f, "The title has {chars} characters; the limit is {MAX_TITLE_CHARS}.")
            }
            ArticleError::OutletTooLong { chars } => {
                write!(f, "The outlet has {chars} characters; the limit is {MAX_OUTLET_CHARS}.")
            }
            ArticleError::BadDate { message } => write!(f, "The date is not valid: {message}."),
            ArticleError::FutureDate { date } => write!(f, "The date {date} is in the future."),
            ArticleError::BadUrl { message } => write!(f, "The address is not valid: {message}."),
            ArticleError::AlreadyAdded { title } => {
                write!(f, "This text is already in your articles as “{title}”.")
            }
        }
    }
}

impl std::error::Error for ArticleError {}

/// Checks the dialog's fields and builds the article, or returns every problem found (one per field
/// at most, text first). `added_at` is now, in milliseconds since the epoch; `existing` are the
/// reader's articles, to refuse a text added twice.
pub fn validate(
    draft: &ArticleDraft,
    added_at: u64,
    existing: &[LocalArticle],
) -> Result<LocalArticle, Vec<ArticleError>> {
    let mut errors = Vec::new();
    let text = normalize_text(draft.text);
    let id = content_id(&text);
    if let Err(e) = check_text(&text) {
        errors.push(e);
    } else if let Some(a) = existing.iter().find(|a| a.id == id) {
        errors.push(ArticleError::AlreadyAdded { title: a.display_title() });
    }
    let title = draft.title.trim();
    if let Err(e) = check_title(title) {
        errors.push(e);
    }
    let outlet = draft.outlet.trim();
    if let Err(e) = check_outlet(outlet) {
        errors.push(e);
    }
    let today = latest_day(added_at);
    let (date, date_approximate) = match draft.date.trim() {
        // No date given: undated, unless the text says one ([`LocalArticle::take_text_date`]).
        "" => (None, false),
        d => match Date::parse_partial(d) {
            Ok(date) if date > today => {
                errors.push(ArticleError::FutureDate { date });
                (None, false)
            }
            // A month or a year is an estimate by nature.
            Ok(date) => (Some(date), draft.date_approximate || date.precision() != Precision::Day),
            Err(message) => {
                errors.push(ArticleError::BadDate { message });
                (None, false)
            }
        },
    };
    let url = match draft.url.trim() {
        "" => None,
        u => match crate::corpus::check_url(u) {
            Ok(()) => Some(u.to_string()),
            Err(message) => {
                errors.push(ArticleError::BadUrl { message });
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(LocalArticle {
        id,
        title: title.to_string(),
        outlet: outlet.to_string(),
        date,
        date_approximate,
        url,
        text,
        added_at,
        rejected: Vec::new(),
    })
}

/// The latest day an article added at `added_at` may carry: a day of slack, as `added_at` is UTC
/// and the reader's calendar may be a day ahead.
pub fn latest_day(added_at: u64) -> Date {
    day_of(added_at.saturating_add(MS_PER_DAY))
}

impl LocalArticle {
    /// Dates an article the reader gave no date by what its text says
    /// ([`crate::dateline::read`]`(&self.text, latest_day(self.added_at))`, which the app asks
    /// of the extractor module): a month is approximate by nature. An article with a date keeps
    /// it, and one the text does not date stays undated.
    pub fn take_text_date(&mut self, found: Option<&crate::dateline::TextDate>) {
        if let (None, Some(found)) = (self.date, found) {
            self.date = Some(found.date);
            self.date_approximate = found.approximate || found.date.precision() != Precision::Day;
        }
    }
}

/// `\r\n` and lone `\r` become `\n`; a leading byte-order mark goes.
pub fn normalize_text(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The checks every local article's text passes, wherever it comes from.
pub fn check_text(text: &str) -> Result<(), ArticleError> {
    if text.trim().is_empty() {
        return Err(ArticleError::EmptyText);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(ArticleError::TextTooLarge { bytes: text.len() });
    }
    if text.contains('\0') {
        return Err(ArticleError::NotText { reason: "it contains NUL characters".into() });
    }
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}') {
            controls += 1;
        }
    }
    if controls * CONTROL_RATIO > chars {
        return Err(ArticleError::NotText {
            reason: format!("{controls} of its {chars} characters are control codes"),
        });
    }
    Ok(())
}

pub(super) fn check_title(title: &str) -> Result<(), ArticleError> {
    let chars = title.chars().count();
    if chars > MAX_TITLE_CHARS {
        return Err(ArticleError::TitleTooLong { chars });
    }
    Ok(())
}

pub(super) fn check_outlet(outlet: &str) -> Result<(), ArticleError> {
    let chars = outlet.chars().count();
    if chars > MAX_OUTLET_CHARS {
        return Err(ArticleError::OutletTooLong { chars });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::tests::{article, NOW};

    #[test]
    fn each_bad_field_is_reported_next_to_its_field() {
        let long_title = "t".repeat(MAX_TITLE_CHARS + 1);
        let long_outlet = "ó".repeat(MAX_OUTLET_CHARS + 1);
        let big = "a".repeat(MAX_TEXT_BYTES + 1);
        let cases: Vec<(ArticleDraft, Vec<(Field, &str)>)> = vec![
            (
                ArticleDraft { text: "", ..Default::default() },
                vec![(Field::Text, "The article text is empty.")],
            ),
            (ArticleDraft { text: " \n\t", ..Default::default() }, vec![(Field::Text, "empty")]),
            (
                ArticleDraft { text: &big, ..Default::default() },
                vec![(Field::Text, "The text is 1.01 MB; the limit is 1 MB.")],
            ),
            (ArticleDraft { text: "a\0b", ..Default::default() }, vec![(Field::Text, "NUL")]),
            (
                ArticleDraft { text: "ok\x01\x02 text", ..Default::default() },
                vec![(Field::Text, "2 of its 9 characters")],
            ),
            (
                ArticleDraft { text: "ok", title: &long_title, ..Default::default() },
                vec![(Field::Title, "The title has 301 characters; the limit is 300.")],
            ),
            (
                ArticleDraft { text: "ok", outlet: &long_outlet, ..Default::default() },
                vec![(Field::Outlet, "The outlet has 121 characters; the limit is 120.")],
            ),
            (
                ArticleDraft { text: "ok", date: "2024-02-30", ..Default::default() },
                vec![(Field::Date, "day 30")],
            ),
            (
                ArticleDraft { text: "ok", date: "30/07/2024", ..Default::default() },
                vec![(Field::Date, "YYYY-MM-DD")],
            ),
            (
                ArticleDraft { text: "ok", date: "2024-08-01", ..Default::default() },
                vec![(Field::Date, "The date 2024-08-01 is in the future.")],
            ),
            (
                ArticleDraft { text: "", title: &long_title, date: "soon", ..Default::default() },
                vec![(Field::Text, "empty"), (Field::Title, "301"), (Field::Date, "soon")],
            ),
        ];
        for (draft, expected) in cases {
            let errors = validate(&draft, NOW, &[]).unwrap_err();
            let got: Vec<(Field, String)> = errors.iter().map(|e| (e.field(), e.to_string())).collect();
            assert_eq!(got.len(), expected.len(), "{got:?}");
            for ((field, message), (want_field, want)) in got.iter().zip(&expected) {
                assert_eq!(field, want_field, "{message}");
                assert!(message.contains(want), "{message:?} should contain {want:?}");
            }
        }
    }

    #[test]
    fn without_a_date_the_text_dates_the_article_or_it_stays_undated() {
        // As the Add dialog does: validate, then the text's date for a form without one.
        let add = |text: &str, date: &str, approximate: bool| {
            let draft = ArticleDraft { text, date, date_approximate: approximate, ..Default::default() };
            validate(&draft, NOW, &[]).map(|mut a| {
                a.take_text_date(crate::dateline::read(&a.text, latest_day(a.added_at)).as_ref());
                (a.date, a.date_approximate, a.effective_date())
            })
        };
        // A dateline: exact.
        let got = add("SANTIAGO, 2 de junio de 2024 — Chile pidió una revisión del conteo.", "", false);
        let day = Date::new(2024, 6, 2);
        assert_eq!(got, Ok((Some(day), false, (day, false))));
        // A day mentioned, the year from elsewhere: approximate.
        let got = add("Ministers met on July 2 to discuss the 2024 vote; Peru spoke.", "", false);
        let day = Date::new(2024, 7, 2);
        assert_eq!(got, Ok((Some(day), true, (day, true))));
        // Nothing: undated, never the day it was added.
        let got = add("Peru recalled its ambassador.", "", false).unwrap();
        assert_eq!(got, (None, false, (Date::UNDATED, false)));
        // The reader's date wins over the text's.
        let got = add("SANTIAGO, 2 de junio de 2024 — Chile habló.", "2024-06-05", false).unwrap();
        assert_eq!(got.0, Some(Date::new(2024, 6, 5)));
        // A date in the text after the day it is added is a plan: not taken.
        assert_eq!(add("SANTIAGO, 2 de agosto de 2024 — Chile habló.", "", false).unwrap().0, None);
        // A month or a year is accepted, and approximate even unticked.
        assert_eq!(add("Peru spoke.", "2019-01", false).unwrap().0, Some(Date::new(2019, 1, 0)));
        assert!(add("Peru spoke.", "2019-01", false).unwrap().1);
        assert_eq!(add("Peru spoke.", "2019", true).unwrap().0, Some(Date::new(2019, 0, 0)));
    }

    #[test]
    fn an_address_must_be_http_or_https() {
        for (url, want) in [
            ("javascript:alert(1)", "does not start with http:// or https://"),
            ("https://", "names no host"),
            ("https://a b", "contains"),
        ] {
            let draft = ArticleDraft { text: "Peru spoke.", url, ..Default::default() };
            let errors = validate(&draft, NOW, &[]).unwrap_err();
            assert_eq!(errors.len(), 1, "{url}");
            assert_eq!(errors[0].field(), Field::Url);
            let message = errors[0].to_string();
            assert!(message.starts_with("The address is not valid: ") && message.contains(want), "{message}");
        }
        let draft = ArticleDraft { text: "Peru spoke.", url: "  ", ..Default::default() };
        assert_eq!(validate(&draft, NOW, &[]).unwrap().url, None);
    }

    #[test]
    fn a_good_draft_becomes_an_article_with_trimmed_fields_and_unix_newlines() {
        let draft = ArticleDraft {
            title: "  Peru recalls envoy ",
            outlet: " El Pitazo",
            date: "2024-07-31",
            date_approximate: true,
            url: " https://example.org/peru ",
            text: "\u{FEFF}Line one.\r\nLine two.\rEnd.",
        };
        let a = validate(&draft, NOW, &[]).unwrap();
        assert_eq!((a.title.as_str(), a.outlet.as_str()), ("Peru recalls envoy", "El Pitazo"));
        assert_eq!(a.text, "Line one.\nLine two.\nEnd.");
        assert_eq!((a.date, a.date_approximate), (Some(Date::new(2024, 7, 31)), true));
        assert_eq!(a.url.as_deref(), Some("https://example.org/peru"));
        assert_eq!(a.id, content_id("Line one.\nLine two.\nEnd."));
        assert_eq!((a.added_at, a.rejected.len()), (NOW, 0));
    }

    #[test]
    fn the_same_text_cannot_be_added_twice_even_with_other_line_endings() {
        let first = article("One.\nTwo.");
        let again = ArticleDraft { text: "One.\r\nTwo.", ..Default::default() };
        let errors = validate(&again, NOW, std::slice::from_ref(&first)).unwrap_err();
        assert_eq!(errors, [ArticleError::AlreadyAdded { title: "A title".into() }]);
    }
}
