//! The data `build.rs` compiles into the app: corpus articles, their claims and the world map.
//!
//! The map is static Rust. Articles and claims are one packed blob (`atlas_core::pack`), decoded
//! once, on first use, into records that borrow it: bodies and evidence are never copied.

use atlas_core::model::{ArticleRecord, Claim};
use atlas_core::pack::{self, PackError, PackedCorpus};
use std::sync::OnceLock;

mod geometry;

/// The projected world map: one shape per country drawn at this scale, one point marker per
/// state too small to draw.
pub struct WorldMapData {
    /// SVG `viewBox` of the projected map.
    pub view_box: &'static str,
    pub width: f32,
    pub height: f32,
    /// Map units per step of the outlines' integer path data: they are drawn scaled by it.
    pub grid: f32,
    /// The `transform` that draws outlines in map units: `scale(0.25)`.
    pub on_grid: &'static str,
    /// The `patternTransform` of the subject's hatching: lines at 45°, spaced in map units though
    /// they fill an outline on the grid (`rotate(45) scale(4)`).
    pub hatch_on_grid: &'static str,
    pub shapes: &'static [CountryShapeData],
    pub markers: &'static [CountryMarkerData],
}

/// A country drawn as an outline.
pub struct CountryShapeData {
    /// Position in [`WorldMapData::shapes`].
    pub index: usize,
    /// ISO 3166-1 alpha-3 (or the gazetteer's stable code for places without one).
    pub code: &'static str,
    /// The centre of the largest part (x, y), then the bounding box of every part (min x, min y,
    /// max x, max y), in tenths of a map unit: see [`Self::centroid`] and [`Self::bbox`].
    pub tenths: [u16; 6],
}

/// A map coordinate stored in tenths of a unit.
fn units(tenths: u16) -> f32 {
    f32::from(tenths) / 10.0
}

impl CountryShapeData {
    /// The display name, from the gazetteer: the table carries only codes, as every pointer in it
    /// costs the wasm bytes that barely compress.
    pub fn name(&self) -> &'static str {
        atlas_core::gazetteer::actor_name(self.code)
    }

    /// Centre of the largest part, for labels and zooming to the country.
    pub fn centroid(&self) -> (f32, f32) {
        (units(self.tenths[0]), units(self.tenths[1]))
    }

    /// Bounding box of every part: (min x, min y, max x, max y).
    pub fn bbox(&self) -> (f32, f32, f32, f32) {
        let [_, _, x0, y0, x1, y1] = self.tenths.map(units);
        (x0, y0, x1, y1)
    }

    /// SVG path data of the outline, in steps of [`WorldMapData::grid`] map units (draw it
    /// scaled by the grid); empty when the page lacks it (see [`map_error`]).
    pub fn path(&self) -> &'static str {
        geometry::outlines().path(self.index)
    }
}

/// A state too small to draw at the map's scale, shown as a point.
pub struct CountryMarkerData {
    pub code: &'static str,
    /// Position (x, y) in tenths of a map unit: see [`Self::x`] and [`Self::y`].
    pub tenths: [u16; 2],
}

impl CountryMarkerData {
    /// The display name, from the gazetteer.
    pub fn name(&self) -> &'static str {
        atlas_core::gazetteer::actor_name(self.code)
    }

    pub fn x(&self) -> f32 {
        units(self.tenths[0])
    }

    pub fn y(&self) -> f32 {
        units(self.tenths[1])
    }
}

include!(concat!(env!("OUT_DIR"), "/baked.rs"));

fn corpus() -> &'static Result<PackedCorpus, PackError> {
    static CORPUS: OnceLock<Result<PackedCorpus, PackError>> = OnceLock::new();
    CORPUS.get_or_init(|| pack::decode(CORPUS_PACK))
}

/// Every article of the corpus, in file order; [`Claim::article`] indexes this slice. Empty if
/// the baked corpus could not be read (see [`load_error`]). Each body holds only its claims'
/// evidence, the rest blanked (`atlas_core::pack::evidence_only`; the pack stores the evidence
/// alone and `pack::decode` lays out the blanks): the whole text of an article is
/// loaded when a reader opens it ([`crate::texts`]).
pub fn articles() -> &'static [ArticleRecord] {
    corpus().as_ref().map_or(&[], |c| &c.articles)
}

/// Every claim extracted from the corpus at build time.
pub fn claims() -> &'static [Claim] {
    corpus().as_ref().map_or(&[], |c| &c.claims)
}

/// Why the baked corpus could not be read, for the page to say so. `build.rs` reads the blob back
/// before it ships it, so this is for a broken build, not for a reader's browser.
pub fn load_error() -> Option<String> {
    corpus().as_ref().err().map(|e| format!("The articles built into this page could not be read ({e})."))
}

/// The world map.
pub fn world_map() -> &'static WorldMapData {
    &WORLD_MAP
}

/// Why some countries are missing from the map, for the page to say so: the page a release build
/// makes carries every outline (`cargo xtask dist` checks), so this is for a page someone cut.
pub fn map_error() -> Option<String> {
    geometry::outlines().missing()
}

/// The rest of each article's text (its evidence cut out), one after another: compiled in for the
/// component tests only; a page loads it when a reader first opens an article ([`crate::texts`]).
#[cfg(feature = "embedded-data")]
pub static WHOLE_TEXTS: &str = include_str!(concat!(env!("OUT_DIR"), "/texts.txt"));
