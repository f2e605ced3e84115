//! When the guide runs inside an iframe, it tells the embedding page its
//! height (`hamstring-guide:height:<px>`) whenever it changes, so the frame
//! can grow with the content. Only the height is sent, nothing the patient
//! entered; the host's snippet checks the message's origin.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::ResizeObserver;

/// Starts reporting the height of `element` to the parent window, if any.
pub fn report_height(element: &web_sys::Element) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window) {
        return;
    }
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let height = gloo::utils::document()
            .document_element()
            .map_or(0, |root| root.scroll_height());
        if entries.length() > 0 {
            let _ = parent.post_message(&format!("hamstring-guide:height:{height}").into(), "*");
        }
    });
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(element);
        // Both live as long as the page.
        std::mem::forget(observer);
        callback.forget();
    }
}
