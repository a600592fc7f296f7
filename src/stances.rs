//! Which stances each country holds in a set of claims, as the map's `data-stances` shows them.

use atlas_core::model::{Claim, Stance};
use std::collections::BTreeMap;

/// The stances one actor holds, indexed by [`Stance::index`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeldStances([bool; Stance::ALL.len()]);

impl HeldStances {
    pub fn contains(self, stance: Stance) -> bool {
        self.0[stance.index()]
    }

    pub fn is_empty(self) -> bool {
        !self.0.contains(&true)
    }

    /// The held stances in display order.
    pub fn iter(self) -> impl Iterator<Item = Stance> {
        Stance::ALL.into_iter().filter(move |s| self.contains(*s))
    }

    /// Space-separated stance ids (`"reject break_ties"`), empty when none: the `data-stances`
    /// contract that tests and readers rely on.
    pub fn ids(self) -> String {
        self.iter().map(Stance::id).collect::<Vec<_>>().join(" ")
    }

    /// Human labels joined for a tooltip or an accessible name (`"Reject, Break ties"`).
    pub fn labels(self) -> String {
        self.iter().map(Stance::label).collect::<Vec<_>>().join(", ")
    }
}

/// Groups claims by actor code (country or bloc).
pub fn stances_by_actor(claims: &[Claim]) -> BTreeMap<&'static str, HeldStances> {
    let mut held: BTreeMap<&'static str, HeldStances> = BTreeMap::new();
    for claim in claims {
        held.entry(claim.actor).or_default().0[claim.stance.index()] = true;
    }
    held
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::model::Certainty;

    fn claim(actor: &'static str, stance: Stance) -> Claim {
        Claim {
            article: 0,
            actor,
            stance,
            certainty: Certainty::Asserted,
            beneficiary: None,
            initiator: None,
            start: 0,
            end: 0,
            mention_start: 0,
            mention_end: 0,
            rule: "test",
        }
    }

    #[test]
    fn stance_ids_are_space_separated_in_display_order_without_duplicates() {
        let claims = [
            claim("ARG", Stance::BreakTies),
            claim("ARG", Stance::Reject),
            claim("ARG", Stance::BreakTies),
            claim("MEX", Stance::OfferAsylum),
        ];
        let held = stances_by_actor(&claims);
        let cases =
            [("ARG", "reject break_ties", "Reject, Break ties"), ("MEX", "offer_asylum", "Offer asylum")];
        for (actor, ids, labels) in cases {
            assert_eq!(held[actor].ids(), ids, "{actor}");
            assert_eq!(held[actor].labels(), labels, "{actor}");
        }
    }

    #[test]
    fn an_actor_without_claims_holds_no_stance_and_an_empty_id_list() {
        let held = stances_by_actor(&[claim("ARG", Stance::Reject)]);
        let none = held.get("BRA").copied().unwrap_or_default();
        assert!(none.is_empty());
        assert_eq!(none.ids(), "");
        assert!(!held["ARG"].is_empty());
    }
}
