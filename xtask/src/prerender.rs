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
//!
//! The first frame draws the map, the controls above it and its legend; the parts beside and below
//! it arrive as `<template data-later>`, which the same script puts in place as soon as that frame
//! is on screen (`assets/head.js`). The first frame is then cheaper to style, lay out and raster,
//! and its form controls no longer hold Chromium's form scan at DOMContentLoaded, which used to
//! compete with the raster of that frame.
//!
//! The view draws every country's outline, tagged with its code: the app reads the outlines from
//! it (`src/baked/geometry.rs`), so the block of outlines `cargo xtask stage-map` put into the page
//! goes ([`map::replace_block`]) and the page carries each outline once.
//!
//! The stylesheets are inlined too (each allowed by its hash), since a `<link>` holds the first
//! paint back by a round trip: the page paints from the HTML alone.

use crate::html::{self, ContentType};
use crate::single_file::{refuse_closing, text};
use crate::{cmd, map, tools};
use lol_html::{element, text};
use std::cell::RefCell;
use std::path::Path;

/// Class of the wrapper around the prerendered view (`src/lib.rs` removes it when the app starts).
const WRAPPER_CLASS: &str = "prerender";

/// Id `tests/e2e/prerender.mjs` gives the picture's map. The page holds its first frame back
/// until the map is parsed (`<link rel=expect blocking=render>`): a first frame of the header alone
/// would cost a frame's work and show nothing a reader came for.
const MAP_ID: &str = "prerender-map";

/// The page's head script (`assets/head.js`, which says what it does), minified by terser and
/// inlined right after the Content-Security-Policy, which allows it by the hash of those bytes.
/// Among other things it hides the picture when the page will not open on the default view, and
/// puts the parts of the picture held back from the first frame (`<template data-later>`) in
/// place once that frame is on screen.
const HEAD_SCRIPT: &str = "assets/head.js";

/// `assets/head.js` minified by terser (into the target directory), as the page inlines it.
fn head_script() -> Result<String, String> {
    let source = cmd::root().join(HEAD_SCRIPT);
    let out = cmd::target_dir().join("head").join("head.js");
    crate::glue::terser(&source, &out, false)?;
    let script = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let script = script.trim_end().to_string();
    refuse_closing(&script, "</script", HEAD_SCRIPT)?;
    Ok(script)
}

/// Saves the app's default view from `dist` in Chromium and writes it into `dist/index.html`.
pub fn write(dist: &Path) -> Result<(), String> {
    tools::ensure_test_tools()?;
    let snapshot = dist.join("prerender.html");
    let root = cmd::root();
    cmd::new("node", &["prerender.mjs", &dist.to_string_lossy(), &snapshot.to_string_lossy(), MAP_ID])
        .dir(root.join("tests").join("e2e"))
        .env("CHROMIUM_PATH", tools::chromium())
        .run()
        .map_err(|e| format!("{e}\ncould not prerender the first view of {}", dist.display()))?;
    let markup = std::fs::read_to_string(&snapshot).map_err(|e| format!("{}: {e}", snapshot.display()))?;
    let _ = std::fs::remove_file(&snapshot);
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let inlined = std::cell::RefCell::new(Vec::new());
    let read = |name: &str| {
        let path = dist.join(name.trim_start_matches("./"));
        inlined.borrow_mut().push(path.clone());
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let head = head_script()?;
    let page =
        prerendered_page(&html, &markup, &head, &read).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))?;
    // Nothing names the inlined stylesheets any more: keep dist/ to what the page loads.
    for path in inlined.into_inner() {
        std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!("xtask: prerendered the first view into {} ({} bytes)", index.display(), markup.len());
    Ok(())
}

/// Whether `el` is a `<link>` that preloads the app (its glue or wasm).
fn is_preload(el: &lol_html::html_content::Element) -> bool {
    let rel = el.get_attribute("rel").unwrap_or_default().to_ascii_lowercase();
    rel == "preload" || rel == "modulepreload"
}

/// The head's preload `<link>`s (those before `<body>`), as start tags to move.
fn preloads(html: &str) -> Result<Vec<String>, String> {
    let (found, in_body) = (RefCell::new(Vec::new()), RefCell::new(false));
    html::rewrite(
        html,
        vec![
            element!("body", |_| {
                *in_body.borrow_mut() = true;
                Ok(())
            }),
            element!("link[rel]", |el| {
                if !*in_body.borrow() && is_preload(el) {
                    found.borrow_mut().push(html::start_tag(el));
                }
                Ok(())
            }),
        ],
    )?;
    Ok(found.into_inner())
}

/// The page with the first view, in one lol_html pass, then its policy from the final bytes:
/// - `markup` shown in `#app` before the loading status, in an `inert` wrapper;
/// - the head script right after the Content-Security-Policy `<meta>`, before the stylesheets:
///   an inline script after a stylesheet waits for it to load and holds the parser (and so the
///   prerendered view) back meanwhile; with it a `<link rel=expect blocking=render>` for the map;
/// - the `<link>`s that preload the app (its wasm and glue) held back in a `<template
///   data-later>` where the last of them was, at the end of the head: the head script puts them in place once the picture is
///   on screen, just before the loader fetches what they name, so the downloads keep their
///   integrity checks and no longer compete with the first frame for a small machine's cores
///   (the preload scanner skips template contents);
/// - the loader `<script data-wasm=…>` (`assets/boot.js`, which starts only once the picture is
///   painted anyway) moved from the head to the end of the body. In the head, its request and the
///   module's evaluation came before the first frame: in alternated bench runs the frame holding
///   the map started 50–60 ms after navigation with it last, against 64–90 ms with it in the head;
/// - the map's outlines block dropped, once the view is known to draw each outline alike
///   ([`map::check_outlines`]);
/// - each stylesheet trunk built (a `<link rel=stylesheet>` with an `integrity`) inlined as a
///   `<style>`: a stylesheet link blocks the first paint for a round trip;
/// - last, the policy allows the inline script and styles by their hashes.
fn prerendered_page(
    html: &str,
    markup: &str,
    head_script: &str,
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    if markup.to_ascii_lowercase().contains("<script") {
        return Err("the prerendered view holds a <script>, refusing to inline it".into());
    }
    if !markup.contains(&format!("id=\"{MAP_ID}\"")) {
        return Err(format!("the prerendered view has no map with the id {MAP_ID}"));
    }
    // Minified pages omit the optional `<head>` start tag: what comes before `<body>` is the head.
    let in_body = RefCell::new(false);
    let later = preloads(html)?;
    if later.is_empty() {
        return Err("the page preloads nothing to hold back until the picture is painted".into());
    }
    let (preloads_seen, policies, loading) = (RefCell::new(0), RefCell::new(0), RefCell::new(0));
    let loader = RefCell::new(None::<String>);
    let outlines = RefCell::new(Vec::new());
    let block = format!("#{}", map::BLOCK_ID);
    let page = html::rewrite(
        html,
        vec![
            element!("meta[http-equiv]", |el| {
                let policy = el.get_attribute("http-equiv").unwrap_or_default();
                if policy.eq_ignore_ascii_case("content-security-policy") {
                    *policies.borrow_mut() += 1;
                    el.after(
                        &format!(
                            "<script>{head_script}</script><link rel=expect href=#{MAP_ID} blocking=render>"
                        ),
                        ContentType::Html,
                    );
                }
                Ok(())
            }),
            // The preloads go, the last one replaced by the template holding them all.
            element!("link[rel]", |el| {
                if !*in_body.borrow() && is_preload(el) {
                    let mut seen = preloads_seen.borrow_mut();
                    *seen += 1;
                    if *seen == later.len() {
                        el.replace(
                            &format!("<template data-later>{}</template>", later.concat()),
                            ContentType::Html,
                        );
                    } else {
                        el.remove();
                    }
                }
                Ok(())
            }),
            element!("link[rel][integrity]", |el| {
                let rel = el.get_attribute("rel").unwrap_or_default();
                if let (true, Some(href)) = (rel.eq_ignore_ascii_case("stylesheet"), el.get_attribute("href"))
                {
                    let css = text(read(&href)?, &href)?;
                    refuse_closing(&css, "</style", &href)?;
                    el.replace(&format!("<style>{css}</style>"), ContentType::Html);
                }
                Ok(())
            }),
            element!("script[data-wasm]", |el| {
                if !*in_body.borrow() {
                    *loader.borrow_mut() = Some(format!("{}</script>", html::start_tag(el)));
                    el.remove();
                }
                Ok(())
            }),
            text!("script[data-wasm]", |chunk| match chunk.as_str().is_empty() {
                true => Ok(()),
                false => Err("the loader <script> is not empty".into()),
            }),
            element!("body", |el| {
                *in_body.borrow_mut() = true;
                let loader =
                    loader.borrow_mut().take().ok_or("the head holds no loader <script data-wasm=…>")?;
                el.append(&loader, ContentType::Html);
                Ok(())
            }),
            element!("#loading", |el| {
                if !*in_body.borrow() {
                    return Err("#loading is not in the body".into());
                }
                *loading.borrow_mut() += 1;
                el.before(&format!("<div class=\"{WRAPPER_CLASS}\" inert>{markup}</div>"), ContentType::Html);
                Ok(())
            }),
            element!(block, |el| {
                el.remove();
                Ok(())
            }),
            element!(format!("#{} path[d]", map::BLOCK_ID), |el| {
                outlines.borrow_mut().extend(el.get_attribute("d"));
                Ok(())
            }),
        ],
    )?;
    match (policies.into_inner(), loading.into_inner()) {
        (0, _) => return Err("no Content-Security-Policy <meta> to extend".into()),
        (_, 0) => return Err("no #loading element to put the view before".into()),
        (1, 1) => {}
        _ => return Err("the page holds more than one policy or #loading".into()),
    }
    map::check_outlines(&outlines.into_inner(), markup)?;
    html::with_policy(&page, |present, scripts, styles| {
        html::add_sources(present, "script-src", scripts)
            .and_then(|p| html::add_sources(&p, "style-src", styles))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::sha256_base64;

    const PAGE: &str = "<!doctype html><html><head><meta content=\"default-src 'self'; script-src 'self' \
        'wasm-unsafe-eval'; style-src 'self'\" http-equiv=Content-Security-Policy>\
        <link href=./icon.svg rel=icon>\
        <link href=./app-1.css integrity=sha384-x rel=stylesheet><noscript><link href=./noscript.css \
        rel=stylesheet></noscript>\
        <script data-js=./app.js data-wasm=./app_bg.wasm src=./boot.js type=module></script>\
        <link crossorigin href=./app.js integrity=sha384-a rel=modulepreload>\
        <link as=fetch crossorigin href=./app_bg.wasm integrity=sha384-b rel=preload type=application/wasm></head>\
        <body><div id=app><div id=atlas-geometry hidden><svg aria-hidden=true><path d=\"M1 1z\"></path>\
        </svg></div><div class=loading id=loading role=status><p>Loading the map…</p></div></div></body></html>";
    const VIEW: &str = "<svg id=\"prerender-map\" class=map><path class=shape d=\"M1 1z\"></path></svg>";
    /// A stand-in for the minified head script.
    const SCRIPT: &str = "(()=>{document.documentElement.classList.add(\"first-frame\")})();";

    fn read(name: &str) -> Result<Vec<u8>, String> {
        match name {
            "./app-1.css" => Ok(b"p{margin:0}".to_vec()),
            "./bad.css" => Ok(b"</style>".to_vec()),
            other => Err(format!("no {other}")),
        }
    }

    fn page(html: &str, view: &str) -> Result<String, String> {
        prerendered_page(html, view, SCRIPT, &read)
    }

    #[test]
    fn the_view_goes_before_the_loading_status_and_the_head_script_after_the_policy() {
        let page = page(PAGE, VIEW).unwrap();
        let view =
            page.find(&format!("<div class=\"prerender\" inert>{VIEW}</div>")).expect("the view is in #app");
        assert!(view < page.find("<div class=loading id=loading").unwrap());
        assert!(page.find("<div id=app>").unwrap() < view);
        assert!(page.contains(&format!(
            "http-equiv=Content-Security-Policy><script>{SCRIPT}</script><link rel=expect \
                href=#{MAP_ID} blocking=render><link href=./icon.svg rel=icon>"
        )));
        assert!(!page.contains("atlas-geometry"), "the outlines block goes: {page}");
        // Minified, the page has no <head> start tag (it is optional): the same edits.
        assert_eq!(
            prerendered_page(&PAGE.replace("<head>", ""), VIEW, SCRIPT, &read).unwrap(),
            page.replace("<head>", "")
        );
    }

    #[test]
    fn the_policy_allows_the_head_script_and_the_inlined_stylesheets_by_their_hashes() {
        let page = page(PAGE, VIEW).unwrap();
        let (script, style) = (sha256_base64(SCRIPT), sha256_base64("p{margin:0}"));
        assert!(
            page.contains(&format!(
                "content=\"default-src 'self'; script-src 'sha256-{script}' 'self' 'wasm-unsafe-eval'; \
                 style-src 'sha256-{style}' 'self'\""
            )),
            "{page}"
        );
        assert!(page.contains("<style>p{margin:0}</style><noscript><link href=./noscript.css"), "{page}");
        let closing = PAGE.replace("./app-1.css", "./bad.css");
        assert!(prerendered_page(&closing, VIEW, SCRIPT, &read).unwrap_err().contains("</style"));
    }

    #[test]
    fn the_preloads_wait_in_a_template_and_the_loader_moves_to_the_end_of_the_body() {
        let page = page(PAGE, VIEW).unwrap();
        assert!(
            page.contains(
                "</noscript><template data-later><link crossorigin href=./app.js integrity=sha384-a \
                 rel=modulepreload><link as=fetch crossorigin href=./app_bg.wasm integrity=sha384-b rel=preload \
                 type=application/wasm></template></head>"
            ),
            "{page}"
        );
        let loader = "<script data-js=./app.js data-wasm=./app_bg.wasm src=./boot.js type=module></script>";
        assert!(page.ends_with(&format!("</div></div>{loader}</body></html>")), "{page}");
        let filled = PAGE.replace("type=module></script>", "type=module>go()</script>");
        assert_eq!(
            prerendered_page(&filled, VIEW, SCRIPT, &read).unwrap_err(),
            "the loader <script> is not empty"
        );
        let no_loader = PAGE.replace("data-wasm", "data-other");
        assert!(page_err(&no_loader, VIEW).contains("no loader"));
        let no_preloads = PAGE.replace("rel=preload", "rel=x").replace("rel=modulepreload", "rel=y");
        assert!(page_err(&no_preloads, VIEW).contains("preloads nothing"));
    }

    fn page_err(html: &str, view: &str) -> String {
        page(html, view).unwrap_err()
    }

    #[test]
    fn a_page_without_its_parts_or_a_view_without_its_map_or_with_a_script_is_an_error() {
        assert!(page_err(&PAGE.replace("id=loading", "id=other"), VIEW).contains("#loading"));
        assert!(page_err(&PAGE.replace("script-src", "default"), VIEW).contains("script-src"));
        assert!(
            page_err(&PAGE.replace("Content-Security-Policy", "x"), VIEW).contains("Content-Security-Policy")
        );
        assert!(
            page_err(PAGE, "<svg id=\"prerender-map\"><script>alert(1)</script></svg>").contains("<script>")
        );
        assert!(page_err(PAGE, "<svg class=map></svg>").contains(MAP_ID));
        let other_outline = VIEW.replace("M1 1z", "M2 2z");
        assert!(page_err(PAGE, &other_outline).contains("other path data"));
        let no_block = PAGE.replace("id=atlas-geometry", "id=other");
        assert!(page_err(&no_block, VIEW).contains("outlines block is empty"));
    }

    #[test]
    fn the_head_script_reads_the_key_the_app_saves_articles_under() {
        let key = atlas_core::local::store::STORAGE_KEY;
        let script = std::fs::read_to_string(cmd::root().join(HEAD_SCRIPT)).unwrap();
        assert!(script.contains(&format!("localStorage.getItem('{key}')")), "{key}");
    }
}
