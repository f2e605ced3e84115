//! App state for Yew: the core's [`Session`] for the questions and its
//! diary [`Book`] for the pain diary. The reducers only delegate to the core.

use std::rc::Rc;

use guide_core::diary::form::{Action as DiaryAction, Book};
use guide_core::diary::Day;
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

/// The diary page's state for Yew: the core's [`Book`] and the day it is
/// today; the reducer only delegates to the core.
#[derive(Debug, Clone, PartialEq)]
pub struct DiaryState {
    pub book: Book,
    pub today: Day,
}

impl Reducible for DiaryState {
    type Action = DiaryAction;

    fn reduce(self: Rc<Self>, action: DiaryAction) -> Rc<Self> {
        let book = self.book.reduce(action, self.today);
        if book == self.book {
            self
        } else {
            Rc::new(DiaryState {
                book,
                today: self.today,
            })
        }
    }
}
