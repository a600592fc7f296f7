//! The page: header, the Map | Table views of the claims, the evidence of the selected country,
//! downloads, and the list of corpus articles.

use super::{
    article_list::{ArticleList, ARTICLES_HEADING},
    claims_table::ClaimsTable,
    evidence_panel::EvidencePanel,
    export_menu::ExportMenu,
    site_header::SiteHeader,
    view_tabs::{panel_id, tab_id, ViewTabs},
    world_map::WorldMap,
};
use crate::{baked, stances};
use atlas_core::view::{Action, Tab, ViewState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

// ---- uiev: minimal view state (the uimap branch owns the full wiring: URL sync, filters) ----

/// The view held in Yew's reducer; every change is an [`Action`] applied by the core.
#[derive(Default, PartialEq)]
pub struct ViewModel {
    pub state: Rc<ViewState>,
}

impl ViewModel {
    /// The view a link describes (query string or fragment); notices are the uimap branch's.
    fn from_location() -> ViewModel {
        let location = web_sys::window().map(|w| w.location());
        let search = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
        let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
        let link = if search.len() > 1 { search } else { hash };
        let (state, _notices) = atlas_core::url::decode(&link, baked::claim_index());
        ViewModel { state: Rc::new(state) }
    }
}

impl Reducible for ViewModel {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(ViewModel { state: Rc::new(self.state.reduce(action)) })
    }
}

/// The country code of the map element an event came from, if any.
fn country_of(event: &Event) -> Option<&'static str> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let code = target.closest("[data-iso]").ok()??.get_attribute("data-iso")?;
    baked::claim_index().gazetteer().country(&code).map(|c| c.code)
}

// ---- end uiev ----

#[function_component]
pub fn App() -> Html {
    // Computed once: the baked claims never change while the page is open.
    let held = use_memo((), |_| stances::stances_by_actor(baked::claims()));
    let view = use_reducer(ViewModel::from_location);
    let on_action = {
        let view = view.clone();
        Callback::from(move |action: Action| view.dispatch(action))
    };
    let state = Rc::clone(&view.state);
    let index = baked::claim_index();
    let filtered = use_memo(Rc::clone(&state), |state| index.filter(state));
    // Click or Enter on a country opens its evidence (delegated: one listener for the whole map).
    let select_click = {
        let on_action = on_action.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(code) = country_of(&e) {
                on_action.emit(Action::Select(Some(code)));
            }
        })
    };
    let select_key = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                if let Some(code) = country_of(&e) {
                    on_action.emit(Action::Select(Some(code)));
                }
            }
        })
    };
    // Every country is a tab stop; keyboard readers can jump past them. A button, not an
    // `#anchor` link, because the URL fragment is reserved for the view state.
    let skip_map = Callback::from(|_: MouseEvent| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ARTICLES_HEADING))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
    html! {
        <>
            <SiteHeader />
            <main class="page">
                <button type="button" class="skip-link" onclick={skip_map}>{ "Skip the map, go to the articles" }</button>
                <div class="view-bar">
                    <ViewTabs tab={state.tab} on_action={on_action.clone()} />
                    <ExportMenu state={Rc::clone(&state)} {index} filtered={Rc::clone(&filtered)} />
                </div>
                <div role="tabpanel" id={panel_id(Tab::Map)} aria-labelledby={tab_id(Tab::Map)}
                    hidden={state.tab != Tab::Map} onclick={select_click} onkeydown={select_key}>
                    <WorldMap map={baked::world_map()} held={Rc::clone(&held)} subject="VEN" />
                </div>
                if state.tab == Tab::Table {
                    <div role="tabpanel" id={panel_id(Tab::Table)} aria-labelledby={tab_id(Tab::Table)}>
                        <ClaimsTable state={Rc::clone(&state)} {index} filtered={Rc::clone(&filtered)} on_action={on_action.clone()} />
                    </div>
                }
                if let Some(code) = state.selected {
                    <EvidencePanel {code} state={Rc::clone(&state)} {index} filtered={Rc::clone(&filtered)} on_action={on_action.clone()} />
                }
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
