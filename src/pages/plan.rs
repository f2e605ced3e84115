//! The results page's plan (the full build only; the first build shows the
//! care card and hands over, `pages::result`): the care card, why, the
//! personal plan, when to book, and the physio summary.

use guide_core::engine::Outcome;
use guide_core::model::Section;
use guide_core::session::Action;
use yew::prelude::*;

use crate::components::care_card::CareCard;
use crate::components::share_panel::SharePanel;
use crate::components::sources::{cite, reference_list};
use crate::components::text::{page_text, tel};
use crate::content::content;
use crate::props::PageProps;
use guide_core::texts::{DiaryTextKey, FullTextKey};

/// "Share with your physio", under every result.
pub fn share_panel(props: &PageProps) -> Html {
    html! { <SharePanel answers={props.session.answers.clone()} config={props.config.clone()} /> }
}

pub fn plan(props: &PageProps, outcome: &Outcome) -> Html {
    let config = &props.config;
    let clinic = &config.clinic;
    let booking = (!clinic.booking_url.is_empty()).then(|| {
        html! { <a class="button" href={clinic.booking_url.clone()} target="_blank" rel="noopener noreferrer">{ "Book a consult" }</a> }
    });
    let phone = (!clinic.phone.is_empty()).then(|| {
        html! { <a class="button button--secondary" href={tel(&clinic.phone)}>{ format!("Call {}", clinic.phone) }</a> }
    });
    // In a clinic's page the address is the host's: the link opens the
    // diary itself rather than through the address.
    let open_diary = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::OpenDiary);
        })
    };
    html! {
        <div class="result">
            { CareCard { style: outcome.care.style, title: clinic.fill(outcome.care.title), main: true, call: None }.render(html! {
                <p>{ clinic.fill(outcome.care.action) }{ cite(props.clinician, outcome.care.sources) }</p>
            }) }
            if !outcome.reasons.is_empty() {
                <section class="plan-section" aria-labelledby="hg-why">
                    <h2 id="hg-why">{ page_text(config, FullTextKey::ResultWhy) }</h2>
                    <ul class="list">
                        { for outcome.reasons.iter().map(|r| html! { <li>{ format!("Because {}.", clinic.fill(r)) }</li> }) }
                    </ul>
                </section>
            }
            <h2 class="plan-heading">{ page_text(config, FullTextKey::ResultPlan) }</h2>
            { for outcome.sections.iter().map(|s| section(props, s)) }
            { crate::components::exercises::starters(props, outcome) }
            if content().diary.is_some() {
                <p class="diary-link"><a class="link" href="#/diary" onclick={open_diary}>{ page_text(config, DiaryTextKey::Link) }</a></p>
            }
            <section class="book-box" aria-labelledby="hg-book">
                <h2 id="hg-book">{ page_text(config, FullTextKey::ResultBook) }</h2>
                <div class="button-group">{ booking }{ phone }</div>
            </section>
            <p class="disclaimer">{ page_text(config, FullTextKey::ResultDisclaimer) }</p>
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
                <p class="tag">{ page_text(&props.config, FullTextKey::ResultGuided) }</p>
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
