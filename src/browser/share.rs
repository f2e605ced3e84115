//! Sharing, only when the patient asks: print, copy to the clipboard, and
//! save a file. Nothing is sent anywhere.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlDocument, HtmlElement, Url};

/// Opens the browser's print dialogue for one `part` alone (`summary`,
/// `programme`): the guide is marked `data-print` with it for the print
/// stylesheet until the browser's `afterprint`
/// (`details::open_while_printing`); printed any other way, the page
/// prints whole.
pub fn print(part: &str) {
    if let Some(root) = super::find(".hg") {
        let _ = root.set_attribute("data-print", part);
    }
    let _ = gloo::utils::window().print();
}

/// Puts `text` on the clipboard, then calls `done` with `true` when the
/// browser allowed it. (Promise callbacks rather than an async fn: the
/// futures executor would add its weight to the wasm for this one call.)
/// Where there is no `navigator.clipboard` (an older browser, or a page
/// that is not a secure context), the text is selected in a read-only
/// text area and copied with `execCommand("copy")`.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    if JsValue::from(&clipboard).is_falsy() {
        done(copy_selected(text));
        return;
    }
    let promise = clipboard.write_text(text);
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

/// The old way to copy: select `text` in a read-only text area, out of
/// sight, and ask for `copy`; then put focus back where it was.
fn copy_selected(text: &str) -> bool {
    let document = gloo::utils::document();
    let focused = super::shadow_root()
        .and_then(|shadow| shadow.active_element())
        .or_else(|| document.active_element())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let Some(area) = document
        .create_element("textarea")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    area.set_text_content(Some(text));
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    // Through the CSS object model, which a policy without `unsafe-inline` allows.
    let style = area.style();
    let _ = style.set_property("position", "fixed");
    let _ = style.set_property("top", "0");
    let _ = style.set_property("opacity", "0");
    let body = gloo::utils::body();
    if body.append_child(&area).is_err() {
        return false;
    }
    let select = js_sys::Reflect::get(&area, &"select".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let copied = select.is_some_and(|select| select.call0(&area).is_ok())
        && document
            .dyn_ref::<HtmlDocument>()
            .and_then(|d| d.exec_command("copy").ok())
            .unwrap_or(false);
    area.remove();
    if let Some(focused) = focused {
        let _ = focused.focus();
    }
    copied
}

/// Saves `text` as a file called `name` on the patient's device. The link
/// is in the document when clicked (Firefox and Safari ignore a click on a
/// detached one) and its object URL is freed a little later: freed at once,
/// the download may not have started.
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
    let saved = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        .filter(|a| gloo::utils::body().append_child(a).is_ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
            a.remove();
        })
        .is_some();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.unchecked_ref(),
        REVOKE_AFTER_MS,
    );
    saved
}

/// How long a download's object URL lives after the click.
const REVOKE_AFTER_MS: i32 = 1000;
