//! The route in the address bar, as a hash (`#/q/sitting`, `#/diary`), so
//! browser Back and Forward work, reload keeps the place, and the guide
//! works under any sub-path and from a single file. The paths are the
//! core's (`guide_core::route`).
//!
//! Mounted in a clinic's own page (not standalone), the address bar is the
//! host's: the route then lives in the state of the history entries the
//! guide adds (`hamstring-guide:/q/sitting`), so Back, Forward and reload
//! still work, while the host's own `#` links and entries are left alone.

use gloo::events::EventListener;
use guide_core::route::Route;
use wasm_bindgen::JsValue;

/// What starts the route in a history entry's state when embedded
/// (`xtask/page/boot.js` reads it too).
const STATE: &str = "hamstring-guide:";

/// The route the address (or, embedded, the history entry) names, if it
/// names one.
pub fn current() -> Option<Route> {
    let window = gloo::utils::window();
    let hash = || window.location().hash().ok();
    let (path, prefix) = if super::standalone() {
        (hash()?, "#")
    } else {
        match window.history().ok()?.state().ok()?.as_string() {
            Some(state) => (state, STATE),
            // A programme's link opened on the clinic's page.
            None => (
                hash().filter(|h| h.as_bytes().starts_with(PROGRAMME_LINK))?,
                "#",
            ),
        }
    };
    Route::from_path(path.strip_prefix(prefix)?)
}

/// How the fragment of a programme's link starts.
const PROGRAMME_LINK: &[u8] = b"#/programme/";
/// How the fragments of the routes only the full build knows start.
const FULL_BUILD_ONLY: [&[u8]; 2] = [b"#/exercises", b"#/programme"];

/// Whether the address names a route only the full build knows (the
/// first build then reloads, and the loader starts the full build).
pub fn full_build_only() -> bool {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    FULL_BUILD_ONLY
        .iter()
        .any(|p| hash.as_bytes().starts_with(p))
}

/// Loads the page again from its address (the loader then picks the build).
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}

/// The whole address of `route`, to open on another device: this page's
/// address (the guide's own page, or the clinic's page it is mounted in)
/// without its fragment and without `?clinician`, then the route as its
/// fragment. (Mounted, the guide takes a programme's route from the
/// fragment when the history entry names none: [`current`].)
pub fn link(route: &Route) -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    let (path, query) = page.split_once('?').unwrap_or((page, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && *p != "clinician" && !p.starts_with("clinician="))
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    format!("{path}{query}{}", address(route))
}

/// The address of `route`, as a link's `href`.
pub fn address(route: &Route) -> String {
    format!("#/{}", route.to_path())
}

/// Writes `route` to a new history entry (`push`) or the current one: in
/// the address bar, or embedded, in the entry's state only.
fn write(route: &Route, push: bool) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let (state, url) = if super::standalone() {
        (JsValue::NULL, Some(address(route)))
    } else {
        (
            JsValue::from_str(&[STATE, "/", &route.to_path()].concat()),
            None,
        )
    };
    let _ = if push {
        history.push_state_with_url(&state, "", url.as_deref())
    } else {
        history.replace_state_with_url(&state, "", url.as_deref())
    };
}

/// Shows `route` as a new history entry, unless it is already there.
pub fn push(route: &Route) {
    if current().as_ref() != Some(route) {
        write(route, true);
    }
}

/// Shows `route` in place of the current history entry.
pub fn replace(route: &Route) {
    write(route, false);
}

/// Calls `on_route` when the patient moves through history (Back, Forward),
/// follows a link within the guide or edits the address (the start page if
/// it names nothing known). Embedded, the host's own entries (its `#`
/// links) name no route and are ignored. Dropping the listener stops it.
pub fn listen(on_route: impl Fn(Route) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        match current() {
            Some(route) => on_route(route),
            None if super::standalone() => on_route(Route::Guide(guide_core::session::Page::Start)),
            None => {}
        }
    })
}
