//! How a reader points at a country, by mouse or keyboard, and what the country is called then;
//! shared by the drawn countries and the point markers.

use crate::stances::HeldStances;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where a reader points at a country: its code and name, and a point in viewport coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointedCountry {
    pub code: &'static str,
    pub name: &'static str,
    pub client_x: f64,
    pub client_y: f64,
    /// Pointed at by keyboard focus rather than the mouse.
    pub by_keyboard: bool,
}

/// What a screen reader announces for a country: its name and its stances.
pub fn accessible_name(name: &str, stances: HeldStances, subject: bool) -> String {
    let stances = if stances.is_empty() { "no stance in the corpus".to_string() } else { stances.labels() };
    if subject {
        format!("{name}, the subject of the atlas: {stances}")
    } else {
        format!("{name}: {stances}")
    }
}

pub struct PointerHandlers {
    pub mousemove: Callback<MouseEvent>,
    pub focus: Callback<FocusEvent>,
    pub mouseleave: Callback<MouseEvent>,
    pub blur: Callback<FocusEvent>,
}

/// Mouse pointing follows the cursor; keyboard focus anchors at the centre of the element, so the
/// tooltip covers the country itself rather than its neighbour to the north.
pub fn pointer_handlers(
    code: &'static str,
    name: &'static str,
    on_point: &Callback<Option<PointedCountry>>,
) -> PointerHandlers {
    let mousemove = on_point.reform(move |e: MouseEvent| {
        Some(PointedCountry {
            code,
            name,
            client_x: f64::from(e.client_x()),
            client_y: f64::from(e.client_y()),
            by_keyboard: false,
        })
    });
    // Focus that follows a mouse click is not announced again: the mouse already points there.
    let focus = {
        let on_point = on_point.clone();
        Callback::from(move |e: FocusEvent| {
            let Some(element) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
                return;
            };
            if !element.matches(":focus-visible").unwrap_or(true) {
                return;
            }
            let rect = element.get_bounding_client_rect();
            on_point.emit(Some(PointedCountry {
                code,
                name,
                client_x: rect.left() + rect.width() / 2.0,
                client_y: rect.top() + rect.height() / 2.0,
                by_keyboard: true,
            }));
        })
    };
    let mouseleave = on_point.reform(|_: MouseEvent| None);
    let blur = on_point.reform(|_: FocusEvent| None);
    PointerHandlers { mousemove, focus, mouseleave, blur }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stances::stances_by_actor;
    use atlas_core::model::{Certainty, Claim, Stance};

    #[test]
    fn the_accessible_name_says_the_country_and_its_stances() {
        let claim = |actor, stance| Claim {
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
        };
        let held = stances_by_actor(&[claim("ARG", Stance::Reject), claim("ARG", Stance::BreakTies)]);
        let of = |code: &str| held.get(code).copied().unwrap_or_default();
        let cases = [
            ("Argentina", of("ARG"), false, "Argentina: Reject, Break ties"),
            ("Brazil", of("BRA"), false, "Brazil: no stance in the corpus"),
            ("Venezuela", of("VEN"), true, "Venezuela, the subject of the atlas: no stance in the corpus"),
        ];
        for (name, stances, subject, expected) in cases {
            assert_eq!(accessible_name(name, stances, subject), expected);
        }
    }
}
