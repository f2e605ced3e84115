//! Taking over from what shows already: the prerendered start page, or the
//! guide's first build when the full build takes over on the results page
//! (`upgrade`).
//!
//! `index.html` carries the start page as a declarative shadow root (see
//! `src/prerender.rs`), so it paints before the wasm arrives. The app
//! renders into a hidden container beside what shows; once the app is
//! ready, one synchronous swap shows the app and removes the other, so
//! nothing flickers, and focus moves to the same control if the patient had
//! reached one.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// The prerendered page, or the container of an app that shows already.
const SHOWING: &str = "[data-prerendered], [data-app]:not([hidden])";

/// Whether `shadow` shows something already (its stylesheet came with it).
pub fn showing(shadow: &ShadowRoot) -> bool {
    shadow.query_selector(SHOWING).ok().flatten().is_some()
}

/// Marks the app's container, hidden while something else shows.
pub fn prepare(container: &Element, hidden: bool) {
    let _ = container.set_attribute("data-app", "");
    if hidden {
        let _ = container.set_attribute("hidden", "");
    }
}

/// Shows the app in place of what showed before it.
pub fn finish(shadow: &ShadowRoot) {
    let Some(app) = shadow.query_selector("[data-app][hidden]").ok().flatten() else {
        return;
    };
    let Some(copy) = shadow.query_selector(SHOWING).ok().flatten() else {
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
    let _ = app.remove_attribute("hidden");
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
