//! The view in a link: [`ViewState`] to a short query string or URL fragment and back.
//!
//! Only what differs from the default view is written, with short readable keys:
//! `s=reject,break_ties&c=all&from=2024-01-01&sel=ARG&tab=table&z=americas`. Decoding never fails:
//! whatever a link holds, it yields a view plus a [`Notice`] for each part it had to ignore, so the
//! page always renders and can say why.
//!
//! ```
//! use atlas_core::query::{ClaimIndex, Gazetteer};
//! use atlas_core::url::{decode, encode};
//! use atlas_core::view::{Action, Tab, ViewState};
//! let index = ClaimIndex::new(&[], &[], Gazetteer::global());
//! let view = ViewState::default().reduce(Action::SetTab(Tab::Table));
//! assert_eq!(encode(&view), "tab=table");
//! assert_eq!(decode("#tab=table", &index), (view, vec![]));
//! let (view, notices) = decode("?tab=atlas&colour=red", &index);
//! assert_eq!((view, notices.len()), (ViewState::default(), 2));
//! ```

use crate::date::Date;
use crate::fixed::{self, Fixed};
use crate::gazetteer::Region;
use crate::model::{Beneficiary, Stance};
use crate::query::{fold, ClaimIndex};
use crate::set::StringSet;
use crate::view::{
    AsylumFor, CertaintyFilter, Column, Episode, StanceSet, Tab, TableSort, TiesBy, ViewState, Zoom,
    ZoomPreset, MAX_SEARCH_LEN,
};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::borrow::Cow;
use std::fmt;

/// Links longer than this are read only up to it: no view needs more, so the rest is noise or abuse.
pub const MAX_LINK_LEN: usize = 8 * 1024;
/// Reserved for one shared article (read by [`crate::local::share`]): skipped here without a notice and
/// not counted against [`MAX_LINK_LEN`], as it may be far longer than any view.
pub const SHARED_ARTICLE_KEY: &str = "art";
/// At most this many notices are returned; the last one then says how many more there were.
pub const MAX_NOTICES: usize = 12;

/// Why part of a link was ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    UnknownParameter,
    BadValue,
    /// A country, bloc, article, outlet or subregion this atlas does not have.
    UnknownName,
    /// The parameter appeared more than once; the last value was used.
    Repeated,
    /// The value or the link was too long and was cut.
    TooLong,
    /// Notices beyond [`MAX_NOTICES`] were dropped.
    More,
}

/// One part of a link that was ignored or adjusted, and why: shown to the reader as a small notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter's key as written (clipped).
    pub param: String,
    pub kind: NoticeKind,
    /// Says what was wrong, for the reader.
    pub message: String,
}

/// A notice as the reader reads it: the view's parameters are named (`Link parameter “s”: …`);
/// a notice about the whole link, or about the article it carries ([`SHARED_ARTICLE_KEY`], whose
/// messages are whole sentences), is its message alone.
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.param.is_empty() || self.param == SHARED_ARTICLE_KEY {
            f.write_str(&self.message)
        } else {
            write!(f, "Link parameter “{}”: {}", self.param, self.message)
        }
    }
}

/// The link parameters, in the order they are written.
mod key {
    pub const STANCES: &str = "s";
    pub const CERTAINTY: &str = "c";
    pub const ASYLUM: &str = "asylum";
    pub const TIES: &str = "ties";
    pub const EPISODE: &str = "ep";
    pub const FROM: &str = "from";
    pub const TO: &str = "to";
    pub const AS_OF: &str = "asof";
    pub const SINCE: &str = "since";
    pub const ARTICLES: &str = "a";
    pub const OUTLETS: &str = "o";
    pub const REGION: &str = "r";
    pub const SUBREGION: &str = "sub";
    pub const SEARCH: &str = "q";
    pub const BLOCS: &str = "blocs";
    pub const SELECTED: &str = "sel";
    pub const TAB: &str = "tab";
    pub const SORT: &str = "sort";
    pub const ZOOM: &str = "z";
    pub const ALL: [&str; 19] = [
        STANCES, CERTAINTY, ASYLUM, TIES, EPISODE, FROM, TO, AS_OF, SINCE, ARTICLES, OUTLETS, REGION,
        SUBREGION, SEARCH, BLOCS, SELECTED, TAB, SORT, ZOOM,
    ];
}

const NO_STANCES: &str = "none";
const VENEZUELA: &str = "venezuela";
const OTHER: &str = "other";

/// The view as a query string without the leading `?` (or fragment without `#`); empty for the
/// default view.
pub fn encode(view: &ViewState) -> String {
    let d = ViewState::default();
    let mut params: Vec<(&str, String)> = Vec::new();
    if view.stances != d.stances {
        let ids = if view.stances.is_empty() {
            NO_STANCES.to_string()
        } else {
            view.stances.iter().map(Stance::id).collect::<Vec<_>>().join(",")
        };
        params.push((key::STANCES, ids));
    }
    if view.certainty == CertaintyFilter::IncludeSpeculative {
        params.push((key::CERTAINTY, "all".into()));
    }
    if let AsylumFor::Only(b) = view.asylum_for {
        params.push((key::ASYLUM, b.id().into()));
    }
    match view.ties_by {
        TiesBy::Both => {}
        TiesBy::Venezuela => params.push((key::TIES, VENEZUELA.into())),
        TiesBy::OtherCountry => params.push((key::TIES, OTHER.into())),
    }
    if let Some(e) = view.episode() {
        params.push((key::EPISODE, e.id.into()));
    } else {
        if let Some(from) = view.from {
            params.push((key::FROM, from.to_string()));
        }
        if let Some(to) = view.to {
            params.push((key::TO, to.to_string()));
        }
    }
    if let Some(d) = view.as_of {
        params.push((key::AS_OF, d.to_string()));
    }
    if let Some(d) = view.since {
        params.push((key::SINCE, d.to_string()));
    }
    if !view.articles.is_empty() {
        params.push((key::ARTICLES, encode_list(&view.articles)));
    }
    if !view.outlets.is_empty() {
        params.push((key::OUTLETS, encode_list(&view.outlets)));
    }
    if let Some(r) = view.region {
        params.push((key::REGION, r.id().into()));
    }
    if let Some(s) = view.subregion {
        params.push((key::SUBREGION, slug(s)));
    }
    if !view.search.is_empty() {
        params.push((key::SEARCH, percent_encode(&view.search)));
    }
    if view.paint_blocs {
        params.push((key::BLOCS, "1".into()));
    }
    if let Some(code) = view.selected {
        params.push((key::SELECTED, percent_encode(code)));
    }
    if view.tab != d.tab {
        params.push((key::TAB, view.tab.id().into()));
    }
    if view.sort != d.sort {
        let sign = if view.sort.descending { "-" } else { "" };
        params.push((key::SORT, format!("{sign}{}", view.sort.column.id())));
    }
    if view.zoom != d.zoom {
        let z = match view.zoom {
            Zoom::Preset(p) => p.id().to_string(),
            Zoom::View { x, y, k } => {
                format!("{},{},{}", Fixed::short(x, 2), Fixed::short(y, 2), Fixed::short(k, 3))
            }
        };
        params.push((key::ZOOM, z));
    }
    params.into_iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

/// Reads a view from a query string or fragment (a leading `?` or `#` is skipped), checking names
/// against the index's articles, outlets and gazetteer. Never panics; every ignored part yields a
/// [`Notice`].
pub fn decode(input: &str, index: &ClaimIndex) -> (ViewState, Vec<Notice>) {
    let mut notices = Vec::new();
    let mut input = input.trim_start_matches(['?', '#']);
    let without_article: String;
    if input.split('&').any(is_shared_article) {
        without_article = input.split('&').filter(|p| !is_shared_article(p)).collect::<Vec<_>>().join("&");
        input = &without_article;
    }
    if input.len() > MAX_LINK_LEN {
        let mut cut = MAX_LINK_LEN;
        while !input.is_char_boundary(cut) {
            cut -= 1;
        }
        input = &input[..cut];
        notices.push(Notice {
            param: String::new(),
            kind: NoticeKind::TooLong,
            message: format!("The link is longer than {MAX_LINK_LEN} characters; the rest was ignored."),
        });
    }
    let mut view = ViewState::default();
    // The keys met so far: a few, so a list (a set type would add its own code to the wasm).
    let mut seen: Vec<&str> = Vec::new();
    for part in input.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = part.split_once('=').unwrap_or((part, ""));
        let Some(k) = key::ALL.into_iter().find(|&k| k == raw_key) else {
            notices.push(Notice {
                param: clip(&percent_decode(raw_key).unwrap_or_else(|| raw_key.to_string())),
                kind: NoticeKind::UnknownParameter,
                message: "not a setting of this atlas; ignored.".into(),
            });
            continue;
        };
        if seen.contains(&k) {
            notices.push(Notice {
                param: k.into(),
                kind: NoticeKind::Repeated,
                message: "given more than once; the last value is used.".into(),
            });
        } else {
            seen.push(k);
        }
        let mut notice = |kind: NoticeKind, message: String| {
            notices.push(Notice { param: k.into(), kind, message });
        };
        let bad = |expected: &str| format!("“{}” is not {expected}; ignored.", clip(raw_value));
        match k {
            key::STANCES => match parse_stances(raw_value) {
                Some(s) => view.stances = s,
                None => {
                    notice(NoticeKind::BadValue, bad("a list of recognize, reject, break_ties, offer_asylum"))
                }
            },
            key::CERTAINTY => match raw_value {
                "all" => view.certainty = CertaintyFilter::IncludeSpeculative,
                "asserted" => view.certainty = CertaintyFilter::AssertedOnly,
                _ => notice(NoticeKind::BadValue, bad("“all” or “asserted”")),
            },
            key::ASYLUM => match (raw_value, Beneficiary::from_id(raw_value)) {
                (_, Some(b)) => view.asylum_for = AsylumFor::Only(b),
                ("both", _) => view.asylum_for = AsylumFor::Both,
                _ => notice(NoticeKind::BadValue, bad("“regime”, “opposition” or “both”")),
            },
            key::TIES => match raw_value {
                VENEZUELA => view.ties_by = TiesBy::Venezuela,
                OTHER => view.ties_by = TiesBy::OtherCountry,
                "both" => view.ties_by = TiesBy::Both,
                _ => notice(NoticeKind::BadValue, bad("“venezuela”, “other” or “both”")),
            },
            key::EPISODE => match Episode::from_id(raw_value) {
                Some(e) => (view.from, view.to) = (Some(e.from), Some(e.to)),
                None => notice(NoticeKind::UnknownName, bad("an episode of this atlas")),
            },
            key::FROM | key::TO | key::AS_OF | key::SINCE => match Date::parse(raw_value) {
                Ok(d) if k == key::FROM => view.from = Some(d),
                Ok(d) if k == key::TO => view.to = Some(d),
                Ok(d) if k == key::AS_OF => view.as_of = Some(d),
                Ok(d) => view.since = Some(d),
                Err(_) => notice(NoticeKind::BadValue, bad("a date of the form YYYY-MM-DD")),
            },
            key::ARTICLES | key::OUTLETS => {
                let is_articles = k == key::ARTICLES;
                let (known, unknown) = decode_list(raw_value, |name| {
                    if is_articles {
                        // A reader's own article may join the index only after the page opened
                        // (the extractor module loads on demand): its id is kept, not refused.
                        index.article_by_file(name).is_some() || crate::local::is_local(name)
                    } else {
                        index.has_outlet(name)
                    }
                });
                if !unknown.is_empty() {
                    let what = if is_articles { "article" } else { "outlet" };
                    notice(NoticeKind::UnknownName, unknown_names(what, &unknown));
                }
                if is_articles {
                    view.articles = known;
                } else {
                    view.outlets = known;
                }
            }
            key::REGION => match Region::ALL.into_iter().find(|r| r.id() == raw_value) {
                Some(r) => view.region = Some(r),
                None => {
                    notice(NoticeKind::BadValue, bad("a continent (africa, americas, asia, europe, oceania)"))
                }
            },
            key::SUBREGION => {
                match index.gazetteer().subregions(None).into_iter().find(|s| slug(s) == raw_value) {
                    Some(s) => view.subregion = Some(s),
                    None => notice(NoticeKind::UnknownName, bad("a UN subregion such as south-america")),
                }
            }
            key::SEARCH => match percent_decode(raw_value) {
                Some(q) => {
                    if q.chars().count() > MAX_SEARCH_LEN {
                        notice(NoticeKind::TooLong, format!("cut to {MAX_SEARCH_LEN} characters."));
                    }
                    view.search = crate::view::clip_chars(&q, MAX_SEARCH_LEN);
                }
                None => notice(NoticeKind::BadValue, bad("valid percent-encoded text")),
            },
            key::BLOCS => match raw_value {
                "1" => view.paint_blocs = true,
                "0" => view.paint_blocs = false,
                _ => notice(NoticeKind::BadValue, bad("1 or 0")),
            },
            key::SELECTED => {
                // Codes are upper case; a hand-typed `sel=arg` still means Argentina.
                let code = percent_decode(raw_value).unwrap_or_default().to_ascii_uppercase();
                let g = index.gazetteer();
                match g.country(&code).map(|c| c.code).or_else(|| g.bloc(&code).map(|b| b.code)) {
                    Some(code) => view.selected = Some(code),
                    None => notice(NoticeKind::UnknownName, bad("a country or bloc code of this atlas")),
                }
            }
            key::TAB => match Tab::from_id(raw_value) {
                Some(t) => view.tab = t,
                None => notice(NoticeKind::BadValue, bad("“map” or “table”")),
            },
            key::SORT => {
                let (descending, id) = match raw_value.strip_prefix('-') {
                    Some(id) => (true, id),
                    None => (false, raw_value),
                };
                match Column::from_id(id) {
                    Some(column) => view.sort = TableSort { column, descending },
                    None => notice(NoticeKind::BadValue, bad("a table column, “-” first for descending")),
                }
            }
            key::ZOOM => match parse_zoom(raw_value) {
                Some(z) => view.zoom = z,
                None => notice(NoticeKind::BadValue, bad("world, americas, europe or x,y,scale")),
            },
            _ => unreachable!("every key of key::ALL is handled"),
        }
    }
    if let (Some(from), Some(to)) = (view.from, view.to) {
        if from > to {
            (view.from, view.to) = (Some(to), Some(from));
            notices.push(Notice {
                param: key::FROM.into(),
                kind: NoticeKind::BadValue,
                message: "the start date was after the end date; they were swapped.".into(),
            });
        }
    }
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(Notice {
            param: String::new(),
            kind: NoticeKind::More,
            message: format!("{more} more parts of the link were ignored."),
        });
    }
    (view, notices)
}

fn is_shared_article(part: &str) -> bool {
    part.split_once('=').map_or(part, |(k, _)| k) == SHARED_ARTICLE_KEY
}

fn parse_stances(value: &str) -> Option<StanceSet> {
    if value == NO_STANCES {
        return Some(StanceSet::NONE);
    }
    value.split(',').try_fold(StanceSet::NONE, |set, id| Stance::from_id(id).map(|s| set.with(s)))
}

fn parse_zoom(value: &str) -> Option<Zoom> {
    if let Some(p) = ZoomPreset::from_id(value) {
        return Some(Zoom::Preset(p));
    }
    let mut parts = value.split(',').zip([2, 2, 3, 0]).map(|(n, places)| fixed::parse(n, places));
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(Some(x)), Some(Some(y)), Some(Some(k)), None) => Zoom::view(x, y, k),
        _ => None,
    }
}

/// Names of a subregion in links: `South America` → `south-america`.
fn slug(subregion: &str) -> String {
    fold(subregion).replace(' ', "-")
}

fn encode_list(items: &StringSet) -> String {
    items.iter().map(|i| percent_encode(i)).collect::<Vec<_>>().join(",")
}

/// Splits a comma list and keeps the items `known` accepts; returns the rest (clipped) separately.
fn decode_list(value: &str, known: impl Fn(&str) -> bool) -> (StringSet, Vec<String>) {
    let mut kept = StringSet::new();
    let mut unknown = Vec::new();
    for item in value.split(',').filter(|i| !i.is_empty()) {
        match percent_decode(item) {
            Some(name) if known(&name) => {
                kept.insert(name);
            }
            Some(name) => unknown.push(clip(&name)),
            None => unknown.push(clip(item)),
        }
    }
    (kept, unknown)
}

fn unknown_names(what: &str, names: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut list = names.iter().take(SHOWN).map(|n| format!("“{n}”")).collect::<Vec<_>>().join(", ");
    if names.len() > SHOWN {
        list.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    let plural = if names.len() == 1 { "" } else { "s" };
    format!("no such {what}{plural} in this atlas: {list}; ignored.")
}

/// What links write as it is: letters, digits and `-._~` (RFC 3986's unreserved characters), and
/// spaces, which [`percent_encode`] then writes as `+`.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b' ');

/// Percent-encodes all but unreserved characters (RFC 3986); a space becomes `+`.
pub fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, ESCAPED).to_string().replace(' ', "+")
}

/// Inverse of [`percent_encode`]; `None` for bytes that are not UTF-8. A `%` without two hex
/// digits after it stands for itself, as in a browser's `URLSearchParams`.
pub fn percent_decode(s: &str) -> Option<String> {
    percent_decode_str(&s.replace('+', " ")).decode_utf8().ok().map(Cow::into_owned)
}

/// Cuts text echoed back in a notice, so a hostile link cannot flood the page.
fn clip(s: &str) -> String {
    const MAX: usize = 40;
    let cleaned: String = s.chars().map(|c| if c.is_control() { '�' } else { c }).collect();
    match cleaned.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &cleaned[..i]),
        None => cleaned,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ArticleRecord;
    use crate::query::tests::{claims, gaz, BLOCS, COUNTRIES};
    use crate::query::Gazetteer;
    use crate::view::{Action, EPISODES};
    use proptest::prelude::*;

    /// File names and outlets with every character a link must escape.
    const FILES: [&str; 4] = ["a2017.txt", "b 2019,x.txt", "c&d=e#f%.txt", "Ñandú ☂.txt"];
    const OUTLETS: [&str; 3] = ["PanAm Post", "Breitbart, News & Co", "In+Venezuela/blog"];

    fn index() -> ClaimIndex {
        let articles: Vec<ArticleRecord> = FILES
            .iter()
            .enumerate()
            .map(|(i, &file)| ArticleRecord {
                file,
                title: "t",
                title_editorial: false,
                outlet: OUTLETS[i % OUTLETS.len()],
                author: None,
                date: Date::new(2017 + i as u16 * 3, 1, 1),
                date_approximate: false,
                url: None,
                body: "",
            })
            .collect();
        ClaimIndex::new(&articles, &claims(), gaz())
    }

    fn view(actions: &[Action]) -> ViewState {
        actions.iter().fold(ViewState::default(), |v, a| v.reduce(a.clone()))
    }

    #[test]
    fn the_default_view_is_an_empty_link() {
        assert_eq!(encode(&ViewState::default()), "");
        assert_eq!(decode("", &index()), (ViewState::default(), vec![]));
        assert_eq!(decode("#", &index()), (ViewState::default(), vec![]));
    }

    #[test]
    fn links_are_short_and_readable() {
        let cases: Vec<(Vec<Action>, &str)> = vec![
            (
                vec![Action::SetStances(StanceSet::of(&[Stance::Reject, Stance::BreakTies]))],
                "s=reject,break_ties",
            ),
            (vec![Action::SetStances(StanceSet::NONE)], "s=none"),
            (vec![Action::SetCertainty(CertaintyFilter::IncludeSpeculative)], "c=all"),
            (vec![Action::SetAsylumFor(AsylumFor::Only(Beneficiary::Opposition))], "asylum=opposition"),
            (vec![Action::SetTiesBy(TiesBy::Venezuela)], "ties=venezuela"),
            (vec![Action::SetFrom(Some(Date::new(2024, 1, 1)))], "from=2024-01-01"),
            (
                vec![
                    Action::SetAsOf(Some(Date::new(2019, 3, 31))),
                    Action::SetSince(Some(Date::new(2018, 3, 31))),
                ],
                "asof=2019-03-31&since=2018-03-31",
            ),
            (vec![Action::ApplyEpisode(&EPISODES[2])], "ep=2024-election"),
            (vec![Action::ToggleOutlet("PanAm Post".into())], "o=PanAm+Post"),
            (
                vec![Action::ToggleArticle("b 2019,x.txt".into()), Action::ToggleArticle("a2017.txt".into())],
                "a=a2017.txt,b+2019%2Cx.txt",
            ),
            (
                vec![Action::SetRegion(Some(Region::Americas)), Action::SetSubregion(Some("South America"))],
                "r=americas&sub=south-america",
            ),
            (vec![Action::SetSearch("côte d'iv".into())], "q=c%C3%B4te+d%27iv"),
            (vec![Action::SetPaintBlocs(true), Action::Select(Some("ARG"))], "blocs=1&sel=ARG"),
            (
                vec![Action::SetTab(Tab::Table), Action::SortBy(Column::Date), Action::SortBy(Column::Date)],
                "tab=table&sort=-date",
            ),
            (vec![Action::SetZoom(Zoom::Preset(ZoomPreset::Americas))], "z=americas"),
            (vec![Action::SetZoom(Zoom::View { x: -120.5, y: 33.25, k: 4.0 })], "z=-120.5,33.25,4"),
            (
                vec![
                    Action::SetStances(StanceSet::of(&[Stance::Reject, Stance::BreakTies])),
                    Action::SetCertainty(CertaintyFilter::IncludeSpeculative),
                    Action::SetFrom(Some(Date::new(2024, 1, 1))),
                    Action::Select(Some("ARG")),
                    Action::SetTab(Tab::Table),
                    Action::SetZoom(Zoom::Preset(ZoomPreset::Americas)),
                ],
                "s=reject,break_ties&c=all&from=2024-01-01&sel=ARG&tab=table&z=americas",
            ),
        ];
        let index = index();
        for (actions, link) in cases {
            let v = view(&actions);
            assert_eq!(encode(&v), link);
            assert_eq!(decode(&format!("?{link}"), &index), (v, vec![]), "{link}");
        }
    }

    #[test]
    fn bad_parts_are_ignored_with_a_notice_naming_them() {
        let index = index();
        let cases: &[(&str, &str, NoticeKind)] = &[
            ("colour=red", "colour", NoticeKind::UnknownParameter),
            ("s=reject,maybe", "s", NoticeKind::BadValue),
            ("s=", "s", NoticeKind::BadValue),
            ("c=some", "c", NoticeKind::BadValue),
            ("asylum=everyone", "asylum", NoticeKind::BadValue),
            ("ties=nobody", "ties", NoticeKind::BadValue),
            ("from=2024-02-30", "from", NoticeKind::BadValue),
            ("asof=2019-03", "asof", NoticeKind::BadValue),
            ("to=yesterday", "to", NoticeKind::BadValue),
            ("ep=1999-crisis", "ep", NoticeKind::UnknownName),
            ("a=nope.txt", "a", NoticeKind::UnknownName),
            ("o=The+Daily", "o", NoticeKind::UnknownName),
            ("r=atlantis", "r", NoticeKind::BadValue),
            ("sub=middle-earth", "sub", NoticeKind::UnknownName),
            ("q=%C3%28", "q", NoticeKind::BadValue),
            ("q=%FF", "q", NoticeKind::BadValue),
            ("blocs=yes", "blocs", NoticeKind::BadValue),
            ("sel=XYZ", "sel", NoticeKind::UnknownName),
            ("tab=globe", "tab", NoticeKind::BadValue),
            ("sort=colour", "sort", NoticeKind::BadValue),
            ("z=NaN,0,1", "z", NoticeKind::BadValue),
            ("z=1,2", "z", NoticeKind::BadValue),
            ("z=inf,0,1", "z", NoticeKind::BadValue),
            ("%3Cscript%3E=1", "<script>", NoticeKind::UnknownParameter),
        ];
        for (link, param, kind) in cases {
            let (v, notices) = decode(link, &index);
            assert_eq!(v, ViewState::default(), "{link}");
            assert_eq!(notices.len(), 1, "{link}: {notices:?}");
            assert_eq!((notices[0].param.as_str(), notices[0].kind), (*param, *kind), "{link}");
            assert!(notices[0].to_string().contains(param), "{link}: {}", notices[0]);
        }
    }

    #[test]
    fn notices_read_as_sentences_naming_a_view_parameter_once() {
        let (_, notices) = decode("s=maybe", &index());
        assert_eq!(
            notices[0].to_string(),
            "Link parameter “s”: “maybe” is not a list of recognize, reject, break_ties, offer_asylum; ignored."
        );
        // About the link's article: its message is the whole sentence, never prefixed twice
        // ("Link: Link parameter “art”: the shared article…", issue 17).
        let (_, notices) = crate::local::share::read_shared("#art=1.%%", &crate::local::share::Miniz);
        let text = notices[0].to_string();
        assert!(text.starts_with("The shared article could not be read: character 3"), "{text}");
        assert!(!text.contains("parameter") && !text.contains("“art”"), "{text}");
        let whole =
            Notice { param: String::new(), kind: NoticeKind::TooLong, message: "The link is long.".into() };
        assert_eq!(whole.to_string(), "The link is long.");
    }

    #[test]
    fn good_parts_survive_next_to_bad_ones() {
        let (v, notices) = decode("?tab=table&nonsense&sel=XYZ&a=a2017.txt,nope.txt&z=europe", &index());
        assert_eq!(v.tab, Tab::Table);
        assert_eq!(v.zoom, Zoom::Preset(ZoomPreset::Europe));
        assert_eq!(v.articles.iter().collect::<Vec<_>>(), ["a2017.txt"]);
        assert_eq!(v.selected, None);
        let params: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
        assert_eq!(params, ["nonsense", "sel", "a"]);
        assert!(notices[2].message.contains("“nope.txt”"), "{}", notices[2]);
    }

    #[test]
    fn a_readers_own_article_not_yet_indexed_is_kept_in_the_article_filter() {
        // The reader's articles join the index when the extractor module has loaded, after the
        // link was read: their ids must survive the read.
        let (v, notices) = decode("?a=local:1f2e3d4c,nope.txt", &index());
        assert_eq!(v.articles.iter().collect::<Vec<_>>(), ["local:1f2e3d4c"]);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].message.contains("“nope.txt”"), "{}", notices[0]);
    }

    #[test]
    fn a_shared_article_is_left_to_its_reader_and_does_not_count_against_the_length() {
        let article = format!("{SHARED_ARTICLE_KEY}=1.{}", "A".repeat(MAX_LINK_LEN * 3));
        for link in [
            format!("tab=table&{article}"),
            format!("#{article}&tab=table"),
            format!("{article}&art&tab=table"),
        ] {
            let (v, notices) = decode(&link, &index());
            assert_eq!((v.tab, notices), (Tab::Table, vec![]), "{}", &link[..20]);
        }
    }

    #[test]
    fn a_repeated_parameter_keeps_its_last_value_and_says_so() {
        let (v, notices) = decode("tab=table&tab=map", &index());
        assert_eq!(v.tab, Tab::Map);
        assert_eq!(notices.iter().map(|n| n.kind).collect::<Vec<_>>(), [NoticeKind::Repeated]);
    }

    #[test]
    fn a_backwards_range_is_swapped_with_a_notice() {
        let (v, notices) = decode("from=2025-01-01&to=2017-01-01", &index());
        assert_eq!((v.from, v.to), (Some(Date::new(2017, 1, 1)), Some(Date::new(2025, 1, 1))));
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn hostile_links_are_clipped_and_their_notices_bounded() {
        let index = index();
        let flood = (0..500).map(|i| format!("k{i}=v")).collect::<Vec<_>>().join("&");
        let (_, notices) = decode(&flood, &index);
        assert_eq!(notices.len(), MAX_NOTICES);
        assert_eq!(notices.last().unwrap().kind, NoticeKind::More);

        let long = format!("tab=table&q={}", "é".repeat(MAX_LINK_LEN));
        let (v, notices) = decode(&long, &index);
        assert_eq!(v.tab, Tab::Table);
        assert_eq!(v.search.chars().count(), MAX_SEARCH_LEN);
        assert!(notices.iter().any(|n| n.kind == NoticeKind::TooLong));

        let (_, notices) = decode(&format!("{}=1", "x".repeat(1000)), &index);
        assert!(notices[0].param.chars().count() <= 41, "echoed text is clipped");
        let (_, notices) = decode("sel=%0A%1B", &index);
        assert!(!notices[0].message.chars().any(char::is_control));
    }

    #[test]
    fn subregions_and_codes_in_links_come_from_the_gazetteer() {
        let empty = ClaimIndex::new(&[], &[], Gazetteer { countries: &COUNTRIES[..1], blocs: BLOCS });
        assert_eq!(decode("sel=EU", &empty).0.selected, Some("EU"));
        assert_eq!(decode("sel=ARG", &empty).0.selected, Some("ARG"));
        assert_eq!(decode("sel=arg", &empty), (decode("sel=ARG", &empty).0, vec![]));
        assert_eq!(decode("sel=USA", &empty).1.len(), 1);
        assert_eq!(decode("sub=south-america", &empty).0.subregion, Some("South America"));
        assert_eq!(decode("sub=western-europe", &empty).1.len(), 1);
    }

    #[test]
    fn percent_encoding_round_trips_what_links_must_escape() {
        for s in ["", "a b", "a+b", "100%", "x,y&z=w#f", "Ñandú ☂", "%2C"] {
            assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s), "{s}");
        }
        for broken in ["%C3", "%FF", "a%C3%28"] {
            assert_eq!(percent_decode(broken), None, "{broken}");
        }
        for (literal, text) in [("%", "%"), ("%4", "%4"), ("%G0", "%G0"), ("%+1", "% 1"), ("100%", "100%")] {
            assert_eq!(percent_decode(literal).as_deref(), Some(text), "{literal}");
        }
    }

    fn date() -> impl Strategy<Value = Date> {
        (1u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d))
    }

    fn subset(items: &'static [&'static str]) -> impl Strategy<Value = StringSet> {
        proptest::sample::subsequence(items, 0..=items.len())
            .prop_map(|v| v.into_iter().map(String::from).collect())
    }

    fn zoom() -> impl Strategy<Value = Zoom> {
        prop_oneof![
            proptest::sample::select(ZoomPreset::ALL.to_vec()).prop_map(Zoom::Preset),
            (-2e5f32..2e5, -2e5f32..2e5, 0.0f32..100.0).prop_map(|(x, y, k)| Zoom::view(x, y, k).unwrap()),
        ]
    }

    /// Any view the reducer can produce from the index's names.
    fn valid_view() -> impl Strategy<Value = ViewState> {
        let codes: Vec<&'static str> =
            COUNTRIES.iter().map(|c| c.code).chain(BLOCS.iter().map(|b| b.code)).collect();
        let subs = gaz().subregions(None);
        (
            (
                0u8..16,
                any::<bool>(),
                0usize..3,
                0usize..3,
                proptest::option::of(date()),
                proptest::option::of(date()),
                proptest::option::of(0usize..EPISODES.len()),
                subset(&FILES),
                subset(&OUTLETS),
            ),
            (
                proptest::option::of(proptest::sample::select(Region::ALL.to_vec())),
                proptest::option::of(proptest::sample::select(subs)),
                ".{0,120}",
                any::<bool>(),
                proptest::option::of(proptest::sample::select(codes)),
                any::<bool>(),
                proptest::sample::select(Column::ALL.to_vec()),
                any::<bool>(),
                zoom(),
                proptest::option::of(date()),
                proptest::option::of(date()),
            ),
        )
            .prop_map(
                |(
                    (stances, spec, asylum, ties, from, to, episode, articles, outlets),
                    (
                        region,
                        subregion,
                        search,
                        paint,
                        selected,
                        table,
                        column,
                        descending,
                        zoom,
                        as_of,
                        since,
                    ),
                )| {
                    let mut actions = vec![
                        Action::SetStances(
                            Stance::ALL
                                .into_iter()
                                .filter(|s| stances & (1 << s.index()) != 0)
                                .fold(StanceSet::NONE, StanceSet::with),
                        ),
                        Action::SetAsylumFor(
                            [
                                AsylumFor::Both,
                                AsylumFor::Only(Beneficiary::Regime),
                                AsylumFor::Only(Beneficiary::Opposition),
                            ][asylum],
                        ),
                        Action::SetTiesBy([TiesBy::Both, TiesBy::Venezuela, TiesBy::OtherCountry][ties]),
                        Action::SetRange(from, to),
                        Action::SetRegion(region),
                        Action::SetSubregion(subregion),
                        Action::SetSearch(search),
                        Action::SetPaintBlocs(paint),
                        Action::Select(selected),
                        Action::SetSort(TableSort { column, descending }),
                        Action::SetZoom(zoom),
                        Action::SetAsOf(as_of),
                        Action::SetSince(since),
                    ];
                    if spec {
                        actions.push(Action::SetCertainty(CertaintyFilter::IncludeSpeculative));
                    }
                    if let Some(e) = episode {
                        actions.push(Action::ApplyEpisode(&EPISODES[e]));
                    }
                    actions.extend(articles.into_iter().map(Action::ToggleArticle));
                    actions.extend(outlets.into_iter().map(Action::ToggleOutlet));
                    if table {
                        actions.push(Action::SetTab(Tab::Table));
                    }
                    view(&actions)
                },
            )
    }

    /// Links made of real keys and values mixed with noise, to reach deep into the decoder.
    fn linkish() -> impl Strategy<Value = String> {
        let key = prop_oneof![proptest::sample::select(key::ALL.to_vec()).prop_map(String::from), ".{0,8}"];
        let value = prop_oneof![
            "[a-z_,\\-]{0,20}",
            "[0-9\\-]{0,12}",
            "(%[0-9A-Fa-f]{0,2}|[+,.\\-]|.){0,10}",
            "-?[0-9]{0,4}(\\.[0-9]{0,3})?,-?[0-9e.]{0,6},[0-9.NaIinf]{0,5}",
        ];
        proptest::collection::vec((key, value), 0..12)
            .prop_map(|kv| kv.into_iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
    }

    proptest! {
        #[test]
        fn any_valid_view_round_trips_through_a_link(v in valid_view()) {
            let index = index();
            let link = encode(&v);
            let (decoded, notices) = decode(&link, &index);
            prop_assert_eq!(notices, vec![]);
            prop_assert_eq!(&decoded, &v);
            prop_assert_eq!(encode(&decoded), link);
            prop_assert_eq!(decode(&format!("#{}", encode(&v)), &index).0, v);
        }

        /// Links written before zooms were written in fixed units carry each number as
        /// `f32::to_string` wrote it: they decode to the same view, and are written the same again.
        #[test]
        fn zooms_in_links_written_with_the_float_formatter_decode_the_same(z in zoom()) {
            let Zoom::View { x, y, k } = z else { return Ok(()) };
            let old = format!("z={x},{y},{k}");
            let (decoded, notices) = decode(&old, &index());
            prop_assert_eq!(notices, vec![]);
            prop_assert_eq!(decoded.zoom, z);
            prop_assert_eq!(encode(&decoded), old);
        }

        #[test]
        fn arbitrary_text_never_panics_and_decodes_to_a_stable_view(s in ".{0,300}") {
            let index = index();
            let (v, notices) = decode(&s, &index);
            prop_assert!(notices.len() <= MAX_NOTICES);
            prop_assert_eq!(decode(&encode(&v), &index), (v, vec![]));
        }

        #[test]
        fn link_shaped_noise_never_panics_and_decodes_to_a_stable_view(s in linkish()) {
            let index = index();
            let (v, notices) = decode(&s, &index);
            prop_assert!(notices.len() <= MAX_NOTICES);
            prop_assert_eq!(decode(&encode(&v), &index), (v, vec![]));
        }
    }
}
