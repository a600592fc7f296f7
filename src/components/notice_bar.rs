//! What the page had to ignore in the link it was opened with, said once in a small bar the reader
//! can dismiss. The bar's live region is always present so that screen readers announce it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// One sentence per ignored part of the link.
    pub notices: Vec<String>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    let items = props.notices.iter().map(|n| html! { <li>{ n.clone() }</li> });
    html! {
        <div class="notice-region" role="status">
            if !props.notices.is_empty() {
                <div class="notice-bar">
                    <p class="notice-title">{ "Parts of this link were not understood and were ignored:" }</p>
                    <ul class="notice-list">{ for items }</ul>
                    <button type="button" class="notice-dismiss" {onclick}>{ "Dismiss" }</button>
                </div>
            }
        </div>
    }
}
