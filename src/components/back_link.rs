//! The "Back" link at the top of a page. It is a real link (so it reads as
//! one) that goes back within the guide and keeps every answer.
//!
//! A plain function rather than a component: it holds no state, and each
//! component type adds its own copy of Yew's lifecycle code to the wasm.

use yew::prelude::*;

/// A link labelled `label` that calls `onback` instead of following `#`.
pub fn back_link(onback: Callback<()>, label: &'static str) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        onback.emit(());
    });
    html! { <a href="#" class="back-link" {onclick}>{ label }</a> }
}
