//! The one seam between the guide's two builds: every way they differ.
//!
//! - The **first build** (`--no-default-features`) is what a first visit
//!   loads, kept small: the start page, every question, "Check your
//!   answers", the red-flag cards and the care card. On the results page it
//!   shows the care card and asks the page's loader for the full build
//!   ([`browser::upgrade`]), which renders beside it, hidden, and takes over
//!   in place; "Try again" if it cannot be loaded. For `#/diary`,
//!   `#/exercises…` and `#/programme…` it reloads, and the loader starts
//!   the full build. Its content holds only the page
//!   texts of `guide_core::texts::TextKey` and no plan
//!   (`guide_content::codegen::first_build`, chosen by `build.rs`).
//! - The **full build** (feature `full`, the default) has everything: the
//!   plan, the physio summary, the clinician view (`?clinician`: sources
//!   beside each statement, linked to their list, and on question pages
//!   where each answer leads; its code is in both builds but returns
//!   nothing unless [`HAS_SOURCES`]), the pain diary, the stylesheet of
//!   those pages ([`browser::full_styles`]), the results page's
//!   expanders, opened for printing ([`browser::details`]), and the exercise
//!   library (its pages, the starters on the plan, `guide_core`'s
//!   `exercises` feature and the content's `LIBRARY`, empty in the first
//!   build) with a physio's programme (`pages::programme`, its QR code
//!   by the `qrcodegen` crate, `browser::programme`). When it shows, it tells a first build still
//!   running to stop, so only one app ever writes the answers.
//!
//! Besides this file, the feature decides which modules are compiled, in
//! their folders' `mod.rs`: `pages::plan`, `pages::diary` and
//! `pages::exercises` are the full build's pages or, in the first build,
//! their stand-ins in `pages/first_build/`; `pages::programme`,
//! `components::programme`, `components::qr`, `browser::programme`,
//! `components::share_panel`,
//! `components::trend_chart`, `components::exercises` and
//! `browser::full_styles` are the full build's only. So first-build code cannot ask for a full-build text: it
//! would not compile. `build.rs` picks each build's content. The build's
//! side of the seam: `xtask/src/build/variant.rs` and the loader
//! `xtask/page/boot.js`.

use guide_core::route::Route;
use guide_core::session::{Action, Session};
use yew::prelude::*;

use crate::browser;

/// Whether this build has the clinician view: the sources beside each
/// statement and where each answer leads (the first build leaves its
/// citations, rules' sources and the view's texts out).
pub const HAS_SOURCES: bool = cfg!(feature = "full");

/// Whether this build shows the diary itself (else it reloads for it).
pub const HAS_DIARY: bool = cfg!(feature = "full");

/// Whether this build has the exercise library (`#/exercises`; the loader
/// starts the full build for it).
pub const HAS_EXERCISES: bool = cfg!(feature = "full");

/// Whether the address asks for the clinician view and this build has it.
pub fn clinician_view() -> bool {
    HAS_SOURCES && browser::clinician_view()
}

/// Opens the pain diary: in this build, or by reloading at its address,
/// where the loader starts the full build.
pub fn open_diary(dispatch: &Callback<Action>) {
    if HAS_DIARY {
        dispatch.emit(Action::OpenDiary);
    } else {
        browser::route::push(&Route::Diary);
        browser::route::reload();
    }
}

pub use build::*;

#[cfg(feature = "full")]
mod build {
    use super::*;

    /// Called once the guide is mounted, before its first render.
    pub fn mounted<App: BaseComponent>(_app: AppHandle<App>) {
        if let Some(shadow) = browser::shadow_root() {
            browser::full_styles::adopt(&shadow);
        }
        browser::details::open_while_printing();
    }

    /// Called once the app has rendered and listens: a first build still
    /// running stops.
    pub fn ready() {
        browser::mark_ready();
        browser::upgrade::announce_taken_over();
    }

    /// This is the full build: nothing to load.
    #[hook]
    pub fn use_full_build(_session: &Session) -> Option<Callback<()>> {
        None
    }
}

#[cfg(not(feature = "full"))]
mod build {
    use super::*;
    use crate::hooks::use_session_effect;
    use guide_core::session::Page;

    /// Called once the guide is mounted: the first build stops (its
    /// listeners, its saving) once the full build shows in its place.
    pub fn mounted<App: BaseComponent>(app: AppHandle<App>) {
        browser::upgrade::on_taken_over(move || app.destroy());
    }

    /// Called once the app has rendered and listens.
    pub fn ready() {
        browser::mark_ready();
    }

    /// On the results page, asks the loader for the full build (the loader
    /// starts it once); gives what "Try again" does when it could not be
    /// loaded.
    #[hook]
    pub fn use_full_build(session: &Session) -> Option<Callback<()>> {
        let failed = use_state(bool::default);
        let load = {
            let failed = failed.clone();
            Callback::from(move |()| {
                failed.set(false);
                let failed = failed.clone();
                browser::upgrade::start(move || failed.set(true));
            })
        };
        {
            let load = load.clone();
            use_session_effect(session, move |session| {
                if session.route() == Route::Guide(Page::Result) {
                    load.emit(());
                }
            });
        }
        (*failed).then_some(load)
    }
}
