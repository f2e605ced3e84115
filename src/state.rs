//! App state for Yew: the core's [`Session`] for the questions; the reducer only delegates to the core.

use std::rc::Rc;

use guide_core::session::{Action, Session};
use yew::Reducible;

use crate::content::content;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub session: Session,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Restart renders again even when the session stays the same: "Erase
        // my answers" erased the stored diary too, and an open diary is then
        // made anew (`pages::diary::diary_page`).
        let restart = action == Action::Restart;
        let session = self.session.reduce(content(), action);
        if session == self.session && !restart {
            self
        } else {
            Rc::new(State { session })
        }
    }
}
