//! Writes the baked map as a standalone SVG, to look at the geometry without building the app.
//!
//! `cargo run -p atlas-core --features bake --example map_svg -- data/countries-110m.json > /tmp/map.svg`

use atlas_core::geo;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: map_svg COUNTRIES_110M_JSON > map.svg");
        return ExitCode::FAILURE;
    };
    let shapes = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| geo::bake_shapes(&text).map_err(|e| e.to_string()))
    {
        Ok(shapes) => shapes,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{}" width="1200">"##, geo::VIEW_BOX);
    println!(r##"<rect width="100%" height="100%" fill="#eef3f7"/>"##);
    for shape in &shapes {
        let fill = if shape.code == "VEN" { "#c0392b" } else { "#c9d3c0" };
        println!(
            r##"<path data-iso="{}" d="{}" fill="{fill}" stroke="#fff" stroke-width=".3"/>"##,
            shape.code, shape.d
        );
    }
    for marker in geo::markers(&shapes) {
        println!(
            r##"<circle data-iso="{}" cx="{:.1}" cy="{:.1}" r="2" fill="#4a6fa5" stroke="#fff" stroke-width=".4"/>"##,
            marker.code, marker.x, marker.y
        );
    }
    println!("</svg>");
    ExitCode::SUCCESS
}
