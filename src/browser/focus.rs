//! Puts a new page's top on screen and moves focus to its heading, and names
//! the page in the title, so screen-reader and keyboard users know the page
//! changed; and moves to the target of an in-page link.

use super::{document, find};

/// Focuses the page heading (or, when there is one, the error summary) and,
/// when the guide is the whole page, sets `document.title` to "{heading} –
/// {guide}".
pub fn announce_page(guide_title: &str, error: bool) {
    let Some(heading) = name_page(guide_title, error) else {
        return;
    };
    let target = if error { find(".error-summary") } else { None };
    to_top();
    let _ = target.unwrap_or(heading).focus();
}

/// Scrolls to the guide's top, as a new page opens: the whole page on the
/// guide's own page; in a clinic's page, only when the guide's top is above
/// the screen.
fn to_top() {
    if super::standalone() {
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    } else {
        let host = super::host();
        if host.get_bounding_client_rect().top() < 0.0 {
            host.scroll_into_view();
        }
    }
}

/// Sets `document.title` from the page heading without moving focus, as
/// on the first page shown after a load (also a reload into the diary).
/// Returns the heading.
pub fn name_page(guide_title: &str, error: bool) -> Option<web_sys::HtmlElement> {
    let heading = find("h1")?;
    let text = heading.text_content().unwrap_or_default();
    let prefix = if error { "Error: " } else { "" };
    // In a clinic's own page, the title is the clinic's.
    if super::standalone() {
        document().set_title(&format!("{prefix}{} – {guide_title}", text.trim()));
    }
    Some(heading)
}

/// Scrolls to the element `#id` inside the guide and focuses it: an
/// in-page link (a plain `#id` address would be read as the guide's route,
/// and cannot reach into its shadow root).
pub fn reveal(id: &str) {
    if let Some(target) = find(&format!("#{id}")) {
        target.scroll_into_view();
        let _ = target.focus();
    }
}
