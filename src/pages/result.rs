//! The result: the care card first, then why, then the personal plan, when
//! to book and when to get urgent help. When a red flag stopped the
//! questions, only its card, with a way back for a wrong click.

use guide_core::engine::{outcome, Outcome};
use guide_core::model::RedFlag;
use guide_core::session::Action;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::care_card::CareCard;
use crate::components::sources::{cite, with_cited};
use crate::components::text::page_text;
use crate::content::content;
use crate::pages::plan;
use crate::props::PageProps;
use guide_core::texts::TextKey;

/// The results page, or the red-flag card when the questions stopped.
pub fn result_page(props: &PageProps) -> Html {
    let Some(outcome) = outcome(content(), &props.session.answers) else {
        return html! {};
    };
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    let onback = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Back))
    };
    let body = match outcome.red_flag {
        Some(flag) => stopped(props, &outcome, flag, onback.clone()),
        None => plan::plan(props, &outcome),
    };
    html! {
        <>
            { back_link(onback, "Back") }
            { body }
            { plan::share_panel(props) }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={send(Action::Restart)}>
                    { "Start again" }
                </button>
            </div>
        </>
    }
}

fn stopped(props: &PageProps, outcome: &Outcome, flag: &RedFlag, onback: Callback<()>) -> Html {
    let clinic = &props.config.clinic;
    let call = match outcome.care.style {
        guide_core::model::CardStyle::Emergency => clinic.emergency_number.clone(),
        _ => clinic.phone.clone(),
    };
    let mistake = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        onback.emit(());
    });
    let card = html! {
        <div class="result result--stopped">
            { CareCard { style: outcome.care.style, title: clinic.fill(flag.title), main: true, call: Some(&call) }.render(html! {
                <>
                    <p>{ clinic.fill(flag.action) }{ cite(props.clinician, flag.sources) }</p>
                    <p>{ clinic.fill(flag.meaning) }</p>
                </>
            }) }
            <p><a href="#" class="link" onclick={mistake}>{ page_text(&props.config, TextKey::StopMistake) }</a></p>
        </div>
    };
    with_cited(card, props.clinician, flag.sources)
}
