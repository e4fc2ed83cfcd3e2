//! One-off converter from world-atlas TopoJSON to the app's compact world file.
//!
//! ```sh
//! cargo run --no-default-features --bin geometry -- \
//!     node_modules/world-atlas/countries-110m.json public/data/world-110m.json
//! ```
//!
//! Decodes the quantized arcs, cuts polygons at the antimeridian (world-atlas 2 keeps them
//! spherical) and writes coordinates in hundredths of a degree, delta-encoded.

use skills_atlas::core::geo::{antimeridian, topojson, World};
use std::process::ExitCode;

/// Credit line stored in the file and shown under the map.
const ATTRIBUTION: &str =
    "Made with Natural Earth (public domain), 1:110m countries, via world-atlas 2.0.2";

/// Hundredths of a degree: about 1 km, far below the 110m data's own detail.
const UNITS_PER_DEGREE: u32 = 100;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: geometry <countries-110m.json> <world-110m.json>");
        return ExitCode::FAILURE;
    };
    match convert(input, output) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("geometry: {e}");
            ExitCode::FAILURE
        }
    }
}

fn convert(input: &str, output: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let mut world = topojson::decode(&text, "countries", ATTRIBUTION)?;
    for country in &mut world.countries {
        country.polygons = country
            .polygons
            .iter()
            .flat_map(antimeridian::cut_polygon)
            .collect();
    }
    let json = world.to_json(UNITS_PER_DEGREE);
    // Read our own output back so a broken file is never written silently.
    let check = World::from_json(&json)?;
    std::fs::write(output, &json).map_err(|e| format!("{output}: {e}"))?;
    let points: usize = check
        .countries
        .iter()
        .flat_map(|c| &c.polygons)
        .flatten()
        .map(Vec::len)
        .sum();
    Ok(format!(
        "{output}: {} countries, {points} points, {} bytes",
        check.countries.len(),
        json.len()
    ))
}
