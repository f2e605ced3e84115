//! The route in the address bar, as a hash (`#/q/sitting`, `#/diary`), so
//! browser Back and Forward work, reload keeps the place, and the guide
//! works under any sub-path and from a single file. The paths are the
//! core's (`guide_core::route`).

use gloo::events::EventListener;
use guide_core::route::Route;

/// The route the address names, if it names one.
pub fn current() -> Option<Route> {
    let hash = gloo::utils::window().location().hash().ok()?;
    Route::from_path(hash.strip_prefix('#').unwrap_or(&hash))
}

/// Loads the page again from its address (the loader then picks the build).
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}

/// The address of `route`, as a link's `href`.
pub fn address(route: &Route) -> String {
    format!("#/{}", route.to_path())
}

/// Shows `route` in the address bar as a new history entry, unless it is
/// already there.
pub fn push(route: &Route) {
    if current().as_ref() == Some(route) {
        return;
    }
    if let Ok(history) = gloo::utils::window().history() {
        let _ =
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address(route)));
    }
}

/// Shows `route` in the address bar in place of the current entry.
pub fn replace(route: &Route) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address(route)));
    }
}

/// Calls `on_route` when the patient moves through history (Back, Forward),
/// follows a link within the guide (`#/diary`) or edits the address (the
/// start page if it names nothing known). Dropping the listener stops it.
pub fn listen(on_route: impl Fn(Route) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        on_route(current().unwrap_or(Route::Guide(guide_core::session::Page::Start)));
    })
}
