//! Writes the first view (the map of the latest year, as static HTML and SVG) into the
//! built pages, one per interface language: `index.html` (English), `index.de.html` and
//! `index.zh.html`, each with the partner countries' panels beside it (`panels.<lang>.html`,
//! opened by a click before the app has loaded). Run by the build's post-build hook (`postbuild.mjs`) on Trunk's staging
//! folder, which holds `index.html` and `data/` (the dataset and the world geometry).
//!
//! ```text
//! cargo run --no-default-features --bin first_view -- DIR
//! ```

use skills_atlas::core::data::{load_bytes, LoadOutcome};
use skills_atlas::core::first_view::{page, page_file, panels_file, panels_html};
use skills_atlas::core::geo::World;
use skills_atlas::core::map_model::MapModel;
use skills_atlas::core::url_state::Lang;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

fn run(dir: &Path) -> Result<(), String> {
    let read = |name: &str| {
        std::fs::read(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    let atlas = match load_bytes(&read("data/atlas.json")?) {
        LoadOutcome::Loaded { atlas, .. } => Arc::new(atlas),
        LoadOutcome::Failed { problems, .. } => {
            return Err(format!(
                "data/atlas.json is not a valid dataset ({} problems; run the validate binary)",
                problems.len()
            ))
        }
    };
    let world_text = String::from_utf8(read("data/world-110m.json")?)
        .map_err(|e| format!("data/world-110m.json: {e}"))?;
    let world = World::from_json(&world_text)?;
    let model = MapModel::build(&world, atlas);
    let template = String::from_utf8(read("index.html")?).map_err(|e| e.to_string())?;
    for lang in Lang::ALL {
        let html = page(&template, &model, lang)?;
        let file = dir.join(page_file(lang));
        std::fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
        let file = dir.join(panels_file(lang));
        std::fs::write(&file, panels_html(&model, lang))
            .map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: first_view DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(&dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("first_view: {e}");
            ExitCode::FAILURE
        }
    }
}
