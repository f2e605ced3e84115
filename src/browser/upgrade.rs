//! The guide's first build leaves the plan out (a lighter first load). On
//! the results page it asks the page's loader for the full build, which
//! renders beside it, hidden, and takes over when ready (`handover`). The
//! first build then stops itself, so only one app ever writes the answers.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The event the full build sends once it shows; the first build stops.
pub const TAKEN_OVER: &str = "hg-taken-over";

/// Asks the loader for the full build; calls `failed` if it cannot be
/// fetched or started (no network before the service worker had it, say).
pub fn start(failed: impl FnOnce() + 'static) {
    let window = gloo::utils::window();
    let load = js_sys::Reflect::get(&window, &JsValue::from_str("hgFull"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = load
        .and_then(|load| load.call0(&window).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        failed();
        return;
    };
    let rejected = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| failed());
    let resolved = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
    let _ = promise.then2(&resolved, &rejected);
    // The promise calls one of them later: both are kept (two small closures
    // per attempt).
    resolved.forget();
    rejected.forget();
}

/// Calls `stop` once the full build shows (the first build stops then).
pub fn on_taken_over(stop: impl FnOnce() + 'static) {
    gloo::events::EventListener::once(&gloo::utils::window(), TAKEN_OVER, move |_| stop()).forget();
}

/// Tells a first build that is still running that the full build shows now.
pub fn announce_taken_over() {
    if let Ok(event) = web_sys::Event::new(TAKEN_OVER) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
