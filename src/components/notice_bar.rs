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

/// Said when the view chooses articles (`absent`, their ids) this browser does not hold: a
/// reader's own article named by a link opened elsewhere. Its filter keeps nothing, so the bar
/// says why every count is 0, what to ask for instead, and offers the view without them.
pub fn absent_articles_bar(absent: &[&str], on_show_all: Callback<MouseEvent>) -> Html {
    let (title, which) = match absent {
        [id] => (
            "The article this link shows is not in this browser".to_string(),
            format!("a reader's own article ({id})"),
        ),
        _ => (
            format!("The {} articles this link shows are not in this browser", absent.len()),
            format!("readers' own articles ({})", absent.join(", ")),
        ),
    };
    html! {
        <div class="notice-region absent-articles" role="status">
            if !absent.is_empty() {
                <div class="notice-bar">
                    <p class="notice-title">{ title }</p>
                    <p>
                        { format!(
                            "The link chooses {which}, which is kept only in the browser where it was added, so \
                             nothing here matches it and every count is 0. Ask whoever sent the link for a \
                             “Share with article” link: it carries the article itself."
                        ) }
                    </p>
                    <button type="button" class="notice-dismiss" onclick={on_show_all}>{ "Show all articles" }</button>
                </div>
            }
        </div>
    }
}
