//! The result: the care card first, then why, then the personal plan, when
//! to book and when to get urgent help. When a red flag stopped the
//! questions, only its card, with a way back for a wrong click.

use guide_core::engine::{outcome, Outcome};
use guide_core::model::RedFlag;
use guide_core::session::Action;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::care_card::CareCard;
use crate::components::sources::cite;
use crate::components::text::page_text;
use crate::content::content;
#[cfg(feature = "plan")]
use crate::pages::plan::{plan, share_panel};
use crate::props::PageProps;
use guide_core::texts::TextKey;

/// A plain function, not a component: it holds no state of its own, and
/// each component type adds its own copy of Yew's lifecycle code to the wasm.
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
        None => plan(props, &outcome),
    };
    html! {
        <>
            { back_link(onback, "Back") }
            { body }
            { share_panel(props) }
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
    html! {
        <div class="result result--stopped">
            { CareCard { style: outcome.care.style, title: clinic.fill(flag.title), main: true, call: Some(&call) }.render(html! {
                <>
                    <p>{ clinic.fill(flag.action) }{ cite(props.clinician, flag.sources) }</p>
                    <p>{ clinic.fill(flag.meaning) }</p>
                </>
            }) }
            <p><a href="#" class="link" onclick={mistake}>{ page_text(&props.config, TextKey::StopMistake) }</a></p>
        </div>
    }
}

/// The first build's results: the care card now, while the full build with
/// the plan loads and takes over (`browser::upgrade`); "Try again" if it
/// could not be loaded.
#[cfg(not(feature = "plan"))]
fn plan(props: &PageProps, outcome: &Outcome) -> Html {
    let clinic = &props.config.clinic;
    let (status, retry) = match props.retry_plan.clone() {
        None => (page_text(&props.config, TextKey::PlanLoading), None),
        Some(retry) => (
            page_text(&props.config, TextKey::PlanFailed),
            Some(html! {
                <button type="button" class="button" onclick={Callback::from(move |_: MouseEvent| retry.emit(()))}>
                    { "Try again" }
                </button>
            }),
        ),
    };
    html! {
        <div class="result">
            { CareCard { style: outcome.care.style, title: clinic.fill(outcome.care.title), main: true, call: None }.render(html! {
                <p>{ clinic.fill(outcome.care.action) }</p>
            }) }
            <p class="plan-status" role="status">{ status }</p>
            { retry }
        </div>
    }
}

#[cfg(not(feature = "plan"))]
fn share_panel(_: &PageProps) -> Html {
    Html::default()
}
