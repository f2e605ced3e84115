//! Sharing, only when the patient asks: print, copy to the clipboard, and
//! save a file. Nothing is sent anywhere.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Opens the browser's print dialogue (the print stylesheet shows the summary).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Puts `text` on the clipboard, then calls `done` with `true` when the
/// browser allowed it. (Promise callbacks rather than an async fn: the
/// futures executor would add its weight to the wasm for this one call.)
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let promise = gloo::utils::window()
        .navigator()
        .clipboard()
        .write_text(text);
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = |copied: bool| {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(copied);
            }
        })
    };
    let (resolved, rejected) = (settle(true), settle(false));
    let _ = promise.then2(&resolved, &rejected);
    // The promise calls one of them later, so both must outlive this call:
    // they are leaked on purpose, two small closures per press of Copy.
    resolved.forget();
    rejected.forget();
}

/// Saves `text` as a file called `name` on the patient's device.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let saved = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    let _ = Url::revoke_object_url(&url);
    saved
}
