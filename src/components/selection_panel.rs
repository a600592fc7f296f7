//! The slot beside the map for the selected country (`#panel`) while no country is selected: the
//! evidence panel with the quoted sentences takes the slot over when one is.

use yew::prelude::*;

/// A function, not a component: it has no state, and a component costs its own copy of Yew's
/// mounting code in the wasm.
pub fn empty_selection_panel() -> Html {
    html! {
        <section id="panel" class="selection-panel is-empty" aria-label="Selected country">
            <p>{ "Select a country on the map (click it, or press Enter on it) to see its claims." }</p>
        </section>
    }
}
