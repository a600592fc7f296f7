//! One country drawn as an outline: a single `<path>` with `data-iso`, `data-stances` and a name.

use super::pointing::{accessible_name, pointer_handlers, PointedCountry};
use crate::stances::HeldStances;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountryShapeProps {
    pub code: &'static str,
    pub name: &'static str,
    pub path: &'static str,
    pub stances: HeldStances,
    pub subject: bool,
    pub on_point: Callback<Option<PointedCountry>>,
}

#[function_component]
pub fn CountryShape(props: &CountryShapeProps) -> Html {
    let handlers = pointer_handlers(props.code, props.name, &props.on_point);
    html! {
        <path
            class={classes!("country", props.subject.then_some("is-subject"), (!props.stances.is_empty()).then_some("has-stances"))}
            d={props.path}
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
