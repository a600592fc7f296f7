//! A state too small to draw at the map's scale, shown as one `<circle>` with the same
//! `data-iso`, `data-stances` and name as a drawn country.

use super::pointing::{accessible_name, pointer_handlers, PointedCountry};
use crate::stances::HeldStances;
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
