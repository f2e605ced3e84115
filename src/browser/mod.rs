//! Every browser API the app uses, each behind a small module, so components
//! only render state and send actions.

pub mod config;
pub mod focus;
pub mod route;
pub mod service_worker;
pub mod storage;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The id of the element the guide mounts into.
pub const ROOT_ID: &str = "hamstring-guide";

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// The element to mount into: `#hamstring-guide`, created at the end of
/// `<body>` if the page has none.
pub fn mount_point() -> Element {
    let document = document();
    if let Some(root) = document.get_element_by_id(ROOT_ID) {
        return root;
    }
    let root = document.create_element("div").expect("create root element");
    root.set_id(ROOT_ID);
    gloo::utils::body()
        .append_child(&root)
        .expect("attach root element");
    root
}

/// Marks the guide as ready for input (tests and the benchmark wait for it).
pub fn mark_ready() {
    if let Some(root) = document().get_element_by_id(ROOT_ID) {
        let _ = root.set_attribute("data-ready", "true");
    }
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("hg-ready");
    }
}

/// Whether the address asks for the clinician view (`?clinician`), which
/// shows the source beside every piece of advice.
pub fn clinician_view() -> bool {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == "clinician" || p.starts_with("clinician="))
}

/// The first element matching `selector` inside the guide, as an HTML element.
pub fn find(selector: &str) -> Option<HtmlElement> {
    let root = document().get_element_by_id(ROOT_ID)?;
    root.query_selector(selector).ok()??.dyn_into().ok()
}
