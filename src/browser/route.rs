//! The page in the address bar, as a hash (`#/q/sitting`), so browser Back
//! and Forward work, reload keeps the place, and the guide works under any
//! sub-path and from a single file. The pain diary has its own address,
//! `#/diary`, outside the questions.

use gloo::events::EventListener;
use guide_core::saved::{page_from_path, page_to_path};
use guide_core::session::Page;

/// The page the address names, if it names one.
pub fn current() -> Option<Page> {
    let hash = gloo::utils::window().location().hash().ok()?;
    page_from_path(hash.strip_prefix('#').unwrap_or(&hash))
}

/// The pain diary's address.
pub const DIARY: &str = "#/diary";

/// Where the address points: a page of the guide, or the diary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Guide(Page),
    Diary,
}

/// Whether the address shows the diary.
pub fn diary_open() -> bool {
    gloo::utils::window()
        .location()
        .hash()
        .is_ok_and(|h| h == DIARY)
}

/// Where the address points now (the start page if it names nothing known).
pub fn place() -> Place {
    if diary_open() {
        Place::Diary
    } else {
        Place::Guide(current().unwrap_or(Page::Start))
    }
}

/// Loads the page again from its address (the loader then picks the build).
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
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

/// Calls `on_place` when the patient moves through history (Back, Forward),
/// follows a link within the guide (`#/diary`) or edits the address.
/// Dropping the listener stops it.
pub fn listen(on_place: impl Fn(Place) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        on_place(place());
    })
}
