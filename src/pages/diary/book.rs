//! The diary page's state: the core's [`form::Book`] as Yew's reducer (which only delegates to the core). Each action comes with the day it was sent on, read from the clock then, so a page left open over midnight saves on the new day.

use std::ops::Deref;
use std::rc::Rc;

use guide_core::diary::form::{self, Action, Draft};
use guide_core::diary::{Day, Log};
use yew::Reducible;

/// The core's book: entries, form, what happened last.
#[derive(Debug, Clone, PartialEq)]
pub struct Book(form::Book);

impl Book {
    pub fn new(log: Log, draft: Draft) -> Self {
        Book(form::Book::new(log, draft))
    }
}

impl Deref for Book {
    type Target = form::Book;

    fn deref(&self) -> &form::Book {
        &self.0
    }
}

impl Reducible for Book {
    /// The patient's action, and today when it was sent.
    type Action = (Action, Day);

    fn reduce(self: Rc<Self>, (action, today): (Action, Day)) -> Rc<Self> {
        let book = self.0.reduce(action, today);
        if book == self.0 {
            self
        } else {
            Rc::new(Book(book))
        }
    }
}
