//! The start page: what the guide does, who it is for, how long it takes,
//! what it is not, and that nothing leaves the device. Offers to continue
//! when answers were saved earlier.

use guide_core::session::{Action, Page};
use yew::prelude::*;

use crate::browser::route;
use crate::components::text::{page_text, paragraphs};
use crate::content::content;
use crate::props::PageProps;
use guide_core::texts::TextKey;

pub fn start_page(props: &PageProps) -> Html {
    let text = |key: TextKey| page_text(&props.config, key);
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
                <p>{ text(TextKey::ResumeIntro) }</p>
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
            <h1 tabindex="-1">{ text(TextKey::StartTitle) }</h1>
            { paragraphs(&text(TextKey::StartIntro)) }
            { paragraphs(&text(TextKey::StartForWhom)) }
            { paragraphs(&text(TextKey::StartTime)) }
            <div class="inset inset--warning">
                { paragraphs(&text(TextKey::StartNot)) }
                <p><strong>{ text(TextKey::StartEmergency) }</strong></p>
            </div>
            { paragraphs(&text(TextKey::StartPrivacy)) }
            { actions }
        </>
    }
}
