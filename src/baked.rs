//! The data `build.rs` compiles into the app: corpus articles, their claims and the world map.
//!
//! All of it is static Rust (`&'static` slices), so nothing is parsed when the page starts.

#[allow(unused_imports)] // used by the generated claims table, which may be empty
use atlas_core::model::{ArticleRecord, Beneficiary, Certainty, Claim, Stance};

/// The projected world map: one shape per country drawn at this scale, one point marker per
/// state too small to draw.
pub struct WorldMapData {
    /// SVG `viewBox` of the projected map.
    pub view_box: &'static str,
    pub width: f32,
    pub height: f32,
    pub shapes: &'static [CountryShapeData],
    pub markers: &'static [CountryMarkerData],
}

/// A country drawn as an outline.
pub struct CountryShapeData {
    /// ISO 3166-1 alpha-3 (or the gazetteer's stable code for places without one).
    pub code: &'static str,
    pub name: &'static str,
    /// SVG path data in the map's projected coordinates.
    pub path: &'static str,
    /// Centre of the largest part, for labels and zooming to the country.
    pub centroid: (f32, f32),
    /// Bounding box of every part: (min x, min y, max x, max y).
    pub bbox: (f32, f32, f32, f32),
}

/// A state too small to draw at the map's scale, shown as a point.
pub struct CountryMarkerData {
    pub code: &'static str,
    pub name: &'static str,
    pub x: f32,
    pub y: f32,
}

include!(concat!(env!("OUT_DIR"), "/baked.rs"));

/// Every article of the corpus, in file order; [`Claim::article`] indexes this slice.
pub fn articles() -> &'static [ArticleRecord] {
    ARTICLES
}

/// Every claim extracted from the corpus at build time.
pub fn claims() -> &'static [Claim] {
    CLAIMS
}

/// The world map.
pub fn world_map() -> &'static WorldMapData {
    &WORLD_MAP
}
