//! The diary page's state: the core's [`form::Book`] as Yew's reducer (which only delegates to the core). Each action comes with the day it was sent on, read from the clock then, so a page left open over midnight saves on the new day; what another tab saved is taken first, so no tab writes over newer entries.

use std::ops::Deref;
use std::rc::Rc;

use guide_core::diary::form::{self, Action, Draft};
use guide_core::diary::{Day, Log};
use yew::Reducible;

use crate::browser::diary;

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

/// What changes the book.
pub enum Change {
    /// The patient's action, and today when it was sent.
    Patient(Action, Day),
    /// The entries another tab saved (or none: it erased them).
    Adopt(Log),
}

impl Reducible for Book {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let book = match change {
            Change::Patient(action, today) => self.0.reduce(action, today),
            Change::Adopt(log) => self.0.adopt(log),
        };
        if book == self.0 {
            self
        } else {
            Rc::new(Book(book))
        }
    }
}

/// The entries another tab saved (or erased) since this page last read or
/// wrote the diary; `None` when nothing changed, or what is there now cannot
/// be read (this page keeps its own).
pub fn from_other_tab() -> Option<Log> {
    if !diary::changed() {
        return None;
    }
    match diary::load() {
        diary::Loaded::Found(kept) => Some(kept.log),
        diary::Loaded::Nothing => Some(Log::new()),
        _ => None,
    }
}
