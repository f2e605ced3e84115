//! "What to do next": the alarm's care card, or the advice in its box: its title, the day it rests on, what that day's entry says (each measure named), the advice, and the latest entry's advice when an earlier day was saved; then each exercise's advice, and the nudge to book.

use guide_core::diary::exercise_view::Line;
use guide_core::diary::rules::Verdict;
use guide_core::diary::view::View;
use guide_core::diary::Day;
use guide_core::template::Clinic;
use guide_core::texts::DiaryTextKey;
use yew::prelude::*;

use crate::components::care_card::CareCard;
use crate::components::sources::cite;
use crate::components::text::tel;

/// The advice section; `exercises` each exercise's advice (none under the
/// alarm), `saved` the day just saved, for the confirmation.
pub fn section(
    view: &View,
    exercises: &[Line],
    saved: Option<Day>,
    clinic: &Clinic,
    clinician: bool,
) -> Html {
    let advice = &view.advice;
    let said = &advice.said;
    let based_on = advice
        .based_on
        .clone()
        .map(|text| html! { <p class="diary-advice__when">{ text }</p> });
    // What the day's entry says, each measure named, before the advice.
    let facts = (!advice.facts.is_empty())
        .then(|| html! { <p class="diary-advice__facts">{ advice.facts.join(" ") }</p> });
    let latest = advice
        .latest
        .clone()
        .map(|text| html! { <p class="diary-advice__latest">{ text }</p> });
    let body = match (&advice.card, advice.verdict) {
        (Some(card), verdict) => html! {
            <div data-advice={advice_id(verdict)}>
                { CareCard { style: card.style, title: said.title.clone(), main: false, call: Some(&clinic.phone) }.render(html! {
                    <>
                        <p>{ said.text.clone() }{ cite(clinician, said.sources) }</p>
                        <p>{ card.action.text.clone() }{ cite(clinician, card.action.sources) }</p>
                        if let Some((title, items)) = &card.section {
                            <h3>{ title.clone() }</h3>
                            <ul class="list">
                                { for items.iter().map(|item| html! {
                                    <li>{ item.text.clone() }{ cite(clinician, item.sources) }</li>
                                }) }
                            </ul>
                        }
                        { based_on }
                    </>
                }) }
            </div>
        },
        // The alarm without its care level in the content: nothing to show.
        (None, Verdict::Alarm) => html! {},
        (None, verdict) => advice_box(
            verdict,
            html! { <>
                <h3 class="diary-advice__title">{ said.title.clone() }</h3>
                { based_on }
                { facts }
                <p>{ said.text.clone() }{ cite(clinician, said.sources) }</p>
                { latest }
            </> },
        ),
    };
    let exercises = (!exercises.is_empty() && advice.verdict != Verdict::Alarm).then(|| {
        html! {
            <div class="diary-ex-advice">
                <h3>{ view.text(DiaryTextKey::ExAdvice).to_owned() }</h3>
                <ul class="list">
                    { for exercises.iter().map(|line| html! {
                        <li data-exercise={line.id.clone()} data-step={line.step}>
                            { line.text.clone() }{ cite(clinician, line.sources) }
                        </li>
                    }) }
                </ul>
            </div>
        }
    });
    // Nothing else beside the alarm's card.
    let nudge = view
        .nudge
        .as_ref()
        .filter(|_| advice.verdict != Verdict::Alarm)
        .map(|nudge| {
            let booking = (!clinic.booking_url.is_empty()).then(|| html! {
                <a class="button" href={clinic.booking_url.clone()} target="_blank" rel="noopener noreferrer">{ "Book a consult" }</a>
            });
            let phone = (!clinic.phone.is_empty()).then(|| html! {
                <a class="button button--secondary" href={tel(&clinic.phone)}>{ ["Call ", &clinic.phone].concat() }</a>
            });
            html! {
                <div class="book-box diary-nudge">
                    <h3>{ nudge.title.clone() }</h3>
                    <p>{ nudge.text.clone() }{ cite(clinician, nudge.sources) }</p>
                    <div class="button-group">{ booking }{ phone }</div>
                </div>
            }
        });
    html! {
        <section class="diary-advice" aria-labelledby="hg-diary-advice">
            <h2 id="hg-diary-advice" tabindex="-1">{ view.text(DiaryTextKey::Advice).to_owned() }</h2>
            <p class="diary-status" role="status">{ saved.map(|d| view.saved(d)).unwrap_or_default() }</p>
            { body }
            { exercises }
            { nudge }
        </section>
    }
}

/// A name for the advice, for tests and styles.
fn advice_id(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::NoRecent => "no-recent",
        Verdict::Alarm => "alarm",
        Verdict::EaseOff => "ease-off",
        Verdict::CheckMorning => "check-morning",
        Verdict::KeepGoing => "keep-going",
        Verdict::Progress => "progress",
    }
}

/// The advice in its box, marked when it says to ease off (literal classes:
/// see `text::form_group` for why).
fn advice_box(verdict: Verdict, body: Html) -> Html {
    let id = advice_id(verdict);
    if verdict == Verdict::EaseOff {
        html! { <div class="inset diary-advice__box diary-advice__box--ease" data-advice={id}>{ body }</div> }
    } else {
        html! { <div class="inset diary-advice__box" data-advice={id}>{ body }</div> }
    }
}
