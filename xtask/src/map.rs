//! `cargo xtask stage-map`: puts the map's outlines into the page, where the app reads them
//! (`src/baked/geometry.rs`) instead of carrying them in its wasm.
//!
//! Trunk runs it as a `post_build` hook (see `Trunk.toml`) after every build. It adds a hidden
//! `#atlas-geometry` block of `<path d="…">` elements to `index.html`, from the same map file and
//! the same projection as `build.rs`, in the same order (by display name). A release build then
//! prerenders the first view, which draws every outline in that order, checked by
//! [`check_outlines`], and `prerender.rs` drops the block: the page carries each outline once. The outlines carry no country codes: the
//! app reads them by position and checks each against its country's box.

use crate::cmd;
use crate::html;
use atlas_core::geo;
use lol_html::element;
use std::cell::RefCell;

/// Id of the block in the page.
pub const BLOCK_ID: &str = "atlas-geometry";

/// Adds the outlines block to `$TRUNK_STAGING_DIR/index.html` (or the folder given).
pub fn stage(args: &[String]) -> Result<(), String> {
    let staging = cmd::staging(args, "stage-map")?;
    let edits = crate::stage::Edits { outlines: Some(block()?), ..Default::default() };
    crate::stage::rewrite_page(&staging, &edits)?;
    println!("xtask: put the map's outlines into {}", staging.join("index.html").display());
    Ok(())
}

/// The hidden block of every outline, as `build.rs` projects them (written as is: trunk has
/// already minified the page).
pub fn block() -> Result<String, String> {
    let file = cmd::root().join("data").join("countries-110m.json");
    let topojson = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let shapes = geo::bake_shapes(&topojson).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut out = format!("<div id={BLOCK_ID} hidden><svg aria-hidden=true>");
    for shape in &shapes {
        let plain = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || " .-".contains(c));
        if !plain(shape.code) || !plain(&shape.d) {
            return Err(format!("the outline of {} holds characters HTML would need escaped", shape.code));
        }
        out.push_str(&format!("<path d=\"{}\"></path>", shape.d));
    }
    out.push_str("</svg></div>");
    Ok(out)
}

/// Whether `view` (the prerendered first view) draws every outline of `wanted` (the block's, in
/// order), in the same order, each with the same path data: the app then reads them from the
/// view, and the block can go.
pub fn check_outlines(wanted: &[String], view: &str) -> Result<(), String> {
    let drawn = outlines(view, |class| class.is_some_and(|c| c.split(' ').any(|c| c == "shape")))?;
    if wanted.is_empty() {
        return Err("the outlines block is empty (is stage-map a trunk hook?)".into());
    }
    if let Some(at) = wanted.iter().zip(&drawn).position(|(w, d)| w != d) {
        return Err(format!("the prerendered view draws outline {} with other path data", at + 1));
    }
    if wanted.len() != drawn.len() {
        return Err(format!("the prerendered view draws {} outlines of {}", drawn.len(), wanted.len()));
    }
    Ok(())
}

/// The path data of each `<path>` in `html` whose class `keep` accepts, in order.
fn outlines(html: &str, keep: impl Fn(Option<&str>) -> bool) -> Result<Vec<String>, String> {
    let found = RefCell::new(Vec::new());
    html::rewrite(
        html,
        vec![element!("path[d]", |el| {
            if keep(el.get_attribute("class").as_deref()) {
                found.borrow_mut().extend(el.get_attribute("d"));
            }
            Ok(())
        })],
    )?;
    Ok(found.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_is_dropped_only_when_the_view_draws_every_outline_alike() {
        let wanted = ["M1 1z".to_string(), "M2 2z".to_string()];
        let view = "<svg><path class=\"country shape\" d=\"M1 1z\"></path><path d=\"M9 9z\"></path>\
            <path class=shape d=\"M2 2z\"></path></svg>";
        assert!(check_outlines(&wanted, view).is_ok());
        let short = "<svg><path class=shape d=\"M1 1z\"></path></svg>";
        assert!(check_outlines(&wanted, short).unwrap_err().contains("draws 1 outlines of 2"));
        let swapped = "<svg><path class=shape d=\"M2 2z\"></path><path class=shape d=\"M1 1z\"></path></svg>";
        assert!(check_outlines(&wanted, swapped).unwrap_err().contains("outline 1 with other path data"));
        assert!(check_outlines(&[], view).is_err(), "no block");
    }

    #[test]
    fn the_block_holds_every_outline_the_map_file_has() {
        let block = block().unwrap();
        let found = outlines(&block, |_| true).unwrap();
        let shapes =
            geo::bake_shapes(&std::fs::read_to_string(cmd::root().join("data/countries-110m.json")).unwrap())
                .unwrap();
        assert_eq!(found, shapes.iter().map(|s| s.d.clone()).collect::<Vec<_>>(), "the map's order");
        let venezuela = shapes.iter().position(|s| s.code == "VEN").expect("Venezuela is drawn");
        assert!(found[venezuela].starts_with('M'));
        assert!(block.starts_with("<div id=atlas-geometry hidden><svg aria-hidden=true><path d=\""));
    }
}
