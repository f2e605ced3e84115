//! The app's effects, one hook each: every one keeps one thing outside the
//! app (the address, the device's storage, focus and title) in step with
//! the session.

pub mod address;
pub mod announcer;
pub mod saving;

use std::rc::Rc;

use guide_core::session::Session;
use yew::prelude::*;

use crate::browser::EventListener;

/// Runs `effect` after each render in which the session changed. The hooks
/// share this one effect type rather than each having its own: every
/// distinct effect type adds its own copy of Yew's effect code to the wasm.
#[hook]
pub fn use_session_effect(session: &Session, effect: impl Fn(&Session) + 'static) {
    let effect: Rc<dyn Fn(&Session)> = Rc::new(effect);
    use_effect_with(session.clone(), move |session| effect(session));
}

/// Runs `start` once after the first render and keeps the listener it
/// returns until the app goes. Shared for the same reason as
/// [`use_session_effect`].
#[hook]
pub fn use_listener(start: impl FnOnce() -> EventListener + 'static) {
    let start: Box<dyn FnOnce() -> EventListener> = Box::new(start);
    use_effect_with((), move |_| {
        let listener = start();
        move || drop(listener)
    });
}
