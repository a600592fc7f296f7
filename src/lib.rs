//! Stance Atlas web app: renders the baked corpus, its claims and the world map with Yew.
//!
//! Everything the page shows is compiled in by `build.rs` (see [`baked`]); the app only renders it
//! and handles the reader's input. Side effects on the DOM live here, never in `atlas-core`.

pub mod baked;
pub mod components;
pub mod download;
pub mod extractor;
pub mod focus;
pub mod format;
pub mod library;
pub mod link;
pub mod local_store;
pub mod map_image;
pub mod map_view;
pub mod on_demand;
pub mod reading;
pub mod stances;
pub mod state;
pub mod texts;

pub use components::app::App;

/// Talc instead of Rust's default dlmalloc: 2 KiB smaller in the app's brotli'd wasm, and faster
/// (measured with `tools/wasm_parts.py`; see its docstring). The page is single-threaded.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts the app in `#app` (or the page body when there is none). The page's loading status and,
/// in a release build, the prerendered picture of the first view (`xtask/src/prerender.rs`) stay
/// until the app has drawn itself: [`retire_placeholders`] removes them in the same task, so no
/// frame shows both or neither.
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.as_ref().and_then(|d| d.get_element_by_id(APP_ROOT));
    let live = document.as_ref().and_then(|d| d.create_element("div").ok());
    match (root, live) {
        (Some(root), Some(live)) => {
            live.set_class_name(LIVE_CLASS);
            let _ = root.append_child(&live);
            yew::Renderer::<App>::with_root(live).render();
        }
        _ => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Id of the page element the app starts in.
const APP_ROOT: &str = "app";
/// Class of the element the app renders into, inside `#app` (laid out as if it were not there).
const LIVE_CLASS: &str = "app-live";
/// Name of the performance mark set when the app has drawn its first view (`cargo xtask bench`).
pub const READY_MARK: &str = "app-ready";

/// Removes what `#app` showed before the app (the loading status, the prerendered first view)
/// and marks the moment; called once, after the app's first render reached the DOM.
pub fn retire_placeholders() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.get_element_by_id(APP_ROOT) {
        let children = root.children();
        let stale: Vec<web_sys::Element> = (0..children.length())
            .filter_map(|i| children.item(i))
            .filter(|child| !child.class_list().contains(LIVE_CLASS))
            .collect();
        for child in stale {
            child.remove();
        }
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(READY_MARK);
    }
}
