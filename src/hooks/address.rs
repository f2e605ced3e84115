//! Keeps the address bar and the session's route in step: each new route
//! is a history entry, and Back, Forward or a link (`#/diary`) come back as
//! actions.

use guide_core::route::Route;
use guide_core::session::{Action, Session};
use yew::prelude::*;

use super::{use_listener, use_session_effect};
use crate::browser::route;
use crate::variant;

/// Whether the address asks for the diary, the exercise library or a
/// programme in a build without them: the page is reloading (the loader
/// starts the full build), so nothing may write the guide's address over
/// theirs (a physio's link would be lost).
fn reloading_for_diary() -> bool {
    (!variant::HAS_DIARY && route::current() == Some(Route::Diary))
        || (!variant::HAS_EXERCISES && route::full_build_only())
}

/// Listens for the patient's moves through history and writes each new
/// route to the address bar; marks the app ready once it listens.
#[hook]
pub fn use_address(session: &Session, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_listener(move || {
        let listener = route::listen(move |to| match to {
            // The first build knows no library or programme: reload for them.
            Route::Guide(_) if reloading_for_diary() => route::reload(),
            Route::Guide(page) => dispatch.emit(Action::Visit(page)),
            Route::Diary if variant::HAS_DIARY => dispatch.emit(Action::OpenDiary),
            Route::Diary => route::reload(),
            // The exercise library (the full build's only).
            #[allow(unreachable_patterns)]
            other => dispatch.emit(Action::to(other)),
        });
        // The address may have turned to the diary after the loader
        // chose the first build and before the listener above was
        // there: then nothing else would ever open it.
        if reloading_for_diary() {
            route::reload();
        }
        variant::ready();
        listener
    });
    use_session_effect(session, |session| {
        if !reloading_for_diary() {
            route::push(&session.route());
        }
    });
}
