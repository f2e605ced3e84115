//! Asking the browser to keep the guide's storage for good
//! (`navigator.storage.persist()`), so a diary is not cleared after some
//! weeks away. Feature-tested: where there is no storage manager (an
//! insecure context, an older browser) the answer is "not asked".

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the browser said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// It keeps the guide's storage until the patient clears it.
    ForGood,
    /// It may clear it when the device runs short of space or after weeks
    /// away.
    Refused,
    /// The browser has no way to ask.
    NotAsked,
}

/// Asks once; `answer` is called with what the browser said.
pub fn ask(answer: impl FnOnce(Kept) + 'static) {
    let get =
        |target: &JsValue, name: &str| js_sys::Reflect::get(target, &JsValue::from_str(name)).ok();
    let navigator = JsValue::from(gloo::utils::window().navigator());
    let manager = get(&navigator, "storage").filter(|m| m.is_object());
    let promise = manager.as_ref().and_then(|manager| {
        let persist = get(manager, "persist")?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        persist
            .call0(manager)
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    let Some(promise) = promise else {
        answer(Kept::NotAsked);
        return;
    };
    let answer = std::rc::Rc::new(std::cell::Cell::new(Some(answer)));
    let resolved = {
        let answer = answer.clone();
        Closure::<dyn FnMut(JsValue)>::once(move |granted: JsValue| {
            if let Some(answer) = answer.take() {
                answer(if granted.is_truthy() {
                    Kept::ForGood
                } else {
                    Kept::Refused
                });
            }
        })
    };
    let rejected = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| {
        if let Some(answer) = answer.take() {
            answer(Kept::Refused);
        }
    });
    let _ = promise.then2(&resolved, &rejected);
    // The promise calls one of them later: both are kept.
    resolved.forget();
    rejected.forget();
}
