//! The page: header, link notices, filters, the Map | Table views with downloads, the evidence of the
//! selected country, and the list of corpus articles. Holds the view state, keeps the address bar in step with it, and times each
//! filter change (`performance.measure('filter')`).

use super::{
    add_article::AddArticle,
    article_list::{article_list, use_article_list, ARTICLES_HEADING},
    bloc_list::bloc_list,
    claims_table::claims_table,
    empty_result::empty_result,
    evidence_panel::EvidencePanel,
    export_menu::export_menu,
    filter_panel::filter_panel,
    local_library::{library_notices, local_library, use_local_library},
    notice_bar::{absent_articles_bar, notice_bar},
    selection_panel::empty_selection_panel,
    share_bar::{share_bar, use_share_state},
    site_header::site_header,
    time_bar::{time_bar, time_period, use_play},
    view_tabs::{panel_id, tab_id, view_tabs},
    world_map::WorldMap,
};
use crate::library::LibraryAction;
use crate::state::{self, AppAction, AppState};
use crate::{baked, link};
use atlas_core::local::LocalArticle;
use atlas_core::query::{Aggregate, Filtered, Hidden};
use atlas_core::url;
use atlas_core::view::{Action, Tab, ViewState};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the filters keep: the claims and, per country, what the map shows.
pub struct Shown {
    pub filtered: Rc<Filtered<'static>>,
    pub aggregate: Rc<Aggregate>,
    /// What the filters hide, counted only when the page says it: when nothing is shown, or a
    /// date range leaves undated articles out.
    pub hidden: Option<Hidden>,
}

const FILTER_START: &str = "filter-start";
const FILTER_END: &str = "filter-end";
const FILTER_MEASURE: &str = "filter";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

#[function_component]
pub fn App() -> Html {
    // byo: the reader's own articles, opened before the link is read so it may name them.
    let library = crate::library::use_library();
    let index = library.index.0;
    // The link the page was opened with, read once.
    let opened = use_memo((), |_| url::decode(&link::current(), index));
    let state = use_reducer({
        let view = opened.0.clone();
        move || AppState::new(view)
    });
    let notices = use_state(|| {
        baked::load_error()
            .into_iter()
            .chain(baked::map_error())
            .chain(opened.1.iter().map(ToString::to_string))
            .collect::<Vec<String>>()
    });
    let shown = use_memo((state::filter_part(&state.view), library.index), |(view, index)| {
        let filtered = Rc::new(index.0.filter(view));
        let aggregate = Rc::new(filtered.aggregate());
        let ranged = view.has_time();
        let hidden = (filtered.is_empty() || ranged).then(|| index.0.hidden(view));
        Shown { filtered, aggregate, hidden }
    });

    // A filter change is timed from its dispatch to the effect after the DOM was updated.
    let timing = use_mut_ref(|| false);
    let on_action = {
        let timing = timing.clone();
        use_callback(state.dispatcher(), move |action: Action, dispatcher| {
            if state::is_filter_action(&action) {
                if let Some(p) = performance() {
                    let _ = p.mark(FILTER_START);
                    *timing.borrow_mut() = true;
                }
            }
            dispatcher.dispatch(AppAction::View(action));
        })
    };
    {
        let timing = timing.clone();
        use_effect(move || {
            if std::mem::take(&mut *timing.borrow_mut()) {
                if let Some(p) = performance() {
                    let _ = p.mark(FILTER_END);
                    let _ = p.measure_with_start_mark_and_end_mark(FILTER_MEASURE, FILTER_START, FILTER_END);
                }
            }
        });
    }

    // The page's placeholders go once this first render is in the DOM.
    use_effect_with((), |_| crate::retire_placeholders());
    // The address bar follows the view, once the frame that shows the change is painted: each
    // same-document navigation makes Chromium fetch and decode the page's icon again (3–4 ms in
    // traces), which delayed that frame.
    use_effect_with((*state).clone(), |state| {
        let (encoded, entry) = (url::encode(&state.view), state.entry);
        wasm_bindgen_futures::spawn_local(async move {
            super::add_article::after_paint().await;
            link::write(&encoded, entry);
        });
    });
    // Back and forward step through earlier views.
    {
        let dispatcher = state.dispatcher();
        let notices = notices.setter();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    let (view, ignored): (ViewState, _) = url::decode(&link::current(), state::index());
                    if !ignored.is_empty() {
                        notices.set(ignored.iter().map(ToString::to_string).collect());
                    }
                    dispatcher.dispatch(AppAction::FromHistory(view));
                })
            });
            // Dropping the listener removes it.
            move || drop(listener)
        });
    }

    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |_: MouseEvent| notices.set(Vec::new()))
    };
    let on_reset = super::send(&on_action, Action::Reset);
    // Every country is a tab stop; keyboard readers can jump past them. A button, not an
    // `#anchor` link, because the URL fragment may hold the view state.
    let skip_map = Callback::from(|_: MouseEvent| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ARTICLES_HEADING))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
    // What the last download did, said in the export menu.
    let export_status = use_state(String::new);
    let filters_unfolded = use_state(|| None);
    let date_error = use_state(|| None);
    let share = use_share_state();
    let playing = use_play(state.view.as_of, index, &on_action);
    let view_link = url::encode(&state.view);
    let local = use_local_library(&library, &view_link);
    // The corpus only: the reader's own articles, which the index holds after it, are listed
    // under "Your articles".
    let articles = use_article_list(baked::articles(), index.claims());
    let view = &state.view;
    // The evidence and the downloads take the view behind an Rc, unchanged while the view is.
    let shared_view = use_memo(view.clone(), |v| Rc::new(v.clone()));
    let shared_view: Rc<ViewState> = Rc::clone(&shared_view);
    let filtered = Rc::clone(&shown.filtered);
    // Articles the view chooses that are not here, once every article this browser holds is read.
    let absent = if library.settled() { index.absent_articles(view) } else { Vec::new() };
    let show_all = {
        let (on_action, view) = (on_action.clone(), view.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = view.clone();
            next.articles.clear();
            on_action.emit(Action::Replace(Box::new(next)));
        })
    };
    // "Add article" sits above the map. An article added is then shown alone on the map, with a
    // notice that names its countries and offers every article again.
    // The id of the article just added, while the view shows it alone.
    let added = use_state(String::new);
    let add = {
        let on_add = {
            let (library, on_action, added) = (library.clone(), on_action.clone(), added.setter());
            Callback::from(move |article: LocalArticle| {
                let mut next = ViewState::default();
                next.articles.insert(article.id.clone());
                added.set(article.id.clone());
                library.dispatch(LibraryAction::Add(article));
                on_action.emit(Action::Replace(Box::new(next)));
            })
        };
        let on_need_extractor = {
            let library = library.clone();
            Callback::from(move |()| library.dispatch(LibraryAction::NeedExtractor))
        };
        html! { <AddArticle existing={library.mine.clone()} {on_add} extractor={library.extractor.clone()} {on_need_extractor} /> }
    };
    let alone = library
        .mine
        .iter()
        .find(|a| a.id == *added && view.articles.len() == 1 && view.articles.iter().any(|id| *id == a.id))
        .map(|article| {
            let names: Vec<&str> = shown.aggregate.countries().map(|v| v.name).collect();
            let names = if names.is_empty() {
                "no country under these filters".to_string()
            } else {
                names.join(", ")
            };
            format!("The map shows your article “{}” alone: {names}.", article.display_title())
        });
    let show_every = {
        let (show_all, added) = (show_all.clone(), added.setter());
        Callback::from(move |e: MouseEvent| {
            added.set(String::new());
            show_all.emit(e);
        })
    };
    html! {
        <>
            // First, before the header's help: keyboard readers can skip the map's many tab stops.
            <button type="button" class="skip-link" onclick={skip_map}>{ "Skip the map, go to the articles" }</button>
            { site_header() }
            { notice_bar("notice-region", "Parts of this link were not understood and were ignored:", &notices, "Dismiss", on_dismiss) }
            { library_notices(&library) }
            { absent_articles_bar(&absent, show_all) }
            { notice_bar("notice-region added-article", "Article added.", alone.as_slice(), "Show all articles", show_every) }
            <main class="page explorer">
                { share_bar(&share, on_reset, *view != ViewState::default(), add) }
                <div class="explorer-grid">
                    { filter_panel(view, &on_action, &filters_unfolded, library.settled(), &date_error) }
                    <div class="explorer-main">
                        <div class="view-bar">
                            { view_tabs(view.tab, &on_action) }
                            { export_menu(&shared_view, index, &filtered, &export_status, &library) }
                        </div>
                        { time_period(view) }
                        { empty_result(shown.hidden, filtered.is_empty(), &on_action) }
                        // Hidden, not removed, under the table: the map keeps its place and can still be
                        // downloaded.
                        <div role="tabpanel" id={panel_id(Tab::Map)} aria-labelledby={tab_id(Tab::Map)} hidden={view.tab != Tab::Map}>
                            <WorldMap
                                map={baked::world_map()}
                                aggregate={Rc::clone(&shown.aggregate)}
                                subject="VEN"
                                selected={view.selected}
                                zoom={view.zoom}
                                stances={view.stances}
                                on_action={on_action.clone()}
                            />
                        </div>
                        // Under the map, over the table: time applies to both.
                        { time_bar(view, index, &playing, &on_action) }
                        if view.tab == Tab::Map {
                            { bloc_list(&shown.aggregate, view.selected, view.paint_blocs, &on_action) }
                        }
                        if view.tab == Tab::Table {
                            <div role="tabpanel" id={panel_id(Tab::Table)} aria-labelledby={tab_id(Tab::Table)}>
                                { claims_table(view, index, &filtered, &on_action) }
                            </div>
                        }
                        if let Some(code) = view.selected {
                            <EvidencePanel {code} state={Rc::clone(&shared_view)} {index} {filtered} on_action={on_action.clone()} />
                        } else {
                            { empty_selection_panel() }
                        }
                    </div>
                </div>
                { local_library(&library, &view_link, &local) }
                { article_list(baked::articles(), &articles) }
            </main>
            <footer class="site-footer">
                <p>
                    { "Map: Natural Earth (public domain) via world-atlas. Stances are read automatically from the articles listed above; every one traces to a quoted sentence." }
                </p>
            </footer>
        </>
    }
}
