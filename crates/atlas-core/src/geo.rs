//! Map geometry baked at build time: Natural Earth TopoJSON to projected SVG paths, one per country.
//!
//! Build scripts call [`bake_shapes`] on the vendored `data/countries-110m.json` (world-atlas 2.0.2)
//! and compile the result into the app, so the browser never parses or projects geometry. Shapes are
//! projected with the Equal Earth projection into the fixed [`VIEW_BOX`]; states too small to be
//! drawn at this scale get a point [`Marker`] at their capital instead.
//!
//! ```
//! # let topojson = include_str!("../../../data/countries-110m.json");
//! let shapes = atlas_core::geo::bake_shapes(topojson).unwrap();
//! let venezuela = shapes.iter().find(|s| s.code == "VEN").unwrap();
//! assert!(venezuela.d.starts_with('M'));
//! let markers = atlas_core::geo::markers(&shapes);
//! assert!(markers.iter().any(|m| m.code == "MCO"));
//! ```

use crate::gazetteer::{self, Country, MAP_ENTRIES};
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt::{self, Write as _};

/// Width of the map in SVG user units.
pub const WIDTH: f64 = 1000.0;
/// Height of the map in SVG user units: the whole globe in Equal Earth at [`WIDTH`].
pub const HEIGHT: f64 = 487.0;
/// The `viewBox` every coordinate produced here lies in.
pub const VIEW_BOX: &str = "0 0 1000 487";
/// Map units per step of the grid outlines are written on. Absolute points are rounded to it
/// first and only then written as steps, so neighbours' shared borders land on the same integers;
/// integers spare the path data its decimal points. The map draws outlines scaled by it
/// (`<g transform="scale(0.25)">`); everything else stays in map units. Rounding moves a point by
/// at most 0.18 units (about 7 km), less than [`SIMPLIFY_TOLERANCE`]; at half a unit, edges
/// showed as stair-steps at the map's largest zoom.
pub const GRID: f64 = 0.25;

/// One country's outline, ready to be an SVG `<path d=…>`.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// Gazetteer code (`ARG`, `XKX`).
    pub code: &'static str,
    /// SVG path data in integer steps of [`GRID`] map units, to be drawn scaled by [`GRID`]: `M`
    /// absolute start of the first ring, `m` start of each next ring relative to the previous
    /// ring's start, relative `l` steps, `z` per ring. Outer rings wind clockwise on screen and
    /// holes counter-clockwise, so either fill rule draws holes (Lesotho inside South Africa)
    /// correctly.
    pub d: String,
    /// Area centroid of the largest ring (mainland France, not French Guiana), for labels and zoom.
    pub centroid: (f32, f32),
    /// Bounding box of every ring: (min x, min y, max x, max y).
    pub bbox: (f32, f32, f32, f32),
}

/// A point standing for a country too small to draw at this scale, at its capital.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    pub code: &'static str,
    pub x: f32,
    pub y: f32,
}

/// What went wrong turning TopoJSON into shapes, naming the feature or arc at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeoError {
    /// The text is not TopoJSON of the expected shape.
    Json(String),
    /// The topology has no `countries` object.
    MissingCountries,
    /// A feature matches no gazetteer country by numeric id or by name.
    UnknownFeature { id: Option<String>, name: Option<String> },
    /// Two features resolve to the same gazetteer code.
    DuplicateShape { code: &'static str },
    /// A feature refers to an arc that does not exist.
    BadArc { feature: String, arc: i64 },
    /// A feature's geometry is neither a Polygon nor a MultiPolygon, or its arcs are malformed.
    BadGeometry { feature: String, detail: String },
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GeoError::Json(e) => write!(f, "not a TopoJSON topology: {e}"),
            GeoError::MissingCountries => write!(f, "the topology has no `countries` object"),
            GeoError::UnknownFeature { id, name } => write!(
                f,
                "feature with id {} and name {} matches no gazetteer country",
                id.as_deref().unwrap_or("(none)"),
                name.as_deref().unwrap_or("(none)")
            ),
            GeoError::DuplicateShape { code } => write!(f, "two features resolve to {code}"),
            GeoError::BadArc { feature, arc } => write!(f, "feature {feature} refers to missing arc {arc}"),
            GeoError::BadGeometry { feature, detail } => write!(f, "feature {feature}: {detail}"),
        }
    }
}

impl std::error::Error for GeoError {}

/// Projects longitude and latitude (degrees) with Equal Earth into [`VIEW_BOX`] coordinates
/// (x to the right, y down).
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let (x, y) = equal_earth(lon.to_radians(), lat.to_radians());
    let scale = WIDTH / (2.0 * equal_earth(std::f64::consts::PI, 0.0).0);
    (WIDTH / 2.0 + x * scale, HEIGHT / 2.0 - y * scale)
}

/// Šavrič, Patterson & Jenny (2018), on the unit sphere.
fn equal_earth(lambda: f64, phi: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

#[derive(Deserialize)]
struct Topology {
    #[serde(default)]
    transform: Option<Transform>,
    objects: std::collections::HashMap<String, GeometryCollection>,
    arcs: Vec<Vec<Vec<f64>>>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct GeometryCollection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    properties: Option<Properties>,
    #[serde(default)]
    arcs: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Properties {
    name: Option<String>,
}

/// A ring in longitude and latitude, and whether it is a polygon's outer ring.
struct Ring {
    points: Vec<(f64, f64)>,
    outer: bool,
}

/// Decodes the `countries` object of a world-atlas topology into one projected shape per feature.
///
/// Features are matched to the gazetteer by ISO numeric `id`, or, for the few without one (Kosovo,
/// Northern Cyprus, Somaliland), by `properties.name` against gazetteer names and aliases. A feature
/// that matches nothing is an error, never silently dropped. Shapes come in the order the map draws
/// them: by display name (so keyboard and screen-reader order is predictable), Venezuela, the
/// subject, last (so its outline is drawn over its neighbours'). The page carries the outlines in
/// this order, without their codes, and the app reads them by position.
pub fn bake_shapes(topojson: &str) -> Result<Vec<CountryShape>, GeoError> {
    let topology: Topology = serde_json::from_str(topojson).map_err(|e| GeoError::Json(e.to_string()))?;
    let arcs: Vec<_> = decode_arcs(&topology)?.iter().map(|arc| simplify(arc)).collect();
    let countries = topology.objects.get("countries").ok_or(GeoError::MissingCountries)?;
    let mut seen = HashSet::new();
    let mut shapes = Vec::with_capacity(countries.geometries.len());
    for geometry in &countries.geometries {
        let country = match_country(geometry)?;
        if !seen.insert(country.code) {
            return Err(GeoError::DuplicateShape { code: country.code });
        }
        let rings = assemble_rings(geometry, country.code, &arcs)?;
        shapes.push(shape(country.code, &rings));
    }
    shapes.sort_by_key(|s| (s.code == gazetteer::SUBJECT, gazetteer::actor_name(s.code)));
    Ok(shapes)
}

/// A marker for every gazetteer country that has no shape, at its capital.
pub fn markers(shapes: &[CountryShape]) -> Vec<Marker> {
    let drawn: HashSet<_> = shapes.iter().map(|s| s.code).collect();
    MAP_ENTRIES
        .iter()
        .filter(|m| !drawn.contains(m.code))
        .map(|m| {
            let (x, y) = project(f64::from(m.point.0), f64::from(m.point.1));
            Marker { code: m.code, x: x as f32, y: y as f32 }
        })
        .collect()
}

fn decode_arcs(topology: &Topology) -> Result<Vec<Vec<(f64, f64)>>, GeoError> {
    let mut arcs = Vec::with_capacity(topology.arcs.len());
    for (index, arc) in topology.arcs.iter().enumerate() {
        let mut points = Vec::with_capacity(arc.len());
        let (mut qx, mut qy) = (0.0, 0.0);
        for position in arc {
            let [x, y, ..] = position[..] else {
                return Err(GeoError::Json(format!(
                    "arc {index} has a position with fewer than two numbers"
                )));
            };
            points.push(match &topology.transform {
                // Quantized arcs are delta-encoded: each position is an offset from the previous.
                Some(t) => {
                    qx += x;
                    qy += y;
                    (qx * t.scale[0] + t.translate[0], qy * t.scale[1] + t.translate[1])
                }
                None => (x, y),
            });
        }
        arcs.push(points);
    }
    Ok(arcs)
}

/// Largest distance, in [`VIEW_BOX`] units, by which simplification may move an outline: under a
/// pixel on a desktop-wide map (about 940 px for the 1000 units). From 0.3, the outlines took
/// 3.5 KiB brotli more of a first visit (`cargo xtask size`), room the as-of slider needed.
pub const SIMPLIFY_TOLERANCE: f64 = 0.8;

/// Douglas–Peucker on the projected arc. Arcs are shared by neighbours, so simplifying each arc once
/// keeps borders identical on both sides; the arc's end points always stay.
fn simplify(arc: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if arc.len() < 3 {
        return arc.to_vec();
    }
    let projected: Vec<_> = arc.iter().map(|&(lon, lat)| project(lon, lat)).collect();
    let mut keep = vec![false; arc.len()];
    keep[0] = true;
    keep[arc.len() - 1] = true;
    let mut stack = vec![(0, arc.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (a, b) = (projected[first], projected[last]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let length = dx.hypot(dy);
        let distance = |p: (f64, f64)| {
            if length == 0.0 {
                (p.0 - a.0).hypot(p.1 - a.1)
            } else {
                ((p.0 - a.0) * dy - (p.1 - a.1) * dx).abs() / length
            }
        };
        let farthest =
            (first + 1..last).map(|i| (i, distance(projected[i]))).max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((i, d)) = farthest {
            if d > SIMPLIFY_TOLERANCE {
                keep[i] = true;
                stack.push((first, i));
                stack.push((i, last));
            }
        }
    }
    arc.iter().zip(keep).filter_map(|(p, k)| k.then_some(*p)).collect()
}

fn match_country(geometry: &Geometry) -> Result<&'static Country, GeoError> {
    let id = geometry.id.as_ref().map(|v| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    });
    let name = geometry.properties.as_ref().and_then(|p| p.name.clone());
    let by_id = id.as_deref().and_then(|s| s.parse::<u16>().ok()).and_then(gazetteer::country_by_numeric);
    let by_name = || {
        let name = name.as_deref()?;
        MAP_ENTRIES
            .iter()
            .filter(|m| m.numeric.is_none())
            .filter_map(|m| gazetteer::country(m.code))
            .find(|c| c.name == name || c.aliases().any(|a| a == name))
    };
    let found = if id.is_some() { by_id } else { by_name() };
    found.ok_or(GeoError::UnknownFeature { id, name })
}

fn assemble_rings(geometry: &Geometry, code: &str, arcs: &[Vec<(f64, f64)>]) -> Result<Vec<Ring>, GeoError> {
    let bad = |detail: &str| GeoError::BadGeometry { feature: code.to_string(), detail: detail.to_string() };
    let value = geometry.arcs.clone().unwrap_or(serde_json::Value::Null);
    let polygons: Vec<Vec<Vec<i64>>> = match geometry.kind.as_deref() {
        Some("Polygon") => vec![serde_json::from_value(value).map_err(|e| bad(&e.to_string()))?],
        Some("MultiPolygon") => serde_json::from_value(value).map_err(|e| bad(&e.to_string()))?,
        other => return Err(bad(&format!("geometry type {other:?} is not a Polygon or MultiPolygon"))),
    };
    let mut rings = Vec::new();
    for polygon in polygons {
        for (i, indices) in polygon.iter().enumerate() {
            let mut points: Vec<(f64, f64)> = Vec::new();
            for &index in indices {
                // A negative index ~i means arc i walked backwards.
                let (arc, reversed) = if index < 0 { (!index, true) } else { (index, false) };
                let arc = usize::try_from(arc)
                    .ok()
                    .and_then(|a| arcs.get(a))
                    .ok_or(GeoError::BadArc { feature: code.to_string(), arc: index })?;
                let walk: Box<dyn Iterator<Item = &(f64, f64)>> =
                    if reversed { Box::new(arc.iter().rev()) } else { Box::new(arc.iter()) };
                // Consecutive arcs share their joining point.
                points.extend(walk.skip(usize::from(!points.is_empty())));
            }
            for piece in split_at_antimeridian(&points) {
                rings.push(Ring { points: piece, outer: i == 0 });
            }
        }
    }
    Ok(rings)
}

/// Cuts a closed ring where it crosses the ±180° meridian, so no edge streaks across the map.
///
/// The ring is unwrapped into continuous longitudes, closed along the pole if it encircles one
/// (Antarctica), then clipped to each 360°-wide window it touches and shifted back. Edges created
/// along the cut are densified so they follow the curved edge of the map.
fn split_at_antimeridian(ring: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    if ring.len() < 3 {
        return Vec::new();
    }
    let mut unwrapped = Vec::with_capacity(ring.len() + 2);
    unwrapped.push(ring[0]);
    for pair in ring.windows(2) {
        let mut step = pair[1].0 - pair[0].0;
        if step > 180.0 {
            step -= 360.0;
        } else if step < -180.0 {
            step += 360.0;
        }
        let last = unwrapped[unwrapped.len() - 1].0;
        unwrapped.push((last + step, pair[1].1));
    }
    let turn = unwrapped[unwrapped.len() - 1].0 - unwrapped[0].0;
    if turn.abs() > 180.0 {
        let mean_lat = ring.iter().map(|p| p.1).sum::<f64>() / ring.len() as f64;
        let pole = if mean_lat < 0.0 { -90.0 } else { 90.0 };
        let (start, end) = (unwrapped[0].0, unwrapped[unwrapped.len() - 1].0);
        unwrapped.push((end, pole));
        unwrapped.push((start, pole));
        unwrapped.push(unwrapped[0]);
    }
    let min = unwrapped.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let max = unwrapped.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    if min >= -180.0 && max <= 180.0 {
        return vec![unwrapped];
    }
    let mut pieces = Vec::new();
    let first = ((min + 180.0) / 360.0).floor() as i32;
    let last = ((max + 180.0) / 360.0).ceil() as i32 - 1;
    for window in first..=last {
        let shift = 360.0 * f64::from(window);
        let clipped = clip(&clip(&unwrapped, -180.0 + shift, true), 180.0 + shift, false);
        if clipped.len() >= 3 {
            let shifted: Vec<_> = clipped.iter().map(|&(x, y)| (x - shift, y)).collect();
            pieces.push(densify_cut_edges(&shifted));
        }
    }
    pieces
}

/// Sutherland–Hodgman against the half-plane `lon >= bound` (`keep_above`) or `lon <= bound`.
fn clip(ring: &[(f64, f64)], bound: f64, keep_above: bool) -> Vec<(f64, f64)> {
    let inside = |p: (f64, f64)| if keep_above { p.0 >= bound } else { p.0 <= bound };
    let cross = |a: (f64, f64), b: (f64, f64)| {
        let t = (bound - a.0) / (b.0 - a.0);
        (bound, a.1 + t * (b.1 - a.1))
    };
    let mut out = Vec::with_capacity(ring.len());
    for i in 0..ring.len() {
        let current = ring[i];
        let previous = ring[(i + ring.len() - 1) % ring.len()];
        match (inside(previous), inside(current)) {
            (true, true) => out.push(current),
            (true, false) => out.push(cross(previous, current)),
            (false, true) => {
                out.push(cross(previous, current));
                out.push(current);
            }
            (false, false) => {}
        }
    }
    out
}

fn densify_cut_edges(ring: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let on_cut = |p: (f64, f64)| (p.0.abs() - 180.0).abs() < 1e-9;
    let mut out = Vec::with_capacity(ring.len());
    for (i, &p) in ring.iter().enumerate() {
        out.push(p);
        let Some(&q) = ring.get(i + 1) else { break };
        if on_cut(p) && on_cut(q) && p.0 == q.0 {
            let steps = (q.1 - p.1).abs().ceil() as usize;
            out.extend((1..steps).map(|s| (p.0, p.1 + (q.1 - p.1) * s as f64 / steps as f64)));
        }
    }
    out
}

/// A projected ring in tenths of a unit, without repeated points: what centres and boxes are
/// measured on.
struct Projected {
    points: Vec<(i64, i64)>,
    outer: bool,
    /// Twice the signed area, positive when clockwise on screen.
    area2: i64,
}

/// `points` rounded to steps of `1 / per_unit`, without consecutive repeats (the closing point
/// included).
fn rounded(points: impl Iterator<Item = (f64, f64)>, per_unit: f64) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::new();
    for (x, y) in points {
        let p = ((x * per_unit).round() as i64, (y * per_unit).round() as i64);
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Each ring on the [`GRID`], outer rings clockwise and holes counter-clockwise, whatever the
/// source's winding. A ring that collapses to no area on the grid is dropped (a test checks
/// that every ring kept in tenths survives).
fn grid_rings(rings: &[Ring]) -> Vec<Vec<(i64, i64)>> {
    rings
        .iter()
        .filter_map(|ring| {
            let mut points = rounded(ring.points.iter().map(|&(lon, lat)| project(lon, lat)), 1.0 / GRID);
            let area2 = signed_area2(&points);
            if points.len() < 3 || area2 == 0 {
                return None;
            }
            if (area2 > 0) != ring.outer {
                points.reverse();
            }
            Some(points)
        })
        .collect()
}

fn shape(code: &'static str, rings: &[Ring]) -> CountryShape {
    let projected: Vec<Projected> = rings
        .iter()
        .filter_map(|ring| {
            let points = rounded(ring.points.iter().map(|&(lon, lat)| project(lon, lat)), 10.0);
            let area2 = signed_area2(&points);
            (points.len() >= 3 && area2 != 0).then_some(Projected { points, outer: ring.outer, area2 })
        })
        .collect();
    let d = path_data(&grid_rings(rings));
    let all = projected.iter().flat_map(|r| r.points.iter());
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (i64::MAX, i64::MAX, i64::MIN, i64::MIN);
    for &(x, y) in all {
        (min_x, min_y, max_x, max_y) = (min_x.min(x), min_y.min(y), max_x.max(x), max_y.max(y));
    }
    let tenth = |v: i64| v as f32 / 10.0;
    let largest = projected.iter().filter(|r| r.outer).max_by_key(|r| r.area2.abs());
    let centroid = largest.map_or((0.0, 0.0), |r| centroid(&r.points));
    CountryShape {
        code,
        d,
        centroid: (centroid.0 as f32 / 10.0, centroid.1 as f32 / 10.0),
        bbox: if projected.is_empty() {
            (0.0, 0.0, 0.0, 0.0)
        } else {
            (tenth(min_x), tenth(min_y), tenth(max_x), tenth(max_y))
        },
    }
}

fn signed_area2(points: &[(i64, i64)]) -> i64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

fn centroid(points: &[(i64, i64)]) -> (f64, f64) {
    let n = points.len();
    let (mut cx, mut cy, mut a2) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (a, b) = (points[i], points[(i + 1) % n]);
        let cross = (a.0 * b.1 - b.0 * a.1) as f64;
        cx += (a.0 + b.0) as f64 * cross;
        cy += (a.1 + b.1) as f64 * cross;
        a2 += cross;
    }
    if a2 == 0.0 {
        let (sx, sy) = points.iter().fold((0, 0), |s, p| (s.0 + p.0, s.1 + p.1));
        return (sx as f64 / n as f64, sy as f64 / n as f64);
    }
    (cx / (3.0 * a2), cy / (3.0 * a2))
}

/// Writes rings of grid points as `M x y l dx dy … z m dx dy l … z`: the first ring's start is
/// absolute, each next ring's start relative to the previous ring's (where `z` leaves the pen),
/// and a number is separated from the one before only when it has no minus sign to do it.
fn path_data(rings: &[Vec<(i64, i64)>]) -> String {
    let mut d = String::new();
    let number = |d: &mut String, v: i64, after_command: bool| {
        if !after_command && v >= 0 {
            d.push(' ');
        }
        let _ = write!(d, "{v}");
    };
    let mut pen = None;
    for ring in rings {
        let Some(&(x0, y0)) = ring.first() else { continue };
        let (command, (x, y)) = match pen {
            None => ('M', (x0, y0)),
            Some((px, py)) => ('m', (x0 - px, y0 - py)),
        };
        d.push(command);
        number(&mut d, x, true);
        number(&mut d, y, false);
        d.push('l');
        for (i, pair) in ring.windows(2).enumerate() {
            number(&mut d, pair[1].0 - pair[0].0, i == 0);
            number(&mut d, pair[1].1 - pair[0].1, false);
        }
        d.push('z');
        pen = Some((x0, y0));
    }
    d
}

/// Reads back the grammar [`path_data`] writes (`M x y l dx dy … z m dx dy l … z`, integers in
/// steps of [`GRID`]), as absolute grid points per ring; `Err` names what does not fit.
pub fn read_path(d: &str) -> Result<Vec<Vec<(i64, i64)>>, String> {
    let mut rings: Vec<Vec<(i64, i64)>> = Vec::new();
    let (mut command, mut numbers, mut token) = (' ', Vec::new(), String::new());
    let mut pen = (0, 0);
    for ch in d.chars().chain(std::iter::once('$')) {
        if ch.is_ascii_digit() {
            token.push(ch);
            continue;
        }
        if !token.is_empty() && token != "-" {
            numbers.push(token.parse::<i64>().map_err(|_| format!("bad number `{token}`"))?);
        }
        token.clear();
        match ch {
            ' ' => {}
            '-' => token.push('-'),
            'M' | 'm' | 'l' | 'z' | '$' => {
                match command {
                    'M' | 'm' => {
                        let [x, y] = numbers[..] else { return Err(format!("`{command}` takes one point")) };
                        pen = if command == 'M' { (x, y) } else { (pen.0 + x, pen.1 + y) };
                        rings.push(vec![pen]);
                    }
                    'l' => {
                        if numbers.is_empty() || numbers.len() % 2 != 0 {
                            return Err("`l` takes pairs".into());
                        }
                        let ring = rings.last_mut().ok_or("`l` before any move")?;
                        for step in numbers.chunks(2) {
                            let (x, y) = ring[ring.len() - 1];
                            ring.push((x + step[0], y + step[1]));
                        }
                    }
                    _ if !numbers.is_empty() => return Err(format!("numbers after `{command}`")),
                    _ => {}
                }
                numbers.clear();
                command = ch;
            }
            other => return Err(format!("unexpected `{other}`")),
        }
    }
    Ok(rings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(d: &str) -> Vec<Vec<(i64, i64)>> {
        read_path(d).unwrap_or_else(|e| panic!("{e} in {d}"))
    }

    fn topology() -> Topology {
        serde_json::from_str(include_str!("../../../data/countries-110m.json")).unwrap()
    }

    #[test]
    fn rings_are_written_as_integer_steps_with_minimal_separators() {
        let rings = [vec![(10, 20), (15, 25), (11, 19)], vec![(30, 10), (31, 10), (31, 12)]];
        assert_eq!(path_data(&rings), "M10 20l5 5-4-6zm20-10l1 0 0 2z");
        assert_eq!(decode(&path_data(&rings)), rings);
        assert_eq!(path_data(&[vec![(-3, -4), (-5, -4), (-5, -6)]]), "M-3-4l-2 0 0-2z");
    }

    #[test]
    fn every_outline_decodes_to_its_points_on_the_grid() {
        let topology = topology();
        let arcs: Vec<_> = decode_arcs(&topology).unwrap().iter().map(|arc| simplify(arc)).collect();
        for geometry in &topology.objects["countries"].geometries {
            let code = match_country(geometry).unwrap().code;
            let rings = assemble_rings(geometry, code, &arcs).unwrap();
            let grid = grid_rings(&rings);
            assert!(!grid.is_empty(), "{code} has no ring on the grid");
            assert_eq!(decode(&shape(code, &rings).d), grid, "{code}");
            for ring in &grid {
                assert!(
                    ring.windows(2).all(|p| p[0] != p[1]) && ring[0] != ring[ring.len() - 1],
                    "{code} repeats a point"
                );
            }
        }
    }

    #[test]
    fn no_ring_drawn_in_tenths_is_lost_on_the_grid() {
        let topology = topology();
        let arcs: Vec<_> = decode_arcs(&topology).unwrap().iter().map(|arc| simplify(arc)).collect();
        for geometry in &topology.objects["countries"].geometries {
            let code = match_country(geometry).unwrap().code;
            let rings = assemble_rings(geometry, code, &arcs).unwrap();
            let in_tenths = rings
                .iter()
                .map(|r| rounded(r.points.iter().map(|&(lon, lat)| project(lon, lat)), 10.0))
                .filter(|p| p.len() >= 3 && signed_area2(p) != 0)
                .count();
            assert_eq!(grid_rings(&rings).len(), in_tenths, "{code} loses a ring on the grid");
        }
    }

    #[test]
    fn neighbours_share_every_vertex_of_their_common_border() {
        let topology = topology();
        let arcs: Vec<_> = decode_arcs(&topology).unwrap().iter().map(|arc| simplify(arc)).collect();
        let mut users: std::collections::HashMap<usize, Vec<&'static str>> = Default::default();
        let mut points: std::collections::HashMap<&'static str, HashSet<(i64, i64)>> = Default::default();
        for geometry in &topology.objects["countries"].geometries {
            let code = match_country(geometry).unwrap().code;
            let indices = geometry.arcs.as_ref().unwrap().to_string();
            let indices = indices
                .split(|c: char| !c.is_ascii_digit() && c != '-')
                .filter_map(|n| n.parse::<i64>().ok());
            for index in indices {
                let arc = if index < 0 { !index } else { index } as usize;
                users.entry(arc).or_default().push(code);
            }
            let d = shape(code, &assemble_rings(geometry, code, &arcs).unwrap()).d;
            points.insert(code, decode(&d).into_iter().flatten().collect());
        }
        let mut borders = 0;
        for (arc, codes) in users.iter().filter(|(_, codes)| codes.len() == 2 && codes[0] != codes[1]) {
            // Away from the cut along the antimeridian, where rings are clipped.
            let inland = arcs[*arc].iter().filter(|p| p.0.abs() < 179.0).map(|&(lon, lat)| project(lon, lat));
            for p in rounded(inland, 1.0 / GRID) {
                for code in codes {
                    assert!(points[code].contains(&p), "{code} lacks {p:?} of its border with {codes:?}");
                }
            }
            borders += 1;
        }
        assert!(borders > 200, "only {borders} shared borders");
        let (arg, chl) = (&points["ARG"], &points["CHL"]);
        assert!(arg.intersection(chl).count() > 20, "Argentina and Chile share their Andes");
    }

    #[test]
    fn a_ring_across_the_antimeridian_is_cut_in_two() {
        let ring = [(179.0, 10.0), (-179.0, 10.0), (-179.0, 12.0), (179.0, 12.0), (179.0, 10.0)];
        let pieces = split_at_antimeridian(&ring);
        assert_eq!(pieces.len(), 2);
        for piece in &pieces {
            let (min, max) = piece.iter().fold((f64::MAX, f64::MIN), |m, p| (m.0.min(p.0), m.1.max(p.0)));
            assert!(max - min <= 1.0 + 1e-9, "a piece spans {min}..{max}");
        }
    }

    #[test]
    fn a_ring_around_the_pole_is_closed_along_it() {
        let ring = [(-180.0, -70.0), (0.0, -65.0), (180.0, -70.0), (-180.0, -70.0)];
        let pieces = split_at_antimeridian(&ring);
        assert_eq!(pieces.len(), 1);
        assert!(pieces[0].iter().any(|p| p.1 == -90.0));
    }

    #[test]
    fn projection_puts_the_origin_in_the_middle_and_the_globe_inside_the_view_box() {
        let (x, y) = project(0.0, 0.0);
        assert!((x - WIDTH / 2.0).abs() < 1e-9 && (y - HEIGHT / 2.0).abs() < 1e-9);
        let (left, _) = project(-180.0, 0.0);
        let (right, _) = project(180.0, 0.0);
        assert!(left.abs() < 1e-9 && (right - WIDTH).abs() < 1e-9);
        let (_, top) = project(0.0, 90.0);
        let (_, bottom) = project(0.0, -90.0);
        assert!(top >= 0.0 && bottom <= HEIGHT && top < 1.0 && bottom > HEIGHT - 1.0);
    }
}
