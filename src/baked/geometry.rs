//! The outlines of the countries the map draws.
//!
//! A test build compiles them in (`embedded-data`). A page build does not: the page carries them
//! once, as `<path data-shape="ARG" d="…">` elements, first in a hidden `#atlas-geometry` block
//! that `cargo xtask stage-map` adds to every trunk build, then, in a release build, in the
//! prerendered view that replaces that block (`xtask/src/prerender.rs`). The app reads them from
//! the page the first time the map is drawn, before it removes the prerendered view.

use super::CountryShapeData;
use std::sync::OnceLock;

/// The attribute naming the country of an outline the page carries (`xtask/src/map.rs` writes it).
#[cfg(not(feature = "embedded-data"))]
const SHAPE_ATTRIBUTE: &str = "data-shape";

/// Each drawn country's path data, by [`CountryShapeData::index`], and the names of those the
/// page lacked.
pub struct Outlines {
    paths: Vec<&'static str>,
    missing: Vec<&'static str>,
}

impl Outlines {
    pub fn path(&self, index: usize) -> &'static str {
        self.paths.get(index).copied().unwrap_or("")
    }

    /// A sentence naming the countries left off the map, if any.
    pub fn missing(&self) -> Option<String> {
        match self.missing.as_slice() {
            [] => None,
            names => Some(format!(
                "This page lacks the outline of {} {}, so the map leaves {} out. Reload the page; if \
                 it stays so, the copy you opened is incomplete.",
                if names.len() == 1 { "one country:" } else { "some countries:" },
                names.join(", "),
                if names.len() == 1 { "it" } else { "them" },
            )),
        }
    }
}

/// The outlines, read once.
pub fn outlines() -> &'static Outlines {
    static OUTLINES: OnceLock<Outlines> = OnceLock::new();
    OUTLINES.get_or_init(load)
}

#[cfg(feature = "embedded-data")]
fn load() -> Outlines {
    Outlines { paths: super::SHAPE_PATHS.to_vec(), missing: Vec::new() }
}

#[cfg(not(feature = "embedded-data"))]
fn load() -> Outlines {
    assemble(super::WORLD_MAP.shapes, from_page())
}

/// Every outline in the page, as (country code, path data), in page order. A list, not a map: a
/// map type of its own would add its code to the wasm for one lookup per country, once.
#[cfg(not(feature = "embedded-data"))]
fn from_page() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let document = web_sys::window().and_then(|w| w.document());
    let Some(nodes) = document.and_then(|d| d.query_selector_all(&format!("path[{SHAPE_ATTRIBUTE}]")).ok())
    else {
        return found;
    };
    for i in 0..nodes.length() {
        let Some(element) =
            nodes.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        if let (Some(code), Some(d)) = (element.get_attribute(SHAPE_ATTRIBUTE), element.get_attribute("d")) {
            found.push((code, d));
        }
    }
    found
}

/// The outline of each of `shapes` from `found`, kept for the life of the page (the map draws
/// them until it closes); an outline `found` lacks is left empty and its country named. Where
/// `found` has a code twice, the first outline counts.
#[cfg_attr(feature = "embedded-data", allow(dead_code))]
fn assemble(shapes: &[CountryShapeData], mut found: Vec<(String, String)>) -> Outlines {
    let mut missing = Vec::new();
    let paths = shapes
        .iter()
        .map(|shape| match found.iter().position(|(code, _)| code == shape.code) {
            Some(at) if !found[at].1.is_empty() => &*Box::leak(found.remove(at).1.into_boxed_str()),
            _ => {
                missing.push(shape.name());
                ""
            }
        })
        .collect();
    Outlines { paths, missing }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(index: usize, code: &'static str) -> CountryShapeData {
        CountryShapeData { index, code, tenths: [0; 6] }
    }

    #[test]
    fn each_shape_takes_its_own_outline_and_a_missing_one_is_named() {
        let shapes = [shape(0, "ARG"), shape(1, "BRA"), shape(2, "CHL")];
        let found = [("CHL", "M3 3z"), ("ARG", "M1 1z"), ("BRA", ""), ("XXX", "M9 9z"), ("ARG", "M2 2z")];
        let found = found.map(|(code, d)| (code.to_string(), d.to_string())).to_vec();
        let outlines = assemble(&shapes, found);
        assert_eq!(
            (outlines.path(0), outlines.path(1), outlines.path(2), outlines.path(3)),
            ("M1 1z", "", "M3 3z", "")
        );
        let message = outlines.missing().expect("Brazil is missing");
        assert!(message.contains("one country: Brazil,"), "{message}");
        let whole = assemble(&shapes[..1], vec![("ARG".to_string(), "M1 1z".to_string())]);
        assert_eq!(whole.missing(), None);
    }
}
