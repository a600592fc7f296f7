//! The first view baked into `dist/index.html`, so the map with its stances paints as soon as
//! the HTML and CSS arrive instead of after the wasm is fetched, compiled and run (issue 5,
//! startup).
//!
//! `tests/e2e/prerender.mjs` saves the app's default view from headless Chromium; this module puts
//! it in the page inside an `inert` wrapper (visible, but not focusable or clickable: it is a
//! picture of the app until the app replaces it) next to the loading status, and adds a tiny
//! inline script, allowed by its hash, that hides the picture when the page will not open on the
//! default view (a link with a view or an article, or articles saved in this browser), so a
//! reader never sees stances the app is about to change.

use crate::{cmd, tools};
use base64::{engine::general_purpose::STANDARD as BASE64, Engine as _};
use sha2::{Digest, Sha256};
use std::path::Path;

/// Class of the wrapper around the prerendered view (`src/lib.rs` removes it when the app starts).
const WRAPPER_CLASS: &str = "prerender";

/// Marks the page as not opening on the default view. Runs in the head, before the body is
/// parsed; `localStorage` can throw (storage disabled), which counts as "maybe not default".
/// The key is `atlas_core::local::store::STORAGE_KEY` (a test checks they agree).
const VIEW_CHECK: &str = "try{if(location.search.length>1||location.hash.length>1||\
localStorage.getItem(\"stance-atlas.local-articles\"))document.documentElement.classList.add(\"custom-view\")}\
catch(e){document.documentElement.classList.add(\"custom-view\")}";

/// Saves the app's default view from `dist` in Chromium and writes it into `dist/index.html`.
pub fn write(dist: &Path) -> Result<(), String> {
    tools::ensure_test_tools()?;
    let snapshot = dist.join("prerender.html");
    let root = cmd::root();
    cmd::new("node", &["prerender.mjs", &dist.to_string_lossy(), &snapshot.to_string_lossy()])
        .dir(root.join("tests").join("e2e"))
        .env("CHROMIUM_PATH", tools::chromium())
        .run()
        .map_err(|e| format!("{e}\ncould not prerender the first view of {}", dist.display()))?;
    let markup = std::fs::read_to_string(&snapshot).map_err(|e| format!("{}: {e}", snapshot.display()))?;
    let _ = std::fs::remove_file(&snapshot);
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let page = with_prerender(&html, &markup).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))?;
    println!("xtask: prerendered the first view into {} ({} bytes)", index.display(), markup.len());
    Ok(())
}

/// `html` with `markup` shown in `#app` before the loading status, and the view check in the head,
/// right after the policy that allows it.
fn with_prerender(html: &str, markup: &str) -> Result<String, String> {
    if markup.contains("<script") {
        return Err("the prerendered view holds a <script>, refusing to inline it".into());
    }
    let loading = element_start(html, "loading").ok_or("no #loading element to put the view before")?;
    let head_end = html.find("</head>").ok_or("no </head>")?;
    let csp = csp_script_src(html).ok_or("no Content-Security-Policy with a script-src to extend")?;
    if !(head_end < loading && csp < head_end) {
        return Err("the CSP, </head> and #loading are not in that order".into());
    }
    // Right after the policy, before the stylesheets: an inline script after a stylesheet waits
    // for it to load and holds the parser (and so the prerendered view) back meanwhile.
    let csp_end = html[csp..].find('>').map(|e| csp + e + 1).ok_or("the CSP <meta> is not closed")?;
    let hash = format!(" 'sha256-{}'", BASE64.encode(Sha256::digest(VIEW_CHECK.as_bytes())));
    let mut out = String::with_capacity(html.len() + markup.len() + 512);
    out.push_str(&html[..csp]);
    out.push_str(&hash);
    out.push_str(&html[csp..csp_end]);
    out.push_str(&format!("<script>{VIEW_CHECK}</script>"));
    out.push_str(&html[csp_end..loading]);
    out.push_str(&format!("<div class=\"{WRAPPER_CLASS}\" inert>{markup}</div>"));
    out.push_str(&html[loading..]);
    Ok(out)
}

/// Byte offset of the `<` of the element whose id is `id` (quoted or not, as minified HTML has it).
fn element_start(html: &str, id: &str) -> Option<usize> {
    [format!("id={id}>"), format!("id={id} "), format!("id=\"{id}\""), format!("id='{id}'")]
        .iter()
        .filter_map(|needle| html.find(needle.as_str()))
        .min()
        .and_then(|at| html[..at].rfind('<'))
}

/// Byte offset just after `script-src` and its sources' first word (`'self'`), where a hash goes.
fn csp_script_src(html: &str) -> Option<usize> {
    html.find("Content-Security-Policy")?;
    let at = html.find("script-src ")? + "script-src ".len();
    html[at..].find([' ', ';', '"']).map(|e| e + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><meta content=\"default-src 'self'; script-src 'self' \
        'wasm-unsafe-eval'; style-src 'self'\" http-equiv=Content-Security-Policy></head><body><div id=app>\
        <div class=loading id=loading role=status><p>Loading the map…</p></div></div></body></html>";

    #[test]
    fn the_view_goes_before_the_loading_status_and_the_check_is_allowed_by_its_hash() {
        let page = with_prerender(PAGE, "<svg class=map><path data-stances=reject></path></svg>").unwrap();
        let view = page.find("<div class=\"prerender\" inert><svg class=map>").expect("the view is in #app");
        assert!(view < page.find("<div class=loading id=loading").unwrap());
        assert!(page.find("<div id=app>").unwrap() < view);
        let hash = BASE64.encode(Sha256::digest(VIEW_CHECK.as_bytes()));
        assert!(page.contains(&format!("script-src 'self' 'sha256-{hash}' 'wasm-unsafe-eval'")), "{page}");
        assert!(page
            .contains(&format!("http-equiv=Content-Security-Policy><script>{VIEW_CHECK}</script></head>")));
    }

    #[test]
    fn a_page_without_its_parts_or_a_view_with_a_script_is_an_error() {
        assert!(with_prerender(&PAGE.replace("id=loading", "id=other"), "<svg></svg>").is_err());
        assert!(with_prerender(&PAGE.replace("script-src", "default"), "<svg></svg>").is_err());
        assert!(with_prerender(PAGE, "<svg><script>alert(1)</script></svg>").is_err());
    }

    #[test]
    fn the_view_check_reads_the_key_the_app_saves_articles_under() {
        let key = atlas_core::local::store::STORAGE_KEY;
        assert!(VIEW_CHECK.contains(&format!("localStorage.getItem(\"{key}\")")), "{key}");
    }
}
