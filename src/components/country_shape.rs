//! One country drawn as an outline: a single `<path>` with `data-iso`, `data-stances`, a name and
//! the fill of its stances.

use super::pointing::{accessible_name, pointer_handlers, PointedCountry};
use crate::stances::{self, Fill};
use atlas_core::view::StanceSet;
use yew::prelude::*;

/// What a country element shows; equal values mean the element is left untouched on re-render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CountryLook {
    pub stances: StanceSet,
    /// Stances shown only because of speculative claims, drawn hatched.
    pub speculative: StanceSet,
    /// Every shown stance comes from a bloc the country belongs to.
    pub via_bloc: bool,
    pub subject: bool,
    pub selected: bool,
}

impl CountryLook {
    pub fn classes(&self, kind: &'static str) -> Classes {
        classes!(
            "country",
            kind,
            self.subject.then_some("is-subject"),
            self.selected.then_some("is-selected"),
            (!self.stances.is_empty()).then_some("has-stances"),
            (!self.speculative.is_empty()).then_some("is-speculative"),
            self.via_bloc.then_some("is-via-bloc"),
        )
    }

    /// The `fill` attribute: a colour or `url(#pattern)`, the pattern's id ending in
    /// `pattern_ending` (see [`stances::MARKER_PATTERN`]); none for plain land (styled by CSS).
    pub fn fill(&self, pattern_ending: &str) -> Option<String> {
        match stances::fill(self.stances, self.speculative) {
            Fill::Land => None,
            Fill::Solid(colour) => Some(colour.to_string()),
            Fill::Pattern(id) => Some(format!("url(#{id}{pattern_ending})")),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct CountryShapeProps {
    pub code: &'static str,
    pub name: &'static str,
    pub path: &'static str,
    pub look: CountryLook,
    pub on_point: Callback<Option<PointedCountry>>,
}

#[function_component]
pub fn CountryShape(props: &CountryShapeProps) -> Html {
    let handlers = pointer_handlers(props.code, props.name, &props.on_point);
    let look = props.look;
    html! {
        <path
            class={look.classes("shape")}
            d={props.path}
            fill={look.fill("")}
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
