//! Fuzz target `search_query`: see `properties::search_query` for what it checks.
#![no_main]

#[allow(dead_code)]
#[path = "../properties/mod.rs"]
mod properties;

libfuzzer_sys::fuzz_target!(|data: &[u8]| properties::search_query(data));
