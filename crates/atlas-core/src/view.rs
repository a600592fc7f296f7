//! The view a reader is looking at (filters, selection, tab, zoom) as one value, and every change to it.
//!
//! The app holds a [`ViewState`] in a reducer and renders from it; the URL follows it ([`crate::url`]);
//! the query layer ([`crate::query`]) computes what it shows. Changes are [`Action`]s applied by
//! [`reduce`], so every interaction can be tested without a browser.

use crate::date::Date;
use crate::gazetteer::Region;
use crate::model::{Beneficiary, Stance};
use crate::set::StringSet;

/// A set of stances, one bit per [`Stance::ALL`] entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StanceSet(u8);

impl StanceSet {
    pub const ALL: StanceSet = StanceSet(0b1111);
    pub const NONE: StanceSet = StanceSet(0);

    pub fn of(stances: &[Stance]) -> StanceSet {
        stances.iter().fold(StanceSet::NONE, |set, &s| set.with(s))
    }

    pub const fn contains(self, stance: Stance) -> bool {
        self.0 & (1 << stance.index()) != 0
    }

    #[must_use]
    pub const fn with(self, stance: Stance) -> StanceSet {
        StanceSet(self.0 | (1 << stance.index()))
    }

    #[must_use]
    pub const fn toggled(self, stance: Stance) -> StanceSet {
        StanceSet(self.0 ^ (1 << stance.index()))
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The stances in the set, in [`Stance::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Stance> {
        Stance::ALL.into_iter().filter(move |&s| self.contains(s))
    }

    /// Space-separated stance ids in [`Stance::ALL`] order: the `data-stances` attribute of a country.
    pub fn ids(self) -> String {
        self.iter().map(Stance::id).collect::<Vec<_>>().join(" ")
    }
}

impl Default for StanceSet {
    fn default() -> StanceSet {
        StanceSet::ALL
    }
}

/// Which claims count, by how firmly the article reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CertaintyFilter {
    /// Only stances reported as fact: the map claims nothing an article only hedges.
    #[default]
    AssertedOnly,
    IncludeSpeculative,
}

/// Which offers of asylum count, by who they are for. Claims of other stances are unaffected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AsylumFor {
    #[default]
    Both,
    Only(Beneficiary),
}

/// Which broken ties count, by who broke them. Claims of other stances are unaffected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TiesBy {
    #[default]
    Both,
    /// Venezuela expelled the other country's diplomats or cut relations.
    Venezuela,
    /// The other country cut relations or withdrew its diplomats.
    OtherCountry,
}

/// A named period of the crisis, offered as a date-range preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Episode {
    /// Stable id used in URLs.
    pub id: &'static str,
    pub label: &'static str,
    pub from: Date,
    pub to: Date,
}

/// The episodes of the crisis the corpus covers, in order. Each range is inclusive.
pub const EPISODES: [Episode; 5] = [
    // From the Supreme Court's ruling that stripped the National Assembly of its powers to the end of
    // the year the Constituent Assembly was elected and sat.
    Episode {
        id: "2017-constituent",
        label: "2017 Constituent Assembly",
        from: Date::new(2017, 3, 29),
        to: Date::new(2017, 12, 31),
    },
    // From the disputed presidential election of May 2018 through Guaidó's year as interim president.
    Episode {
        id: "2018-recognition",
        label: "2018–19 recognition crisis",
        from: Date::new(2018, 5, 20),
        to: Date::new(2019, 12, 31),
    },
    // From the campaign year to Maduro's third inauguration on 10 January 2025.
    Episode {
        id: "2024-election",
        label: "2024 election",
        from: Date::new(2024, 1, 1),
        to: Date::new(2025, 1, 10),
    },
    // After the inauguration: sanctions, the US naval build-up in the Caribbean, asylum talk.
    Episode {
        id: "2025-pressure",
        label: "2025 pressure",
        from: Date::new(2025, 1, 11),
        to: Date::new(2025, 12, 31),
    },
    // The United States' operation that seized Maduro in Caracas on 3 January 2026, the reactions to
    // it and the first half-year after.
    Episode {
        id: "2026-capture",
        label: "2026 capture and aftermath",
        from: Date::new(2026, 1, 1),
        to: Date::new(2026, 6, 30),
    },
];

impl Episode {
    pub fn from_id(id: &str) -> Option<&'static Episode> {
        EPISODES.iter().find(|e| e.id == id)
    }
}

/// Map or table, side by side as tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Map,
    Table,
}

impl Tab {
    pub const ALL: [Tab; 2] = [Tab::Map, Tab::Table];

    pub const fn id(self) -> &'static str {
        match self {
            Tab::Map => "map",
            Tab::Table => "table",
        }
    }

    pub fn from_id(id: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// A column of the claims table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    #[default]
    Actor,
    Stance,
    Certainty,
    /// Who the asylum is for, or who broke the ties.
    Party,
    Article,
    Outlet,
    Date,
    Rule,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Actor,
        Column::Stance,
        Column::Certainty,
        Column::Party,
        Column::Article,
        Column::Outlet,
        Column::Date,
        Column::Rule,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Column::Actor => "actor",
            Column::Stance => "stance",
            Column::Certainty => "certainty",
            Column::Party => "party",
            Column::Article => "article",
            Column::Outlet => "outlet",
            Column::Date => "date",
            Column::Rule => "rule",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Column::Actor => "Country or bloc",
            Column::Stance => "Stance",
            Column::Certainty => "Certainty",
            Column::Party => "For / by",
            Column::Article => "Article",
            Column::Outlet => "Outlet",
            Column::Date => "Date",
            Column::Rule => "Rule",
        }
    }

    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn from_id(id: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// How the claims table is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TableSort {
    pub column: Column,
    pub descending: bool,
}

/// A named map framing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ZoomPreset {
    #[default]
    World,
    Americas,
    Europe,
}

impl ZoomPreset {
    pub const ALL: [ZoomPreset; 3] = [ZoomPreset::World, ZoomPreset::Americas, ZoomPreset::Europe];

    pub const fn id(self) -> &'static str {
        match self {
            ZoomPreset::World => "world",
            ZoomPreset::Americas => "americas",
            ZoomPreset::Europe => "europe",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            ZoomPreset::World => "World",
            ZoomPreset::Americas => "Americas",
            ZoomPreset::Europe => "Europe",
        }
    }

    pub fn from_id(id: &str) -> Option<ZoomPreset> {
        ZoomPreset::ALL.into_iter().find(|z| z.id() == id)
    }
}

/// Where the map is looking: a preset, or a free pan (`x`, `y` in map units) and scale `k`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Zoom {
    Preset(ZoomPreset),
    View { x: f32, y: f32, k: f32 },
}

impl Zoom {
    pub const MIN_SCALE: f32 = 0.5;
    pub const MAX_SCALE: f32 = 64.0;
    /// Pan offsets beyond this are off any map; they are clamped.
    pub const MAX_OFFSET: f32 = 100_000.0;

    /// A free view with finite, clamped values rounded so that links stay short and stable.
    /// `None` when a value is not a number.
    pub fn view(x: f32, y: f32, k: f32) -> Option<Zoom> {
        if !(x.is_finite() && y.is_finite() && k.is_finite()) {
            return None;
        }
        // In `f64`: an `f32` times 100 loses the hundredths past 2^17, and rounding twice would
        // move a value (71173.02 to 71173.03).
        let round = |v: f32, scale: f64| ((f64::from(v) * scale).round() / scale) as f32;
        let x = round(x.clamp(-Self::MAX_OFFSET, Self::MAX_OFFSET), 100.0);
        let y = round(y.clamp(-Self::MAX_OFFSET, Self::MAX_OFFSET), 100.0);
        let k = round(k.clamp(Self::MIN_SCALE, Self::MAX_SCALE), 1000.0);
        Some(Zoom::View { x, y, k })
    }
}

impl Default for Zoom {
    fn default() -> Zoom {
        Zoom::Preset(ZoomPreset::World)
    }
}

/// Everything that decides what the page shows. `Default` is the view a first visit sees.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub stances: StanceSet,
    pub certainty: CertaintyFilter,
    pub asylum_for: AsylumFor,
    pub ties_by: TiesBy,
    /// Inclusive range of article dates; `None` leaves that end open.
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// The map "as of" a day: claims up to it, and of a country's recognitions and rejections only
    /// the latest (see [`crate::query::ClaimIndex::filter`]). `None` shows every date at once.
    pub as_of: Option<Date>,
    /// The earlier day of "what changed": countries whose stances differ between it and the as-of
    /// day (or the last day of the corpus). `None` when the comparison is not open.
    pub since: Option<Date>,
    /// Article files to keep; empty keeps all.
    pub articles: StringSet,
    /// Outlets to keep; empty keeps all.
    pub outlets: StringSet,
    pub region: Option<Region>,
    /// UN M49 subregion name, as in the gazetteer (`South America`).
    pub subregion: Option<&'static str>,
    /// Keeps only countries (and blocs) one of whose names starts with it; empty keeps all.
    pub search: String,
    /// Paint the member states of blocs with the blocs' stances (marked "via EU").
    pub paint_blocs: bool,
    /// Country or bloc code whose evidence panel is open.
    pub selected: Option<&'static str>,
    pub tab: Tab,
    pub sort: TableSort,
    pub zoom: Zoom,
}

impl ViewState {
    /// The episode whose range is exactly the current date range, for highlighting its preset.
    pub fn episode(&self) -> Option<&'static Episode> {
        EPISODES.iter().find(|e| self.from == Some(e.from) && self.to == Some(e.to))
    }

    /// Whether a date range or an as-of day narrows the claims.
    pub fn has_time(&self) -> bool {
        self.from.is_some() || self.to.is_some() || self.as_of.is_some()
    }

    /// Whether any filter narrows the claims (selection, tab and zoom are not filters).
    pub fn is_filtered(&self) -> bool {
        let d = ViewState::default();
        self.stances != d.stances
            || self.certainty != d.certainty
            || self.asylum_for != d.asylum_for
            || self.ties_by != d.ties_by
            || self.has_time()
            || !self.articles.is_empty()
            || !self.outlets.is_empty()
            || self.region.is_some()
            || self.subregion.is_some()
            || !self.search.trim().is_empty()
    }

    /// Applies one change; see [`reduce`].
    #[must_use]
    pub fn reduce(&self, action: Action) -> ViewState {
        reduce(self, action)
    }
}

/// Longest search string kept; names are far shorter, so the rest can only be noise.
pub const MAX_SEARCH_LEN: usize = 100;

/// Every change the UI makes to the view.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ToggleStance(Stance),
    SetStances(StanceSet),
    /// Shows this stance alone, or all stances again if it already is alone (legend double-use).
    SoloStance(Stance),
    SetCertainty(CertaintyFilter),
    SetAsylumFor(AsylumFor),
    SetTiesBy(TiesBy),
    SetFrom(Option<Date>),
    SetTo(Option<Date>),
    /// Sets both ends; swapped if given in the wrong order.
    SetRange(Option<Date>, Option<Date>),
    ApplyEpisode(&'static Episode),
    /// Shows the map as of a day (`None`: every date at once).
    SetAsOf(Option<Date>),
    /// Opens "what changed" since a day (`None` closes it).
    SetSince(Option<Date>),
    /// Clears the date range, the as-of day and "what changed": every date again.
    ClearTime,
    ToggleArticle(String),
    ClearArticles,
    ToggleOutlet(String),
    ClearOutlets,
    /// Also clears the subregion, which belongs to the previous region.
    SetRegion(Option<Region>),
    SetSubregion(Option<&'static str>),
    SetSearch(String),
    SetPaintBlocs(bool),
    /// Opens (or with `None` closes) the evidence panel of a country or bloc.
    Select(Option<&'static str>),
    SetTab(Tab),
    /// Sorts by a column: ascending first, reversed when the column is already the sort column.
    SortBy(Column),
    SetSort(TableSort),
    SetZoom(Zoom),
    /// Clears every filter and selection: the first-visit view.
    Reset,
    /// Replaces the whole view, e.g. when the reader steps back through history.
    Replace(Box<ViewState>),
}

/// The view after `action`. Pure: the same state and action always give the same view.
pub fn reduce(state: &ViewState, action: Action) -> ViewState {
    let mut next = state.clone();
    match action {
        Action::ToggleStance(s) => next.stances = state.stances.toggled(s),
        Action::SetStances(set) => next.stances = set,
        Action::SoloStance(s) => {
            let alone = StanceSet::NONE.with(s);
            next.stances = if state.stances == alone { StanceSet::ALL } else { alone };
        }
        Action::SetCertainty(c) => next.certainty = c,
        Action::SetAsylumFor(a) => next.asylum_for = a,
        Action::SetTiesBy(t) => next.ties_by = t,
        Action::SetFrom(d) => (next.from, next.to) = ordered(d, state.to),
        Action::SetTo(d) => (next.from, next.to) = ordered(state.from, d),
        Action::SetRange(from, to) => (next.from, next.to) = ordered(from, to),
        Action::ApplyEpisode(e) => (next.from, next.to) = (Some(e.from), Some(e.to)),
        Action::SetAsOf(d) => next.as_of = d,
        Action::SetSince(d) => next.since = d,
        Action::ClearTime => (next.from, next.to, next.as_of, next.since) = (None, None, None, None),
        Action::ToggleArticle(file) => toggle(&mut next.articles, file),
        Action::ClearArticles => next.articles.clear(),
        Action::ToggleOutlet(outlet) => toggle(&mut next.outlets, outlet),
        Action::ClearOutlets => next.outlets.clear(),
        Action::SetRegion(r) => {
            if r != state.region {
                next.subregion = None;
            }
            next.region = r;
        }
        Action::SetSubregion(s) => next.subregion = s,
        Action::SetSearch(q) => next.search = clip_chars(&q, MAX_SEARCH_LEN),
        Action::SetPaintBlocs(on) => next.paint_blocs = on,
        Action::Select(code) => next.selected = code,
        Action::SetTab(t) => next.tab = t,
        Action::SortBy(column) => {
            let descending = state.sort.column == column && !state.sort.descending;
            next.sort = TableSort { column, descending };
        }
        Action::SetSort(sort) => next.sort = sort,
        Action::SetZoom(z) => {
            next.zoom = match z {
                Zoom::Preset(_) => z,
                Zoom::View { x, y, k } => Zoom::view(x, y, k).unwrap_or(state.zoom),
            }
        }
        Action::Reset => next = ViewState::default(),
        Action::Replace(view) => next = *view,
    }
    next
}

fn ordered(from: Option<Date>, to: Option<Date>) -> (Option<Date>, Option<Date>) {
    match (from, to) {
        (Some(f), Some(t)) if f > t => (Some(t), Some(f)),
        _ => (from, to),
    }
}

fn toggle(set: &mut StringSet, value: String) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

pub(crate) fn clip_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day)
    }

    #[test]
    fn the_default_view_shows_every_stance_asserted_only_on_the_world_map() {
        let v = ViewState::default();
        assert_eq!(v.stances, StanceSet::ALL);
        assert_eq!(v.certainty, CertaintyFilter::AssertedOnly);
        assert_eq!((v.asylum_for, v.ties_by), (AsylumFor::Both, TiesBy::Both));
        assert_eq!((v.from, v.to, v.region, v.selected), (None, None, None, None));
        assert!(!v.paint_blocs);
        assert_eq!((v.tab, v.zoom), (Tab::Map, Zoom::Preset(ZoomPreset::World)));
        assert!(!v.is_filtered());
    }

    #[test]
    fn stance_sets_list_ids_in_display_order() {
        let cases: &[(&[Stance], &str)] = &[
            (&[], ""),
            (&[OfferAsylum, Reject], "reject offer_asylum"),
            (&[BreakTies, Recognize, Reject, OfferAsylum], "recognize reject break_ties offer_asylum"),
        ];
        for (stances, ids) in cases {
            assert_eq!(StanceSet::of(stances).ids(), *ids, "{stances:?}");
        }
    }

    #[test]
    fn each_action_changes_what_it_names() {
        let base = ViewState::default();
        type Holds = Box<dyn Fn(&ViewState) -> bool>;
        let cases: Vec<(Action, Holds)> = vec![
            (
                Action::ToggleStance(Reject),
                Box::new(|v| v.stances == StanceSet::of(&[Recognize, BreakTies, OfferAsylum])),
            ),
            (Action::SetStances(StanceSet::NONE), Box::new(|v| v.stances.is_empty())),
            (Action::SoloStance(BreakTies), Box::new(|v| v.stances == StanceSet::of(&[BreakTies]))),
            (
                Action::SetCertainty(CertaintyFilter::IncludeSpeculative),
                Box::new(|v| v.certainty == CertaintyFilter::IncludeSpeculative),
            ),
            (
                Action::SetAsylumFor(AsylumFor::Only(Beneficiary::Opposition)),
                Box::new(|v| v.asylum_for == AsylumFor::Only(Beneficiary::Opposition)),
            ),
            (Action::SetTiesBy(TiesBy::Venezuela), Box::new(|v| v.ties_by == TiesBy::Venezuela)),
            (
                Action::SetFrom(Some(d(2024, 1, 1))),
                Box::new(|v| v.from == Some(d(2024, 1, 1)) && v.to.is_none()),
            ),
            (
                Action::SetTo(Some(d(2024, 1, 1))),
                Box::new(|v| v.to == Some(d(2024, 1, 1)) && v.from.is_none()),
            ),
            (Action::ApplyEpisode(&EPISODES[2]), Box::new(|v| v.episode() == Some(&EPISODES[2]))),
            (Action::SetAsOf(Some(d(2019, 3, 31))), Box::new(|v| v.as_of == Some(d(2019, 3, 31)))),
            (Action::SetSince(Some(d(2018, 3, 31))), Box::new(|v| v.since == Some(d(2018, 3, 31)))),
            (Action::ToggleArticle("a.txt".into()), Box::new(|v| v.articles.contains("a.txt"))),
            (Action::ToggleOutlet("PanAm Post".into()), Box::new(|v| v.outlets.contains("PanAm Post"))),
            (Action::SetRegion(Some(Region::Americas)), Box::new(|v| v.region == Some(Region::Americas))),
            (Action::SetSubregion(Some("South America")), Box::new(|v| v.subregion == Some("South America"))),
            (Action::SetSearch("arg".into()), Box::new(|v| v.search == "arg")),
            (Action::SetPaintBlocs(true), Box::new(|v| v.paint_blocs)),
            (Action::Select(Some("ARG")), Box::new(|v| v.selected == Some("ARG"))),
            (Action::SetTab(Tab::Table), Box::new(|v| v.tab == Tab::Table)),
            (
                Action::SortBy(Column::Date),
                Box::new(|v| v.sort == TableSort { column: Column::Date, descending: false }),
            ),
            (
                Action::SetZoom(Zoom::Preset(ZoomPreset::Europe)),
                Box::new(|v| v.zoom == Zoom::Preset(ZoomPreset::Europe)),
            ),
        ];
        for (action, holds) in cases {
            let next = reduce(&base, action.clone());
            assert!(holds(&next), "{action:?} gave {next:?}");
            assert_ne!(next, base, "{action:?} changed nothing");
        }
    }

    #[test]
    fn toggling_twice_restores_the_view() {
        let base = ViewState::default();
        for action in [
            Action::ToggleStance(OfferAsylum),
            Action::ToggleArticle("x.txt".into()),
            Action::ToggleOutlet("Breitbart News".into()),
            Action::SoloStance(Recognize),
        ] {
            let twice = base.reduce(action.clone()).reduce(action.clone());
            assert_eq!(twice, base, "{action:?}");
        }
    }

    #[test]
    fn a_range_given_backwards_is_put_in_order() {
        let v = reduce(&ViewState::default(), Action::SetRange(Some(d(2025, 1, 1)), Some(d(2017, 1, 1))));
        assert_eq!((v.from, v.to), (Some(d(2017, 1, 1)), Some(d(2025, 1, 1))));
        let v = v.reduce(Action::SetFrom(Some(d(2026, 1, 1))));
        assert_eq!((v.from, v.to), (Some(d(2025, 1, 1)), Some(d(2026, 1, 1))));
    }

    #[test]
    fn every_episode_has_an_ordered_range_and_episodes_do_not_overlap() {
        for e in &EPISODES {
            assert!(e.from <= e.to, "{}", e.id);
            assert_eq!(Episode::from_id(e.id), Some(e));
        }
        for pair in EPISODES.windows(2) {
            assert!(pair[0].to < pair[1].from, "{} overlaps {}", pair[0].id, pair[1].id);
        }
    }

    #[test]
    fn sorting_by_the_same_column_again_reverses_it() {
        let v = ViewState::default().reduce(Action::SortBy(Column::Outlet));
        assert_eq!(v.sort, TableSort { column: Column::Outlet, descending: false });
        let v = v.reduce(Action::SortBy(Column::Outlet));
        assert_eq!(v.sort, TableSort { column: Column::Outlet, descending: true });
        let v = v.reduce(Action::SortBy(Column::Rule));
        assert_eq!(v.sort, TableSort { column: Column::Rule, descending: false });
    }

    #[test]
    fn changing_the_region_clears_a_subregion_of_the_old_one() {
        let v = ViewState::default()
            .reduce(Action::SetRegion(Some(Region::Americas)))
            .reduce(Action::SetSubregion(Some("South America")));
        assert_eq!(v.reduce(Action::SetRegion(Some(Region::Americas))).subregion, Some("South America"));
        assert_eq!(v.reduce(Action::SetRegion(Some(Region::Europe))).subregion, None);
    }

    #[test]
    fn zoom_values_are_clamped_rounded_and_never_nan() {
        let v = ViewState::default().reduce(Action::SetZoom(Zoom::View { x: 1.23456, y: -7.0, k: 1000.0 }));
        assert_eq!(v.zoom, Zoom::View { x: 1.23, y: -7.0, k: Zoom::MAX_SCALE });
        let kept = v.reduce(Action::SetZoom(Zoom::View { x: f32::NAN, y: 0.0, k: 1.0 }));
        assert_eq!(kept.zoom, v.zoom);
        assert_eq!(Zoom::view(0.0, 0.0, f32::INFINITY), None);
    }

    #[test]
    fn a_long_search_is_clipped_on_a_character_boundary() {
        let v = ViewState::default().reduce(Action::SetSearch("é".repeat(500)));
        assert_eq!(v.search.chars().count(), MAX_SEARCH_LEN);
    }

    #[test]
    fn reset_returns_to_the_default_view_from_anywhere() {
        let busy = ViewState::default()
            .reduce(Action::ToggleStance(Reject))
            .reduce(Action::ApplyEpisode(&EPISODES[0]))
            .reduce(Action::Select(Some("ARG")))
            .reduce(Action::SetTab(Tab::Table))
            .reduce(Action::SetPaintBlocs(true));
        assert!(busy.is_filtered());
        assert_eq!(busy.reduce(Action::Reset), ViewState::default());
        assert_eq!(ViewState::default().reduce(Action::Replace(Box::new(busy.clone()))), busy);
    }
}
