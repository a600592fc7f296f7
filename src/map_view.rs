//! Where the map looks: the SVG `viewBox` for a [`Zoom`], the frames of the presets, and the
//! arithmetic of zooming about a point and panning by a drag. Pure, so it is tested natively.

use crate::baked::WorldMapData;
use atlas_core::fixed::Fixed;
use atlas_core::gazetteer::Region;
use atlas_core::query::Gazetteer;
use atlas_core::view::{Zoom, ZoomPreset};

/// A visible rectangle of the map in map units: left, top and scale (`1` shows the whole width).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f32,
    pub y: f32,
    pub k: f32,
}

impl Frame {
    pub const WORLD: Frame = Frame { x: 0.0, y: 0.0, k: 1.0 };

    pub fn width(self, map: &WorldMapData) -> f32 {
        map.width / self.k
    }

    pub fn height(self, map: &WorldMapData) -> f32 {
        map.height / self.k
    }

    /// The `viewBox` attribute showing this frame.
    pub fn view_box(self, map: &WorldMapData) -> String {
        let [x, y, w, h] = [self.x, self.y, self.width(map), self.height(map)].map(|v| Fixed::keep(v, 2));
        format!("{x} {y} {w} {h}")
    }

    /// The frame scaled by `factor` about the point at fraction (`fx`, `fy`) of the visible area,
    /// which stays under the reader's finger or cursor. The scale stays within [`Zoom`]'s bounds.
    #[must_use]
    pub fn zoomed(self, map: &WorldMapData, factor: f32, fx: f32, fy: f32) -> Frame {
        let k = (self.k * factor).clamp(Zoom::MIN_SCALE, Zoom::MAX_SCALE);
        let px = self.x + fx * self.width(map);
        let py = self.y + fy * self.height(map);
        let next = Frame { x: 0.0, y: 0.0, k };
        Frame { x: px - fx * next.width(map), y: py - fy * next.height(map), k }.kept_in(map)
    }

    /// The frame moved by a drag of (`dx`, `dy`) fractions of the visible area.
    #[must_use]
    pub fn panned(self, map: &WorldMapData, dx: f32, dy: f32) -> Frame {
        Frame { x: self.x - dx * self.width(map), y: self.y - dy * self.height(map), k: self.k }.kept_in(map)
    }

    /// Keeps at least part of the map in view, so a reader never pans into empty water.
    fn kept_in(self, map: &WorldMapData) -> Frame {
        let (w, h) = (self.width(map), self.height(map));
        let x = self.x.max(-w * 0.75).min(map.width - w * 0.25);
        let y = self.y.max(-h * 0.75).min(map.height - h * 0.25);
        Frame { x, y, k: self.k }
    }

    /// The zoom to store in the view.
    pub fn to_zoom(self) -> Zoom {
        Zoom::view(self.x, self.y, self.k).unwrap_or_default()
    }

    /// The frame a zoom shows.
    pub fn of(map: &WorldMapData, zoom: Zoom) -> Frame {
        match zoom {
            Zoom::Preset(p) => preset(map, p),
            Zoom::View { x, y, k } => Frame { x, y, k },
        }
    }
}

/// The frame of a named preset, fitted from the countries it covers at the map's aspect ratio.
pub fn preset(map: &WorldMapData, preset: ZoomPreset) -> Frame {
    let g = Gazetteer::global();
    let in_region = |code: &str, region: Region| g.region_of(code) == Some(region);
    let bounds = match preset {
        ZoomPreset::World => return Frame::WORLD,
        // Outlines: the Americas reach from Alaska and Greenland to Tierra del Fuego.
        ZoomPreset::Americas => union(
            map.shapes.iter().filter(|s| in_region(s.code, Region::Americas)).map(|s| s.bbox()),
            map.width * 0.01,
        ),
        // Centres, not outlines: overseas parts (French Guiana, Svalbard) and Russia's east would
        // otherwise stretch Europe over half the globe.
        ZoomPreset::Europe => union(
            map.shapes
                .iter()
                .filter(|s| in_region(s.code, Region::Europe) && s.code != "RUS")
                .map(|s| s.centroid())
                .map(|(x, y)| (x, y, x, y)),
            map.width * 0.03,
        ),
    };
    bounds.map_or(Frame::WORLD, |b| fit(map, b))
}

fn union(boxes: impl Iterator<Item = (f32, f32, f32, f32)>, pad: f32) -> Option<(f32, f32, f32, f32)> {
    boxes
        .reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)))
        .map(|(x0, y0, x1, y1)| (x0 - pad, y0 - pad, x1 + pad, y1 + pad))
}

/// The smallest frame at the map's aspect ratio that shows the whole box, centred on it.
fn fit(map: &WorldMapData, (x0, y0, x1, y1): (f32, f32, f32, f32)) -> Frame {
    let k = (map.width / (x1 - x0).max(1.0)).min(map.height / (y1 - y0).max(1.0));
    let k = k.clamp(Zoom::MIN_SCALE, Zoom::MAX_SCALE);
    let (w, h) = (map.width / k, map.height / k);
    let round = |v: f32| (v * 100.0).round() / 100.0;
    Frame { x: round((x0 + x1 - w) / 2.0), y: round((y0 + y1 - h) / 2.0), k: (k * 1000.0).round() / 1000.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::baked;

    fn contains(map: &WorldMapData, frame: Frame, code: &str) -> bool {
        let s = map.shapes.iter().find(|s| s.code == code).expect("drawn");
        let (cx, cy) = s.centroid();
        cx >= frame.x
            && cx <= frame.x + frame.width(map)
            && cy >= frame.y
            && cy <= frame.y + frame.height(map)
    }

    #[test]
    fn presets_show_their_continent_and_not_the_far_side_of_the_world() {
        let map = baked::world_map();
        let cases = [
            (ZoomPreset::Americas, ["ARG", "CAN", "VEN"], ["CHN", "AUS"]),
            (ZoomPreset::Europe, ["FRA", "NOR", "GRC"], ["BRA", "CHN"]),
        ];
        for (p, inside, outside) in cases {
            let frame = preset(map, p);
            assert!(frame.k > 1.0, "{p:?} does not zoom in: {frame:?}");
            for code in inside {
                assert!(contains(map, frame, code), "{p:?} misses {code}: {frame:?}");
            }
            for code in outside {
                assert!(!contains(map, frame, code), "{p:?} shows {code}: {frame:?}");
            }
        }
        assert_eq!(preset(map, ZoomPreset::World), Frame::WORLD);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_cursor_in_place() {
        let map = baked::world_map();
        let frame = Frame { x: 100.0, y: 50.0, k: 2.0 };
        let (fx, fy) = (0.25, 0.75);
        let before = (frame.x + fx * frame.width(map), frame.y + fy * frame.height(map));
        let z = frame.zoomed(map, 2.0, fx, fy);
        let after = (z.x + fx * z.width(map), z.y + fy * z.height(map));
        assert_eq!(z.k, 4.0);
        assert!(
            (before.0 - after.0).abs() < 0.01 && (before.1 - after.1).abs() < 0.01,
            "{before:?} {after:?}"
        );
    }

    #[test]
    fn scale_is_bounded_and_panning_never_loses_the_map() {
        let map = baked::world_map();
        assert_eq!(Frame::WORLD.zoomed(map, 1e6, 0.5, 0.5).k, Zoom::MAX_SCALE);
        assert_eq!(Frame::WORLD.zoomed(map, 1e-6, 0.5, 0.5).k, Zoom::MIN_SCALE);
        let far = Frame::WORLD.panned(map, 50.0, -50.0);
        assert!(far.x + far.width(map) > 0.0 && far.y < map.height, "{far:?}");
    }

    #[test]
    fn a_stored_view_reads_back_as_the_same_frame() {
        let map = baked::world_map();
        let frame = Frame { x: 12.5, y: -3.25, k: 2.5 };
        assert_eq!(Frame::of(map, frame.to_zoom()), frame);
        assert_eq!(Frame::of(map, Zoom::Preset(ZoomPreset::World)).view_box(map), "0.00 0.00 1000.00 487.00");
    }
}
