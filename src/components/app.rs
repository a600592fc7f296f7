//! The page: header, world map and the list of corpus articles.

use super::{
    article_list::{ArticleList, ARTICLES_HEADING},
    site_header::SiteHeader,
    world_map::WorldMap,
};
use crate::{baked, stances};
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    // Computed once: the baked claims never change while the page is open.
    let held = use_memo((), |_| stances::stances_by_actor(baked::claims()));
    // Every country is a tab stop; keyboard readers can jump past them. A button, not an
    // `#anchor` link, because the URL fragment is reserved for the view state.
    let skip_map = Callback::from(|_: MouseEvent| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ARTICLES_HEADING))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
    html! {
        <>
            <SiteHeader />
            <main class="page">
                <button type="button" class="skip-link" onclick={skip_map}>{ "Skip the map, go to the articles" }</button>
                <WorldMap map={baked::world_map()} held={Rc::clone(&held)} subject="VEN" />
                <ArticleList articles={baked::articles()} claims={baked::claims()} />
            </main>
            <footer class="site-footer">
                <p>
                    { "Map: Natural Earth (public domain) via world-atlas. Stances are read automatically from the articles listed above; every one traces to a quoted sentence." }
                </p>
            </footer>
        </>
    }
}
