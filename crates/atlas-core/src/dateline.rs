//! The date an article gives itself, read from its text: a dateline at its head ("CARACAS, Jan 10
//! (Reuters) -", "BOGOTÁ, 12 de enero de 2019 —", "Brasília, 5 de agosto de 2024"), or else the
//! latest day it mentions ("on July 29", the year taken from elsewhere in the text), in English,
//! Spanish and Portuguese.
//!
//! The rules, in order:
//!
//! 1. **Dateline.** A date in one of the first three non-empty lines, alone on its line or after a
//!    short place name ending in a comma (`CARACAS,`, `Brasília,`). With its year it is the
//!    article's date, exact; without one, the year is the latest the text mentions (not after
//!    today), and the date is marked approximate.
//! 2. **Mentions.** Otherwise every day-and-month the text mentions (`July 29`, `29 de julio`,
//!    `29 de julho de 2024`, `2024-07-29`), each with its own year or, without one, the latest
//!    year the text mentions; the latest such day not after today is the article's date,
//!    approximate (an article is no older than the latest day it reports).
//! 3. **Month.** Otherwise the latest month-and-year it mentions (`January 2019`, `enero de 2019`),
//!    as a month, approximate.
//! 4. Otherwise the article is undated: [`read`] returns `None`, and nothing is invented.
//!
//! English month names count only when capitalised ("may" is a verb) and may stand before or
//! after the day; Spanish and Portuguese ones, in any case, after it (`30 jul`, `5 de mar`);
//! short forms never date a month alone. Any text is accepted: the reading never panics.
//!
//! ```
//! use atlas_core::{date::Date, dateline::{read, How}};
//! let today = Date::new(2026, 1, 1);
//! let found = read("LIMA, March 3 (Wire) - Peru said something.", today);
//! assert_eq!(found, None); // no year anywhere: undated rather than guessed
//! let found = read("LIMA, March 3, 2021 (Wire) - Peru said something.", today).unwrap();
//! assert_eq!((found.date, found.approximate, found.how), (Date::new(2021, 3, 3), false, How::Dateline));
//! ```

use crate::date::{days_in_month, Date};
use crate::query::{is_separator, latin_lowercase};

/// A letter of a word: Latin letters, and any other character that does not separate words (the
/// Latin-script rules of [`is_separator`]; core's Unicode tables would cost the app's wasm).
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && !is_separator(c))
}

fn lowercase(word: &str) -> String {
    word.chars().map(latin_lowercase).collect()
}

/// Whether `word` lowercased is `lower` (already lowercase), without building the lowercase word:
/// this runs on every word of an article, up to three times.
fn lowercase_is(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        return word.len() == lower.len() && word.eq_ignore_ascii_case(lower);
    }
    word.chars().map(latin_lowercase).eq(lower.chars())
}

/// How the date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// From the dateline at the head of the article.
    Dateline,
    /// From a day (or month) the article mentions.
    Mention,
}

/// A date read from an article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextDate {
    /// A day, or a month (`day == 0`) when only a month and year were found.
    pub date: Date,
    /// Not printed as the article's own date: taken from a mention, or its year from elsewhere.
    pub approximate: bool,
    pub how: How,
    /// Byte span of the words the date was read from.
    pub start: usize,
    pub end: usize,
}

impl TextDate {
    /// The words it was read from, for telling the reader ("read from “CARACAS, Jan 10”").
    pub fn source<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The first lines searched for a dateline, and the longest place name before one.
const DATELINE_LINES: usize = 3;
const MAX_PLACE_CHARS: usize = 60;
/// Years outside this range are taken for other numbers.
const YEARS: std::ops::RangeInclusive<u16> = 1900..=2099;

/// Reads the article's date from its text; `None` when it says none. Dates after `today` are
/// ignored (plans and deadlines are not publication dates).
pub fn read(text: &str, today: Date) -> Option<TextDate> {
    let tokens = tokenize(text);
    let found = mentions(text, &tokens);
    let latest_year = tokens
        .iter()
        .filter_map(|t| match t.kind {
            Kind::Number(n) if t.digits == 4 && YEARS.contains(&n) && n <= today.year => Some(n),
            _ => None,
        })
        .max();
    let resolve = |m: &Mention| -> Option<(Date, bool)> {
        let (year, guessed) = match m.year {
            Some(y) => (y, false),
            None => (latest_year?, true),
        };
        let day = m.day.unwrap_or(0);
        if m.day.is_some() && day > days_in_month(year, m.month) {
            return None;
        }
        let date = Date::new(year, m.month, day);
        (date <= today).then_some((date, guessed))
    };
    let head = head_end(text);
    if let Some((m, (date, guessed))) = found
        .iter()
        .filter(|m| m.day.is_some() && m.start < head && is_dateline(text, m))
        .find_map(|m| Some((m, resolve(m)?)))
    {
        return Some(TextDate { date, approximate: guessed, how: How::Dateline, start: m.start, end: m.end });
    }
    let latest = |days: bool| {
        found
            .iter()
            .filter(|m| m.day.is_some() == days)
            .filter_map(|m| Some((resolve(m)?.0, m)))
            .max_by_key(|(d, m)| (*d, std::cmp::Reverse(m.start)))
    };
    let (date, m) = latest(true).or_else(|| latest(false))?;
    Some(TextDate { date, approximate: true, how: How::Mention, start: m.start, end: m.end })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Number(u16),
    /// Any other character but white space.
    Mark(char),
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
    /// Digits of a number (a year has four).
    digits: usize,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_letter(c) || c.is_ascii_digit() {
            let digit = c.is_ascii_digit();
            let mut end = start + c.len_utf8();
            while let Some(&(i, n)) = chars.peek() {
                let same = if digit { n.is_ascii_digit() } else { is_letter(n) };
                if !same {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
            let kind = if digit {
                // Longer runs are not days or years: their value is kept out of range.
                Kind::Number(text[start..end].parse().unwrap_or(u16::MAX))
            } else {
                Kind::Word
            };
            tokens.push(Token { kind, start, end, digits: if digit { end - start } else { 0 } });
        } else {
            tokens.push(Token { kind: Kind::Mark(c), start, end: start + c.len_utf8(), digits: 0 });
        }
    }
    tokens
}

/// A date the text mentions; `day` is `None` for a month and year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mention {
    day: Option<u8>,
    month: u8,
    year: Option<u16>,
    start: usize,
    end: usize,
}

/// Month names of the three languages: (name, month, is English). Short forms ([`SHORT_FORMS`])
/// count only next to a day.
const MONTHS: &[(&str, u8, bool)] = &[
    ("january", 1, true),
    ("jan", 1, true),
    ("february", 2, true),
    ("feb", 2, true),
    ("march", 3, true),
    ("mar", 3, true),
    ("april", 4, true),
    ("apr", 4, true),
    ("may", 5, true),
    ("june", 6, true),
    ("jun", 6, true),
    ("july", 7, true),
    ("jul", 7, true),
    ("august", 8, true),
    ("aug", 8, true),
    ("september", 9, true),
    ("sept", 9, true),
    ("sep", 9, true),
    ("october", 10, true),
    ("oct", 10, true),
    ("november", 11, true),
    ("nov", 11, true),
    ("december", 12, true),
    ("dec", 12, true),
    // Spanish
    ("enero", 1, false),
    ("ene", 1, false),
    ("febrero", 2, false),
    ("marzo", 3, false),
    ("abril", 4, false),
    ("abr", 4, false),
    ("mayo", 5, false),
    ("junio", 6, false),
    ("julio", 7, false),
    ("agosto", 8, false),
    ("ago", 8, false),
    ("septiembre", 9, false),
    ("setiembre", 9, false),
    ("octubre", 10, false),
    ("noviembre", 11, false),
    ("diciembre", 12, false),
    ("dic", 12, false),
    ("feb", 2, false),
    ("mar", 3, false),
    ("may", 5, false),
    ("jun", 6, false),
    ("jul", 7, false),
    ("sep", 9, false),
    ("sept", 9, false),
    ("oct", 10, false),
    ("nov", 11, false),
    // Portuguese
    ("janeiro", 1, false),
    ("fevereiro", 2, false),
    ("fev", 2, false),
    ("março", 3, false),
    ("marco", 3, false),
    ("maio", 5, false),
    ("mai", 5, false),
    ("junho", 6, false),
    ("julho", 7, false),
    ("setembro", 9, false),
    ("set", 9, false),
    ("outubro", 10, false),
    ("out", 10, false),
    ("novembro", 11, false),
    ("dezembro", 12, false),
    ("dez", 12, false),
    ("jan", 1, false),
];

/// The short forms among [`MONTHS`]' names.
const SHORT_FORMS: [&str; 21] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr", "ago",
    "dic", "fev", "mai", "set", "out", "dez",
];

/// Where a month name stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// After a day: `29 July`, `29 de julio`, `30 jul`: any language.
    AfterDay,
    /// Before a day: `July 29`: English only, as Spanish and Portuguese put the day first.
    BeforeDay,
    /// Before a year: `January 2019`, `enero de 2019`: full names only.
    BeforeYear,
}

/// The month a word names in that place. English names count only capitalised ("may" is a
/// verb); Spanish and Portuguese ones in any case, but their short forms only after a day.
fn month_of(word: &str, place: Place) -> Option<u8> {
    if word.chars().count() > 10 {
        return None;
    }
    let first = word.chars().next()?;
    let capitalised = first != latin_lowercase(first);
    // Every month name begins with an ASCII letter.
    let initial = latin_lowercase(first);
    if !initial.is_ascii_lowercase() {
        return None;
    }
    MONTHS
        .iter()
        .filter(|(name, _, _)| name.as_bytes()[0] == initial as u8 && lowercase_is(word, name))
        .find(|&&(name, _, english)| {
            // "may" is a full name in English, a short form of "mayo" in Spanish.
            let short = SHORT_FORMS.contains(&name) || (name == "may" && !english);
            let language = if english { capitalised } else { place != Place::BeforeDay };
            language && !(short && place == Place::BeforeYear)
        })
        .map(|&(_, month, _)| month)
}

/// Connecting words between day, month and year: `de` (Spanish, Portuguese), `del`, `of`.
fn is_connector(text: &str, t: &Token) -> bool {
    t.kind == Kind::Word && ["de", "del", "of"].iter().any(|c| lowercase_is(&text[t.start..t.end], c))
}

fn mentions(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let word = |i: usize| tokens.get(i).filter(|t| t.kind == Kind::Word).map(|t| &text[t.start..t.end]);
    let number = |i: usize| match tokens.get(i).map(|t| (t.kind, t.digits)) {
        Some((Kind::Number(n), d)) => Some((n, d)),
        _ => None,
    };
    let mark = |i: usize, c: char| tokens.get(i).is_some_and(|t| t.kind == Kind::Mark(c));
    let day_at = |i: usize| number(i).filter(|&(n, d)| d <= 2 && (1..=31).contains(&n)).map(|(n, _)| n as u8);
    let year_at = |i: usize| number(i).filter(|&(n, d)| d == 4 && YEARS.contains(&n)).map(|(n, _)| n);
    // Skips an ordinal ending after a day: `29th`, `1º`, `1.º`, `1er`.
    let after_ordinal = |mut i: usize| {
        let ordinal_sign = |i: usize| mark(i, '°') || matches!(word(i), Some("º" | "ª"));
        if mark(i, '.') && ordinal_sign(i + 1) {
            i += 1;
        }
        if ordinal_sign(i) {
            return i + 1;
        }
        match word(i).map(lowercase).as_deref() {
            Some("st" | "nd" | "rd" | "th" | "er" | "o") if i > 0 && tokens[i].start == tokens[i - 1].end => {
                i + 1
            }
            _ => i,
        }
    };
    // A year after the month at `i`: `, 2024`, `de 2024`, `del 2024`, ` 2024`; (year, next token).
    let year_after = |mut i: usize| {
        if mark(i, ',') || mark(i, '.') {
            i += 1;
        }
        if tokens.get(i).is_some_and(|t| is_connector(text, t)) {
            i += 1;
        }
        year_at(i).map(|y| (y, i + 1))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // ISO: 2024-07-29.
        if let (Some(y), true, Some((m, 2)), true, Some((d, 2))) =
            (year_at(i), mark(i + 1, '-'), number(i + 2), mark(i + 3, '-'), number(i + 4))
        {
            if (1..=12).contains(&m) && (1..=31).contains(&d) && tokens[i + 4].start == tokens[i + 3].end {
                let end = tokens[i + 4].end;
                out.push(Mention { day: Some(d as u8), month: m as u8, year: Some(y), start: t.start, end });
                i += 5;
                continue;
            }
        }
        // Day first: `29 July`, `29 de julio de 2024`, `1º de janeiro`.
        if let Some(day) = day_at(i) {
            let mut j = after_ordinal(i + 1);
            if tokens.get(j).is_some_and(|t| is_connector(text, t)) {
                j += 1;
            }
            if let Some(month) = word(j).and_then(|w| month_of(w, Place::AfterDay)) {
                let mut next = j + 1;
                if mark(next, '.') {
                    next += 1;
                }
                let (year, end) = match year_after(next) {
                    Some((y, n)) => (Some(y), tokens[n - 1].end),
                    None => (None, tokens[j].end),
                };
                out.push(Mention { day: Some(day), month, year, start: t.start, end });
                i = j + 1;
                continue;
            }
        }
        // Month first: `July 29, 2024`, `Jan. 10`, `January 2019`, `enero de 2019`: a number
        // within three tokens (after a period, comma or connector), so most words are not looked
        // up at all.
        if !(i + 1..i + 4).any(|k| number(k).is_some()) {
            i += 1;
            continue;
        }
        let before_day = word(i).and_then(|w| month_of(w, Place::BeforeDay));
        if let Some(month) = before_day {
            let mut j = i + 1;
            if mark(j, '.') {
                j += 1;
            }
            if let Some(day) = day_at(j).filter(|_| year_at(j).is_none()) {
                let k = after_ordinal(j + 1);
                let (year, end) = match year_after(k) {
                    Some((y, n)) => (Some(y), tokens[n - 1].end),
                    None => (None, tokens[k - 1].end),
                };
                out.push(Mention { day: Some(day), month, year, start: t.start, end });
                i = k;
                continue;
            }
        }
        if let Some(month) = word(i).and_then(|w| month_of(w, Place::BeforeYear)) {
            if let Some((y, n)) = year_after(i + 1) {
                out.push(Mention { day: None, month, year: Some(y), start: t.start, end: tokens[n - 1].end });
                i = n;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Where the first [`DATELINE_LINES`] non-empty lines end.
fn head_end(text: &str) -> usize {
    let mut seen = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        if !line.trim().is_empty() {
            seen += 1;
            if seen == DATELINE_LINES {
                break;
            }
        }
    }
    offset
}

/// A mention is a dateline when its line holds nothing before it but a short place name ending
/// in a comma (or nothing at all).
fn is_dateline(text: &str, m: &Mention) -> bool {
    let line_start = text[..m.start].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line_start..m.start].trim();
    if before.is_empty() {
        return true;
    }
    let Some(place) = before.strip_suffix(',') else { return false };
    let place = place.trim();
    !place.is_empty()
        && place.chars().count() <= MAX_PLACE_CHARS
        && place.chars().all(|c| is_letter(c) || matches!(c, ' ' | '-' | '.' | '\'' | '’' | ','))
        && !place.contains(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::new(2026, 12, 7);

    fn found(text: &str) -> Option<(Date, bool, How, &str)> {
        read(text, TODAY).map(|f| (f.date, f.approximate, f.how, f.source(text)))
    }

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day)
    }

    #[test]
    fn datelines_in_three_languages() {
        let cases = [
            (
                "QUITO, Feb 14, 2020 (Wire Service) - Ecuador's envoy spoke about the vote.",
                (d(2020, 2, 14), false, How::Dateline, "Feb 14, 2020"),
            ),
            (
                "MONTEVIDEO, 3 de marzo de 2021 — El canciller uruguayo habló con la prensa.",
                (d(2021, 3, 3), false, How::Dateline, "3 de marzo de 2021"),
            ),
            (
                "Porto Alegre, 9 de setembro de 2022\n\nO governo gaúcho comentou o caso.",
                (d(2022, 9, 9), false, How::Dateline, "9 de setembro de 2022"),
            ),
            (
                "Headline about a summit\nASUNCIÓN, 1º de junio de 2018.- Paraguay dijo algo.",
                (d(2018, 6, 1), false, How::Dateline, "1º de junio de 2018"),
            ),
            (
                "LIMA, 30 jul 2021 (Agencia).- El Perú habló del asunto.",
                (d(2021, 7, 30), false, How::Dateline, "30 jul 2021"),
            ),
            ("RECIFE, 4 set. 2023 — O governo falou.", (d(2023, 9, 4), false, How::Dateline, "4 set. 2023")),
            (
                "November 8th, 2019\nSomething happened in the region that day.",
                (d(2019, 11, 8), false, How::Dateline, "November 8th, 2019"),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(found(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_dateline_without_a_year_borrows_the_latest_year_and_is_approximate() {
        let text = "LA PAZ, Oct 5 (Newsdesk) - Bolivia spoke. The crisis began in 2017 and deepened in 2019.";
        assert_eq!(found(text), Some((d(2019, 10, 5), true, How::Dateline, "Oct 5")));
        // A year after today is a plan, not the article's year.
        let text = "LA PAZ, Oct 5 (Newsdesk) - Bolivia spoke about 2019 and about the 2031 vote.";
        assert_eq!(found(text), Some((d(2019, 10, 5), true, How::Dateline, "Oct 5")));
    }

    #[test]
    fn mentions_give_the_latest_day_approximately() {
        let text = "The talks on March 2 failed. Officials met again on March 20, after the 2023 summit.";
        assert_eq!(found(text), Some((d(2023, 3, 20), true, How::Mention, "March 20")));
        let text = "El 12 de abril de 2019 el gobierno de Chile habló; el 2 de mayo de 2019 volvió a hablar.";
        assert_eq!(found(text), Some((d(2019, 5, 2), true, How::Mention, "2 de mayo de 2019")));
        let text = "Na reunião de 30 de junho, o Itamaraty disse que a posição de 2024 segue igual.";
        assert_eq!(found(text), Some((d(2024, 6, 30), true, How::Mention, "30 de junho")));
        let text = "Figures released 2021-11-30 were disputed.";
        assert_eq!(found(text), Some((d(2021, 11, 30), true, How::Mention, "2021-11-30")));
    }

    #[test]
    fn a_month_and_year_is_a_month() {
        let text = "Since January 2019 the mission has been closed.";
        assert_eq!(found(text), Some((d(2019, 1, 0), true, How::Mention, "January 2019")));
        assert_eq!(found("Desde enero de 2019 la embajada está cerrada.").map(|f| f.0), Some(d(2019, 1, 0)));
        assert_eq!(found("Desde março de 2020 a embaixada está fechada.").map(|f| f.0), Some(d(2020, 3, 0)));
        // Four letters or fewer, and full names all the same.
        assert_eq!(found("Talks stalled in May 2019.").map(|f| f.0), Some(d(2019, 5, 0)));
        assert_eq!(found("Las charlas de mayo de 2020 fracasaron.").map(|f| f.0), Some(d(2020, 5, 0)));
        assert_eq!(found("As conversas de maio de 2021 fracassaram.").map(|f| f.0), Some(d(2021, 5, 0)));
        assert_eq!(
            found("Las charlas de may de 2020 fracasaron.").map(|f| f.0),
            None,
            "a short form dates no month"
        );
    }

    #[test]
    fn no_date_means_undated_not_today() {
        for text in [
            "",
            "Chile rejected the result.",
            "They may 2 times reconsider.",                // "may" is a verb
            "Ships crossed the mar 5 times in 2019.", // "mar" is the sea, and no month before a day in Spanish
            "Sept 2019 was busy.",                    // a short form dates no month
            "In 2019 many countries spoke.",          // a year alone dates nothing
            "Argentina said on July 29 that it objected.", // no year anywhere
            "On February 30, 2019 nothing could happen.", // no such day
        ] {
            assert_eq!(found(text), None, "{text}");
        }
    }

    #[test]
    fn days_after_today_are_plans() {
        let text = "Elections are set for December 6, 2030; the council met on May 4, 2025.";
        assert_eq!(found(text).map(|f| f.0), Some(d(2025, 5, 4)));
    }

    #[test]
    fn odd_input_never_panics() {
        let long_number = "9".repeat(400);
        let odd = [
            "\u{0}\u{ffff}ñ, 3 de",
            "31",
            "July",
            "July 99999999999999999999",
            "2024-",
            "2024-07-",
            "1.º",
            "1.º de",
            "Ω, 1 de julho de",
            "de de de 2024",
            long_number.as_str(),
            "\n\n\n,,,,",
            "É, 29 de fevereiro de 2023", // not a leap year
        ];
        for text in odd {
            let _ = read(text, TODAY);
        }
        assert_eq!(found("É, 29 de fevereiro de 2024").map(|f| f.0), Some(d(2024, 2, 29)));
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_without_panic_and_never_after_today(
            text in "([0-9]{1,5}|[A-Za-zçãéº]{1,9}|de|July|março|[ ,.\\-\n(—º°])*"
        ) {
            if let Some(f) = read(&text, TODAY) {
                proptest::prop_assert!(f.date <= TODAY && !f.date.is_undated());
                proptest::prop_assert!(text.get(f.start..f.end).is_some());
            }
        }
    }
}
