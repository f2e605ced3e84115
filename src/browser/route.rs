//! The page in the address bar, as a hash (`#/q/sitting`), so browser Back
//! and Forward work, reload keeps the place, and the guide works under any
//! sub-path and from a single file.

use gloo::events::EventListener;
use guide_core::saved::{page_from_path, page_to_path};
use guide_core::session::Page;

/// The page the address names, if it names one.
pub fn current() -> Option<Page> {
    let hash = gloo::utils::window().location().hash().ok()?;
    page_from_path(hash.strip_prefix('#').unwrap_or(&hash))
}

/// The address of `page`, as a link's `href`.
pub fn address(page: &Page) -> String {
    format!("#/{}", page_to_path(page))
}

/// Shows `page` in the address bar as a new history entry, unless it is
/// already there.
pub fn push(page: &Page) {
    if current().as_ref() == Some(page) {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address(page)));
    }
}

/// Shows `page` in the address bar in place of the current entry.
pub fn replace(page: &Page) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address(page)));
    }
}

/// Calls `on_page` when the patient moves through history (Back, Forward)
/// or edits the address. Dropping the listener stops it.
pub fn listen(on_page: impl Fn(Page) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        on_page(current().unwrap_or(Page::Start));
    })
}
