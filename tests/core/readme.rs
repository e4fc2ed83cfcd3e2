//! The README stays a few screens long, and every file it links or shows (the screenshot, the
//! docs, source paths in links) exists, so a renamed baseline or doc cannot leave it broken.

use std::path::Path;

/// The targets of the README's Markdown links and images that point into the repository
/// (not `http…`, not `#anchors`), in order.
fn local_targets(markdown: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = markdown;
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        let Some(end) = rest.find(')') else { break };
        let target = rest[..end].split('#').next().unwrap_or("").trim();
        if !target.is_empty() && !target.contains("://") && !target.starts_with("mailto:") {
            targets.push(target.to_owned());
        }
        rest = &rest[end..];
    }
    targets
}

/// The repository's root and its README's text.
fn readme() -> (&'static Path, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    (
        root,
        std::fs::read_to_string(root.join("README.md")).expect("README.md"),
    )
}

#[test]
fn the_readme_is_under_250_lines() {
    let lines = readme().1.lines().count();
    assert!(
        lines < 250,
        "README.md has {lines} lines; history belongs in docs/PERFORMANCE.md"
    );
}

#[test]
fn every_file_the_readme_links_or_shows_exists() {
    let (root, text) = readme();
    let targets = local_targets(&text);
    assert!(
        targets.iter().any(|t| t.ends_with(".png")),
        "the README shows a screenshot: {targets:?}"
    );
    let missing: Vec<_> = targets.iter().filter(|t| !root.join(t).exists()).collect();
    assert!(
        missing.is_empty(),
        "README.md links to missing files: {missing:?}"
    );
}

#[test]
fn local_targets_skip_web_addresses_and_anchors() {
    let text = "[a](docs/A.md) ![b](x.png) [c](https://leptos.dev) [d](#tests) [e](docs/B.md#part)";
    assert_eq!(local_targets(text), ["docs/A.md", "x.png", "docs/B.md"]);
}
