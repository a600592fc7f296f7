//! `cargo xtask stage-map`: puts the map's outlines into the page, where the app reads them
//! (`src/baked/geometry.rs`) instead of carrying them in its wasm.
//!
//! Trunk runs it as a `post_build` hook (see `Trunk.toml`) after every build. It adds a hidden
//! `#atlas-geometry` block of `<path data-shape="ARG" d="…">` elements to `index.html`, from the
//! same map file and the same projection as `build.rs`. A release build then prerenders the first
//! view, which draws every outline, and [`replace_block`] drops the block: the page carries each
//! outline once.

use crate::cmd;
use crate::single_file::Tag;
use atlas_core::geo;
use std::collections::BTreeMap;

/// Start and end of the block in the page (written as is: trunk has already minified the page).
const BLOCK_START: &str = "<div id=atlas-geometry hidden>";
const BLOCK_END: &str = "</svg></div>";
/// The attribute naming an outline's country (`src/baked/geometry.rs` reads it).
const SHAPE_ATTRIBUTE: &str = "data-shape";

/// Adds the outlines block to `$TRUNK_STAGING_DIR/index.html` (or the folder given).
pub fn stage(args: &[String]) -> Result<(), String> {
    let staging = cmd::staging(args, "stage-map")?;
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let page = with_block(&html, &block()?).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, page).map_err(|e| format!("{}: {e}", index.display()))?;
    println!("xtask: put the map's outlines into {}", index.display());
    Ok(())
}

/// The hidden block of every outline, as `build.rs` projects them.
fn block() -> Result<String, String> {
    let file = cmd::root().join("data").join("countries-110m.json");
    let topojson = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let shapes = geo::bake_shapes(&topojson).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut out = format!("{BLOCK_START}<svg aria-hidden=true>");
    for shape in &shapes {
        let plain = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || " .-".contains(c));
        if !plain(shape.code) || !plain(&shape.d) {
            return Err(format!("the outline of {} holds characters HTML would need escaped", shape.code));
        }
        out.push_str(&format!("<path {SHAPE_ATTRIBUTE}={} d=\"{}\"></path>", shape.code, shape.d));
    }
    out.push_str(BLOCK_END);
    Ok(out)
}

/// `html` with `block` first in `#app`, where the app's start removes it with the loading status.
fn with_block(html: &str, block: &str) -> Result<String, String> {
    if html.contains(BLOCK_START) {
        return Err("the page already holds the map's outlines".into());
    }
    let app = ["<div id=app>", "<div id=\"app\">"]
        .iter()
        .find_map(|open| html.find(open).map(|at| at + open.len()))
        .ok_or("no <div id=app> to put the map's outlines in")?;
    Ok(format!("{}{block}{}", &html[..app], &html[app..]))
}

/// `html` without its outlines block, once `view` (the prerendered first view) is known to draw
/// every outline of it, each with the same path data: the app then reads them from the view.
pub fn replace_block(html: &str, view: &str) -> Result<String, String> {
    let start =
        html.find(BLOCK_START).ok_or("the page holds no map outlines (is stage-map a trunk hook?)")?;
    let end = html[start..]
        .find(BLOCK_END)
        .map(|e| start + e + BLOCK_END.len())
        .ok_or("the outlines block is not closed")?;
    let wanted = outlines(&html[start..end]);
    let drawn = outlines(view);
    if wanted.is_empty() {
        return Err("the outlines block is empty".into());
    }
    for (code, d) in &wanted {
        match drawn.get(code) {
            Some(drawn) if drawn == d => {}
            Some(_) => return Err(format!("the prerendered view draws {code} with other path data")),
            None => return Err(format!("the prerendered view does not draw {code}")),
        }
    }
    Ok(format!("{}{}", &html[..start], &html[end..]))
}

/// Each `<path>` with a country in `html`: its code and path data.
fn outlines(html: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for (at, _) in html.match_indices("<path") {
        if let Some(tag) = Tag::parse(&html[at..]) {
            if let (Some(code), Some(d)) = (tag.attr(SHAPE_ATTRIBUTE), tag.attr("d")) {
                found.insert(code.to_string(), d.to_string());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><body><div id=app><div id=loading>Loading</div></div></body></html>";
    const BLOCK: &str =
        "<div id=atlas-geometry hidden><svg aria-hidden=true><path data-shape=ARG d=\"M1 1z\">\
        </path><path data-shape=BRA d=\"M2 2z\"></path></svg></div>";

    #[test]
    fn the_block_goes_first_in_the_app_root_once() {
        let page = with_block(PAGE, BLOCK).unwrap();
        assert!(page.contains(&format!("<div id=app>{BLOCK}<div id=loading>")), "{page}");
        assert!(with_block(&page, BLOCK).is_err(), "a second block");
        assert!(with_block("<body></body>", BLOCK).is_err(), "no app root");
    }

    #[test]
    fn the_block_is_dropped_only_when_the_view_draws_every_outline_alike() {
        let page = with_block(PAGE, BLOCK).unwrap();
        let view = "<svg><path class=\"country shape\" d=\"M2 2z\" data-shape=\"BRA\"></path>\
            <path d=\"M1 1z\" data-shape=ARG></path></svg>";
        assert_eq!(replace_block(&page, view).unwrap(), PAGE);
        let short = "<svg><path d=\"M1 1z\" data-shape=ARG></path></svg>";
        assert!(replace_block(&page, short).unwrap_err().contains("does not draw BRA"));
        let other = view.replace("M2 2z", "M2 3z");
        assert!(replace_block(&page, &other).unwrap_err().contains("BRA with other path data"));
        assert!(replace_block(PAGE, view).is_err(), "no block");
    }

    #[test]
    fn the_block_holds_every_outline_the_map_file_has() {
        let block = block().unwrap();
        let found = outlines(&block);
        assert!(found.len() > 150, "{} outlines", found.len());
        assert!(found.get("VEN").is_some_and(|d| d.starts_with('M')), "Venezuela is drawn");
    }
}
