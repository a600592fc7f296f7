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

use crate::single_file::{refuse_closing, sha256_base64, text, Tag};
use crate::{cmd, map, tools};
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
    let page = with_prerender(&html, &markup, &head)
        .and_then(|page| with_later_preloads(&page))
        .and_then(|page| with_loader_last(&page))
        .and_then(|page| map::replace_block(&page, &markup))
        .and_then(|page| with_inline_styles(&page, &read))
        .map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))?;
    // Nothing names the inlined stylesheets any more: keep dist/ to what the page loads.
    for path in inlined.into_inner() {
        std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!("xtask: prerendered the first view into {} ({} bytes)", index.display(), markup.len());
    Ok(())
}

/// `html` with `markup` shown in `#app` before the loading status, and the head script in the
/// head, right after the policy that allows it.
fn with_prerender(html: &str, markup: &str, head_script: &str) -> Result<String, String> {
    if markup.contains("<script") {
        return Err("the prerendered view holds a <script>, refusing to inline it".into());
    }
    if !markup.contains(&format!("id=\"{MAP_ID}\"")) {
        return Err(format!("the prerendered view has no map with the id {MAP_ID}"));
    }
    let loading = element_start(html, "loading").ok_or("no #loading element to put the view before")?;
    if html.find("</head>").is_none_or(|head_end| head_end > loading) {
        return Err("#loading is not in the body".into());
    }
    // Right after the policy, before the stylesheets: an inline script after a stylesheet waits
    // for it to load and holds the parser (and so the prerendered view) back meanwhile.
    let csp_end = policy_end(html).ok_or("no Content-Security-Policy <meta> to extend")?;
    let mut out = String::with_capacity(html.len() + markup.len() + 512);
    out.push_str(&html[..csp_end]);
    out.push_str(&format!("<script>{head_script}</script><link rel=expect href=#{MAP_ID} blocking=render>"));
    out.push_str(&html[csp_end..loading]);
    out.push_str(&format!("<div class=\"{WRAPPER_CLASS}\" inert>{markup}</div>"));
    out.push_str(&html[loading..]);
    allow(&out, "script-src", head_script)
}

/// `html` with the `<link>`s that preload the app (its wasm and glue) held back in a
/// `<template data-later>`: the head script puts them in place once the picture is on screen, just
/// before the loader fetches what they name, so the downloads keep their integrity checks and no
/// longer compete with the first frame for a small machine's cores. The preload scanner skips
/// template contents.
fn with_later_preloads(html: &str) -> Result<String, String> {
    let head_end = html.find("</head>").ok_or("the page has no </head>")?;
    let mut later = String::new();
    let head = each_link(&html[..head_end], |tag| {
        let rel = tag.attr("rel").unwrap_or_default().to_ascii_lowercase();
        Ok(matches!(rel.as_str(), "preload" | "modulepreload").then(|| {
            later.push_str(tag.source);
            String::new()
        }))
    })?;
    if later.is_empty() {
        return Err("the page preloads nothing to hold back until the picture is painted".into());
    }
    Ok(format!("{head}<template data-later>{later}</template>{}", &html[head_end..]))
}

/// `html` with the loader `<script data-wasm=…>` (`assets/boot.js`, which starts only once the
/// picture is painted anyway) moved from the head to the end of the body. In the head, its
/// request and the module's evaluation came before the first frame: in alternated bench runs the
/// frame holding the map started 50–60 ms after navigation with it last, against 64–90 ms with it
/// in the head.
fn with_loader_last(html: &str) -> Result<String, String> {
    let head_end = html.find("</head>").ok_or("the page has no </head>")?;
    let mut at = 0;
    let loader = loop {
        let start =
            at + html[at..head_end].find("<script").ok_or("the head holds no loader <script data-wasm=…>")?;
        let tag = Tag::parse(&html[start..]).ok_or("a <script> tag does not parse")?;
        if tag.attr("data-wasm").is_some() {
            let close = "</script>";
            let end = start + tag.len;
            break match html[end..].starts_with(close) {
                true => start..end + close.len(),
                false => return Err("the loader <script> is not empty".into()),
            };
        }
        at = start + tag.len;
    };
    let body_end = html.rfind("</body>").ok_or("the page has no </body>")?;
    Ok(format!(
        "{}{}{}{}",
        &html[..loader.start],
        &html[loader.end..body_end],
        &html[loader.clone()],
        &html[body_end..]
    ))
}

/// `html` with each stylesheet trunk built (a `<link rel=stylesheet>` with an `integrity`) inlined
/// as a `<style>` allowed by its hash: a stylesheet link blocks the first paint for a round trip.
fn with_inline_styles(html: &str, read: &dyn Fn(&str) -> Result<Vec<u8>, String>) -> Result<String, String> {
    let mut styles = Vec::new();
    let out = each_link(html, |tag| {
        let built = tag.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("stylesheet"))
            && tag.attr("integrity").is_some();
        match (built, tag.attr("href")) {
            (true, Some(href)) => {
                let css = text(read(href)?, href)?;
                refuse_closing(&css, "</style", href)?;
                let style = format!("<style>{css}</style>");
                styles.push(css);
                Ok(Some(style))
            }
            _ => Ok(None),
        }
    })?;
    styles.iter().try_fold(out, |page, css| allow(&page, "style-src", css))
}

/// `html` with each `<link>` tag replaced by what `replace` gives for it (`None`: left as it is).
fn each_link(
    html: &str,
    mut replace: impl FnMut(&Tag) -> Result<Option<String>, String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link") {
        out.push_str(&rest[..at]);
        let tag = Tag::parse(&rest[at..]).ok_or("a <link> tag does not parse")?;
        out.push_str(replace(&tag)?.as_deref().unwrap_or(tag.source));
        rest = &rest[at + tag.len..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `html` with the hash of `inline` added to `directive` of its Content-Security-Policy.
fn allow(html: &str, directive: &str, inline: &str) -> Result<String, String> {
    let policy = policy_end(html).and_then(|end| html[..end].rfind("<meta").map(|start| start..end));
    let policy = policy.ok_or("no Content-Security-Policy <meta>")?;
    let name = format!("{directive} ");
    let at = html[policy.clone()].find(&name).map(|i| policy.start + i + name.len());
    let at = at.ok_or_else(|| format!("the Content-Security-Policy has no {directive}"))?;
    let hash = format!("'sha256-{}' ", sha256_base64(inline));
    Ok(format!("{}{hash}{}", &html[..at], &html[at..]))
}

/// Byte offset just after the Content-Security-Policy `<meta>` tag.
fn policy_end(html: &str) -> Option<usize> {
    let name = html.find("Content-Security-Policy")?;
    let start = html[..name].rfind("<meta")?;
    Tag::parse(&html[start..]).map(|tag| start + tag.len)
}

/// Byte offset of the `<` of the element whose id is `id` (quoted or not, as minified HTML has it).
fn element_start(html: &str, id: &str) -> Option<usize> {
    [format!("id={id}>"), format!("id={id} "), format!("id=\"{id}\""), format!("id='{id}'")]
        .iter()
        .filter_map(|needle| html.find(needle.as_str()))
        .min()
        .and_then(|at| html[..at].rfind('<'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><meta content=\"default-src 'self'; script-src 'self' \
        'wasm-unsafe-eval'; style-src 'self'\" http-equiv=Content-Security-Policy></head><body><div id=app>\
        <div class=loading id=loading role=status><p>Loading the map…</p></div></div></body></html>";
    /// A stand-in for the minified head script.
    const SCRIPT: &str = "(()=>{document.documentElement.classList.add(\"first-frame\")})();";

    #[test]
    fn the_view_goes_before_the_loading_status_and_the_check_is_allowed_by_its_hash() {
        let page = with_prerender(
            PAGE,
            "<svg id=\"prerender-map\" class=map><path data-stances=reject></path></svg>",
            SCRIPT,
        )
        .unwrap();
        let view = page
            .find("<div class=\"prerender\" inert><svg id=\"prerender-map\" class=map>")
            .expect("the view is in #app");
        assert!(view < page.find("<div class=loading id=loading").unwrap());
        assert!(page.find("<div id=app>").unwrap() < view);
        let hash = sha256_base64(SCRIPT);
        assert!(page.contains(&format!("script-src 'sha256-{hash}' 'self' 'wasm-unsafe-eval'")), "{page}");
        assert!(page.contains(&format!(
            "http-equiv=Content-Security-Policy><script>{SCRIPT}</script><link rel=expect \
                href=#{MAP_ID} blocking=render></head>"
        )));
    }

    #[test]
    fn built_stylesheets_are_inlined_and_allowed_by_their_hashes() {
        let page = PAGE.replace(
            "</head>",
            "<link href=./app-1.css integrity=sha384-x rel=stylesheet><noscript><link href=./noscript.css \
             rel=stylesheet></noscript></head>",
        );
        let read = |name: &str| match name {
            "./app-1.css" => Ok(b"p{margin:0}".to_vec()),
            other => Err(format!("no {other}")),
        };
        let page = with_inline_styles(&page, &read).unwrap();
        assert!(page.contains("<style>p{margin:0}</style><noscript><link href=./noscript.css"), "{page}");
        let hash = sha256_base64("p{margin:0}");
        assert!(page.contains(&format!("style-src 'sha256-{hash}' 'self'")), "{page}");
        let closing = PAGE.replace("</head>", "<link href=./bad.css integrity=x rel=stylesheet></head>");
        assert!(with_inline_styles(&closing, &|_| Ok(b"</style>".to_vec())).is_err());
    }

    #[test]
    fn a_page_without_its_parts_or_a_view_without_its_map_or_with_a_script_is_an_error() {
        let view = "<svg id=\"prerender-map\"></svg>";
        assert!(with_prerender(PAGE, view, SCRIPT).is_ok());
        assert!(with_prerender(&PAGE.replace("id=loading", "id=other"), view, SCRIPT).is_err());
        assert!(with_prerender(&PAGE.replace("script-src", "default"), view, SCRIPT).is_err());
        assert!(with_prerender(&PAGE.replace("Content-Security-Policy", "x"), view, SCRIPT).is_err());
        assert!(with_prerender(PAGE, "<svg id=\"prerender-map\"><script>alert(1)</script></svg>", SCRIPT)
            .is_err());
        assert!(with_prerender(PAGE, "<svg class=map></svg>", SCRIPT).unwrap_err().contains(MAP_ID));
    }

    #[test]
    fn the_preloads_wait_in_a_template_and_other_links_stay() {
        let page = PAGE.replace(
            "</head>",
            "<link href=./icon.svg rel=icon><link crossorigin href=./app.js integrity=sha384-a \
             rel=modulepreload><link as=fetch crossorigin href=./app_bg.wasm integrity=sha384-b rel=preload \
             type=application/wasm></head>",
        );
        let page = with_later_preloads(&page).unwrap();
        assert!(
            page.contains(
                "<link href=./icon.svg rel=icon><template data-later><link crossorigin href=./app.js \
                 integrity=sha384-a rel=modulepreload><link as=fetch crossorigin href=./app_bg.wasm \
                 integrity=sha384-b rel=preload type=application/wasm></template></head>"
            ),
            "{page}"
        );
        assert!(with_later_preloads(PAGE).is_err(), "a page that preloads nothing");
    }

    #[test]
    fn the_loader_moves_to_the_end_of_the_body_and_other_scripts_stay() {
        let loader = "<script data-js=./app.js data-wasm=./app_bg.wasm src=./boot.js type=module></script>";
        let page = PAGE.replace("</head>", &format!("<script>check()</script>{loader}</head>"));
        let moved = with_loader_last(&page).unwrap();
        assert!(moved.contains("<script>check()</script></head>"), "{moved}");
        assert!(moved.ends_with(&format!("</div></div>{loader}</body></html>")), "{moved}");
        assert_eq!(moved.len(), page.len());
        assert!(with_loader_last(PAGE).unwrap_err().contains("no loader"));
        let filled = page.replace("type=module></script>", "type=module>go()</script>");
        assert_eq!(with_loader_last(&filled).unwrap_err(), "the loader <script> is not empty");
    }

    #[test]
    fn the_head_script_reads_the_key_the_app_saves_articles_under() {
        let key = atlas_core::local::store::STORAGE_KEY;
        let script = std::fs::read_to_string(cmd::root().join(HEAD_SCRIPT)).unwrap();
        assert!(script.contains(&format!("localStorage.getItem('{key}')")), "{key}");
    }
}
