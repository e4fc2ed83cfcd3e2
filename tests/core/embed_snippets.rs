//! Embed snippets: the state travels, embed mode is on, everything is escaped.

use skills_atlas::core::embed::{
    base_url, escape_attribute, full_atlas_state, snippets, LOADER_FILE, LOADER_INTEGRITY,
};
use skills_atlas::core::url_state::{AppState, Lang, Theme, View};

fn state() -> AppState {
    AppState {
        view: View::Search,
        lang: Some(Lang::De),
        theme: Theme::Dark,
        query: "\"><script>alert(1)</script>".into(),
        ..AppState::default()
    }
}

#[test]
fn the_iframe_carries_the_state_in_embed_mode() {
    let s = snippets(
        "https://example.org/atlas/",
        &state(),
        "Skills Atlas: Suche",
    );
    assert!(s
        .src
        .starts_with("https://example.org/atlas/?view=search&lang=de&theme=dark&embed=1"));
    let (back, warnings) = AppState::from_query(s.src.split_once('?').unwrap().1);
    assert!(warnings.is_empty());
    assert!(back.embed);
    assert_eq!(back.query, state().query);
    assert!(s.iframe.contains("title=\"Skills Atlas: Suche\""));
    assert!(s.iframe.contains("loading=\"lazy\""));
    assert!(s.iframe.contains("height=\"640\""));
    assert!(s.iframe.contains("name=\"skills-atlas-search\""));
    assert_eq!(
        s.script,
        format!(
            "<script src=\"https://example.org/atlas/{LOADER_FILE}\" integrity=\"{LOADER_INTEGRITY}\" \
             crossorigin=\"anonymous\" async></script>"
        )
    );
}

#[test]
fn the_loader_snippet_pins_the_committed_loader_by_hash() {
    // Hashed here by Node's crypto, not by the build's: `sha384-<base64>` of public/embed.js.
    let loader = concat!(env!("CARGO_MANIFEST_DIR"), "/public/embed.js");
    let output = std::process::Command::new("node")
        .args([
            "-e",
            "const h = require('crypto').createHash('sha384').update(require('fs').readFileSync(process.argv[1])); \
             const d = h.digest(); console.log(d.subarray(0, 8).toString('hex') + ' sha384-' + d.toString('base64'))",
            loader,
        ])
        .output()
        .expect("node is needed to hash the loader (./atlas setup installs it)");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    let (hex, integrity) = text.trim().split_once(' ').unwrap();
    assert_eq!(LOADER_FILE, format!("embed-{hex}.js"));
    assert_eq!(LOADER_INTEGRITY, integrity);
}

#[test]
fn hostile_text_cannot_break_out_of_attributes() {
    let s = snippets("https://example.org/", &state(), "a\" onload=\"alert(1)");
    // The only tags are the iframe's own; no quote from the data closes an attribute early.
    assert_eq!(s.iframe.matches('<').count(), 2, "{}", s.iframe);
    assert!(s.iframe.contains("title=\"a&quot; onload=&quot;alert(1)\""));
    assert!(!s.iframe.contains("<script"));
    assert_eq!(escape_attribute("<&>\"'"), "&lt;&amp;&gt;&quot;&#39;");
}

#[test]
fn the_full_atlas_link_leaves_embed_mode() {
    let mut embedded = state();
    embedded.embed = true;
    let full = full_atlas_state(&embedded);
    assert!(!full.embed);
    assert_eq!(full.view, View::Search);
    assert!(!full.to_query().contains("embed"));
}

#[test]
fn base_url_drops_query_fragment_and_file() {
    assert_eq!(
        base_url("https://a.org/x/?view=map#top"),
        "https://a.org/x/"
    );
    assert_eq!(
        base_url("https://a.org/x/index.html?view=map"),
        "https://a.org/x/"
    );
    assert_eq!(base_url("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
    assert_eq!(base_url("http://127.0.0.1:8080"), "http://127.0.0.1:8080/");
}
