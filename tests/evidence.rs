//! Component tests in a real browser for the evidence panel, the claims table and the tabs:
//! the quoted sentence with its mention marked, speculative claims marked, sorting by a column.
#![cfg(target_arch = "wasm32")]

use atlas_core::model::Certainty;
use atlas_core::view::{Action, CertaintyFilter, Column, ViewState};
use stance_atlas::components::{claims_table::claims_table, evidence_panel::EvidencePanel};
use stance_atlas::state;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

mod common;

use common::{all, document, sleep, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// Holds a view in a reducer, as the app does, and shows the panel and the table over it.
#[derive(Properties, PartialEq)]
struct HarnessProps {
    initial: ViewState,
}

struct Model(Rc<ViewState>);

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(Rc::new(self.0.reduce(action))))
    }
}

#[function_component]
fn Harness(props: &HarnessProps) -> Html {
    let model = use_reducer(|| Model(Rc::new(props.initial.clone())));
    let state = Rc::clone(&model.0);
    let index = state::index();
    let filtered = use_memo(Rc::clone(&state), |s| index.filter(s));
    let on_action = {
        let model = model.clone();
        Callback::from(move |a: Action| model.dispatch(a))
    };
    html! {
        <>
            { claims_table(&state, index, &filtered, &on_action) }
            if let Some(code) = state.selected {
                <EvidencePanel {code} state={Rc::clone(&state)} {index} {filtered} {on_action} />
            }
        </>
    }
}

async fn mount(initial: ViewState) -> Element {
    let root = document().create_element("div").expect("a div");
    document().body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { initial }).render();
    wait_for(&root, "table.claims-table").await;
    root
}

#[wasm_bindgen_test]
async fn the_panel_quotes_each_sentence_with_the_countrys_mention_marked() {
    let index = state::index();
    let view = ViewState { selected: Some("ARG"), ..ViewState::default() };
    let expected = index.filter(&view).claims_of("ARG");
    assert!(!expected.is_empty(), "the corpus has no asserted claim about Argentina");
    let root = mount(view).await;
    let panel = wait_for(&root, ".evidence-panel[role='dialog']").await;
    assert!(text(&wait_for(&panel, "h2").await).contains("Argentina"));
    let quotes = all(&panel, ".claim blockquote.evidence");
    assert_eq!(quotes.len(), expected.len());
    for (quote, shown) in quotes.iter().zip(&expected) {
        let claim = index.claim(shown.id).expect("a claim");
        let body = index.article_of(shown.id).expect("an article").body;
        let sentence = claim.evidence(body).trim();
        assert_eq!(text(quote), sentence);
        let mention = &body[claim.mention_start as usize..claim.mention_end as usize];
        let marks = all(quote, "mark.mention");
        assert_eq!(marks.iter().map(text).collect::<Vec<_>>(), vec![mention.to_string()], "{sentence}");
        // Corpus text is text: nothing in it became an element besides the mark.
        assert_eq!(all(quote, "*").len(), 1);
    }
}

#[wasm_bindgen_test]
async fn a_speculative_claim_is_marked_speculative_and_hidden_when_only_asserted_claims_count() {
    let index = state::index();
    let Some(speculative) = index.claims().iter().find(|c| c.certainty == Certainty::Speculative) else {
        panic!("the corpus has no speculative claim to show");
    };
    let actor = speculative.actor;
    let view = ViewState {
        selected: Some(actor),
        certainty: CertaintyFilter::IncludeSpeculative,
        ..ViewState::default()
    };
    let root = mount(view).await;
    let panel = wait_for(&root, ".evidence-panel").await;
    let marked = all(&panel, ".claim.is-speculative");
    assert!(!marked.is_empty(), "no speculative claim marked for {actor}");
    for claim in &marked {
        assert!(text(&wait_for(claim, ".certainty-speculative").await).contains("Speculative"));
    }

    let asserted_only = mount(ViewState { selected: Some(actor), ..ViewState::default() }).await;
    let panel = wait_for(&asserted_only, ".evidence-panel").await;
    assert!(
        all(&panel, ".claim.is-speculative").is_empty(),
        "a speculative claim shows under 'asserted only'"
    );
}

#[wasm_bindgen_test]
async fn sorting_by_a_column_reorders_the_rows_and_says_so_with_aria_sort() {
    let root = mount(ViewState::default()).await;
    let names = |root: &Element| all(root, "tbody .row-select").iter().map(text).collect::<Vec<_>>();
    let sorted_as = |column: Column| {
        let th = root.query_selector(&format!("th.col-{}", column.id())).ok().flatten().expect("a header");
        th.get_attribute("aria-sort")
    };

    // The default order is by country, ascending.
    assert_eq!(sorted_as(Column::Actor).as_deref(), Some("ascending"));
    let ascending = names(&root);
    assert!(ascending.len() >= 3);
    let mut sorted = ascending.clone();
    sorted.sort();
    assert_eq!(ascending, sorted);

    let button = wait_for(&root, "th.col-actor button").await;
    button.dyn_ref::<HtmlElement>().expect("a button").click();
    sleep(50).await;
    assert_eq!(sorted_as(Column::Actor).as_deref(), Some("descending"));
    let descending = names(&root);
    let mut reversed = ascending.clone();
    reversed.reverse();
    assert_eq!(descending, reversed);

    wait_for(&root, "th.col-outlet button").await.dyn_ref::<HtmlElement>().expect("a button").click();
    sleep(50).await;
    assert_eq!(sorted_as(Column::Outlet).as_deref(), Some("ascending"));
    assert_eq!(sorted_as(Column::Actor), None, "two columns claim the sort");
    let outlets: Vec<String> = all(&root, "tbody .col-outlet").iter().map(text).collect();
    let mut sorted = outlets.clone();
    sorted.sort_by_key(|o| o.to_lowercase());
    assert_eq!(outlets, sorted);
}

#[wasm_bindgen_test]
async fn clicking_a_row_opens_that_countrys_evidence() {
    let root = mount(ViewState::default()).await;
    let row = wait_for(&root, "tbody tr[data-actor='ARG']").await;
    row.dyn_ref::<HtmlElement>().expect("a row").click();
    let panel = wait_for(&root, ".evidence-panel").await;
    assert!(text(&panel).contains("Argentina"));
    assert!(row.get_attribute("class").unwrap_or_default().contains("is-selected"));
}

#[wasm_bindgen_test]
async fn with_blocs_painted_a_member_shows_its_blocs_claims_marked_via_the_bloc() {
    let index = state::index();
    let gazetteer = index.gazetteer();
    let bloc = index
        .claims()
        .iter()
        .find_map(|c| gazetteer.bloc(c.actor).filter(|b| b.members().any(|m| m != "VEN")))
        .expect("the corpus has a claim about a bloc with members");
    let member = bloc.members().find(|m| *m != "VEN").expect("a member");
    let painted = ViewState { selected: Some(member), paint_blocs: true, ..ViewState::default() };
    let expected =
        index.filter(&painted).claims_of(member).iter().filter(|r| r.via == Some(bloc.code)).count();
    assert!(expected > 0);
    let root = mount(painted).await;
    let panel = wait_for(&root, ".evidence-panel").await;
    let via: Vec<String> = all(&panel, ".claim .via").iter().map(text).collect();
    assert_eq!(via.iter().filter(|v| **v == format!("via {}", bloc.code)).count(), expected, "{via:?}");

    // Without painting, the bloc's claims are not the member's.
    let plain = mount(ViewState { selected: Some(member), ..ViewState::default() }).await;
    let panel = wait_for(&plain, ".evidence-panel").await;
    assert!(all(&panel, ".claim .via").is_empty());
}
