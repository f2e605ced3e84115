//! Registers the service worker that keeps the guide working offline, when
//! the page is served over http(s) and the build has one (`cargo xtask dist`).

/// Starts registration; failures (no `sw.js` under `trunk serve`, `file://`)
/// leave the guide working online only.
pub fn register() {
    let window = gloo::utils::window();
    let served = window
        .location()
        .protocol()
        .is_ok_and(|p| p.starts_with("http"));
    if !served {
        return;
    }
    let promise = window.navigator().service_worker().register("./sw.js");
    // Keep a failed registration from surfacing as an unhandled rejection.
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}
