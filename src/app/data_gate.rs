//! Loads the bundled dataset at start-up and shows a loading state, a clear error with a
//! retry button, or the app.

use super::i18n::{tr, tr_count, tr_fmt, use_lang};
use crate::core::atlas_search::SearchCorpus;
use crate::core::data::{self, Atlas, LoadOutcome};
use crate::core::derived::Derived;
use crate::core::figure_text::format_number;
use crate::core::url_state::Lang;
use leptos::context::Provider;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the dataset lives, relative to the page, so `dist/` works under any sub-path.
pub const DATA_URL: &str = "data/atlas.json";
/// How many problems the error message lists before summarising the rest.
const SHOWN_PROBLEMS: usize = 12;

/// The loaded, validated dataset, provided as context to every view, with what the views
/// derive from it (built once each, on first use).
#[derive(Clone)]
pub struct LoadedData {
    /// The dataset.
    pub atlas: Arc<Atlas>,
    /// The map model, the charts' counts and the search corpus of this dataset.
    pub derived: Arc<Derived>,
    /// The search corpus of `derived` once its build in slices has finished, for the views
    /// to follow (`views::search::corpus_cache`): `None` until then.
    pub search_corpus: ArcRwSignal<Option<Arc<SearchCorpus>>>,
}

impl LoadedData {
    /// The loaded `atlas`, nothing derived yet.
    pub fn new(atlas: Arc<Atlas>) -> LoadedData {
        LoadedData {
            derived: Arc::new(Derived::new(atlas.clone())),
            atlas,
            search_corpus: ArcRwSignal::new(None),
        }
    }
}

/// Why the dataset could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// The server answered with an error status.
    Http {
        /// HTTP status code.
        status: u16,
        /// The URL asked for.
        url: String,
    },
    /// The request itself failed (offline, blocked, aborted).
    Network(String),
    /// The file arrived but is not a valid dataset: its problems, as `(path, message)`.
    Invalid {
        /// The URL asked for.
        url: String,
        /// Each kept problem's JSON path and message, verbatim from the validator (at most
        /// [`data::MAX_PROBLEMS`]).
        problems: Vec<(String, String)>,
        /// How many more problems the validator counted without keeping them.
        omitted: usize,
    },
}

/// Turns a response body into the dataset or the list of its problems.
pub fn parse_body(url: &str, bytes: &[u8]) -> Result<LoadedData, DataError> {
    match super::timing::timed("atlas:data-parse", || data::load_bytes(bytes)) {
        LoadOutcome::Loaded {
            atlas, warnings, ..
        } => {
            for warning in warnings {
                web_sys::console::warn_1(&format!("Skills Atlas data: {warning}").into());
            }
            Ok(LoadedData::new(Arc::new(atlas)))
        }
        LoadOutcome::Failed { problems, omitted } => Err(DataError::Invalid {
            url: url.to_string(),
            problems: problems.into_iter().map(|p| (p.path, p.message)).collect(),
            omitted,
        }),
    }
}

async fn fetch_data(url: String) -> Result<LoadedData, DataError> {
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| DataError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(DataError::Http {
            status: response.status(),
            url,
        });
    }
    let bytes = response
        .binary()
        .await
        .map_err(|e| DataError::Network(e.to_string()))?;
    // Parsed in a task of its own, not in the one that received the last bytes.
    super::start_tasks::next_task().await;
    parse_body(&url, &bytes)
}

/// Renders `children` once the dataset at `url` has loaded, with the data as context.
#[component]
pub fn DataGate(
    /// The dataset's URL (relative to the page).
    #[prop(default = DATA_URL.to_string(), into)]
    url: String,
    /// What to show once the data is there.
    children: ChildrenFn,
) -> impl IntoView {
    let resource = LocalResource::new(move || fetch_data(url.clone()));
    let children = StoredValue::new(children);
    move || {
        match resource.get() {
        None => view! { <p class="sa-loading" role="status">{tr("loading")}</p> }.into_any(),
        Some(Err(error)) => {
            view! { <DataErrorView error=error on_retry=Callback::new(move |_| resource.refetch()) /> }
                .into_any()
        }
        Some(Ok(data)) => {
            // The search index takes a while at scale: build it before anyone opens Search.
            crate::app::views::prebuild_soon(data.clone());
            view! { <Provider value=data>{children.with_value(|c| c())}</Provider> }.into_any()
        }
    }
    }
}

/// The message shown when the data cannot load: what went wrong, and a retry button.
#[component]
pub fn DataErrorView(
    /// What went wrong.
    error: DataError,
    /// Called when the person asks to try again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let detail = {
        let error = error.clone();
        move || match &error {
            DataError::Http { status, url } => tr_fmt(
                lang,
                "error_http",
                &[("status", &status.to_string()), ("url", url)],
            ),
            DataError::Network(detail) => tr_fmt(lang, "error_network", &[("detail", detail)]),
            DataError::Invalid {
                url,
                problems,
                omitted,
            } => {
                let count = problems.len() + omitted;
                tr_count(
                    lang,
                    "error_invalid",
                    count,
                    &[("url", url), ("count", &count_text(count, lang.get()))],
                )
            }
        }
    };
    let (problems, omitted) = match &error {
        DataError::Invalid {
            problems, omitted, ..
        } => (problems.clone(), *omitted),
        _ => (Vec::new(), 0),
    };
    let hidden = problems.len().saturating_sub(SHOWN_PROBLEMS) + omitted;
    // The message replaces the first view once it is in the page.
    Effect::new(|_| super::first_view::take_over());
    let listed: Vec<_> = problems
        .into_iter()
        .take(SHOWN_PROBLEMS)
        .map(|(path, message)| view! { <li><code>{path}</code>": "{message}</li> })
        .collect();
    view! {
        <section class="sa-error" role="alert" aria-labelledby="sa-error-title">
            <h2 id="sa-error-title">{tr("error_title")}</h2>
            <p>{detail}</p>
            <ul class="sa-problems">{listed}</ul>
            <Show when=move || { hidden > 0 }>
                <p>{move || tr_fmt(lang, "error_problems_more", &[("count", &count_text(hidden, lang.get()))])}</p>
            </Show>
            <p>{tr("error_hint")}</p>
            <button type="button" class="sa-button" on:click=move |_| on_retry.run(())>
                {tr("retry")}
            </button>
        </section>
    }
}

/// A count of problems as the language writes numbers (16,000,012 · 16.000.012).
fn count_text(count: usize, lang: Lang) -> String {
    format_number(count as f64, lang)
}
