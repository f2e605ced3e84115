//! Keeps the patient's answers on the device: loads them once, saves each
//! change of the session, and takes what another tab of the guide saved as
//! soon as the browser says so; says what happened (`SaveStatus`).

use std::rc::Rc;

use guide_core::engine::Answers;
use guide_core::saved::{restore, Restored, Saved};
use guide_core::session::{Action, Session};
use yew::prelude::*;

use super::{use_listener, use_session_effect};
use crate::browser::answers::{self, Loaded};
use crate::browser::store;
use crate::content::content;
use crate::props::SaveStatus;

/// What was saved, and those answers as this build's content can use them.
#[derive(PartialEq)]
pub struct Found {
    loaded: Loaded<Saved>,
    pub restored: Option<Restored>,
}

/// Reads the saved answers once.
#[hook]
pub fn use_saved_answers() -> Rc<Found> {
    use_memo((), |_| {
        let loaded = answers::load();
        let restored = match &loaded {
            Loaded::Found(saved) => Some(restore(saved, content())),
            _ => None,
        };
        Found { loaded, restored }
    })
}

/// Saves each change of the session; the status the layout shows.
#[hook]
pub fn use_saving(session: &Session, found: &Rc<Found>) -> SaveStatus {
    let status = use_state(|| match &**found {
        Found {
            loaded: Loaded::SetAside(_),
            ..
        } => SaveStatus::SetAside,
        Found {
            loaded: Loaded::Unavailable,
            ..
        } => SaveStatus::Unavailable,
        Found {
            restored: Some(r), ..
        } if !r.asked_again.is_empty() => SaveStatus::Updated,
        _ => SaveStatus::Saving,
    });
    {
        let (status, found) = (status.clone(), found.clone());
        use_session_effect(session, move |session| {
            // Answers to questions this content no longer has keep the
            // fingerprint they were saved with.
            let none = Saved::empty();
            let earlier = match &found.loaded {
                Loaded::Found(saved) => saved,
                _ => &none,
            };
            let saved = Saved::of(&session.answers, &session.page, content(), earlier);
            if *status != SaveStatus::Unavailable && !answers::save(&saved) {
                status.set(SaveStatus::Unavailable);
            }
        });
    }
    *status
}

/// Takes the answers another tab saved (or erased) as soon as the browser
/// tells, so this tab never writes back older ones.
#[hook]
pub fn use_other_tabs(dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_listener(move || {
        store::on_change(move || {
            let answers = match answers::load() {
                Loaded::Found(saved) => restore(&saved, content()).answers,
                Loaded::Nothing => Answers::new(),
                // Unreadable now: this tab keeps its own.
                _ => return,
            };
            dispatch.emit(Action::Adopt(answers));
        })
    });
}
