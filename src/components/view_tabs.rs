//! The Map | Table switch, as an accessible tablist (arrow keys move between the tabs).

use atlas_core::view::{Action, Tab};
use yew::prelude::*;

/// Id of a tab's button; its panel is labelled by it.
pub fn tab_id(tab: Tab) -> String {
    format!("tab-{}", tab.id())
}

/// Id of a tab's panel.
pub fn panel_id(tab: Tab) -> String {
    format!("panel-{}", tab.id())
}

fn label(tab: Tab) -> &'static str {
    match tab {
        Tab::Map => "Map",
        Tab::Table => "Table",
    }
}

/// The tablist with `current` selected. A function, not a component: it has no state, and a
/// component costs its own copy of Yew's mounting code in the wasm.
pub fn view_tabs(current: Tab, on_action: &Callback<Action>) -> Html {
    let keydown = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            let position = Tab::ALL.iter().position(|&t| t == current).unwrap_or(0);
            let n = Tab::ALL.len();
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (position + 1) % n,
                "ArrowLeft" | "ArrowUp" => (position + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            let tab = Tab::ALL[next];
            on_action.emit(Action::SetTab(tab));
            // The newly selected tab takes focus, as in any tablist.
            if let Some(button) =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&tab_id(tab)))
            {
                crate::focus::restore(&button);
            }
        })
    };
    let tabs = Tab::ALL.into_iter().map(|tab| {
        let selected = tab == current;
        let onclick = super::send::<MouseEvent>(on_action, Action::SetTab(tab));
        html! {
            <button
                type="button"
                role="tab"
                id={tab_id(tab)}
                class="view-tab"
                aria-selected={selected.to_string()}
                aria-controls={panel_id(tab)}
                tabindex={if selected { "0" } else { "-1" }}
                {onclick}
            >
                { label(tab) }
            </button>
        }
    });
    html! {
        <div class="view-tabs" role="tablist" aria-label="Show the claims as" onkeydown={keydown}>
            { for tabs }
        </div>
    }
}
