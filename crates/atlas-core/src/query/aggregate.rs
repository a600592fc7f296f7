//! [`Filtered`]: the claims a view keeps, and what the map, legend, bloc list, table and panel
//! show of them.

use super::bitset::Bitset;
use super::index::{Actor, ActorKind, SPECULATIVE_BIT};
use super::ClaimIndex;
use crate::model::Stance;
use crate::sort;
use crate::view::{StanceSet, TableSort};
use std::cmp::Reverse;

/// A claim shown for a country: its own, or its bloc's (`via`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimRef {
    pub id: u32,
    pub via: Option<&'static str>,
}

/// The claims a view keeps, and everything computed from them.
#[derive(Clone, Debug)]
pub struct Filtered<'i> {
    pub(super) index: &'i ClaimIndex,
    pub(super) mask: Bitset,
    pub(super) paint_blocs: bool,
    pub(super) pass: Option<Vec<bool>>,
}

impl Filtered<'_> {
    /// Number of claims kept.
    pub fn len(&self) -> usize {
        self.mask.count()
    }

    pub fn is_empty(&self) -> bool {
        self.mask.words.iter().all(|&w| w == 0)
    }

    /// Ids of the kept claims, oldest article first.
    pub fn claim_ids(&self) -> Vec<u32> {
        self.mask.ones().map(|r| self.index.order[r]).collect()
    }

    /// The claims shown in a country's (or bloc's) evidence panel, oldest first: its own and, with
    /// bloc painting on, its blocs' (`via`).
    pub fn claims_of(&self, code: &str) -> Vec<ClaimRef> {
        self.index
            .claims_in(&self.mask, self.pass.as_deref(), self.paint_blocs, code)
            .into_iter()
            .map(|(rank, via)| ClaimRef { id: self.index.order[rank as usize], via })
            .collect()
    }

    /// Ids of the kept claims in table order.
    pub fn rows(&self, sort: TableSort) -> Vec<u32> {
        let order = self.index.sorted_by(sort.column);
        let keep = |&&r: &&u32| self.mask.get(r as usize);
        let ids = |&r: &u32| self.index.order[r as usize];
        if sort.descending {
            order.iter().rev().filter(keep).map(ids).collect()
        } else {
            order.iter().filter(keep).map(ids).collect()
        }
    }

    /// Per actor, the stances shown with their counts: what the map, tooltips, legend and bloc list
    /// need.
    pub fn aggregate(&self) -> Aggregate {
        let index = self.index;
        // Per actor and stance: [claims, speculative claims].
        let mut counts = vec![[[0u32; 2]; 4]; index.actors.len()];
        for rank in self.mask.ones() {
            let f = index.facet[rank];
            let slot = &mut counts[usize::from(index.actor_of[rank])][usize::from(f & !SPECULATIVE_BIT)];
            slot[0] += 1;
            slot[1] += u32::from(f & SPECULATIVE_BIT != 0);
        }
        let mut views: Vec<Option<ActorView>> = vec![None; index.actors.len()];
        let new_view = |a: &Actor| ActorView {
            code: a.code,
            name: a.name,
            is_bloc: matches!(a.kind, ActorKind::Bloc(_)),
            tallies: Default::default(),
        };
        for (i, c) in counts.iter().enumerate() {
            if c.iter().any(|s| s[0] > 0) {
                let mut v = new_view(&index.actors[i]);
                for (tally, [claims, speculative]) in v.tallies.iter_mut().zip(c) {
                    tally.claims = *claims;
                    tally.speculative = *speculative;
                }
                views[i] = Some(v);
            }
        }
        if self.paint_blocs {
            for (b, actor) in index.actors.iter().enumerate() {
                if !matches!(actor.kind, ActorKind::Bloc(_)) || counts[b].iter().all(|s| s[0] == 0) {
                    continue;
                }
                for &m in &actor.members {
                    let m = usize::from(m);
                    if self.pass.as_ref().is_some_and(|p| !p[m]) {
                        continue;
                    }
                    let v = views[m].get_or_insert_with(|| new_view(&index.actors[m]));
                    for (tally, [claims, speculative]) in v.tallies.iter_mut().zip(&counts[b]) {
                        if *claims > 0 {
                            tally.via.push(Via {
                                bloc: actor.code,
                                claims: *claims,
                                speculative: *speculative,
                            });
                        }
                    }
                }
            }
        }
        let mut actors: Vec<ActorView> = views.into_iter().flatten().collect();
        sort::sort_by_key(&mut actors, |v| v.code);
        Aggregate { actors }
    }
}

/// A bloc's claims painting one of its member countries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Via {
    pub bloc: &'static str,
    pub claims: u32,
    pub speculative: u32,
}

/// One stance of one actor under the current filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StanceTally {
    /// The actor's own claims of this stance.
    pub claims: u32,
    /// Of which speculative.
    pub speculative: u32,
    /// Blocs painting this stance on the actor (bloc painting on).
    pub via: Vec<Via>,
}

impl StanceTally {
    pub fn is_shown(&self) -> bool {
        self.claims > 0 || !self.via.is_empty()
    }

    /// Shown only because of speculative claims: the map should mark it as such.
    pub fn is_only_speculative(&self) -> bool {
        self.is_shown()
            && self.speculative == self.claims
            && self.via.iter().all(|v| v.speculative == v.claims)
    }

    /// Only painted through blocs: the actor itself has no claim of this stance.
    pub fn is_only_via_blocs(&self) -> bool {
        self.claims == 0 && !self.via.is_empty()
    }
}

/// What the map shows for one country or bloc.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorView {
    pub code: &'static str,
    pub name: &'static str,
    pub is_bloc: bool,
    /// Indexed like [`Stance::ALL`].
    pub tallies: [StanceTally; 4],
}

impl ActorView {
    pub fn tally(&self, stance: Stance) -> &StanceTally {
        &self.tallies[stance.index()]
    }

    pub fn stances(&self) -> StanceSet {
        Stance::ALL.into_iter().filter(|&s| self.tally(s).is_shown()).fold(StanceSet::NONE, StanceSet::with)
    }

    /// Stances shown only because of speculative claims.
    pub fn speculative_only(&self) -> StanceSet {
        Stance::ALL
            .into_iter()
            .filter(|&s| self.tally(s).is_only_speculative())
            .fold(StanceSet::NONE, StanceSet::with)
    }

    /// The `data-stances` attribute: shown stance ids, space-separated, in [`Stance::ALL`] order.
    pub fn data_stances(&self) -> String {
        self.stances().ids()
    }
}

/// Every actor with something shown under the current filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aggregate {
    /// Sorted by code.
    pub(super) actors: Vec<ActorView>,
}

impl Aggregate {
    /// What is shown for a code, if anything.
    pub fn get(&self, code: &str) -> Option<&ActorView> {
        self.actors.binary_search_by_key(&code, |v| v.code).ok().map(|i| &self.actors[i])
    }

    /// The `data-stances` attribute of a code: empty when nothing is shown.
    pub fn data_stances(&self, code: &str) -> String {
        self.get(code).map(ActorView::data_stances).unwrap_or_default()
    }

    /// Countries (and unknown non-bloc actors) with something shown, by code.
    pub fn countries(&self) -> impl Iterator<Item = &ActorView> {
        self.actors.iter().filter(|v| !v.is_bloc)
    }

    /// Blocs with claims of their own, by name.
    pub fn blocs(&self) -> Vec<&ActorView> {
        let mut blocs: Vec<&ActorView> = self.actors.iter().filter(|v| v.is_bloc).collect();
        sort::sort_by_key(&mut blocs, |v| v.name);
        blocs
    }

    /// Number of countries showing each stance, indexed like [`Stance::ALL`].
    pub fn legend(&self) -> [usize; 4] {
        Stance::ALL.map(|s| self.countries().filter(|v| v.tally(s).is_shown()).count())
    }

    /// Countries sorted by how many claims they have, most first, for "most active" lists.
    pub fn busiest(&self) -> Vec<&ActorView> {
        let mut v: Vec<&ActorView> = self.countries().collect();
        sort::sort_by_key(&mut v, |a| (Reverse(a.tallies.iter().map(|t| t.claims).sum::<u32>()), a.name));
        v
    }
}

#[cfg(test)]
mod tests {
    use crate::query::tests::*;

    #[test]
    fn a_country_shows_every_stance_it_holds_with_counts() {
        let index = index();
        let shown = index.filter(&view(&[all()])).aggregate();
        let arg = shown.get("ARG").unwrap();
        assert_eq!(arg.data_stances(), "reject break_ties offer_asylum");
        assert_eq!((arg.tally(Reject).claims, arg.tally(BreakTies).claims), (1, 1));
        assert_eq!(shown.data_stances("RUS"), "recognize");
        assert_eq!(shown.get("RUS").unwrap().tally(Recognize).claims, 2);
        assert_eq!(shown.data_stances("FRA"), "", "France has no claim and bloc painting is off");
        assert_eq!(shown.data_stances("VEN"), "");
    }

    #[test]
    fn speculative_only_stances_are_flagged() {
        let index = index();
        let shown = index.filter(&view(&[all()])).aggregate();
        let mex = shown.get("MEX").unwrap();
        assert_eq!(mex.speculative_only(), StanceSet::of(&[OfferAsylum]));
        assert_eq!(shown.get("ARG").unwrap().speculative_only(), StanceSet::NONE);
        let asserted = index.filter(&ViewState::default()).aggregate();
        assert!(asserted.get("MEX").is_none(), "a hedged asylum offer is not on the default map");
    }

    #[test]
    fn painting_blocs_marks_members_via_the_bloc() {
        let index = index();
        let shown = index.filter(&view(&[all(), Action::SetPaintBlocs(true)])).aggregate();
        let fra = shown.get("FRA").unwrap();
        assert_eq!(fra.data_stances(), "reject");
        assert!(fra.tally(Reject).is_only_via_blocs());
        assert_eq!(fra.tally(Reject).via, vec![Via { bloc: "EU", claims: 1, speculative: 0 }]);
        let esp = shown.get("ESP").unwrap();
        assert_eq!((esp.tally(Reject).claims, esp.tally(Reject).via.len()), (1, 1));
        assert!(
            !esp.tally(Reject).is_only_speculative(),
            "the EU's asserted claim outweighs Spain's hedged one"
        );
        let bra = shown.get("BRA").unwrap();
        assert_eq!(bra.tally(Reject).via[0].bloc, "LIMA");
    }

    #[test]
    fn painting_respects_the_region_filter() {
        let index = index();
        let v = view(&[
            Action::SetPaintBlocs(true),
            Action::SetRegion(Some(Region::Americas)),
            Action::SetSubregion(Some("Central America")),
        ]);
        let shown = index.filter(&v).aggregate();
        let codes: Vec<&str> = shown.countries().map(|c| c.code).collect();
        assert_eq!(codes, ["MEX"], "only the Lima Group's Central American member is painted");
    }

    #[test]
    fn the_legend_counts_countries_per_stance() {
        let index = index();
        let cases: Vec<(Vec<Action>, [usize; 4])> = vec![
            (vec![], [1, 3, 2, 1]),
            (vec![all()], [1, 4, 2, 2]),
            (vec![all(), Action::SetPaintBlocs(true)], [1, 7, 2, 2]),
            (vec![Action::SoloStance(Reject)], [0, 3, 0, 0]),
        ];
        for (actions, legend) in cases {
            assert_eq!(index.filter(&view(&actions)).aggregate().legend(), legend, "{actions:?}");
        }
    }

    #[test]
    fn blocs_are_listed_with_their_stances_by_name() {
        let index = index();
        let shown = index.filter(&ViewState::default()).aggregate();
        let blocs: Vec<(&str, String)> = shown.blocs().iter().map(|b| (b.name, b.data_stances())).collect();
        assert_eq!(blocs, [("European Union", "reject".to_string()), ("Lima Group", "reject".to_string())]);
    }

    #[test]
    fn table_rows_sort_by_every_column_both_ways() {
        let index = index();
        let f = index.filter(&view(&[all()]));
        let cases: Vec<(Column, Vec<u32>)> = vec![
            // Argentina, European Union, Lima Group, Mexico, Russia, Spain, United States, XXX; dates break ties.
            (Column::Actor, vec![5, 6, 7, 3, 0, 9, 1, 10, 4, 2, 8, 11]),
            (Column::Stance, vec![1, 10, 0, 2, 3, 4, 6, 11, 5, 8, 7, 9]),
            (Column::Certainty, vec![0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 4, 9]),
            // Argentina (initiator USA sorts as "United States"), Opposition, Regime officials, Venezuela; then none.
            (Column::Party, vec![7, 9, 8, 5, 0, 1, 2, 3, 4, 6, 10, 11]),
            (Column::Article, vec![9, 10, 11, 2, 3, 4, 0, 1, 5, 6, 7, 8]),
            (Column::Outlet, vec![2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1]),
            (Column::Date, vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
            (Column::Rule, vec![7, 9, 0, 1, 2, 3, 4, 6, 10, 11, 5, 8]),
        ];
        for (column, expected) in cases {
            assert_eq!(f.rows(TableSort { column, descending: false }), expected, "{column:?}");
            let mut reversed = expected.clone();
            reversed.reverse();
            assert_eq!(f.rows(TableSort { column, descending: true }), reversed, "{column:?} descending");
        }
    }

    #[test]
    fn table_rows_follow_the_filters() {
        let index = index();
        let f = index.filter(&view(&[Action::SoloStance(BreakTies)]));
        assert_eq!(f.rows(TableSort::default()), vec![5, 8]);
        assert_eq!(f.len(), 2);
    }

    #[test]
    fn the_panel_lists_a_countrys_claims_and_its_blocs_when_painting() {
        let index = index();
        let plain = index.filter(&view(&[all()]));
        assert_eq!(plain.claims_of("ESP"), vec![ClaimRef { id: 4, via: None }]);
        let painted = index.filter(&view(&[all(), Action::SetPaintBlocs(true)]));
        assert_eq!(
            painted.claims_of("ESP"),
            vec![ClaimRef { id: 3, via: Some("EU") }, ClaimRef { id: 4, via: None }]
        );
        assert_eq!(painted.claims_of("EU"), vec![ClaimRef { id: 3, via: None }]);
        assert!(painted.claims_of("NOPE").is_empty());
    }
}
