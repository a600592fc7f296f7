//! What the page had to ignore in the link it was opened with, said once in a small bar the reader
//! can dismiss. The bar's live region is always present so that screen readers announce it.

use yew::prelude::*;

/// The bar (`class` names its region), titled `title`, with one item per notice (one sentence
/// each) and a button (`button`: "Dismiss", or what it does); shared with the reader's own
/// articles' notices. A function, not a component: it has no state, and a component costs its
/// own copy of Yew's mounting code in the wasm.
pub fn notice_bar(
    class: &'static str,
    title: &'static str,
    notices: &[String],
    button: &'static str,
    on_dismiss: Callback<MouseEvent>,
) -> Html {
    html! {
        <div {class} role="status">
            if !notices.is_empty() {
                <div class="notice-bar">
                    <p class="notice-title">{ title }</p>
                    <ul class="notice-list">{ for notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                    <button type="button" class="notice-dismiss" onclick={on_dismiss}>{ button }</button>
                </div>
            }
        </div>
    }
}

/// Said when the view chooses articles (`absent`, their ids) this browser does not hold: a
/// reader's own article named by a link opened elsewhere. Its filter keeps nothing, so the bar
/// says why every count is 0 and what to ask for instead, and offers the view without them. The
/// same bar as the link's notices (one function, so one copy of its markup code in the wasm).
pub fn absent_articles_bar(absent: &[&str], on_show_all: Callback<MouseEvent>) -> Html {
    let message = (!absent.is_empty()).then(|| {
        format!(
            "The link chooses {} ({}), kept only in the browser where it was added, so nothing here \
             matches it and every count is 0. Ask whoever sent the link for a “Share with article” link: \
             it carries the article itself.",
            if absent.len() == 1 { "a reader's own article" } else { "readers' own articles" },
            absent.join(", ")
        )
    });
    notice_bar(
        "notice-region absent-articles",
        "This link shows an article that is not in this browser.",
        message.as_slice(),
        "Show all articles",
        on_show_all,
    )
}
