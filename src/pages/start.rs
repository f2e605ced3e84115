//! The start page: what the guide does, who it is for, how long it takes,
//! what it is not, and that nothing leaves the device. Offers to continue
//! when answers were saved earlier.

use guide_core::session::{Action, Page};
use yew::prelude::*;

use crate::browser::route;
use crate::components::text::{page_text, paragraphs};
use crate::content::content;
use crate::props::PageProps;

/// A plain function, not a component: it holds no state of its own, and
/// each component type adds its own copy of Yew's lifecycle code to the wasm.
pub fn start_page(props: &PageProps) -> Html {
    let text = |key: &str| page_text(&props.config, key);
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    let restart = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Restart);
            dispatch.emit(Action::Begin);
        })
    };
    // A link to the first question, so that a tap on the prerendered page
    // (before the app has loaded) is not lost: the app opens at that address.
    let begin = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::Begin);
        })
    };
    let first = Page::Question(content().questions[0].id.into());
    let actions = if props.session.answers.is_empty() {
        html! {
            <a class="button button--start" href={route::address(&first)} onclick={begin}>
                { "Start now" }
            </a>
        }
    } else {
        html! {
            <div class="resume">
                <p>{ text("resume_intro") }</p>
                <div class="button-group">
                    <button type="button" class="button" onclick={send(Action::Begin)}>
                        { "Continue" }
                    </button>
                    <button type="button" class="button button--secondary" onclick={restart}>
                        { "Start again" }
                    </button>
                </div>
            </div>
        }
    };
    html! {
        <>
            <h1 tabindex="-1">{ text("start_title") }</h1>
            { paragraphs(&text("start_intro")) }
            { paragraphs(&text("start_for_whom")) }
            { paragraphs(&text("start_time")) }
            <div class="inset inset--warning">
                { paragraphs(&text("start_not")) }
                <p><strong>{ text("start_emergency") }</strong></p>
            </div>
            { paragraphs(&text("start_privacy")) }
            { actions }
        </>
    }
}
