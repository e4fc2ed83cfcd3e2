//! A panic hook that replaces a dead page with a friendly, translated message.

use crate::core::i18n::text;
use crate::core::url_state::Lang;
use std::sync::atomic::{AtomicU8, Ordering};

static CURRENT_LANG: AtomicU8 = AtomicU8::new(0);

/// Remembers the interface language, so a panic message can be shown in it.
pub fn remember_lang(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    CURRENT_LANG.store(index as u8, Ordering::Relaxed);
}

/// Installs the hook: log the panic for developers, show a message and a reload button.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Skills Atlas panicked: {info}").into());
        let lang = Lang::ALL[CURRENT_LANG.load(Ordering::Relaxed) as usize % Lang::ALL.len()];
        show_message(text(lang, "panic_message"), text(lang, "panic_reload"));
    }));
}

fn show_message(message: &str, reload: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let host = document
        .get_element_by_id(super::MOUNT_ID)
        .or_else(|| document.body().map(Into::into));
    let Some(host) = host else { return };
    // Built with text nodes only: the message never passes through an HTML parser.
    let build = || -> Option<web_sys::Element> {
        let root = document.create_element("div").ok()?;
        root.set_class_name("skills-atlas");
        let box_ = document.create_element("div").ok()?;
        box_.set_class_name("sa-panic");
        box_.set_attribute("role", "alert").ok()?;
        let p = document.create_element("p").ok()?;
        p.set_text_content(Some(message));
        let a = document.create_element("a").ok()?;
        a.set_attribute("href", "").ok()?;
        a.set_text_content(Some(reload));
        box_.append_child(&p).ok()?;
        box_.append_child(&a).ok()?;
        root.append_child(&box_).ok()?;
        Some(root)
    };
    if let Some(root) = build() {
        host.set_text_content(None);
        let _ = host.append_child(&root);
    }
}
