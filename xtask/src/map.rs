//! `cargo xtask stage-map`: puts the map's outlines into the page, where the app reads them
//! (`src/baked/geometry.rs`) instead of carrying them in its wasm.
//!
//! Trunk runs it as a `post_build` hook (see `Trunk.toml`) after every build. It adds a hidden
//! `#atlas-geometry` block of `<path d="…">` elements to `index.html`, from the same map file and
//! the same projection as `build.rs`, in the same order (by display name). A release build then
//! prerenders the first view, which draws every outline in that order, and [`replace_block`]
//! drops the block: the page carries each outline once. The outlines carry no country codes: the
//! app reads them by position and checks each against its country's box.

use crate::cmd;
use crate::single_file::Tag;
use atlas_core::geo;

/// Start and end of the block in the page (written as is: trunk has already minified the page).
const BLOCK_START: &str = "<div id=atlas-geometry hidden>";
const BLOCK_END: &str = "</svg></div>";

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
        out.push_str(&format!("<path d=\"{}\"></path>", shape.d));
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
/// every outline of it, in the same order, each with the same path data: the app then reads them
/// from the view.
pub fn replace_block(html: &str, view: &str) -> Result<String, String> {
    let start =
        html.find(BLOCK_START).ok_or("the page holds no map outlines (is stage-map a trunk hook?)")?;
    let end = html[start..]
        .find(BLOCK_END)
        .map(|e| start + e + BLOCK_END.len())
        .ok_or("the outlines block is not closed")?;
    let wanted = outlines(&html[start..end], |_| true);
    let drawn = outlines(view, |tag| tag.attr("class").is_some_and(|c| c.split(' ').any(|c| c == "shape")));
    if wanted.is_empty() {
        return Err("the outlines block is empty".into());
    }
    if let Some(at) = wanted.iter().zip(&drawn).position(|(w, d)| w != d) {
        return Err(format!("the prerendered view draws outline {} with other path data", at + 1));
    }
    if wanted.len() != drawn.len() {
        return Err(format!("the prerendered view draws {} outlines of {}", drawn.len(), wanted.len()));
    }
    Ok(format!("{}{}", &html[..start], &html[end..]))
}

/// The path data of each `<path>` in `html` that `keep` accepts, in order.
fn outlines(html: &str, keep: impl Fn(&Tag) -> bool) -> Vec<String> {
    html.match_indices("<path")
        .filter_map(|(at, _)| Tag::parse(&html[at..]))
        .filter(|tag| keep(tag))
        .filter_map(|tag| tag.attr("d").map(str::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><body><div id=app><div id=loading>Loading</div></div></body></html>";
    const BLOCK: &str = "<div id=atlas-geometry hidden><svg aria-hidden=true><path d=\"M1 1z\">\
        </path><path d=\"M2 2z\"></path></svg></div>";

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
        let view = "<svg><path class=\"country shape\" d=\"M1 1z\"></path><path d=\"M9 9z\"></path>\
            <path class=shape d=\"M2 2z\"></path></svg>";
        assert_eq!(replace_block(&page, view).unwrap(), PAGE);
        let short = "<svg><path class=shape d=\"M1 1z\"></path></svg>";
        assert!(replace_block(&page, short).unwrap_err().contains("draws 1 outlines of 2"));
        let swapped = "<svg><path class=shape d=\"M2 2z\"></path><path class=shape d=\"M1 1z\"></path></svg>";
        assert!(replace_block(&page, swapped).unwrap_err().contains("outline 1 with other path data"));
        assert!(replace_block(PAGE, view).is_err(), "no block");
    }

    #[test]
    fn the_block_holds_every_outline_the_map_file_has() {
        let block = block().unwrap();
        let found = outlines(&block, |_| true);
        let shapes =
            geo::bake_shapes(&std::fs::read_to_string(cmd::root().join("data/countries-110m.json")).unwrap())
                .unwrap();
        assert_eq!(found, shapes.iter().map(|s| s.d.clone()).collect::<Vec<_>>(), "the map's order");
        let venezuela = shapes.iter().position(|s| s.code == "VEN").expect("Venezuela is drawn");
        assert!(found[venezuela].starts_with('M'));
    }
}
