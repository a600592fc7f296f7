//! The view in the address bar: read on start and on back/forward, written on every change, and
//! copied for sharing. The query string carries it, or the fragment when the page is a local file.

use crate::state::HistoryEntry;
use wasm_bindgen::JsValue;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// A page opened from disk (the single-file build) keeps the view in the fragment: browsers treat
/// query strings on `file:` URLs inconsistently.
pub fn uses_fragment() -> bool {
    location().and_then(|l| l.protocol().ok()).is_some_and(|p| p == "file:")
}

/// The view part of the current URL, with its leading `?` or `#`, for [`atlas_core::url::decode`].
/// A served page reads the query, or the fragment when there is no query (links written as `#…`).
pub fn current() -> String {
    let Some(location) = location() else { return String::new() };
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if uses_fragment() || search.len() <= 1 {
        hash
    } else {
        search
    }
}

/// The page's whole address, which [`write`] keeps equal to the view: what "Copy link" copies.
pub fn href() -> String {
    location().and_then(|l| l.href().ok()).unwrap_or_default()
}

/// The part after the path: `?view` on a server, `#view` from a file; empty for the default view.
fn relative_for(encoded: &str) -> String {
    if encoded.is_empty() {
        String::new()
    } else if uses_fragment() {
        format!("#{encoded}")
    } else {
        format!("?{encoded}")
    }
}

/// The shared-article part (`art=…`) of a fragment, which a view change must carry along.
fn shared_article_part(hash: &str) -> Option<&str> {
    let prefix = format!("{}=", atlas_core::url::SHARED_ARTICLE_KEY);
    hash.trim_start_matches('#').split('&').find(|part| part.starts_with(&prefix))
}

/// Records the view in history unless the address bar already shows it.
pub fn write(encoded: &str, entry: HistoryEntry) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let Some(location) = location() else { return };
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let mut url = relative_for(encoded);
    if uses_fragment() {
        // From a file the view and a shared article share the fragment: keep the article.
        if let Some(article) = shared_article_part(&hash) {
            url = if url.is_empty() { format!("#{article}") } else { format!("{url}&{article}") };
        }
        if url == hash || (url.is_empty() && hash.len() <= 1) {
            return;
        }
    } else {
        if search.trim_start_matches('?') == encoded {
            return;
        }
        // A served page keeps an unrelated fragment (e.g. a shared article) where it was.
        url.push_str(&hash);
    }
    if url.is_empty() || url.starts_with('#') && !uses_fragment() {
        // Back to the default view: drop the query but stay on the same page (and fragment).
        url = format!("{}{url}", location.pathname().unwrap_or_else(|_| "./".into()));
    }
    let result = match entry {
        HistoryEntry::None => Ok(()),
        HistoryEntry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryEntry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
    if let Err(e) = result {
        web_sys::console::warn_2(&"Stance Atlas: could not write the view to the address bar".into(), &e);
    }
}
