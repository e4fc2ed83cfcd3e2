//! How markup enters the page (step 2 of [`crate::app::markup_host`]). The map, the charts and
//! the search results are written by the core as escaped strings
//! (`core::map_model::drawing_markup`, `core::charts`, `core::atlas_search::row_markup`) and
//! set as `innerHTML` here, through the Trusted Types policy [`POLICY_NAME`]. The page's
//! Content-Security-Policy requires Trusted Types for scripts and allows this policy and a
//! `default` one. Leptos writes the static parts of views into templates with `innerHTML`;
//! those strings go through the default policy, which lets through only inert markup
//! ([`crate::core::inert_markup::is_inert`]). Any other string that reaches an HTML sink (a
//! bug that sent dataset text there, say) is refused by the browser instead of parsed.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The policy's name, as the Content-Security-Policy's `trusted-types` lists it.
pub const POLICY_NAME: &str = "skills-atlas";

/// Creates the policies, before anything is rendered.
pub fn install() {
    POLICY.with(|_| {});
    install_default_policy();
}

/// The `default` policy, for strings that reach a sink directly (Leptos's static
/// templates): inert markup passes, anything else is refused (`null` blocks it).
fn install_default_policy() -> Option<()> {
    let (factory, create) = policy_factory()?;
    let rules = js_sys::Object::new();
    let check = Closure::<dyn Fn(String) -> JsValue>::new(|html: String| {
        if crate::core::inert_markup::is_inert(&html) {
            JsValue::from(html)
        } else {
            web_sys::console::error_1(
                &"Skills Atlas: markup with active content was refused".into(),
            );
            JsValue::NULL
        }
    });
    js_sys::Reflect::set(&rules, &"createHTML".into(), check.as_ref()).ok()?;
    check.forget();
    create.call2(&factory, &"default".into(), &rules).ok()?;
    Some(())
}

/// `window.trustedTypes` and its `createPolicy`, where the browser has them.
fn policy_factory() -> Option<(JsValue, js_sys::Function)> {
    let window = web_sys::window()?;
    let factory = js_sys::Reflect::get(&window, &"trustedTypes".into()).ok()?;
    if factory.is_undefined() || factory.is_null() {
        return None;
    }
    let create = js_sys::Reflect::get(&factory, &"createPolicy".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((factory, create))
}

thread_local! {
    /// The policy, created once; `None` where the browser has no Trusted Types (Firefox
    /// and Safari today), where `innerHTML` takes the string as it is.
    static POLICY: Option<JsValue> = create_policy();
}

/// Creates the policy. Its `createHTML` passes the markup through unchanged: the escaping
/// is the core's, tested natively; the policy's job is that nothing else can reach a sink.
fn create_policy() -> Option<JsValue> {
    let (factory, create) = policy_factory()?;
    let rules = js_sys::Object::new();
    let pass = Closure::<dyn Fn(String) -> String>::new(|html: String| html);
    js_sys::Reflect::set(&rules, &"createHTML".into(), pass.as_ref()).ok()?;
    // Lives as long as the page: the policy calls it for every markup set.
    pass.forget();
    create.call2(&factory, &POLICY_NAME.into(), &rules).ok()
}

/// Replaces the content of `el` with `html`, markup the core wrote.
pub fn set_markup(el: &web_sys::Element, html: &str) {
    let trusted = POLICY.with(|policy| {
        let policy = policy.as_ref()?;
        let create: js_sys::Function = js_sys::Reflect::get(policy, &"createHTML".into())
            .ok()?
            .dyn_into()
            .ok()?;
        create.call1(policy, &html.into()).ok()
    });
    match trusted {
        Some(trusted) => {
            let _ = js_sys::Reflect::set(el, &"innerHTML".into(), &trusted);
        }
        None => el.set_inner_html(html),
    }
}

/// The directive form of [`set_markup`], run as the element is built:
/// `<g use:inner_markup=html></g>`.
pub fn inner_markup(el: leptos::tachys::renderer::types::Element, html: String) {
    set_markup(&el, &html);
}
