//! Helpers the browser component tests share: the page's document, waiting for Yew to render,
//! and querying what it rendered.
#![allow(dead_code)] // each test file uses its own subset

use wasm_bindgen::JsCast;
use web_sys::Element;

pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("the test runs in a page")
}

/// Resolves after `ms` milliseconds, letting Yew's scheduler render.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (up to two seconds) until `selector` matches inside `root`.
pub async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..200 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        sleep(10).await;
    }
    panic!("`{selector}` never appeared");
}

/// Every element matching `selector` inside `root`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}
