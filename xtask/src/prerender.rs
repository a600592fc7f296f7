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
    let inlined = std::cell::RefCell::new(Vec::new());
    let read = |name: &str| {
        let path = dist.join(name.trim_start_matches("./"));
        inlined.borrow_mut().push(path.clone());
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let page = with_prerender(&html, &markup)
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

/// `html` with `markup` shown in `#app` before the loading status, and the view check in the head,
/// right after the policy that allows it.
fn with_prerender(html: &str, markup: &str) -> Result<String, String> {
    if markup.contains("<script") {
        return Err("the prerendered view holds a <script>, refusing to inline it".into());
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
    out.push_str(&format!("<script>{VIEW_CHECK}</script>"));
    out.push_str(&html[csp_end..loading]);
    out.push_str(&format!("<div class=\"{WRAPPER_CLASS}\" inert>{markup}</div>"));
    out.push_str(&html[loading..]);
    allow(&out, "script-src", VIEW_CHECK)
}

/// `html` with each stylesheet trunk built (a `<link rel=stylesheet>` with an `integrity`) inlined
/// as a `<style>` allowed by its hash: a stylesheet link blocks the first paint for a round trip.
fn with_inline_styles(html: &str, read: &dyn Fn(&str) -> Result<Vec<u8>, String>) -> Result<String, String> {
    let mut out = String::with_capacity(html.len() * 2);
    let mut styles = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<link") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let tag = Tag::parse(rest).ok_or("a <link> tag does not parse")?;
        let built = tag.attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("stylesheet"))
            && tag.attr("integrity").is_some();
        match (built, tag.attr("href")) {
            (true, Some(href)) => {
                let css = text(read(href)?, href)?;
                refuse_closing(&css, "</style", href)?;
                out.push_str(&format!("<style>{css}</style>"));
                styles.push(css);
            }
            _ => out.push_str(tag.source),
        }
        rest = &rest[tag.len..];
    }
    out.push_str(rest);
    styles.iter().try_fold(out, |page, css| allow(&page, "style-src", css))
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

    #[test]
    fn the_view_goes_before_the_loading_status_and_the_check_is_allowed_by_its_hash() {
        let page = with_prerender(PAGE, "<svg class=map><path data-stances=reject></path></svg>").unwrap();
        let view = page.find("<div class=\"prerender\" inert><svg class=map>").expect("the view is in #app");
        assert!(view < page.find("<div class=loading id=loading").unwrap());
        assert!(page.find("<div id=app>").unwrap() < view);
        let hash = sha256_base64(VIEW_CHECK);
        assert!(page.contains(&format!("script-src 'sha256-{hash}' 'self' 'wasm-unsafe-eval'")), "{page}");
        assert!(page
            .contains(&format!("http-equiv=Content-Security-Policy><script>{VIEW_CHECK}</script></head>")));
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
    fn a_page_without_its_parts_or_a_view_with_a_script_is_an_error() {
        assert!(with_prerender(&PAGE.replace("id=loading", "id=other"), "<svg></svg>").is_err());
        assert!(with_prerender(&PAGE.replace("script-src", "default"), "<svg></svg>").is_err());
        assert!(with_prerender(&PAGE.replace("Content-Security-Policy", "x"), "<svg></svg>").is_err());
        assert!(with_prerender(PAGE, "<svg><script>alert(1)</script></svg>").is_err());
    }

    #[test]
    fn the_view_check_reads_the_key_the_app_saves_articles_under() {
        let key = atlas_core::local::store::STORAGE_KEY;
        assert!(VIEW_CHECK.contains(&format!("localStorage.getItem(\"{key}\")")), "{key}");
    }
}
