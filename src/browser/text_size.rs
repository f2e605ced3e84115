//! In a clinic's page, the guide's sizes follow the browser's default text
//! size rather than the host page's root font size: a host's
//! `html { font-size: 62.5% }` would otherwise shrink every `rem`.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// Sets `--r` on the host to the browser's default text size (what `1rem`
/// is on a page that leaves its root alone); the stylesheet writes each
/// `rem` as `var(--r,1rem)`.
pub fn anchor(host: &Element, shadow: &ShadowRoot) {
    let (Ok(probe), Some(host)) = (
        super::document().create_element("span"),
        host.dyn_ref::<HtmlElement>(),
    ) else {
        return;
    };
    let probe: HtmlElement = probe.unchecked_into();
    let _ = probe.style().set_property("font-size", "medium");
    if shadow.append_child(&probe).is_err() {
        return;
    }
    let size = gloo::utils::window()
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("font-size").ok());
    probe.remove();
    if let Some(size) = size.filter(|s| s.ends_with("px")) {
        let _ = host.style().set_property("--r", &size);
    }
}
