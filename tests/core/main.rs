//! Native tests of the pure core, linked into one test binary: one link instead of one per
//! file keeps a clean `cargo test` quick and small on disk on a 2-core CI machine.
#![cfg(not(target_arch = "wasm32"))]

mod atlas_search;
mod charts_aggregate;
mod charts_export;
mod charts_markup;
mod charts_params;
mod charts_scales;
mod data_bad_file;
mod data_bad_input;
mod data_figures;
mod data_generator;
mod data_json_scan;
mod data_json_tree;
mod data_limits;
mod derived;
mod embed_snippets;
mod first_view;
mod fuzz_replay;
mod geo_arc;
mod geo_color_scale;
mod geo_path;
mod geo_projection;
mod geo_world;
mod geo_zoom;
mod i18n_catalogs;
mod i18n_plurals;
mod inert_markup;
mod layering;
mod map_marks;
mod map_markup;
mod map_model;
mod map_url;
mod map_year_stats;
mod search_bad_input;
mod search_filters;
mod search_fixture;
mod search_folding;
mod search_highlight;
mod search_limits;
mod search_markup;
mod search_matching;
mod search_params;
mod search_relevance;
mod type_names;
mod url_state;
