//! The start page: what the guide does, who it is for, how long it takes,
//! what it is not, and that nothing leaves the device. A patient coming
//! back finds, first, their last result with two action links (NHS.UK
//! "action link" pattern): their plan, and today's entry in the pain diary;
//! or, with unfinished answers, a way to carry on.

use guide_core::engine::outcome;
use guide_core::route::Route;
use guide_core::session::{Action, Page};
use yew::prelude::*;

use crate::browser::route;
use crate::components::text::{page_text, paragraphs};
use crate::content::{content, has_diary};
use crate::props::PageProps;
use crate::variant;
use guide_core::texts::TextKey;

/// The start page: what the guide is for, and Start now (or, coming back,
/// the last result or carry on).
pub fn start_page(props: &PageProps) -> Html {
    let text = |key: TextKey| page_text(&props.config, key);
    let link = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(action.clone());
        })
    };
    let restart = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Restart);
            dispatch.emit(Action::Begin);
        })
    };
    let start_again = html! {
        <button type="button" class="button button--secondary" onclick={restart}>
            { "Start again" }
        </button>
    };
    let first = Route::Guide(Page::Question(content().questions[0].id.into()));
    let answers = &props.session.answers;
    // Coming back with a result: it, the plan and the diary come first.
    let last = (!answers.is_empty())
        .then(|| outcome(content(), answers))
        .flatten();
    let coming_back = last.map(|last| {
        let clinic = &props.config.clinic;
        let stopped = last.red_flag.is_some();
        let title = last.red_flag.map_or(last.care.title, |flag| flag.title);
        let diary = (!stopped && has_diary()).then(|| {
            let dispatch = props.dispatch.clone();
            let open = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                variant::open_diary(&dispatch);
            });
            html! {
                <a class="action-link" href={route::address(&Route::Diary)} onclick={open}>
                    { text(TextKey::ResumeDiary) }
                </a>
            }
        });
        html! {
            <div class="resume resume--result">
                <p>{ text(TextKey::ResumeResult) }</p>
                <p class="resume__care"><strong>{ clinic.fill(title) }</strong></p>
                <a class="action-link" href={route::address(&Route::Guide(Page::Result))} onclick={link(Action::Visit(Page::Result))}>
                    { if stopped { "See your result" } else { "See your plan" } }
                </a>
                { diary }
                { start_again.clone() }
            </div>
        }
    });
    // A link to the first question, so that a tap on the prerendered page
    // (before the app has loaded) is not lost: the app opens at that address.
    let actions = if answers.is_empty() {
        html! {
            <a class="button button--start" href={route::address(&first)} onclick={link(Action::Begin)}>
                { "Start now" }
            </a>
        }
    } else if coming_back.is_some() {
        Html::default()
    } else {
        html! {
            <div class="resume">
                <p>{ text(TextKey::ResumeIntro) }</p>
                <div class="button-group">
                    <button type="button" class="button" onclick={link(Action::Begin)}>
                        { "Continue" }
                    </button>
                    { start_again }
                </div>
            </div>
        }
    };
    html! {
        <>
            <h1 tabindex="-1">{ text(TextKey::StartTitle) }</h1>
            { coming_back }
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
