//! The slot beside the map for the selected country (`#panel`): its name and what it shows under
//! the filters, until the evidence panel with the quoted sentences takes the slot over.

use super::map_tooltip::stance_line;
use atlas_core::model::Stance;
use atlas_core::query::{ActorView, Gazetteer};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectionPanelProps {
    pub selected: Option<&'static str>,
    pub actor: Option<ActorView>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn SelectionPanel(props: &SelectionPanelProps) -> Html {
    let Some(code) = props.selected else {
        return html! {
            <section id="panel" class="selection-panel is-empty" aria-label="Selected country">
                <p>{ "Select a country on the map (click it, or press Enter on it) to see its claims." }</p>
            </section>
        };
    };
    let name = Gazetteer::global().actor_name(code);
    let lines: Vec<String> = props
        .actor
        .as_ref()
        .map(|a| Stance::ALL.into_iter().filter_map(|s| stance_line(a, s)).collect())
        .unwrap_or_default();
    let onclick = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section id="panel" class="selection-panel" aria-labelledby="panel-title" data-selected={code}>
            <div class="panel-head">
                <h2 id="panel-title">{ name }</h2>
                <button type="button" class="button button-quiet" {onclick}>{ "Close" }</button>
            </div>
            if lines.is_empty() {
                <p>{ "No stance under these filters." }</p>
            } else {
                <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            }
        </section>
    }
}
