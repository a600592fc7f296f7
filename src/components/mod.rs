//! The page's parts, one per file: components where a part needs state of its own or must skip
//! re-rendering (the map and its pieces, the evidence panel, the article reader, the add-article
//! dialog, the article options of the filters), plain functions returning `Html` elsewhere, their
//! state, if any, held by the page through a hook. Each component costs its own copy of Yew's
//! mounting code in the wasm, which is why a part without that need is a function.

pub mod add_article;
pub mod app;
pub mod article_list;
pub mod article_reader;
pub mod bloc_list;
pub mod claim_parts;
pub mod claims_table;
pub mod country_marker;
pub mod country_shape;
pub mod empty_result;
pub mod evidence_panel;
pub mod export_menu;
pub mod filter_panel;
pub mod local_library;
pub mod map_gestures;
pub mod map_legend;
pub mod map_tooltip;
pub mod notice_bar;
pub mod pointing;
pub mod selection_panel;
pub mod share_bar;
pub mod site_header;
pub mod stance_timeline;
pub mod time_bar;
pub mod view_tabs;
pub mod world_map;

use atlas_core::view::Action;
use yew::Callback;

/// A callback that sends `action` whatever the event: one closure type shared by every control
/// that sends a fixed action, where a closure per control would each be code of its own in the
/// wasm.
pub fn send<E: 'static>(on_action: &Callback<Action>, action: Action) -> Callback<E> {
    let on_action = on_action.clone();
    Callback::from(move |_: E| on_action.emit(action.clone()))
}
