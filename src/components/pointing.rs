//! How a reader points at a country, by mouse or keyboard, and what the country is called then;
//! shared by the drawn countries and the point markers.

use crate::stances;
use atlas_core::view::StanceSet;
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
pub fn accessible_name(name: &str, stances: StanceSet, subject: bool) -> String {
    let stances = if stances.is_empty() {
        "no stance under these filters".to_string()
    } else {
        stances::labels(stances)
    };
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
    use atlas_core::model::Stance;

    #[test]
    fn the_accessible_name_says_the_country_and_its_stances() {
        let cases = [
            (
                "Argentina",
                StanceSet::of(&[Stance::Reject, Stance::BreakTies]),
                false,
                "Argentina: Reject, Break ties",
            ),
            ("Brazil", StanceSet::NONE, false, "Brazil: no stance under these filters"),
            (
                "Venezuela",
                StanceSet::NONE,
                true,
                "Venezuela, the subject of the atlas: no stance under these filters",
            ),
        ];
        for (name, stances, subject, expected) in cases {
            assert_eq!(accessible_name(name, stances, subject), expected);
        }
    }
}
