//! Fuzz target `dataset_load`: see `properties::dataset_load` for what it checks.
#![no_main]

#[allow(dead_code)]
#[path = "../properties/mod.rs"]
mod properties;

libfuzzer_sys::fuzz_target!(|data: &[u8]| properties::dataset_load(data));
