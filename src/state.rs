//! The app's view state: the core's [`ViewState`] in a Yew reducer, the claim index built once, and
//! how each change is written to the browser's history.

use crate::baked;
use atlas_core::query::{ClaimIndex, Gazetteer};
use atlas_core::view::{Action, ViewState, Zoom};
use std::rc::Rc;
use std::sync::OnceLock;
use yew::Reducible;

/// The claims the page shows: the baked corpus plus the reader's own articles (byo: the library
/// rebuilds it when they change).
pub fn index() -> &'static ClaimIndex {
    crate::library::current_index().unwrap_or_else(baked_index)
}

/// The claims of the baked corpus, indexed once per page.
pub fn baked_index() -> &'static ClaimIndex {
    static INDEX: OnceLock<ClaimIndex> = OnceLock::new();
    INDEX.get_or_init(|| ClaimIndex::new(baked::articles(), baked::claims(), Gazetteer::global()))
}

/// How a change of view enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    /// The view the page opened with, or one read back from history: the URL already says it.
    None,
    /// A deliberate step the reader can go back to.
    Push,
    /// One of many rapid changes (typing, zooming, dragging): the current entry is updated.
    Replace,
}

/// What the reducer receives: a change made in the page, or a view read back from history.
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    View(Action),
    /// The reader stepped back or forward (`popstate`): show that view, write nothing.
    FromHistory(ViewState),
}

/// The view plus how its last change should be recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub view: ViewState,
    pub entry: HistoryEntry,
}

impl AppState {
    pub fn new(view: ViewState) -> AppState {
        AppState { view, entry: HistoryEntry::None }
    }
}

impl Default for AppState {
    fn default() -> AppState {
        AppState::new(ViewState::default())
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let (view, entry) = match action {
            AppAction::FromHistory(view) => (view, HistoryEntry::None),
            AppAction::View(action) => {
                let entry = history_entry(&action);
                (self.view.reduce(action), entry)
            }
        };
        if view == self.view && entry != HistoryEntry::None {
            return self;
        }
        Rc::new(AppState { view, entry })
    }
}

/// Rapid, continuous changes replace the current history entry; everything else is a step.
pub fn history_entry(action: &Action) -> HistoryEntry {
    match action {
        // The as-of slider moves in steps while dragged or played.
        Action::SetSearch(_) | Action::SetFrom(_) | Action::SetTo(_) | Action::SetAsOf(_) => {
            HistoryEntry::Replace
        }
        Action::SetZoom(Zoom::View { .. }) => HistoryEntry::Replace,
        _ => HistoryEntry::Push,
    }
}

/// Whether an action changes which claims are shown (and so is worth timing as a filter change).
pub fn is_filter_action(action: &Action) -> bool {
    !matches!(
        action,
        Action::Select(_)
            | Action::SetTab(_)
            | Action::SortBy(_)
            | Action::SetSort(_)
            | Action::SetZoom(_)
            | Action::SetSince(_)
    )
}

/// The part of a view that decides which claims are shown: selection, tab, sort, zoom and the
/// "what changed" day reset, so that panning or selecting never recomputes the filtered claims.
pub fn filter_part(view: &ViewState) -> ViewState {
    let d = ViewState::default();
    ViewState { selected: None, tab: d.tab, sort: d.sort, zoom: d.zoom, since: None, ..view.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::model::Stance;
    use atlas_core::view::ZoomPreset;

    #[test]
    fn typing_and_free_zooming_replace_the_history_entry_and_other_changes_push_one() {
        let cases = [
            (Action::SetSearch("ar".into()), HistoryEntry::Replace),
            (Action::SetZoom(Zoom::View { x: 1.0, y: 2.0, k: 3.0 }), HistoryEntry::Replace),
            (Action::SetFrom(None), HistoryEntry::Replace),
            (Action::SetZoom(Zoom::Preset(ZoomPreset::Europe)), HistoryEntry::Push),
            (Action::ToggleStance(Stance::Reject), HistoryEntry::Push),
            (Action::Select(Some("ARG")), HistoryEntry::Push),
            (Action::Reset, HistoryEntry::Push),
        ];
        for (action, entry) in cases {
            assert_eq!(history_entry(&action), entry, "{action:?}");
        }
    }

    #[test]
    fn a_view_from_history_is_shown_without_writing_history() {
        let state = Rc::new(AppState::default());
        let back = ViewState::default().reduce(Action::ToggleStance(Stance::Reject));
        let next = state.reduce(AppAction::FromHistory(back.clone()));
        assert_eq!(next.view, back);
        assert_eq!(next.entry, HistoryEntry::None);
    }

    #[test]
    fn a_change_that_changes_nothing_keeps_the_same_state() {
        let state = Rc::new(AppState::default());
        let next = Rc::clone(&state).reduce(AppAction::View(Action::Select(None)));
        assert!(Rc::ptr_eq(&state, &next));
        let next = state.reduce(AppAction::View(Action::Select(Some("ARG"))));
        assert_eq!((next.view.selected, next.entry), (Some("ARG"), HistoryEntry::Push));
    }

    #[test]
    fn the_filter_part_ignores_selection_tab_sort_and_zoom_but_keeps_filters() {
        let view = ViewState::default()
            .reduce(Action::Select(Some("ARG")))
            .reduce(Action::SetZoom(Zoom::Preset(ZoomPreset::Europe)));
        assert_eq!(filter_part(&view), ViewState::default());
        let filtered = view.reduce(Action::ToggleStance(Stance::Reject));
        assert_ne!(filter_part(&filtered), ViewState::default());
    }

    #[test]
    fn only_changes_of_what_is_shown_count_as_filter_changes() {
        assert!(is_filter_action(&Action::ToggleStance(Stance::Reject)));
        assert!(is_filter_action(&Action::Reset));
        assert!(!is_filter_action(&Action::Select(Some("ARG"))));
        assert!(!is_filter_action(&Action::SetZoom(Zoom::Preset(ZoomPreset::World))));
    }
}
