//! The result: the care card first, then why, then the personal plan, when
//! to book and when to get urgent help. When a red flag stopped the
//! questions, only its card, with a way back for a wrong click.

use guide_core::engine::{outcome, Outcome};
use guide_core::model::{RedFlag, Section};
use guide_core::session::Action;
use yew::prelude::*;

use crate::app::PageProps;
use crate::components::back_link::back_link;
use crate::components::care_card::CareCard;
use crate::components::share_panel::SharePanel;
use crate::components::sources::{cite, reference_list};
use crate::components::text::{page_text, paragraphs, tel};
use crate::content::content;

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
            <SharePanel answers={props.session.answers.clone()} config={props.config.clone()} />
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
            <p><a href="#" class="link" onclick={mistake}>{ page_text(&props.config, "stop_mistake") }</a></p>
        </div>
    }
}

fn plan(props: &PageProps, outcome: &Outcome) -> Html {
    let config = &props.config;
    let clinic = &config.clinic;
    let booking = (!clinic.booking_url.is_empty()).then(|| {
        html! { <a class="button" href={clinic.booking_url.clone()} target="_blank" rel="noopener">{ "Book a consult" }</a> }
    });
    let phone = (!clinic.phone.is_empty()).then(|| {
        html! { <a class="button button--secondary" href={tel(&clinic.phone)}>{ format!("Call {}", clinic.phone) }</a> }
    });
    html! {
        <div class="result">
            { CareCard { style: outcome.care.style, title: clinic.fill(outcome.care.title), main: true, call: None }.render(html! {
                <p>{ clinic.fill(outcome.care.action) }{ cite(props.clinician, outcome.care.sources) }</p>
            }) }
            { paragraphs(&page_text(config, "result_fit")) }
            if !outcome.reasons.is_empty() {
                <section class="plan-section" aria-labelledby="hg-why">
                    <h2 id="hg-why">{ page_text(config, "result_why") }</h2>
                    <ul class="list">
                        { for outcome.reasons.iter().map(|r| html! { <li>{ format!("Because {}.", clinic.fill(r)) }</li> }) }
                    </ul>
                </section>
            }
            <h2 class="plan-heading">{ page_text(config, "result_plan") }</h2>
            { for outcome.sections.iter().map(|s| section(props, s)) }
            if content().diary.is_some() {
                <p class="diary-link"><a class="link" href="#/diary">{ page_text(config, "diary_link") }</a></p>
            }
            <section class="book-box" aria-labelledby="hg-book">
                <h2 id="hg-book">{ page_text(config, "result_book") }</h2>
                <div class="button-group">{ booking }{ phone }</div>
            </section>
            <p class="disclaimer">{ page_text(config, "result_disclaimer") }</p>
            { reference_list(props.clinician) }
        </div>
    }
}

fn section(props: &PageProps, section: &Section) -> Html {
    let clinic = &props.config.clinic;
    let heading_id = format!("hg-section-{}", section.id);
    let body = html! {
        <>
            <h3 id={heading_id.clone()}>{ clinic.fill(section.title) }</h3>
            if section.guided {
                <p class="tag">{ page_text(&props.config, "result_guided") }</p>
            }
            <ul class="list">
                { for section.items.iter().map(|item| html! {
                    <li>{ clinic.fill(item.text) }{ cite(props.clinician, item.sources) }</li>
                }) }
            </ul>
        </>
    };
    // Literal classes (see `text::form_group` for why).
    if section.guided {
        html! { <section class="plan-section plan-section--guided" aria-labelledby={heading_id}>{ body }</section> }
    } else {
        html! { <section class="plan-section" aria-labelledby={heading_id}>{ body }</section> }
    }
}
