//! After each change of the session, moves focus to the page's heading and
//! sets the document's title, so screen readers announce the new page.

use guide_core::session::Session;
use yew::prelude::*;

use super::use_session_effect;
use crate::browser::focus;
use crate::content::content;

/// Names the first page without announcing it (the browser just loaded
/// it); announces each later one.
#[hook]
pub fn use_page_announcer(session: &Session) {
    let first = use_mut_ref(|| true);
    use_session_effect(session, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            focus::name_page(content().meta.title, false);
        } else {
            focus::announce_page(content().meta.title, false);
        }
    });
}
