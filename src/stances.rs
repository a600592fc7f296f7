//! How each stance looks: one colour (Okabe–Ito, safe for colour-blind readers) and one letter per
//! stance, and how a country holding several stances, some only reported as speculation, is filled.
//! Everything that draws stances (map, legend, tooltip) iterates over [`Stance::ALL`] and asks here.

use atlas_core::model::Stance;
use atlas_core::view::StanceSet;

/// The fill colour of a stance. Okabe–Ito hues, told apart with every common colour-vision
/// deficiency; each also differs in lightness, so greyscale prints still separate them.
pub const fn colour(stance: Stance) -> &'static str {
    match stance {
        Stance::Recognize => "#d55e00",
        Stance::Reject => "#0072b2",
        Stance::BreakTies => "#cc79a7",
        Stance::OfferAsylum => "#009e73",
    }
}

/// A one-letter badge per stance: the cue that does not depend on colour (legend, tooltip).
pub const fn letter(stance: Stance) -> &'static str {
    match stance {
        Stance::Recognize => "R",
        Stance::Reject => "X",
        Stance::BreakTies => "B",
        Stance::OfferAsylum => "A",
    }
}

/// Width in map units of one stance's stripe in a striped fill.
pub const STRIPE: f32 = 3.0;

/// How a country is filled: plain land, one solid colour, or a pattern of stripes (several
/// stances, or a stance reported only as speculation, drawn hatched).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fill {
    Land,
    Solid(&'static str),
    Pattern(String),
}

/// The fill for a country showing `stances`, of which `speculative` are shown only because of
/// speculative claims.
pub fn fill(stances: StanceSet, speculative: StanceSet) -> Fill {
    match stances.len() {
        0 => Fill::Land,
        1 if speculative.is_empty() => Fill::Solid(colour(stances.iter().next().unwrap_or(Stance::Reject))),
        _ => Fill::Pattern(pattern_id(stances, speculative)),
    }
}

/// The id of the `<pattern>` for a combination: `fill-` then one digit per stance of
/// [`Stance::ALL`] (0 not shown, 1 asserted, 2 only speculative), e.g. `fill-0110`.
pub fn pattern_id(stances: StanceSet, speculative: StanceSet) -> String {
    let digits: String = Stance::ALL
        .into_iter()
        .map(|s| match (stances.contains(s), speculative.contains(s)) {
            (false, _) => '0',
            (true, false) => '1',
            (true, true) => '2',
        })
        .collect();
    format!("fill-{digits}")
}

/// The ending of the ids of the stripe patterns markers use (`fill-0110-map`). A pattern's tile
/// is measured in the units of what it fills: outlines are drawn on the map's grid (their path
/// data is in grid steps), markers in map units, so each has its own copy, scaled to look the same.
pub const MARKER_PATTERN: &str = "-map";

/// Labels joined for a tooltip or an accessible name (`"Reject, Break ties"`).
pub fn labels(stances: StanceSet) -> String {
    stances.iter().map(Stance::label).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::*;

    #[test]
    fn a_country_is_solid_only_when_it_shows_one_asserted_stance() {
        let none = StanceSet::NONE;
        let cases = [
            (none, none, Fill::Land),
            (StanceSet::of(&[Reject]), none, Fill::Solid(colour(Reject))),
            (StanceSet::of(&[Reject]), StanceSet::of(&[Reject]), Fill::Pattern("fill-0200".into())),
            (StanceSet::of(&[Reject, BreakTies]), none, Fill::Pattern("fill-0110".into())),
            (
                StanceSet::of(&[Recognize, OfferAsylum]),
                StanceSet::of(&[OfferAsylum]),
                Fill::Pattern("fill-1002".into()),
            ),
        ];
        for (stances, speculative, expected) in cases {
            assert_eq!(fill(stances, speculative), expected, "{stances:?} {speculative:?}");
        }
    }

    #[test]
    fn every_stance_has_its_own_colour_and_letter() {
        for a in Stance::ALL {
            for b in Stance::ALL.into_iter().filter(|&b| b != a) {
                assert_ne!(colour(a), colour(b));
                assert_ne!(letter(a), letter(b));
            }
        }
    }

    #[test]
    fn labels_follow_display_order() {
        assert_eq!(labels(StanceSet::of(&[BreakTies, Reject])), "Reject, Break ties");
        assert_eq!(labels(StanceSet::NONE), "");
    }
}
