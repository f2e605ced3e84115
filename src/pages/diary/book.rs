//! The diary page's state: the core's [`form::Book`] on the day it is today, as Yew's reducer (which only delegates to the core).

use std::ops::Deref;
use std::rc::Rc;

use guide_core::diary::form::{self, Action, Draft};
use guide_core::diary::{Day, Log};
use yew::Reducible;

/// The core's book (entries, form, what happened last), and today.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    book: form::Book,
    pub today: Day,
}

impl Book {
    pub fn new(log: Log, draft: Draft, today: Day) -> Self {
        Book {
            book: form::Book::new(log, draft),
            today,
        }
    }
}

impl Deref for Book {
    type Target = form::Book;

    fn deref(&self) -> &form::Book {
        &self.book
    }
}

impl Reducible for Book {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let book = self.book.reduce(action, self.today);
        if book == self.book {
            self
        } else {
            Rc::new(Book {
                book,
                today: self.today,
            })
        }
    }
}
