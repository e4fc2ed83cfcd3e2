//! Fuzz target `url_state`: see `properties::url_state` for what it checks.
#![no_main]

#[allow(dead_code)]
#[path = "../properties/mod.rs"]
mod properties;

libfuzzer_sys::fuzz_target!(|data: &[u8]| properties::url_state(data));
