//! The page: header, world map and the list of corpus articles.

use super::{article_list::ArticleList, site_header::SiteHeader, world_map::WorldMap};
use crate::{baked, stances};
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    // Computed once: the baked claims never change while the page is open.
    let held = use_memo((), |_| stances::stances_by_actor(baked::claims()));
    html! {
        <>
            <SiteHeader />
            <main class="page">
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
