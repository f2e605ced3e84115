//! The checks on an exercise's drawing, a small hand-written SVG shown
//! inline in the page: it names itself (`<title>`), refers to nothing
//! outside itself, runs nothing, and takes its colours from the page
//! (`currentColor` and classes the stylesheet colours for light and dark
//! mode), so it reads in both; and its markup compacted for the wasm.

use roxmltree::{Document, Node};

/// The elements a drawing may use: shapes, groups and arrow heads, no
/// text, images, scripts, styles, links or foreign content.
const ELEMENTS: &[&str] = &[
    "svg", "title", "desc", "g", "defs", "marker", "path", "circle", "ellipse", "line", "polyline",
    "polygon", "rect", "use",
];

/// The classes a drawing may use; `assets/full.css` colours each
/// (`.ex-drawing .ex-…`) from the guide's colours in light and dark mode.
pub const CLASSES: &[&str] = &[
    "ex-body", "ex-head", "ex-ghost", "ex-floor", "ex-arrow", "ex-kit",
];

/// Attributes that set a colour: only `none` or `currentColor`.
const COLOURS: &[&str] = &[
    "fill",
    "stroke",
    "color",
    "stop-color",
    "flood-color",
    "lighting-color",
];

/// The most a drawing may weigh, in bytes: it ships in the full build.
pub const MAX_BYTES: usize = 6_000;

/// Every reason `svg` cannot be shown; empty when it passes.
pub fn check(svg: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if svg.len() > MAX_BYTES {
        problems.push(format!(
            "is {} bytes; a drawing may be at most {MAX_BYTES}",
            svg.len()
        ));
    }
    if !svg.trim_start().starts_with("<svg") {
        problems.push("must start with `<svg` (no XML declaration or doctype)".to_owned());
    }
    let document = match Document::parse(svg) {
        Ok(document) => document,
        Err(e) => {
            problems.push(format!("is not well-formed SVG: {e}"));
            return problems;
        }
    };
    let root = document.root_element();
    if root.tag_name().name() != "svg" {
        problems.push("its root element must be `<svg>`".to_owned());
    }
    if root.attribute("viewBox").is_none() {
        problems.push("`<svg>` needs a `viewBox`, so it scales with the page".to_owned());
    }
    if root.attribute("role") != Some("img") {
        problems.push("`<svg>` needs `role=\"img\"`, so it is read as one picture".to_owned());
    }
    let title = root.children().find(Node::is_element);
    let named = title.is_some_and(|t| {
        t.tag_name().name() == "title" && t.text().is_some_and(|s| !s.trim().is_empty())
    });
    if !named {
        problems.push(
            "needs a `<title>` saying what it shows, as the first element inside `<svg>`"
                .to_owned(),
        );
    }
    let ids: Vec<&str> = root
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    for node in root.descendants().filter(Node::is_element) {
        element(node, &ids, &mut problems);
    }
    problems.dedup();
    problems
}

/// The problems of one element and its attributes.
fn element(node: Node, ids: &[&str], problems: &mut Vec<String>) {
    let name = node.tag_name().name();
    if !ELEMENTS.contains(&name) {
        problems.push(format!(
            "<{name}> is not allowed; a drawing uses only <{}>",
            ELEMENTS.join(">, <")
        ));
    }
    for attribute in node.attributes() {
        let (key, value) = (attribute.name(), attribute.value());
        if key.starts_with("on") {
            problems.push(format!("<{name}> has {key}: a drawing runs no script"));
        } else if key == "href" {
            match value.strip_prefix('#') {
                Some(id) if ids.contains(&id) => {}
                _ => problems.push(format!(
                    "<{name}> refers to \"{value}\": only to an id within the drawing (\"#…\")"
                )),
            }
        } else if key == "style" {
            problems.push(format!(
                "<{name}> has a style attribute; use a class ({}) so the page sets the colours",
                CLASSES.join(", ")
            ));
        } else if COLOURS.contains(&key) && value != "none" && value != "currentColor" {
            problems.push(format!(
                "<{name}> has {key}=\"{value}\"; use \"currentColor\", \"none\" or a class ({}), so it reads in light and dark mode",
                CLASSES.join(", ")
            ));
        } else if key == "class" {
            for class in value.split_whitespace() {
                if !CLASSES.contains(&class) {
                    problems.push(format!(
                        "<{name}> has class \"{class}\"; the classes are {}",
                        CLASSES.join(", ")
                    ));
                }
            }
        }
        let mut rest = value;
        while let Some(at) = rest.find("url(") {
            rest = &rest[at + 4..];
            let target = rest.trim_start_matches(['\'', '"', ' ']);
            let id = target
                .strip_prefix('#')
                .and_then(|t| t.split([')', '\'', '"']).next());
            if !id.is_some_and(|id| ids.contains(&id)) {
                problems.push(format!(
                    "<{name}> {key} uses url() to something outside the drawing; only url(#id) of its own ids"
                ));
            }
        }
    }
}

/// The markup as it ships: comments out, each line trimmed, no space
/// between tags.
pub fn compact(svg: &str) -> String {
    let mut text = svg.trim().to_owned();
    while let Some(start) = text.find("<!--") {
        let end = text[start..]
            .find("-->")
            .map_or(text.len(), |e| start + e + 3);
        text.replace_range(start..end, "");
    }
    let joined = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    joined.replace("> <", "><")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img">
  <title>A dot</title>
  <defs><marker id="head"><path d="M0 0L2 1L0 2z" fill="currentColor"/></marker></defs>
  <!-- the dot -->
  <circle class="ex-body" cx="5" cy="5" r="2"/>
  <path class="ex-arrow" d="M1 1L4 4" fill="none" marker-end="url(#head)"/>
</svg>"##;

    #[test]
    fn a_plain_drawing_passes_and_is_compacted() {
        assert_eq!(check(GOOD), Vec::<String>::new());
        let small = compact(GOOD);
        assert!(!small.contains("<!--") && !small.contains('\n') && !small.contains("> <"));
        assert_eq!(check(&small), Vec::<String>::new());
    }

    /// Each bad drawing is refused with its reason.
    #[test]
    fn refuses_what_could_break_the_page_or_dark_mode() {
        let bad = [
            (
                GOOD.replace("<title>A dot</title>", ""),
                "needs a `<title>`",
            ),
            (
                GOOD.replace("<title>A dot</title>", "<title> </title>"),
                "needs a `<title>`",
            ),
            (GOOD.replace(r#" role="img""#, ""), "`role=\"img\"`"),
            (GOOD.replace(r#" viewBox="0 0 10 10""#, ""), "viewBox"),
            (
                GOOD.replace(
                    "<circle",
                    r#"<image href="https://example.com/a.png"/><circle"#,
                ),
                "<image> is not allowed",
            ),
            (
                GOOD.replace(
                    "<circle",
                    r#"<use href="https://example.com/a.svg#x"/><circle"#,
                ),
                "refers to \"https://example.com/a.svg#x\"",
            ),
            (
                GOOD.replace("<circle", r##"<use href="#nowhere"/><circle"##),
                "refers to \"#nowhere\"",
            ),
            (
                GOOD.replace("<circle", "<script>alert(1)</script><circle"),
                "<script> is not allowed",
            ),
            (
                GOOD.replace("<circle", r#"<circle onclick="alert(1)""#),
                "has onclick",
            ),
            (
                GOOD.replace("url(#head)", "url(https://example.com/m.svg#head)"),
                "uses url() to something outside",
            ),
            (
                GOOD.replace(r#"class="ex-body""#, r##"fill="#000000""##),
                "fill=\"#000000\"",
            ),
            (
                GOOD.replace(r#"class="ex-body""#, r#"stroke="black""#),
                "stroke=\"black\"",
            ),
            (
                GOOD.replace(r#"class="ex-body""#, r#"style="fill:red""#),
                "has a style attribute",
            ),
            (
                GOOD.replace(r#"class="ex-body""#, r#"class="red""#),
                "class \"red\"",
            ),
            (
                GOOD.replace("<circle", "<text>Hi</text><circle"),
                "<text> is not allowed",
            ),
            (
                GOOD.replace("<circle", "<foreignObject/><circle"),
                "<foreignObject> is not allowed",
            ),
            (
                format!("<?xml version=\"1.0\"?>{GOOD}"),
                "must start with `<svg`",
            ),
            (GOOD.replace("</svg>", ""), "not well-formed"),
            (
                GOOD.replace(
                    "<circle",
                    &format!("<desc>{}</desc><circle", "x".repeat(MAX_BYTES)),
                ),
                "bytes; a drawing may be at most",
            ),
        ];
        for (svg, reason) in bad {
            let found = check(&svg);
            assert!(
                found.iter().any(|p| p.contains(reason)),
                "expected \"{reason}\" for:\n{svg}\ngot {found:?}"
            );
        }
    }
}
