//! The blocs (EU, Lima Group, OAS…) that take stances as one actor, with their stances under the
//! current filters; pressing one opens its evidence like a country's.

use super::map_legend::swatch;
use crate::stances;
use atlas_core::gazetteer;
use atlas_core::model::Stance;
use atlas_core::query::Aggregate;
use atlas_core::view::Action;
use yew::prelude::*;

/// The list, `selected` pressed; `paint_blocs`: whether members are painted with their blocs'
/// stances (the filter of that name). A function, not a component: it has no state, and a
/// component costs its own copy of Yew's mounting code in the wasm.
pub fn bloc_list(
    aggregate: &Aggregate,
    selected: Option<&'static str>,
    paint_blocs: bool,
    on_action: &Callback<Action>,
) -> Html {
    let blocs = aggregate.blocs();
    if blocs.is_empty() {
        return html! {};
    }
    let items = blocs.into_iter().map(|bloc| {
        let code = bloc.code;
        let members = gazetteer::bloc(code).map_or(0, |b| b.members().count());
        let stances = Stance::ALL.into_iter().filter(|&s| bloc.tally(s).claims > 0).map(|s| {
            let tally = bloc.tally(s);
            let speculative = tally.speculative == tally.claims;
            html! {
                <li class={if speculative { "bloc-stance speculative" } else { "bloc-stance" }}>
                    { swatch(s) }
                    <span class="badge" aria-hidden="true">{ stances::letter(s) }</span>
                    { s.label() }
                    <span class="bloc-count">{ format!(" ×{}", tally.claims) }</span>
                    if speculative { <span class="bloc-spec">{ " (speculative)" }</span> }
                </li>
            }
        });
        let onclick = super::send::<MouseEvent>(on_action, Action::Select(Some(code)));
        let pressed = selected == Some(code);
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
    let hint = if paint_blocs {
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
