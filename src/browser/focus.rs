//! Moves focus to the new page's heading and names the page in the title,
//! so screen-reader and keyboard users know the page changed.

use super::{document, find};

/// Focuses the page heading (or, when there is one, the error summary) and
/// sets `document.title` to "{heading} – {guide}".
pub fn announce_page(guide_title: &str, error: bool) {
    let Some(heading) = find("h1") else { return };
    let text = heading.text_content().unwrap_or_default();
    let prefix = if error { "Error: " } else { "" };
    document().set_title(&format!("{prefix}{} – {guide_title}", text.trim()));
    let target = if error { find(".error-summary") } else { None };
    let _ = target.unwrap_or(heading).focus();
}
