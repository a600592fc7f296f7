//! The corpus file format: a short metadata header, a `---` line, then the article body unchanged.
//!
//! ```text
//! title: Venezuela breaks ties with seven Latin American countries
//! title-editorial: yes
//! outlet: Breitbart News
//! author: Christian K. Caruzo
//! date: 2024-07-30
//! date-approximate: no
//! url: https://example.org/article
//! language: en
//! ---
//! <the article, byte for byte as published>
//! ```
//!
//! Keys are lower-case, one per line, `key: value`. `title`, `outlet` and `date` are required;
//! `title-editorial` (the title was written by the editors, not taken from the article),
//! `date-approximate`, `author`, `url` and `language` (`en`, `es` or `pt`; by default the extractor
//! decides from the text) are optional. Lines starting with `#` are comments. `date` is a day
//! (`2024-07-30`), a month (`2024-07`) or a year (`2024`); `url` is the original's address, `http`
//! or `https` only ([`check_url`]): give it only when the real address is known.
//! A file without a header (plain text) is also accepted by [`parse_article_or_plain`].

use crate::date::Date;
use crate::model::Language;
use std::fmt;

/// An article's metadata, as written in its corpus file header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleMeta {
    pub title: String,
    /// The title was written by the editors because the article has none.
    pub title_editorial: bool,
    pub outlet: String,
    pub author: Option<String>,
    pub date: Date,
    /// The date is an estimate (publication date not printed in the source).
    pub date_approximate: bool,
    pub url: Option<String>,
    /// The language the article is written in, when the header says; otherwise detected.
    pub language: Option<Language>,
}

/// A corpus article: metadata plus the body, where the body starts at `body_offset` in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article<'a> {
    pub meta: Option<ArticleMeta>,
    pub body: &'a str,
    /// Byte offset of `body` within the file, so spans can be reported against the file.
    pub body_offset: usize,
}

/// A malformed corpus file: names the file, the line and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for CorpusError {}

const SEPARATOR: &str = "---";

/// A corpus file as read from its folder: its name and text.
#[cfg(feature = "bake")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusFile {
    pub name: String,
    pub text: String,
}

/// Every `.txt` file of a corpus folder, sorted by name: the order the page's articles take, in
/// `build.rs` (which bakes them) and in `cargo xtask` (which stages their texts beside the page).
#[cfg(feature = "bake")]
pub fn read_dir(dir: &std::path::Path) -> Result<Vec<CorpusFile>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            files.push(CorpusFile { name, text });
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// A corpus file with its metadata read.
#[cfg(feature = "bake")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedFile<'f> {
    pub name: &'f str,
    pub meta: ArticleMeta,
    pub body: &'f str,
}

/// Each file's metadata and body; every malformed file reported at once, one per line, as
/// `dir/file:line: what` (`dir` as the reader should see it).
#[cfg(feature = "bake")]
pub fn parse_files<'f>(dir: &str, files: &'f [CorpusFile]) -> Result<Vec<ParsedFile<'f>>, String> {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match parse_article(&format!("{dir}/{}", file.name), &file.text) {
            Ok(Article { meta: Some(meta), body, .. }) => {
                articles.push(ParsedFile { name: &file.name, meta, body })
            }
            Ok(_) => errors.push(format!("{dir}/{}:1: the file has no metadata header", file.name)),
            Err(e) => errors.push(e.to_string()),
        }
    }
    if errors.is_empty() {
        Ok(articles)
    } else {
        Err(errors.join("\n"))
    }
}

/// Parses a corpus file that must have a metadata header.
pub fn parse_article<'a>(file: &str, text: &'a str) -> Result<Article<'a>, CorpusError> {
    let err = |line: usize, message: String| CorpusError { file: file.to_string(), line, message };
    let mut title = None;
    let mut title_editorial = false;
    let mut outlet = None;
    let mut author = None;
    let mut date = None;
    let mut date_approximate = false;
    let mut url = None;
    let mut language = None;
    let mut offset = 0;
    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let line_no = index + 1;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line == SEPARATOR {
            let title = title.ok_or_else(|| err(line_no, "the header has no `title:` line".into()))?;
            let outlet = outlet.ok_or_else(|| err(line_no, "the header has no `outlet:` line".into()))?;
            let date = date.ok_or_else(|| err(line_no, "the header has no `date:` line".into()))?;
            let meta =
                ArticleMeta { title, title_editorial, outlet, author, date, date_approximate, url, language };
            return Ok(Article { meta: Some(meta), body: &text[offset..], body_offset: offset });
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(err(
                line_no,
                format!("expected `key: value` or `{SEPARATOR}`, found `{}`", clip(line)),
            ));
        };
        let value = value.trim();
        let required = |v: &str| {
            if v.is_empty() {
                Err(err(line_no, format!("`{key}` has an empty value")))
            } else {
                Ok(v.to_string())
            }
        };
        let yes_no = |v: &str| match v {
            "yes" | "true" => Ok(true),
            "no" | "false" => Ok(false),
            _ => Err(err(line_no, format!("`{key}` must be `yes` or `no`, found `{}`", clip(v)))),
        };
        match key {
            "title" => title = Some(required(value)?),
            "title-editorial" => title_editorial = yes_no(value)?,
            "outlet" => outlet = Some(required(value)?),
            "author" => author = Some(required(value)?),
            "date" => date = Some(Date::parse_partial(value).map_err(|m| err(line_no, m))?),
            "date-approximate" => date_approximate = yes_no(value)?,
            "url" => {
                let value = required(value)?;
                check_url(&value).map_err(|m| err(line_no, format!("`url`: {m}")))?;
                url = Some(value)
            }
            "language" => {
                language = Some(Language::parse(value).ok_or_else(|| {
                    err(line_no, format!("`language` must be `en`, `es` or `pt`, found `{}`", clip(value)))
                })?)
            }
            _ => return Err(err(line_no, format!("unknown key `{}`", clip(key)))),
        }
    }
    Err(err(text.lines().count().max(1), format!("the header never ends: no `{SEPARATOR}` line")))
}

/// Parses a corpus file if it starts like one (its first line is a `key: value` header line of a
/// known key or a comment); otherwise treats the whole text as a plain article without metadata.
pub fn parse_article_or_plain<'a>(file: &str, text: &'a str) -> Result<Article<'a>, CorpusError> {
    let first = text.lines().next().unwrap_or("");
    let looks_like_header = first.starts_with('#')
        || first.split_once(':').is_some_and(|(k, _)| {
            matches!(
                k,
                "title"
                    | "title-editorial"
                    | "outlet"
                    | "author"
                    | "date"
                    | "date-approximate"
                    | "url"
                    | "language"
            )
        });
    if looks_like_header {
        parse_article(file, text)
    } else {
        Ok(Article { meta: None, body: text, body_offset: 0 })
    }
}

/// The longest address accepted for an article's original.
pub const MAX_URL_CHARS: usize = 2000;

/// Checks an article's original address: `http://` or `https://`, a host, no spaces or control
/// characters, at most [`MAX_URL_CHARS`]. The page shows it as a link, so nothing else (no
/// `javascript:`, `data:` or relative address) is let through.
pub fn check_url(url: &str) -> Result<(), String> {
    let n = url.chars().count();
    if n > MAX_URL_CHARS {
        return Err(format!("it has {n} characters; the limit is {MAX_URL_CHARS}"));
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return Err(format!("`{}` does not start with http:// or https://", clip(url)));
    };
    // Named by hand: a char's `Debug` would bring Unicode's printable tables into the app.
    if let Some(c) =
        url.chars().find(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\\'))
    {
        let what = if c.is_whitespace() {
            "a space".to_string()
        } else if c.is_control() {
            format!("the control character U+{:04X}", c as u32)
        } else {
            format!("'{c}'")
        };
        return Err(format!("`{}` contains {what}, which an address cannot hold", clip(url)));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err(format!("`{}` names no host", clip(url)));
    }
    Ok(())
}

fn clip(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_line_overrides_detection_and_an_unknown_one_is_named() {
        let a =
            parse_article("x.txt", "title: t\noutlet: o\ndate: 2024-07-30\nlanguage: es\n---\nbody").unwrap();
        assert_eq!(a.meta.unwrap().language, Some(Language::Spanish));
        let e =
            parse_article("x.txt", "title: t\noutlet: o\ndate: 2024-07-30\nlanguage: fr\n---\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message.contains("`language` must be") && e.message.contains("`fr`"), "{e}");
    }

    const GOOD: &str = "# seed\ntitle: A title\ntitle-editorial: yes\noutlet: PanAm Post\ndate: 2018-12-04\ndate-approximate: yes\n---\nBody line one.\nBody: two.\n";

    #[test]
    fn parses_header_and_keeps_the_body_byte_for_byte() {
        let a = parse_article("a.txt", GOOD).unwrap();
        let meta = a.meta.unwrap();
        assert_eq!(meta.title, "A title");
        assert!(meta.title_editorial && meta.date_approximate);
        assert_eq!(meta.outlet, "PanAm Post");
        assert_eq!(meta.date, Date::new(2018, 12, 4));
        assert_eq!(a.body, "Body line one.\nBody: two.\n");
        assert_eq!(&GOOD[a.body_offset..], a.body);
    }

    #[test]
    fn malformed_metadata_names_the_file_and_line() {
        let bad = GOOD.replace("date: 2018-12-04", "date: 2018-14-04");
        let e = parse_article("corpus/x.txt", &bad).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("corpus/x.txt", 5));
        assert!(e.to_string().starts_with("corpus/x.txt:5: "), "{e}");

        let e = parse_article("y.txt", "title: t\noutlet o\n---\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse_article("y.txt", "title: t\ncolour: red\n---\n").unwrap_err();
        assert!(e.message.contains("unknown key `colour`"));
        let e = parse_article("y.txt", "title: t\ndate: 2020-01-01\n---\n").unwrap_err();
        assert!(e.message.contains("outlet"), "{e}");
        let e = parse_article("y.txt", "title: t\n").unwrap_err();
        assert!(e.message.contains("never ends"));
        let e = parse_article("y.txt", "title: t\ntitle-editorial: maybe\n").unwrap_err();
        assert!(e.message.contains("yes"));
    }

    #[test]
    fn a_url_line_must_be_a_web_address_and_its_error_names_file_and_line() {
        let with = |url: &str| format!("title: t\noutlet: o\ndate: 2024-07-30\nurl: {url}\n---\nbody");
        for good in ["https://example.org/a?b=1#c", "http://news.example/x", "HTTPS://EXAMPLE.ORG"] {
            let text = with(good);
            let a = parse_article("x.txt", &text).unwrap();
            assert_eq!(a.meta.unwrap().url.as_deref(), Some(good));
        }
        for (bad, why) in [
            ("javascript:alert(1)", "does not start with http:// or https://"),
            ("ftp://example.org/a", "does not start with http"),
            ("example.org/a", "does not start with http"),
            ("https:///path", "names no host"),
            ("https://exa mple.org", "contains a space"),
            ("https://example.org/\u{7}", "contains the control character U+0007"),
            ("https://example.org/\"<b>", "contains '\"'"),
        ] {
            let e = parse_article("corpus/x.txt", &with(bad)).unwrap_err();
            assert_eq!((e.file.as_str(), e.line), ("corpus/x.txt", 4), "{bad}");
            assert!(e.to_string().starts_with("corpus/x.txt:4: `url`: "), "{e}");
            assert!(e.message.contains(why), "{bad}: {e}");
        }
        assert!(check_url(&format!("https://example.org/{}", "a".repeat(MAX_URL_CHARS)))
            .unwrap_err()
            .contains("limit"));
    }

    #[test]
    fn a_header_date_may_be_a_month_or_a_year() {
        let a = parse_article("x.txt", "title: t\noutlet: o\ndate: 2019-01\n---\nbody").unwrap();
        assert_eq!(a.meta.unwrap().date, Date::new(2019, 1, 0));
        let e = parse_article("x.txt", "title: t\noutlet: o\ndate: 2019-1\n---\nbody").unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn plain_text_is_accepted_without_metadata() {
        let text = "Mexico: Maduro Allegedly Requested Asylum\n\nBody.";
        let a = parse_article_or_plain("m.txt", text).unwrap();
        assert!(a.meta.is_none());
        assert_eq!((a.body, a.body_offset), (text, 0));
    }
}
