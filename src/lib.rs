//! Skills Atlas: Chongqing's international skills-cooperation network, made visible and searchable.
//!
//! `core` is pure (no leptos, no web-sys) and tested natively; `app` renders it with Leptos.
#![warn(missing_docs)]

pub mod core;

#[cfg(feature = "web")]
pub mod app;
