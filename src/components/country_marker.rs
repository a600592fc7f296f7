//! A state too small to draw at the map's scale, shown as one `<circle>` with the same
//! `data-iso`, `data-stances` and name as a drawn country; also the pointer handling both share.

use super::world_map::PointedCountry;
use crate::stances::HeldStances;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountryMarkerProps {
    pub code: &'static str,
    pub name: &'static str,
    pub x: f32,
    pub y: f32,
    pub stances: HeldStances,
    pub subject: bool,
    pub on_point: Callback<Option<PointedCountry>>,
}

#[function_component]
pub fn CountryMarker(props: &CountryMarkerProps) -> Html {
    let handlers = pointer_handlers(props.code, props.name, &props.on_point);
    html! {
        <circle
            class={classes!("country", "marker", props.subject.then_some("is-subject"), (!props.stances.is_empty()).then_some("has-stances"))}
            cx={props.x.to_string()}
            cy={props.y.to_string()}
            data-iso={props.code}
            data-stances={props.stances.ids()}
            tabindex="0"
            role="img"
            aria-label={accessible_name(props.name, props.stances, props.subject)}
            onmousemove={handlers.mousemove}
            onmouseleave={handlers.mouseleave}
            onfocus={handlers.focus}
            onblur={handlers.blur}
        />
    }
}

/// What a screen reader announces for a country: its name and its stances.
pub fn accessible_name(name: &str, stances: HeldStances, subject: bool) -> String {
    if subject {
        format!("{name}, the subject of the atlas")
    } else if stances.is_empty() {
        format!("{name}: no stance in the corpus")
    } else {
        format!("{name}: {}", stances.labels())
    }
}

pub struct PointerHandlers {
    pub mousemove: Callback<MouseEvent>,
    pub focus: Callback<FocusEvent>,
    pub mouseleave: Callback<MouseEvent>,
    pub blur: Callback<FocusEvent>,
}

/// Mouse pointing follows the cursor; keyboard focus anchors at the top centre of the element.
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
                client_y: rect.top(),
                by_keyboard: true,
            }));
        })
    };
    let mouseleave = on_point.reform(|_: MouseEvent| None);
    let blur = on_point.reform(|_: FocusEvent| None);
    PointerHandlers { mousemove, focus, mouseleave, blur }
}
