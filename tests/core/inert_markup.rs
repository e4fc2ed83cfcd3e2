//! The default Trusted Types policy's rule: static markup passes, anything that could run
//! or load something is refused, however it is spelled.

use skills_atlas::core::inert_markup::is_inert;

#[test]
fn static_markup_passes() {
    for html in [
        r#"<img src="favicon.svg" alt="" width="32" height="32">"#,
        r#"<span aria-hidden="true">×</span>"#,
        "<p>a &amp; b &lt;script&gt; onclick=1 javascript:x</p>",
        r#"<svg viewBox="0 0 10 10"><path d="M0 0h10" class="x"/></svg>"#,
        "<!-- a comment --><br/>",
        r#"<a href="https://example.org/?a=1" rel="noopener">x</a>"#,
        r#"<g><circle r='3' data-i="4"></circle></g>"#,
        "",
        "plain text",
    ] {
        assert!(is_inert(html), "{html}");
    }
}

#[test]
fn active_markup_is_refused() {
    for html in [
        "<script>alert(1)</script>",
        "<SCRIPT src=x></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        r#"<IMG SRC="x" OnError="alert(1)">"#,
        "<svg/onload=alert(1)>",
        r#"<a href="javascript:alert(1)">x</a>"#,
        "<a href=' java\tscript:alert(1)'>x</a>",
        "<a href=JaVaScRiPt:alert(1)>x</a>",
        r#"<a href="jav&#x61;script:alert(1)">x</a>"#,
        r#"<iframe src="https://example.org"></iframe>"#,
        r#"<div srcdoc="x"></div>"#,
        r#"<object data="x"></object>"#,
        "<svg><foreignObject><div></div></foreignObject></svg>",
        r#"<img src="data:image/svg+xml,<svg onload=alert(1)>">"#,
        "<style>body{display:none}</style>",
        "<link rel=stylesheet href=x>",
        "<meta http-equiv=refresh content='0;url=x'>",
        "<base href=//evil.example/>",
        "<form action=x><button>go</button></form>",
        r#"<button formaction="javascript:alert(1)">go</button>"#,
        // A `>` inside quotes does not end the tag.
        r#"<b title='>' onclick="alert(1)">x</b>"#,
        // An unclosed tag.
        "<img src=x onerror=alert(1)",
        r#"<img alt="unclosed>"#,
        "<template><script>alert(1)</script></template>",
    ] {
        assert!(!is_inert(html), "{html}");
    }
}
