//! What the page had to ignore in the link it was opened with, said once in a small bar the reader
//! can dismiss. The bar's live region is always present so that screen readers announce it.

use yew::prelude::*;

/// The bar (`class` names its region), titled `title`, with one item per notice (one sentence each); shared with the reader's
/// own articles' notices. A function, not a component: it has no state, and a component costs
/// its own copy of Yew's mounting code in the wasm.
pub fn notice_bar(
    class: &'static str,
    title: &'static str,
    notices: &[String],
    on_dismiss: Callback<MouseEvent>,
) -> Html {
    html! {
        <div {class} role="status">
            if !notices.is_empty() {
                <div class="notice-bar">
                    <p class="notice-title">{ title }</p>
                    <ul class="notice-list">{ for notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                    <button type="button" class="notice-dismiss" onclick={on_dismiss}>{ "Dismiss" }</button>
                </div>
            }
        </div>
    }
}
