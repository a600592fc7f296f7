//! A state too small to draw at the map's scale, shown as one `<circle>` with the same
//! `data-iso`, `data-stances`, name and fill as a drawn country.

use super::country_shape::CountryLook;
use super::pointing::{accessible_name, pointer_handlers, PointedCountry};
use crate::stances::MARKER_PATTERN;
use atlas_core::fixed::Fixed;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountryMarkerProps {
    pub code: &'static str,
    pub name: &'static str,
    pub x: f32,
    pub y: f32,
    pub look: CountryLook,
    pub on_point: Callback<Option<PointedCountry>>,
}

#[function_component]
pub fn CountryMarker(props: &CountryMarkerProps) -> Html {
    let handlers = pointer_handlers(props.code, props.name, &props.on_point);
    let look = props.look;
    html! {
        <circle
            class={look.classes("marker")}
            cx={Fixed::short(props.x, 1).to_string()}
            cy={Fixed::short(props.y, 1).to_string()}
            fill={look.fill(MARKER_PATTERN)}
            data-iso={props.code}
            data-stances={look.stances.ids()}
            tabindex="0"
            role="button"
            aria-pressed={if look.selected { "true" } else { "false" }}
            aria-label={accessible_name(props.name, look.stances, look.subject)}
            onmousemove={handlers.mousemove}
            onmouseleave={handlers.mouseleave}
            onfocus={handlers.focus}
            onblur={handlers.blur}
        />
    }
}
