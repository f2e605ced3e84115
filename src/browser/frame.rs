//! When the guide runs inside an iframe, it tells the embedding page its
//! height (`hamstring-guide:height:<px>`) whenever it changes, so the frame
//! can grow and shrink with the content. Only the height is sent, nothing
//! the patient entered; the host's snippet checks the message's origin.
//!
//! The height is the page's own: `<html>`'s box (`offsetHeight`), the
//! guide's root and the page's margins, which shrinks with the content.
//! (`scrollHeight` is never less than the frame, so a frame once tall
//! never shrank.) It goes to the embedding page's origin when the guide
//! knows it (`document.referrer`, whose origin `postMessage` takes), else
//! to `"*"`: a height says nothing private, and a frame whose page sends no
//! referrer should still fit.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ResizeObserver};

// The referrer and the target as JavaScript values: the address is never
// copied into the wasm and back (web-sys's bindings take and give `String`s).
#[wasm_bindgen]
extern "C" {
    type Doc;
    #[wasm_bindgen(method, getter)]
    fn referrer(this: &Doc) -> JsValue;
    type Win;
    #[wasm_bindgen(method, catch, js_name = postMessage)]
    fn post(this: &Win, message: &JsValue, target: &JsValue) -> Result<(), JsValue>;
}

/// Starts reporting the height of the page to the parent window, if any,
/// whenever `element` (the guide's root) changes size.
pub fn report_height(element: &web_sys::Element) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window) {
        return;
    }
    let document = gloo::utils::document();
    // The embedding page's address, as the browser gives it (by default
    // only its origin, to another site); with none, any page.
    let mut target = document.unchecked_ref::<Doc>().referrer();
    if target.is_falsy() {
        target = "*".into();
    }
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
        let height = gloo::utils::document()
            .document_element()
            .map_or(0, |page| {
                page.unchecked_into::<HtmlElement>().offset_height()
            });
        let _ = parent
            .unchecked_ref::<Win>()
            .post(&format!("hamstring-guide:height:{height}").into(), &target);
    });
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(element);
        // Both live as long as the page.
        std::mem::forget(observer);
        callback.forget();
    }
}
