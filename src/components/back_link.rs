//! The "Back" link at the top of a page. It is a real link (so it reads as
//! one) that goes back within the guide and keeps every answer.

use yew::prelude::*;

/// A link labelled `label` that calls `onback` instead of following `#`.
pub fn back_link(onback: Callback<()>, label: &'static str) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        onback.emit(());
    });
    html! { <a href="#" class="back-link" {onclick}>{ label }</a> }
}
