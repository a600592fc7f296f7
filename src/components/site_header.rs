//! The page header: the title and what the page shows, in one line.

use yew::prelude::*;

/// A function, not a component: it has no state, and a component costs its own copy of Yew's
/// mounting code in the wasm.
pub fn site_header() -> Html {
    html! {
        <header class="site-header">
            <h1 class="site-title">{ "Stance Atlas" }</h1>
            <p class="site-lede">
                { "Where the world's governments stand on Nicolás Maduro's government in Venezuela, read from news articles — with the sentence behind every country." }
            </p>
        </header>
    }
}
