//! The results page (the full build only; the first build shows the care
//! card and hands over, `pages::result`), laid out for a patient in pain on
//! a phone: within the first two screens the care card, the do and don't
//! list, the Book box and the safety net's care cards; then a contents list
//! and the rest folded in expanders. NHS.UK patterns: care cards, do and
//! don't list, action links (the Book box), contents list, details
//! (expanders), summary list (`components::answers`).

use guide_core::diary::ladder;
use guide_core::engine::Outcome;
use guide_core::key_actions::{self, side};
use guide_core::model::{Advice, CardStyle, KeyAction, Section};
use guide_core::session::Action;
use yew::prelude::*;

use crate::browser::details;
use crate::components::answers::answers_list;
use crate::components::care_card::CareCard;
use crate::components::for_physio::for_physio;
use crate::components::share_panel::SharePanel;
use crate::components::sources::{cite, reference_list};
use crate::components::text::{page_text, tel};
use crate::content::content;
use crate::props::PageProps;
use guide_core::texts::{DiaryTextKey, FullTextKey};

/// The id of the expander of a part of the page.
fn part_id(part: &str) -> String {
    format!("hg-part-{part}")
}

/// "Share with your physio", folded (NHS details), under every result.
pub fn share_panel(props: &PageProps) -> Html {
    expander(
        "share",
        &page_text(&props.config, FullTextKey::SummaryTitle),
        html! { <SharePanel answers={props.session.answers.clone()} config={props.config.clone()} /> },
    )
}

/// An NHS details expander: the summary a patient taps, the part inside.
/// Its id is `hg-part-{part}`, which the contents list links to.
fn expander(part: &str, title: &str, body: Html) -> Html {
    let id = part_id(part);
    // One literal class per kind (see `text::form_group`).
    let summary = html! {
        <summary class="details__summary"><span class="details__summary-text">{ title }</span></summary>
    };
    if part == "share" {
        html! { <details class="details share-details" id={id}>{ summary }<div class="details__text">{ body }</div></details> }
    } else {
        html! { <details class="details" id={id}>{ summary }<div class="details__text">{ body }</div></details> }
    }
}

pub fn plan(props: &PageProps, outcome: &Outcome) -> Html {
    let config = &props.config;
    let clinic = &config.clinic;
    // The folded parts, in order: (part, title, body).
    let mut parts: Vec<(String, String, Html)> = Vec::new();
    if !outcome.reasons.is_empty() {
        parts.push((
            "why".into(),
            page_text(config, FullTextKey::ResultWhy),
            html! {
                <ul class="list">
                    { for outcome.reasons.iter().map(|r| html! { <li>{ format!("Because {}.", clinic.fill(r)) }</li> }) }
                </ul>
            },
        ));
    }
    // One part a section; sections done with the physio that follow each
    // other (the exercises) share one, each under its own heading.
    let mut sections = outcome
        .sections
        .iter()
        .filter(|s| !s.is_safety_net())
        .peekable();
    while let Some(first) = sections.next() {
        let mut body = vec![section(props, first, false)];
        while let Some(next) = sections.next_if(|n| first.guided && n.guided) {
            body.push(section(props, next, true));
        }
        body.extend(running_ladder(props, first.id));
        parts.push((
            first.id.to_owned(),
            clinic.fill(first.title),
            body.into_iter().collect(),
        ));
    }
    let contents = parts
        .iter()
        .map(|(part, title, _)| (part.clone(), title.clone()))
        .chain([
            (
                "share".to_owned(),
                page_text(config, FullTextKey::SummaryTitle),
            ),
            (
                "answers".to_owned(),
                page_text(config, FullTextKey::ResultAnswers),
            ),
        ]);
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
            { do_and_dont(props, outcome) }
            { book_box(props) }
            { safety_net(props, outcome) }
            <nav class="contents-list" aria-labelledby="hg-contents">
                <h2 id="hg-contents" class="contents-list__title">{ page_text(config, FullTextKey::ResultContents) }</h2>
                <ul class="contents-list__list">
                    { for contents.map(|(part, title)| html! {
                        <li><a href={format!("#{}", part_id(&part))} onclick={show(part_id(&part))}>{ title }</a></li>
                    }) }
                </ul>
            </nav>
            { for parts.into_iter().map(|(part, title, body)| expander(&part, &title, body)) }
            { crate::components::programme::kept_link(props) }
            { crate::components::exercises::starters(props, outcome) }
            { share_panel(props) }
            { expander("answers", &page_text(config, FullTextKey::ResultAnswers), answers_list(props)) }
            { for_physio(props) }
            if content().diary.is_some() {
                <p class="diary-link"><a class="link" href="#/diary" onclick={open_diary}>{ page_text(config, DiaryTextKey::Link) }</a></p>
            }
            <p class="disclaimer">{ page_text(config, FullTextKey::ResultDisclaimer) }</p>
            { reference_list(props.clinician) }
        </div>
    }
}

/// The return-to-running ladder, under the plan section that shows it.
fn running_ladder(props: &PageProps, section: &str) -> Option<Html> {
    let diary = content().diary.as_ref()?;
    diary.ladder.as_ref().filter(|l| l.section == section)?;
    let view = ladder::view(content(), &props.config.clinic)?;
    Some(crate::components::ladder::in_plan(&view, props.clinician))
}

/// A contents link: opens its part and brings it into view (a plain
/// `#id` address would be read as the guide's route).
fn show(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        details::show(&id);
    })
}

/// The NHS do and don't list: the patient's key actions
/// (`key_actions::do_and_dont`), what to do, then what not to do.
fn do_and_dont(props: &PageProps, outcome: &Outcome) -> Html {
    let list = key_actions::do_and_dont(content(), outcome);
    if list.is_empty() {
        return Html::default();
    }
    let config = &props.config;
    let items = |items: Vec<&'static Advice>| -> Html {
        items
            .into_iter()
            .map(|item| html! { <li>{ config.clinic.fill(item.text) }{ cite(props.clinician, item.sources) }</li> })
            .collect()
    };
    let (dos, donts) = (side(&list, KeyAction::Do), side(&list, KeyAction::Dont));
    html! {
        <section class="do-dont" aria-labelledby="hg-do-dont">
            <h2 id="hg-do-dont">{ page_text(config, FullTextKey::ResultDoTitle) }</h2>
            if !dos.is_empty() {
                <h3 class="do-dont__label">{ page_text(config, FullTextKey::ResultDo) }</h3>
                <ul class="do-dont__list do-dont__list--do">{ items(dos) }</ul>
            }
            if !donts.is_empty() {
                <h3 class="do-dont__label">{ page_text(config, FullTextKey::ResultDont) }</h3>
                <ul class="do-dont__list do-dont__list--dont">{ items(donts) }</ul>
            }
        </section>
    }
}

/// Book with the clinic: a Book button and a phone button (NHS action
/// links, as buttons to be easy to tap).
fn book_box(props: &PageProps) -> Html {
    let clinic = &props.config.clinic;
    let booking = (!clinic.booking_url.is_empty()).then(|| {
        html! { <a class="button" href={clinic.booking_url.clone()} target="_blank" rel="noopener noreferrer">{ "Book online" }</a> }
    });
    let phone = (!clinic.phone.is_empty()).then(|| {
        html! { <a class="button button--secondary" href={tel(&clinic.phone)}>{ format!("Call {}", clinic.phone) }</a> }
    });
    html! {
        <section class="book-box" aria-labelledby="hg-book">
            <h2 id="hg-book">{ page_text(&props.config, FullTextKey::ResultBook) }</h2>
            <div class="book-box__buttons">{ booking }{ phone }</div>
        </section>
    }
}

/// The safety net as NHS care cards: "Call {emergency} if:" (emergency,
/// with the number as a button) and "See a doctor or physio soon if:"
/// (urgent), each listing its signs (`Advice::card`, `Advice::sign`).
fn safety_net(props: &PageProps, outcome: &Outcome) -> Html {
    let Some(net) = outcome.sections.iter().find(|s| s.is_safety_net()) else {
        return Html::default();
    };
    let config = &props.config;
    let clinic = &config.clinic;
    let card = |style: CardStyle, title: FullTextKey, call: Option<&str>| {
        let signs: Vec<&Advice> = net.items.iter().filter(|i| i.card == Some(style)).collect();
        CareCard { style, title: page_text(config, title), main: false, call }.render(html! {
            <ul class="list">
                { for signs.into_iter().map(|i| html! {
                    <li>{ clinic.fill(i.sign.unwrap_or(i.text)) }{ cite(props.clinician, i.sources) }</li>
                }) }
            </ul>
        })
    };
    html! {
        <section class="safety-net" aria-label={clinic.fill(net.title)}>
            { card(CardStyle::Emergency, FullTextKey::ResultEmergencyCard, Some(&clinic.emergency_number)) }
            { card(CardStyle::Urgent, FullTextKey::ResultUrgentCard, None) }
        </section>
    }
}

/// A plan section's items, marked when done with the physio; under its
/// title when it is not the first of its part.
fn section(props: &PageProps, section: &Section, titled: bool) -> Html {
    let clinic = &props.config.clinic;
    html! {
        <>
            if titled {
                <h3 class="details__heading">{ clinic.fill(section.title) }</h3>
            }
            if section.guided {
                <p class="tag">{ page_text(&props.config, FullTextKey::ResultGuided) }</p>
            }
            <ul class="list">
                { for section.items.iter().map(|item| html! {
                    <li>{ clinic.fill(item.text) }{ cite(props.clinician, item.sources) }</li>
                }) }
            </ul>
        </>
    }
}
