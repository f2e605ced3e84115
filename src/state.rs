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
        let session = self.session.reduce(content(), action);
        if session == self.session {
            self
        } else {
            Rc::new(State { session })
        }
    }
}
