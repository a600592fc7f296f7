//! The baked map: the vendored world-atlas file decodes into one valid, on-screen shape per feature.
#![cfg(feature = "bake")]

use atlas_core::gazetteer::{self, UnStatus, COUNTRIES};
use atlas_core::geo::{self, bake_shapes, markers, CountryShape, GeoError, HEIGHT, WIDTH};
use std::collections::HashSet;
use std::sync::OnceLock;

const TOPOJSON: &str = include_str!("../../../data/countries-110m.json");

fn shapes() -> &'static [CountryShape] {
    static SHAPES: OnceLock<Vec<CountryShape>> = OnceLock::new();
    SHAPES.get_or_init(|| bake_shapes(TOPOJSON).expect("the vendored map decodes"))
}

fn shape(code: &str) -> &'static CountryShape {
    shapes().iter().find(|s| s.code == code).unwrap_or_else(|| panic!("no shape for {code}"))
}

/// Reads back the path grammar `bake_shapes` writes (`M x y l dx dy … z m dx dy l … z`, integer
/// steps of [`geo::GRID`]) as absolute rings in map units.
fn rings(d: &str) -> Vec<Vec<(f64, f64)>> {
    let rings = geo::read_path(d).unwrap_or_else(|e| panic!("{e} in {d}"));
    let unit = |v: i64| v as f64 * geo::GRID;
    rings.into_iter().map(|ring| ring.into_iter().map(|(x, y)| (unit(x), unit(y))).collect()).collect()
}

#[test]
fn the_vendored_map_decodes_into_one_shape_per_feature() {
    assert_eq!(shapes().len(), 177);
    assert!(shapes().iter().all(|s| s.d.starts_with('M') && s.d.ends_with('z')));
}

#[test]
fn every_shape_is_keyed_by_a_gazetteer_code_once() {
    let mut seen = HashSet::new();
    for s in shapes() {
        assert!(gazetteer::country(s.code).is_some(), "{} is not in the gazetteer", s.code);
        assert!(seen.insert(s.code), "{} has two shapes", s.code);
    }
    for code in ["XKX", "XNC", "XSL", "TWN", "PSE", "ESH", "ATA"] {
        assert!(seen.contains(code), "{code} should be drawn");
    }
}

#[test]
fn every_un_member_and_observer_has_a_shape_or_a_marker() {
    let markers = markers(shapes());
    let shown: HashSet<_> = shapes().iter().map(|s| s.code).chain(markers.iter().map(|m| m.code)).collect();
    for c in COUNTRIES.iter().filter(|c| c.un != UnStatus::Other) {
        assert!(shown.contains(c.code), "{} can be neither drawn nor marked", c.code);
    }
    let drawn: HashSet<_> = shapes().iter().map(|s| s.code).collect();
    assert!(markers.iter().all(|m| !drawn.contains(m.code)), "a drawn country also has a marker");
    for code in ["MCO", "VAT", "AND", "LCA", "GRD", "BRB", "SGP", "TUV", "MSR"] {
        assert!(markers.iter().any(|m| m.code == code), "{code} needs a marker");
    }
}

#[test]
fn every_coordinate_lies_inside_the_view_box() {
    // Rounding to the grid may move a point by half a step.
    let slack = geo::GRID / 2.0;
    let inside =
        |x: f64, y: f64| (-slack..=WIDTH + slack).contains(&x) && (-slack..=HEIGHT + slack).contains(&y);
    for s in shapes() {
        for ring in rings(&s.d) {
            assert!(ring.len() >= 3, "{} has a degenerate ring", s.code);
            for &(x, y) in &ring {
                assert!(inside(x, y), "{} has ({x}, {y}) outside the map", s.code);
            }
        }
        let (x0, y0, x1, y1) = s.bbox;
        assert!(x0 <= x1 && y0 <= y1 && inside(x0.into(), y0.into()) && inside(x1.into(), y1.into()));
    }
    for m in markers(shapes()) {
        assert!(inside(m.x.into(), m.y.into()), "marker {} at ({}, {})", m.code, m.x, m.y);
    }
}

#[test]
fn no_edge_streaks_across_the_map() {
    // Only the pole line at the very bottom of Antarctica may be that long.
    let pole = geo::project(0.0, -90.0).1;
    for s in shapes() {
        for ring in rings(&s.d) {
            let closed = ring.iter().zip(ring.iter().cycle().skip(1));
            for (a, b) in closed {
                let long = (a.0 - b.0).abs() > WIDTH / 4.0;
                let on_pole = (a.1 - pole).abs() <= geo::GRID && (b.1 - pole).abs() <= geo::GRID;
                assert!(!long || on_pole, "{}: edge {a:?} to {b:?} crosses the map", s.code);
            }
        }
    }
}

#[test]
fn countries_across_the_antimeridian_stay_at_the_edges() {
    // Russia reaches both edges. Fiji's islets west of the antimeridian are too small for the
    // simplification (`geo::SIMPLIFY_TOLERANCE`); what remains must stay at the east edge, never
    // be drawn across the map.
    let (x0, _, x1, _) = shape("RUS").bbox;
    assert!(x0 < 150.0 && x1 > 850.0, "RUS should reach both edges, spans {x0}..{x1}");
    let (x0, _, x1, _) = shape("FJI").bbox;
    assert!(x1 > 850.0 && !(150.0..=850.0).contains(&x0), "FJI spans {x0}..{x1}");
    for code in ["RUS", "FJI"] {
        let centroid = shape(code).centroid;
        assert!(centroid.0 > 500.0, "{code}'s main ring is in the east: {centroid:?}");
    }
}

#[test]
fn venezuela_lies_east_of_colombia_and_north_of_brazil() {
    let ven = shape("VEN");
    let (col, bra) = (shape("COL").centroid, shape("BRA").centroid);
    assert!(ven.bbox.0 > col.0 - 5.0 && ven.centroid.0 > col.0, "{:?} vs Colombia {col:?}", ven.centroid);
    assert!(ven.centroid.1 < bra.1, "{:?} vs Brazil {bra:?}", ven.centroid);
    let (x, y) = geo::project(-66.9, 10.5);
    let (x0, y0, x1, y1) = ven.bbox;
    assert!(
        (x0 as f64..=x1 as f64).contains(&x) && (y0 as f64..=y1 as f64).contains(&y),
        "Caracas is in Venezuela"
    );
}

#[test]
fn labels_sit_on_the_main_landmass() {
    // France's label belongs in Europe, not in French Guiana; the USA's in the lower 48.
    let europe = geo::project(2.0, 46.0);
    let france = shape("FRA").centroid;
    assert!((f64::from(france.0) - europe.0).abs() < 15.0 && (f64::from(france.1) - europe.1).abs() < 15.0);
    let kansas = geo::project(-98.0, 39.0);
    let usa = shape("USA").centroid;
    assert!((f64::from(usa.0) - kansas.0).abs() < 25.0 && (f64::from(usa.1) - kansas.1).abs() < 25.0);
}

#[test]
fn path_data_stays_small() {
    let total: usize = shapes().iter().map(|s| s.d.len()).sum();
    assert!(total < 60_000, "path data grew to {total} bytes");
}

#[test]
fn an_unknown_feature_is_an_error_naming_it() {
    let renumbered = TOPOJSON.replacen("\"id\":\"862\"", "\"id\":\"999\"", 1);
    assert_ne!(renumbered, TOPOJSON, "the fixture must contain Venezuela's id");
    let err = bake_shapes(&renumbered).unwrap_err();
    assert_eq!(err, GeoError::UnknownFeature { id: Some("999".into()), name: Some("Venezuela".into()) });
    assert!(err.to_string().contains("999") && err.to_string().contains("Venezuela"));

    let renamed = TOPOJSON.replacen("\"name\":\"Somaliland\"", "\"name\":\"Atlantis\"", 1);
    assert!(
        matches!(bake_shapes(&renamed), Err(GeoError::UnknownFeature { id: None, name: Some(n) }) if n == "Atlantis")
    );
}

#[test]
fn malformed_input_is_an_error_not_a_panic() {
    let cases = [
        "",
        "{}",
        "[1, 2]",
        r#"{"type":"Topology","objects":{},"arcs":[]}"#,
        r#"{"type":"Topology","objects":{"countries":{"geometries":[{"type":"Polygon","id":"862","arcs":[[7]]}]}},"arcs":[]}"#,
        r#"{"type":"Topology","objects":{"countries":{"geometries":[{"type":"Point","id":"862"}]}},"arcs":[]}"#,
        r#"{"type":"Topology","objects":{"countries":{"geometries":[{"type":"Polygon","id":"862","arcs":"x"}]}},"arcs":[]}"#,
        r#"{"type":"Topology","objects":{"countries":{"geometries":[]}},"arcs":[[[1]]]}"#,
    ];
    for case in cases {
        assert!(bake_shapes(case).is_err(), "accepted {case:?}");
    }
    let duplicate = r#"{"type":"Topology","objects":{"countries":{"geometries":[
        {"type":"Polygon","id":"862","arcs":[[0]]},{"type":"Polygon","id":"862","arcs":[[0]]}]}},
        "arcs":[[[-66,10],[-60,10],[-60,5],[-66,10]]]}"#;
    assert_eq!(bake_shapes(duplicate), Err(GeoError::DuplicateShape { code: "VEN" }));
}

#[test]
fn an_unquantized_topology_decodes_too() {
    let square = r#"{"type":"Topology","objects":{"countries":{"geometries":[
        {"type":"Polygon","id":"862","arcs":[[0]]}]}},
        "arcs":[[[-70,12],[-60,12],[-60,1],[-70,1],[-70,12]]]}"#;
    let shapes = bake_shapes(square).unwrap();
    let (x0, y0, x1, y1) = shapes[0].bbox;
    let (nw, se) = (geo::project(-70.0, 12.0), geo::project(-60.0, 1.0));
    assert!((f64::from(x0) - nw.0.min(geo::project(-70.0, 1.0).0)).abs() < 0.1);
    assert!((f64::from(y0) - nw.1).abs() < 0.1 && (f64::from(y1) - se.1).abs() < 0.1);
    assert!((f64::from(x1) - se.0.max(geo::project(-60.0, 12.0).0)).abs() < 0.1);
}
