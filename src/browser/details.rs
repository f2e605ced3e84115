//! The results page's expanders (`<details>`): open one and bring it into
//! view, for the contents list; and open them all while printing, which CSS
//! alone cannot do.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::{document, find, ROOT_ID};

/// Marks the expanders opened for printing, to fold them again after.
const OPENED: &str = "data-hg-printing";

/// Opens the expander `#id`, scrolls to it and focuses its summary.
pub fn show(id: &str) {
    let Some(details) = find(&format!("details#{id}")) else {
        return;
    };
    let _ = details.set_attribute("open", "");
    details.scroll_into_view();
    if let Some(summary) = find(&format!("details#{id} > summary")) {
        let _ = summary.focus();
    }
}

/// Opens the expander `#id` where it is, without moving focus.
pub fn open(id: &str) {
    if let Some(details) = find(&format!("details#{id}")) {
        let _ = details.set_attribute("open", "");
    }
}

/// Every element inside the guide matching `selector`.
fn all(selector: &str) -> Vec<Element> {
    let Some(host) = document().get_element_by_id(ROOT_ID) else {
        return Vec::new();
    };
    let found = match host.shadow_root() {
        Some(shadow) => shadow.query_selector_all(selector),
        None => host.query_selector_all(selector),
    };
    let Ok(list) = found else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// From now on, the browser's `beforeprint` opens every folded expander of
/// the results page and `afterprint` folds them again (and ends printing
/// the summary alone, `share::print`). Called once, when the full build
/// mounts.
pub fn open_while_printing() {
    let window = gloo::utils::window();
    EventListener::new(&window, "beforeprint", |_| {
        for details in all(".result details:not([open])") {
            let _ = details.set_attribute("open", "");
            let _ = details.set_attribute(OPENED, "");
        }
    })
    .forget();
    EventListener::new(&window, "afterprint", |_| {
        for details in all(&format!(".result details[{OPENED}]")) {
            let _ = details.remove_attribute("open");
            let _ = details.remove_attribute(OPENED);
        }
        for root in all(".hg[data-print]") {
            let _ = root.remove_attribute("data-print");
        }
    })
    .forget();
}
