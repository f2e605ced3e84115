//! The first build's stand-in for the exercise library's pages
//! (`pages::exercises` in the full build; see `crate::variant`): nothing,
//! since the first build has no route to them (the loader starts the full
//! build for `#/exercises`).

use guide_core::route::Route;
use yew::prelude::*;

use crate::props::PageProps;

/// Nothing: the first build never shows an exercise.
pub fn exercises_page(_: &PageProps, _: Route) -> Html {
    Html::default()
}
