//! "Check your answers": every answer on the path with a Change link that
//! returns to the question and then straight back here.

use guide_core::engine::walk;
use guide_core::session::{Action, Page};
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::text::{page_text, paragraphs};
use crate::content::content;
use crate::props::PageProps;
use guide_core::texts::TextKey;

pub fn check_page(props: &PageProps) -> Html {
    let config = &props.config;
    let walk = walk(content(), &props.session.answers);
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(action.clone())
        })
    };
    let rows = walk.path.iter().map(|answered| {
        let question = answered.question;
        let labels: Vec<String> = answered.choices.iter().map(|c| config.clinic.fill(c.label)).collect();
        let question_text = config.clinic.fill(question.text);
        html! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{ question_text.clone() }</dt>
                <dd class="summary-list__value">
                    { for labels.into_iter().map(|l| html! { <span class="summary-list__answer">{ l }</span> }) }
                </dd>
                <dd class="summary-list__actions">
                    <a href={format!("#/q/{}", question.id)} onclick={send(Action::Change(question.id.to_owned()))}>
                        { "Change" }<span class="visually-hidden">{ format!(" – {question_text}") }</span>
                    </a>
                </dd>
            </div>
        }
    });
    let onback = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Back))
    };
    html! {
        <>
            { back_link(onback, "Back") }
            <h1 tabindex="-1">{ "Check your answers" }</h1>
            { paragraphs(&page_text(config, TextKey::CheckIntro)) }
            <dl class="summary-list">{ for rows }</dl>
            <button type="button" class="button" onclick={send(Action::Visit(Page::Result))}>
                { "See my plan" }
            </button>
        </>
    }
}
