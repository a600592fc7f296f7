//! The outlines of the countries the map draws.
//!
//! A test build compiles them in (`embedded-data`). A page build does not: the page carries them
//! once, as `<path d="…">` elements in the map's order ([`super::WORLD_MAP`]), first in a hidden
//! `#atlas-geometry` block that `cargo xtask stage-map` adds to every trunk build, then, in a
//! release build, in the prerendered view that replaces that block (`xtask/src/prerender.rs`).
//! The app reads them from the page the first time the map is drawn, before it removes the
//! prerendered view. They carry no country codes (700 bytes of brotli in the page): each outline
//! is taken by position, and only if it starts inside its country's box.

use super::CountryShapeData;
use std::sync::OnceLock;

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
    assemble(super::WORLD_MAP.shapes, from_page(), super::WORLD_MAP.grid)
}

/// Every outline in the page, in page order: the hidden block's (a trunk build) or the
/// prerendered map's (a release page, which has no block).
#[cfg(not(feature = "embedded-data"))]
fn from_page() -> Vec<String> {
    let nodes = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all("#atlas-geometry path, .prerender svg.map .countries > path").ok()
    });
    let Some(nodes) = nodes else { return Vec::new() };
    (0..nodes.length())
        .filter_map(|i| {
            nodes.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        })
        .map(|element| element.get_attribute("d").unwrap_or_default())
        .collect()
}

/// The outline of each of `shapes` from `found`, kept for the life of the page (the map draws
/// them until it closes), the one at each shape's position; an outline `found` lacks, or one
/// that does not start inside its country's box (a page someone cut or reordered), is left empty
/// and its country named.
#[cfg_attr(feature = "embedded-data", allow(dead_code))]
fn assemble(shapes: &[CountryShapeData], found: Vec<String>, grid: f32) -> Outlines {
    let mut missing = Vec::new();
    let mut found = found.into_iter();
    let paths = shapes
        .iter()
        .map(|shape| match found.next() {
            Some(d) if starts_inside(&d, shape, grid) => &*Box::leak(d.into_boxed_str()),
            _ => {
                missing.push(shape.name());
                ""
            }
        })
        .collect();
    Outlines { paths, missing }
}

/// Whether the path data `d` (`M x y …`, in steps of `grid` map units) starts inside the box of
/// `shape`, give or take a unit for rounding.
fn starts_inside(d: &str, shape: &CountryShapeData, grid: f32) -> bool {
    let mut numbers = d.strip_prefix('M').unwrap_or("").split(|c: char| c != '-' && !c.is_ascii_digit());
    let mut next = || numbers.next().and_then(|n| atlas_core::fixed::parse(n, 0)).map(|n| n * grid);
    let (Some(x), Some(y)) = (next(), next()) else { return false };
    let (x0, y0, x1, y1) = shape.bbox();
    (x0 - 1.0..=x1 + 1.0).contains(&x) && (y0 - 1.0..=y1 + 1.0).contains(&y)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A shape whose box runs from (at, at) to (at + 2, at + 2) map units.
    fn shape(index: usize, code: &'static str, at: u16) -> CountryShapeData {
        let t = at * 10;
        CountryShapeData { index, code, tenths: [t + 10, t + 10, t, t, t + 20, t + 20] }
    }

    fn paths(ds: &[&str]) -> Vec<String> {
        ds.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn each_shape_takes_the_outline_at_its_place_if_it_starts_in_its_box() {
        let shapes = [shape(0, "ARG", 0), shape(1, "BRA", 10), shape(2, "CHL", 20)];
        // On a grid of half a unit: (2, 2) is in Argentina's box, (25, 25) in none but Chile's.
        let found = paths(&["M4 4l1 0z", "M50 50z", "M42 42z"]);
        let outlines = assemble(&shapes, found, 0.5);
        assert_eq!((outlines.path(0), outlines.path(1), outlines.path(2)), ("M4 4l1 0z", "", "M42 42z"));
        let message = outlines.missing().expect("Brazil's outline starts outside its box");
        assert!(message.contains("one country: Brazil,"), "{message}");
        // A page cut short, or shuffled: the countries whose outlines do not fit are named.
        let short = assemble(&shapes, paths(&["M4 4z", "M22 22z"]), 0.5);
        assert!(short.missing().unwrap().contains("Chile"));
        let shuffled = assemble(&shapes, paths(&["M22 22z", "M4 4z", "M42 42z"]), 0.5);
        assert!(shuffled.missing().unwrap().contains("Argentina, Brazil"));
        assert!(!starts_inside("", &shapes[0], 0.5) && !starts_inside("M1", &shapes[0], 0.5));
        assert_eq!(assemble(&shapes[..1], paths(&["M-1 3z"]), 0.5).missing(), None, "a unit of slack");
    }
}
