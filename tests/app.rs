//! Component tests in a real browser (headless Chromium): the app mounts, draws every country as
//! one element with `data-iso` and `data-stances`, lists the corpus, and names a focused country.
#![cfg(target_arch = "wasm32")]

use atlas_core::view::ViewState;
use stance_atlas::{baked, state, App};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

mod common;

use common::{all, document, sleep, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

const MIN_COUNTRIES: u32 = 175;

/// Puts `query` (e.g. `?s=reject`, or empty) in the test page's address, for the next app to read.
fn open_link(query: &str) {
    let window = web_sys::window().expect("window");
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")))
        .expect("address replaced");
}

/// The `data-stances` of every country in `root`, by code.
fn data_stances(root: &Element) -> std::collections::BTreeMap<String, String> {
    all(root, "svg.map [data-iso]")
        .iter()
        .map(|c| {
            (
                c.get_attribute("data-iso").unwrap_or_default(),
                c.get_attribute("data-stances").unwrap_or_default(),
            )
        })
        .collect()
}

/// Waits (up to two seconds) until `holds` is true of `root`.
async fn wait_until(root: &Element, what: &str, holds: impl Fn(&Element) -> bool) {
    for _ in 0..200 {
        if holds(root) {
            return;
        }
        sleep(10).await;
    }
    panic!("{what} never happened");
}

/// Mounts a fresh app in its own element of the test page, opened on the plain address.
async fn mount_app() -> Element {
    open_link("");
    mount_app_here().await
}

/// Mounts a fresh app reading whatever link the page's address holds.
async fn mount_app_here() -> Element {
    let root = document().create_element("div").expect("a div");
    document().body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    wait_for(&root, "svg.map").await;
    root
}

#[wasm_bindgen_test]
async fn the_map_draws_every_country_once_with_its_stances() {
    let root = mount_app().await;
    let countries = all(&root, "svg.map [data-iso]");
    assert!(countries.len() as u32 >= MIN_COUNTRIES, "only {} countries drawn", countries.len());

    let mut codes: Vec<String> = countries.iter().filter_map(|c| c.get_attribute("data-iso")).collect();
    codes.sort();
    let drawn = codes.len();
    codes.dedup();
    assert_eq!(codes.len(), drawn, "a country is drawn twice");

    // Each drawn country shows exactly what the core computes for the first-visit view.
    let aggregate = state::index().filter(&ViewState::default()).aggregate();
    for country in &countries {
        let code = country.get_attribute("data-iso").unwrap_or_default();
        let shown = country.get_attribute("data-stances").expect("every country has data-stances");
        let expected = aggregate.data_stances(&code);
        assert_eq!(shown, expected, "{code}");
        assert!(country.get_attribute("aria-label").is_some_and(|l| !l.is_empty()), "{code} has no name");
    }
    assert_eq!(all(&root, "[data-iso='VEN'].is-subject").len(), 1, "Venezuela is marked as the subject");
}

#[wasm_bindgen_test]
async fn the_article_list_shows_every_corpus_article_with_outlet_and_date() {
    let root = mount_app().await;
    let items = all(&root, ".article-list .article");
    assert_eq!(items.len(), baked::articles().len());
    assert!(items.len() >= 5);
    for (item, article) in items.iter().zip(baked::articles()) {
        let text = item.text_content().unwrap_or_default();
        assert!(text.contains(article.title), "{text}");
        assert!(text.contains(article.outlet), "{text}");
        assert_eq!(text.contains("about "), article.date_approximate, "{text}");
    }
}

#[wasm_bindgen_test]
async fn focusing_a_country_names_it_in_the_tooltip_and_keeps_every_country_in_place() {
    let root = mount_app().await;
    let brazil = wait_for(&root, "[data-iso='BRA']").await;
    let argentina = wait_for(&root, "[data-iso='ARG']").await;
    brazil.dyn_ref::<web_sys::SvgElement>().expect("an SVG element").focus().expect("focusable");
    let tooltip = wait_for(&root, ".map-tooltip:not([hidden])").await;
    assert!(tooltip.text_content().unwrap_or_default().contains("Brazil"));
    // Showing the tooltip must not rebuild the map: focus and the reader's place would be lost.
    assert!(brazil.is_connected() && argentina.is_connected(), "countries were re-created");
    assert_eq!(document().active_element().as_ref(), Some(&brazil), "focus left the country");
    brazil.dyn_ref::<web_sys::SvgElement>().expect("an SVG element").blur().expect("blurs");
    wait_for(&root, ".map-tooltip[hidden]").await;
}

#[wasm_bindgen_test]
async fn unticking_a_stance_removes_it_from_every_country_and_the_address() {
    let root = mount_app().await;
    let before = data_stances(&root);
    assert!(before.values().any(|s| s.contains("reject")), "no country rejects in the first view");
    let reject: web_sys::HtmlElement =
        wait_for(&root, ".filters input[data-stance='reject']").await.dyn_into().expect("an input");
    reject.click();
    wait_until(&root, "reject disappearing", |r| data_stances(r).values().all(|s| !s.contains("reject")))
        .await;
    let after = data_stances(&root);
    for (code, stances) in &before {
        let expected: Vec<&str> = stances.split(' ').filter(|s| !s.is_empty() && *s != "reject").collect();
        assert_eq!(after[code], expected.join(" "), "{code}");
    }
    // The address follows once the change is painted.
    let search = || web_sys::window().expect("window").location().search().expect("a query");
    wait_until(&root, "the address to follow", |_| search().contains("s=recognize,break_ties,offer_asylum"))
        .await;
}

#[wasm_bindgen_test]
async fn a_legend_entry_toggles_its_stance_and_counts_the_countries_showing_it() {
    let root = mount_app().await;
    let entry: web_sys::HtmlElement =
        wait_for(&root, ".legend-entry[data-stance='break_ties']").await.dyn_into().expect("a button");
    let count = |r: &Element| {
        data_stances(r).values().filter(|s| s.split(' ').any(|id| id == "break_ties")).count().to_string()
    };
    assert!(entry.text_content().unwrap_or_default().contains(&count(&root)), "the legend count is wrong");
    assert_eq!(entry.get_attribute("aria-pressed").as_deref(), Some("true"));
    entry.click();
    wait_until(&root, "break_ties disappearing", |r| count(r) == "0").await;
    assert_eq!(entry.get_attribute("aria-pressed").as_deref(), Some("false"));
    let checkbox: web_sys::HtmlInputElement =
        wait_for(&root, ".filters input[data-stance='break_ties']").await.dyn_into().expect("an input");
    assert!(!checkbox.checked(), "the filter checkbox did not follow the legend");
}

#[wasm_bindgen_test]
async fn a_garbage_link_renders_the_map_with_a_notice() {
    open_link("?s=zzz&sel=%3Cscript%3E&z=nan&colour=red");
    let root = mount_app_here().await;
    let notice = wait_for(&root, ".notice-bar").await;
    let text = notice.text_content().unwrap_or_default();
    for param in ["“s”", "“sel”", "“z”", "“colour”"] {
        assert!(text.contains(param), "{param} not named in {text}");
    }
    assert!(all(&root, "svg.map [data-iso]").len() as u32 >= MIN_COUNTRIES);
    assert!(all(&root, "script").is_empty(), "the link injected markup");
    let dismiss: web_sys::HtmlElement =
        wait_for(&root, ".notice-dismiss").await.dyn_into().expect("a button");
    dismiss.click();
    wait_until(&root, "the notice closing", |r| all(r, ".notice-bar").is_empty()).await;
    open_link("");
}

#[wasm_bindgen_test]
async fn blocs_are_listed_with_their_stances_and_open_their_evidence() {
    let root = mount_app().await;
    let eu = wait_for(&root, ".bloc-list [data-bloc='EU']").await;
    let text = eu.text_content().unwrap_or_default();
    assert!(text.contains("European Union") && text.contains("Reject"), "{text}");
    // Filtering out rejection empties the EU's entry (it holds no other stance in the corpus).
    let reject: web_sys::HtmlElement =
        wait_for(&root, ".filters input[data-stance='reject']").await.dyn_into().expect("an input");
    reject.click();
    wait_until(&root, "the EU leaving the bloc list", |r| all(r, ".bloc-list [data-bloc='EU']").is_empty())
        .await;
    reject.click();
    let button: web_sys::HtmlElement =
        wait_for(&root, ".bloc-list [data-bloc='EU'] button").await.dyn_into().expect("a button");
    button.click();
    let selected = |_: &Element| {
        web_sys::window().and_then(|w| w.location().search().ok()).is_some_and(|q| q.contains("sel=EU"))
    };
    wait_until(&root, "the EU selected in the address", selected).await;
    wait_until(&root, "the EU's evidence panel", |r| {
        r.query_selector("#panel")
            .ok()
            .flatten()
            .and_then(|p| p.text_content())
            .is_some_and(|t| t.contains("European Union"))
    })
    .await;
}

// Wheel and pointer events as a mouse or a finger sends them, at client coordinates.
#[wasm_bindgen(inline_js = "
export function wheel(target, x, y, deltaY) {
    const e = new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY });
    target.dispatchEvent(e);
    return e.defaultPrevented;
}
export function pointer(target, type, x, y) {
    const init = { bubbles: true, cancelable: true, pointerId: 7, isPrimary: true, clientX: x, clientY: y };
    target.dispatchEvent(type === 'click' ? new MouseEvent(type, init) : new PointerEvent(type, init));
}
")]
extern "C" {
    /// Sends a wheel turn; whether the page cancelled its default (the scroll).
    fn wheel(target: &Element, x: f64, y: f64, delta_y: f64) -> bool;
    fn pointer(target: &Element, kind: &str, x: f64, y: f64);
}

fn view_box(root: &Element) -> String {
    root.query_selector("svg.map").ok().flatten().and_then(|m| m.get_attribute("viewBox")).unwrap_or_default()
}

fn address() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_wheel_zooms_the_map_and_a_drag_pans_it_without_selecting_where_it_ends() {
    let root = mount_app().await;
    let map = wait_for(&root, "svg.map").await;
    let rect = map.get_bounding_client_rect();
    let (x, y) = (rect.left() + rect.width() / 2.0, rect.top() + rect.height() / 2.0);
    let whole = view_box(&root);

    assert!(wheel(&map, x, y, -300.0), "the wheel scrolled the page");
    wait_until(&root, "the wheel zooming in", |r| view_box(r) != whole).await;
    wait_until(&root, "the zoom in the address", |_| address().contains("z=")).await;
    let (zoomed, zoomed_link) = (view_box(&root), address());

    // A drag over Canada pans the map; the click that ends it selects nothing.
    let canada = wait_for(&root, "[data-iso='CAN']").await;
    pointer(&canada, "pointerdown", x, y);
    pointer(&canada, "pointermove", x + 60.0, y + 10.0);
    wait_until(&root, "the drag panning the map", |r| view_box(r) != zoomed).await;
    pointer(&canada, "pointerup", x + 60.0, y + 10.0);
    pointer(&canada, "click", x + 60.0, y + 10.0);
    wait_until(&root, "the pan in the address", |_| address() != zoomed_link).await;
    assert!(address().contains("z=") && !address().contains("sel="), "{}", address());

    // A click without a drag selects.
    pointer(&canada, "pointerdown", x, y);
    pointer(&canada, "pointerup", x, y);
    pointer(&canada, "click", x, y);
    wait_until(&root, "Canada selected", |_| address().contains("sel=CAN")).await;
}
