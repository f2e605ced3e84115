//! Taking over from the prerendered start page.
//!
//! `index.html` carries the start page as a declarative shadow root (see
//! `src/prerender.rs`), so it paints before the wasm arrives. The app
//! renders into a hidden container beside it; once the app is ready, one
//! synchronous swap shows the app and removes the copy, so nothing flickers,
//! and focus moves to the same control if the patient had reached one.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

const PRERENDERED: &str = "[data-prerendered]";

/// Whether `shadow` holds a prerendered page (its stylesheet came with it).
pub fn prerendered(shadow: &ShadowRoot) -> bool {
    shadow.query_selector(PRERENDERED).ok().flatten().is_some()
}

/// Prepares the app's container: hidden while the prerendered page shows.
pub fn prepare(container: &Element) {
    let _ = container.set_attribute("data-app", "");
    let _ = container.set_attribute("hidden", "");
}

/// Shows the app in place of the prerendered page.
pub fn finish(shadow: &ShadowRoot) {
    let Some(copy) = shadow.query_selector(PRERENDERED).ok().flatten() else {
        return;
    };
    // The control the patient had reached on the copy, as a class selector.
    let focused = shadow
        .active_element()
        .filter(|active| copy.contains(Some(active)))
        .map(|active| active.class_name())
        .filter(|classes| !classes.trim().is_empty())
        .map(|classes| {
            format!(
                ".{}",
                classes.split_whitespace().collect::<Vec<_>>().join(".")
            )
        });
    copy.remove();
    if let Ok(Some(app)) = shadow.query_selector("[data-app][hidden]") {
        let _ = app.remove_attribute("hidden");
    }
    if let Some(selector) = focused {
        if let Some(control) = shadow
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = control.focus();
        }
    }
}
