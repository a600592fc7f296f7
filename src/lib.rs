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
pub mod reading;
pub mod stances;
pub mod state;

pub use components::app::App;

/// Replaces the loading state in `#app` (or the page body when there is none) with the app.
pub fn mount() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
