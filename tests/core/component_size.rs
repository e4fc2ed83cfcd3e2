//! Components that only render: no `#[component]` function in `src/app` is longer than
//! [`MAX_LINES`] lines (from its `fn` line to its closing brace). A longer one is split into
//! named parts.

use std::path::Path;

use crate::rust_source::{code_only, read_sources};

/// The longest a component function may be.
const MAX_LINES: usize = 100;

/// Every `#[component]` function of `text` as (name, lines from `fn` to the closing brace).
fn component_lengths(text: &str) -> Vec<(String, usize)> {
    let code = code_only(text);
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim() != "#[component]" {
            continue;
        }
        let Some(start) = (i + 1..lines.len()).find(|&j| lines[j].contains("fn ")) else {
            continue;
        };
        let name = lines[start]
            .split("fn ")
            .nth(1)
            .and_then(|rest| rest.split(['(', '<']).next())
            .unwrap_or("?")
            .trim()
            .to_string();
        // The body ends where the braces opened after the `fn` line balance out.
        let mut depth = 0i32;
        let mut opened = false;
        let mut end = start;
        'scan: for (j, line) in lines.iter().enumerate().skip(start) {
            for c in line.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
                if opened && depth == 0 {
                    end = j;
                    break 'scan;
                }
            }
        }
        out.push((name, end - start + 1));
    }
    out
}

#[test]
fn the_length_of_a_component_is_measured_from_fn_to_its_closing_brace() {
    let text = "#[component]\npub fn Short(\n    n: u8,\n) -> impl IntoView {\n    let s = \"}\";\n    view! { <p>{n}</p> }\n}\n";
    assert_eq!(component_lengths(text), [("Short".to_string(), 6)]);
}

#[test]
fn no_component_is_longer_than_a_hundred_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_sources(&root, &root.join("app"), &mut files);
    let all: Vec<(String, String, usize)> = files
        .iter()
        .flat_map(|(path, text)| {
            component_lengths(text)
                .into_iter()
                .map(|(name, lines)| (path.clone(), name, lines))
        })
        .collect();
    assert!(all.len() > 50, "found only {} components", all.len());
    let long: Vec<String> = all
        .iter()
        .filter(|(_, _, lines)| *lines > MAX_LINES)
        .map(|(path, name, lines)| format!("{path}: {name} has {lines} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "components over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}
