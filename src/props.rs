//! What every page is given (`PageProps`) and what the layout says about
//! saving (`SaveStatus`): the app makes them, pages and the layout read
//! them, so neither needs to know the app.

use std::rc::Rc;

use guide_core::clinic::Config;
use guide_core::session::{Action, Session};
use yew::prelude::*;

/// What the app knows about saving on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    Saving,
    /// Earlier saved data could not be read and was set aside.
    SetAside,
    /// The guide changed since the answers were saved: the questions that
    /// changed are asked again (`saved::restore`).
    Updated,
    /// The browser refuses storage; the guide works without saving.
    Unavailable,
}

/// Everything a page needs, passed down as props.
#[derive(Clone, PartialEq, Properties)]
pub struct PageProps {
    pub session: Session,
    pub config: Rc<Config>,
    pub dispatch: Callback<Action>,
    /// Show the source beside every statement (`?clinician`).
    pub clinician: bool,
    /// In the first build, when the full build (with the plan) could not be
    /// loaded: what "Try again" does.
    pub retry_plan: Option<Callback<()>>,
}
