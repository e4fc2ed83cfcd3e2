//! The site header: product name, navigation between views, language and theme switches.

use super::i18n::{tr, use_lang};
use super::state::{use_navigation, use_page_state};
use crate::core::url_state::{Lang, Theme, View};
use leptos::prelude::*;

/// Header with the product name, the main navigation and the switches.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="sa-header">
            <div class="sa-brand">
                <img src="favicon.svg" alt="" width="32" height="32" />
                <div>
                    <p class="sa-brand-name">{tr("app_title")}</p>
                    <p class="sa-tagline">{tr("app_tagline")}</p>
                </div>
            </div>
            <MainNav />
            <div class="sa-switches">
                <LanguageSwitcher />
                <ThemeSwitcher />
            </div>
        </header>
    }
}

/// Links between the views. Real links (a new tab works); a plain click changes the view
/// in place and keeps the rest of the state.
#[component]
fn MainNav() -> impl IntoView {
    let nav = use_navigation();
    let current = nav.view;
    let links = View::ALL
        .into_iter()
        .map(|view| {
            view! {
                <li>
                    <a
                        href=move || nav.href_for_view(view)
                        aria-current=move || (current.get() == view).then_some("page")
                        on:click=nav.on_link_click(view)
                    >
                        {tr(view.nav_label_key())}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="sa-nav" aria-label=tr("nav_label")>
            <ul>{links}</ul>
        </nav>
    }
}

/// Chooses the interface language; each language is named in itself.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let page = use_page_state();
    let lang = use_lang();
    let on_change = move |ev| {
        if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
            page.set_lang(chosen);
        }
    };
    let options = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.slug() lang=l.tag() selected=move || lang.get() == l>
                    {l.endonym()}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="sa-switch">
            <span>{tr("language_label")}</span>
            <select on:change=on_change>{options}</select>
        </label>
    }
}

/// Chooses light, dark or the system's theme.
#[component]
fn ThemeSwitcher() -> impl IntoView {
    let page = use_page_state();
    let theme = page.theme;
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        if let Some(chosen) = Theme::ALL.into_iter().find(|t| t.slug() == value) {
            page.set_theme(chosen);
        }
    };
    let options = Theme::ALL
        .into_iter()
        .map(|t| {
            let key = match t {
                Theme::System => "theme_auto",
                Theme::Light => "theme_light",
                Theme::Dark => "theme_dark",
            };
            view! {
                <option value=t.slug() selected=move || theme.get() == t>
                    {tr(key)}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="sa-switch">
            <span>{tr("theme_label")}</span>
            <select on:change=on_change>{options}</select>
        </label>
    }
}
