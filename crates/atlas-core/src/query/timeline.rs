//! Time: a view "as of" a day, what changed between two days, and a country's timeline.

use super::bitset::Bitset;
use super::index::SPECULATIVE_BIT;
use super::{ActorView, Aggregate, ClaimIndex};
use crate::date::Date;
use crate::model::{Certainty, Stance};
use crate::sort;
use crate::view::{StanceSet, ViewState};

impl ClaimIndex {
    /// What changed between two days: each country and bloc whose stances as of `earlier` differ
    /// from its stances as of `later`, under the view's other filters, by name.
    pub fn changes(&self, view: &ViewState, earlier: Date, later: Date) -> Vec<Change> {
        let at = |day: Date| self.filter(&ViewState { as_of: Some(day), ..view.clone() }).aggregate();
        let (before, after) = (at(earlier), at(later));
        let mut changes: Vec<Change> = Vec::new();
        for v in before.actors.iter().chain(&after.actors) {
            if changes.iter().any(|c| c.code == v.code) {
                continue;
            }
            let stances = |a: &Aggregate| a.get(v.code).map_or(StanceSet::NONE, ActorView::stances);
            let (old, new) = (stances(&before), stances(&after));
            let gained = new.iter().filter(|&s| !old.contains(s)).fold(StanceSet::NONE, StanceSet::with);
            let lost = old.iter().filter(|&s| !new.contains(s)).fold(StanceSet::NONE, StanceSet::with);
            if !(gained.is_empty() && lost.is_empty()) {
                changes.push(Change { code: v.code, name: v.name, is_bloc: v.is_bloc, gained, lost });
            }
        }
        sort::sort_by_key(&mut changes, |c| (c.is_bloc, c.name));
        changes
    }

    /// Of each actor's recognitions and rejections in `mask`, keeps only those dated on or after
    /// its latest claim of the other: a government that rejected Maduro's after recognizing it
    /// rejects it as of then (claims of one day stand together). Breaking ties and offering asylum
    /// are kept: they are acts, not positions that a later word undoes.
    pub(super) fn keep_latest_position(&self, mask: &mut Bitset) {
        let slot = |rank: usize| match self.facet[rank] & !SPECULATIVE_BIT {
            f if usize::from(f) == Stance::Recognize.index() => Some(0),
            f if usize::from(f) == Stance::Reject.index() => Some(1),
            _ => None,
        };
        // Per actor: the day of its latest recognition and latest rejection (ranks are in date order).
        let mut latest = vec![[i32::MIN; 2]; self.actors.len()];
        for rank in mask.ones() {
            if let Some(s) = slot(rank) {
                latest[usize::from(self.actor_of[rank])][s] = self.days[rank];
            }
        }
        mask.retain(|rank| {
            slot(rank).is_none_or(|s| self.days[rank] >= latest[usize::from(self.actor_of[rank])][1 - s])
        });
    }

    /// A country's (or bloc's) claims over time under every filter of the view except its date
    /// range, oldest first, each marked with whether it falls inside the range. With bloc painting
    /// on, a country's timeline includes its blocs' claims, marked `via`.
    pub fn timeline(&self, code: &str, view: &ViewState) -> Vec<TimelineEntry> {
        let pass = self.actor_pass(view);
        let mask = self.mask(view, false, pass.as_deref());
        let from = view.from.map_or(i32::MIN, Date::days_since_epoch);
        let to = match (view.to, view.as_of) {
            (Some(t), Some(a)) => t.min(a),
            (t, a) => t.or(a).unwrap_or(Date::new(9999, 12, 31)),
        }
        .days_since_epoch();
        self.claims_in(&mask, pass.as_deref(), view.paint_blocs, code)
            .into_iter()
            .map(|(rank, via)| {
                let id = self.order[rank as usize];
                let claim = &self.claims[id as usize];
                let day = self.days[rank as usize];
                TimelineEntry {
                    id,
                    date: self.articles[claim.article as usize].date,
                    stance: claim.stance,
                    certainty: claim.certainty,
                    via,
                    in_range: (from..=to).contains(&day) && (day != i32::MIN || !view.has_time()),
                }
            })
            .collect()
    }
}

/// A country or bloc whose stances differ between two days; see [`ClaimIndex::changes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub code: &'static str,
    pub name: &'static str,
    pub is_bloc: bool,
    /// Stances it holds on the later day and did not on the earlier one.
    pub gained: StanceSet,
    /// Stances it held on the earlier day and no longer does.
    pub lost: StanceSet,
}

/// One claim on a country's timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub id: u32,
    pub date: Date,
    pub stance: Stance,
    pub certainty: Certainty,
    /// The bloc whose claim this is, when it paints a member country.
    pub via: Option<&'static str>,
    /// Inside the view's date range (an undated article is inside only when there is none).
    pub in_range: bool,
}

#[cfg(test)]
mod tests {
    use crate::query::tests::*;

    #[test]
    fn as_of_a_day_only_the_later_of_a_recognition_and_a_rejection_stands_and_acts_stay() {
        let index = turning_index();
        let as_of = |y, m, d| view(&[Action::SetAsOf(Some(Date::new(y, m, d)))]);
        assert_eq!(stances_as_of(&index, &as_of(2018, 1, 1), "MEX"), [Recognize]);
        assert_eq!(stances_as_of(&index, &as_of(2019, 12, 31), "MEX"), [Reject]);
        assert_eq!(stances_as_of(&index, &as_of(2025, 12, 31), "MEX"), [Recognize]);
        // Every date at once: everything ever said.
        assert_eq!(stances_as_of(&index, &ViewState::default(), "MEX"), [Recognize, Reject]);
        // One day's recognition and rejection stand together; broken ties are not undone by words.
        assert_eq!(stances_as_of(&index, &as_of(2025, 12, 31), "ARG"), [Recognize, Reject, BreakTies]);
        // Before anything was said, nothing.
        assert_eq!(stances_as_of(&index, &as_of(2017, 1, 1), "MEX"), []);
        // A date range that ends earlier wins over a later as-of day.
        let both = view(&[
            Action::SetAsOf(Some(Date::new(2025, 12, 31))),
            Action::SetTo(Some(Date::new(2018, 1, 1))),
        ]);
        assert_eq!(stances_as_of(&index, &both, "MEX"), [Recognize]);
    }

    #[test]
    fn a_rejection_hidden_by_the_stance_filter_still_ends_an_earlier_recognition() {
        let index = turning_index();
        let v = view(&[
            Action::SetAsOf(Some(Date::new(2019, 12, 31))),
            Action::SetStances(StanceSet::of(&[Recognize])),
        ]);
        assert_eq!(stances_as_of(&index, &v, "MEX"), []);
    }

    #[test]
    fn as_of_a_day_leaves_undated_articles_out_and_the_timeline_marks_later_claims_outside() {
        let index = index();
        let v = view(&[Action::SetAsOf(Some(Date::new(2030, 1, 1)))]);
        let kept: Vec<u32> = index.filter(&v).claim_ids();
        assert!(!kept.is_empty() && kept.iter().all(|&id| !index.article_of(id).unwrap().date.is_undated()));
        let v = view(&[Action::SetAsOf(Some(Date::new(2018, 1, 1)))]);
        let marks: Vec<(Date, bool)> =
            index.timeline("RUS", &v).iter().map(|e| (e.date, e.in_range)).collect();
        assert_eq!(marks, [(Date::new(2017, 11, 21), true), (Date::new(2025, 11, 27), false)]);
    }

    #[test]
    fn what_changed_lists_countries_that_gained_or_lost_a_stance_by_name() {
        let index = turning_index();
        let changes = index.changes(&ViewState::default(), Date::new(2018, 1, 1), Date::new(2019, 12, 31));
        let got: Vec<(&str, Vec<Stance>, Vec<Stance>)> =
            changes.iter().map(|c| (c.code, c.gained.iter().collect(), c.lost.iter().collect())).collect();
        assert_eq!(got, [("MEX", vec![Reject], vec![Recognize]), ("USA", vec![Reject], vec![])]);
        assert!(index
            .changes(&ViewState::default(), Date::new(2020, 1, 1), Date::new(2020, 6, 1))
            .is_empty());
        // The view's filters hold: with rejections hidden, Mexico only lost its recognition.
        let v = view(&[Action::SetStances(StanceSet::of(&[Recognize]))]);
        let got: Vec<&str> = index
            .changes(&v, Date::new(2018, 1, 1), Date::new(2019, 12, 31))
            .iter()
            .map(|c| c.code)
            .collect();
        assert_eq!(got, ["MEX"]);
    }

    #[test]
    fn a_timeline_ignores_the_date_range_but_marks_it() {
        let index = index();
        let v = view(&[Action::ApplyEpisode(&EPISODES[3])]);
        let timeline = index.timeline("RUS", &v);
        let got: Vec<(u32, Date, bool)> = timeline.iter().map(|e| (e.id, e.date, e.in_range)).collect();
        assert_eq!(got, [(1, Date::new(2017, 11, 21), false), (10, Date::new(2025, 11, 27), true)]);
        let timeline = index.timeline("BRA", &v.reduce(Action::SetPaintBlocs(true)));
        assert_eq!(timeline.iter().map(|e| (e.id, e.via)).collect::<Vec<_>>(), [(0, Some("LIMA"))]);
    }
}
