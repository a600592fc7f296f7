//! Component tests in a real browser (headless Chromium): the app mounts, draws every country as
//! one element with `data-iso` and `data-stances`, lists the corpus, and names a focused country.
#![cfg(target_arch = "wasm32")]

use stance_atlas::{baked, stances, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const MIN_COUNTRIES: u32 = 175;

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("the test runs in a page")
}

/// Resolves after `ms` milliseconds, letting Yew's scheduler render.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (up to two seconds) until `selector` matches inside `root`.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..200 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        sleep(10).await;
    }
    panic!("`{selector}` never appeared");
}

/// Mounts a fresh app in its own element of the test page.
async fn mount_app() -> Element {
    let root = document().create_element("div").expect("a div");
    document().body().expect("a body").append_child(&root).expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    wait_for(&root, "svg.map").await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
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

    // Every claim about a drawn country shows in its data-stances, and nothing else does.
    let held = stances::stances_by_actor(baked::claims());
    for country in &countries {
        let code = country.get_attribute("data-iso").unwrap_or_default();
        let shown = country.get_attribute("data-stances").expect("every country has data-stances");
        let expected = held.get(code.as_str()).copied().unwrap_or_default().ids();
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
