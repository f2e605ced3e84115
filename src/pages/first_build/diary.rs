//! The first build's stand-in for the diary page (`pages::diary` in the
//! full build; see `crate::variant`): nothing, since the first build
//! reloads for `#/diary` and the loader starts the full build there.

use yew::prelude::*;

use crate::props::PageProps;

/// Nothing: the page is reloading.
pub fn diary_page(_: &PageProps) -> Html {
    Html::default()
}
