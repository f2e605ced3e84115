//! The "Back" link at the top of a page. It is a real link (so it reads as
//! one) that goes back within the guide and keeps every answer.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub onback: Callback<()>,
    #[prop_or(AttrValue::Static("Back"))]
    pub label: AttrValue,
}

#[function_component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onclick = {
        let onback = props.onback.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            onback.emit(());
        })
    };
    html! { <a href="#" class="back-link" {onclick}>{ props.label.clone() }</a> }
}
