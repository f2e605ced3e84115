//! Sharing, only when the patient asks: print, copy to the clipboard, and
//! save a file. Nothing is sent anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Opens the browser's print dialogue (the print stylesheet shows the summary).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Puts `text` on the clipboard; `true` when the browser allowed it.
pub async fn copy(text: String) -> bool {
    let promise = gloo::utils::window()
        .navigator()
        .clipboard()
        .write_text(&text);
    JsFuture::from(promise).await.is_ok()
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

/// Today's date and time as ISO 8601 (UTC), for the summary and FHIR `authored`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}
