//! The blocs (EU, Lima Group, OAS…) that take stances as one actor, with their stances under the
//! current filters; pressing one opens its evidence like a country's.

use super::map_legend::swatch;
use crate::stances;
use atlas_core::gazetteer;
use atlas_core::model::Stance;
use atlas_core::query::Aggregate;
use atlas_core::view::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct BlocListProps {
    pub aggregate: Rc<Aggregate>,
    pub selected: Option<&'static str>,
    /// Whether members are painted with their blocs' stances (the filter of that name).
    pub paint_blocs: bool,
    pub on_action: Callback<Action>,
}

impl PartialEq for BlocListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.aggregate, &other.aggregate)
            && self.selected == other.selected
            && self.paint_blocs == other.paint_blocs
            && self.on_action == other.on_action
    }
}

#[function_component]
pub fn BlocList(props: &BlocListProps) -> Html {
    let blocs = props.aggregate.blocs();
    if blocs.is_empty() {
        return html! {};
    }
    let items = blocs.into_iter().map(|bloc| {
        let code = bloc.code;
        let members = gazetteer::bloc(code).map_or(0, |b| b.members.len());
        let stances = Stance::ALL.into_iter().filter(|&s| bloc.tally(s).claims > 0).map(|s| {
            let tally = bloc.tally(s);
            let speculative = tally.speculative == tally.claims;
            html! {
                <li class={classes!("bloc-stance", speculative.then_some("speculative"))}>
                    { swatch(s) }
                    <span class="badge" aria-hidden="true">{ stances::letter(s) }</span>
                    { s.label() }
                    <span class="bloc-count">{ format!(" ×{}", tally.claims) }</span>
                    if speculative { <span class="bloc-spec">{ " (speculative)" }</span> }
                </li>
            }
        });
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::Select(Some(code)));
        let pressed = props.selected == Some(code);
        html! {
            <li class="bloc" key={code} data-bloc={code}>
                <button type="button" class="bloc-name" aria-pressed={pressed.to_string()} {onclick}
                    title="Show this bloc's evidence">
                    { bloc.name }
                    <span class="bloc-members">{ format!(" · {members} members") }</span>
                </button>
                <ul class="bloc-stances" aria-label={format!("Stances of {}", bloc.name)}>{ for stances }</ul>
            </li>
        }
    });
    let hint = if props.paint_blocs {
        "Their member states are painted too, marked “via” the bloc."
    } else {
        "Turn on “Paint bloc members” in the filters to paint their member states."
    };
    html! {
        <section class="bloc-list" aria-labelledby="bloc-list-title">
            <h3 id="bloc-list-title">{ "Blocs" }</h3>
            <p class="bloc-hint">{ hint }</p>
            <ul>{ for items }</ul>
        </section>
    }
}
