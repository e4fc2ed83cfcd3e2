//! The Leptos app: components that render the pure core's results. No logic lives here
//! that could live in `crate::core`.

pub mod data_gate;
mod embed;
pub mod export;
pub mod first_view;
mod footer;
mod header;
mod i18n;
pub mod markup_host;
mod panic;
mod shell;
pub mod start_tasks;
mod state;
pub mod timing;
pub mod views;

pub use data_gate::{DataGate, LoadedData};
pub use i18n::{tr, tr_fmt, use_lang};
pub use shell::App;
pub use state::provide_app_state;

use wasm_bindgen::JsCast;

/// The id of the element the app mounts into when a page provides one (otherwise `<body>`).
pub const MOUNT_ID: &str = "skills-atlas";

/// Starts the app: installs the panic hook, then mounts [`App`] in the next browser task
/// (not in the one that compiled the wasm: see [`start_tasks`]).
pub fn start() {
    panic::install();
    markup_host::trusted_types::install();
    leptos::prelude::set_timeout(mount, std::time::Duration::ZERO);
}

fn mount() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
