//! The result: the results page (`pages::plan`), or, when a red flag
//! stopped the questions, only its card: the heading says what to do, a
//! full-width call button, a Book button on book-level cards, what the
//! patient said as NHS inset text, and a way back for a wrong click.

use guide_core::engine::{outcome_of, walk, Outcome};
use guide_core::model::{CardStyle, RedFlag};
use guide_core::session::Action;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::care_card::{self, CareCard};
use crate::components::sources::{cite, with_cited};
use crate::components::text::page_text;
use crate::content::content;
use crate::pages::plan;
use crate::props::PageProps;
use guide_core::texts::TextKey;

/// The results page, or the red-flag card when the questions stopped.
pub fn result_page(props: &PageProps) -> Html {
    let walk = walk(content(), &props.session.answers);
    let Some(outcome) = outcome_of(content(), &walk) else {
        return html! {};
    };
    // One closure type for the page's buttons and links (each type costs
    // bytes in the first build); a link's `#` is not followed.
    let send = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(action.clone())
        })
    };
    let onback = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Back))
    };
    // The options chosen on the question that stopped the questions.
    let said = walk.path.last().map_or(&[][..], |a| &a.choices[..]);
    let body = match outcome.red_flag {
        Some(flag) => html! {
            <>
                { stopped(props, &outcome, flag, said, send(Action::Back)) }
                { plan::share_panel(props) }
            </>
        },
        None => plan::plan(props, &outcome),
    };
    html! {
        <>
            { back_link(onback, "Back") }
            { body }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={send(Action::Restart)}>
                    { "Start again" }
                </button>
            </div>
        </>
    }
}

fn stopped(
    props: &PageProps,
    outcome: &Outcome,
    flag: &RedFlag,
    said: &[&guide_core::model::AnswerOption],
    mistake: Callback<MouseEvent>,
) -> Html {
    let clinic = &props.config.clinic;
    let style = outcome.care.style;
    let call = match style {
        CardStyle::Emergency => &clinic.emergency_number,
        _ => &clinic.phone,
    };
    // Book-level cards: a Book button below the call (never a raw address).
    let book = (style == CardStyle::NonUrgent && !clinic.booking_url.is_empty())
        .then(|| care_card::button(clinic.booking_url.clone(), "Book online".into()));
    let card = html! {
        <div class="result result--stopped">
            { CareCard { style, title: clinic.fill(flag.title), main: true, call: Some(call) }.render(html! {
                <>
                    <p>{ clinic.fill(flag.action) }{ cite(props.clinician, flag.sources) }</p>
                    <p>{ clinic.fill(flag.meaning) }</p>
                    { book }
                </>
            }) }
            <div class="inset">
                <p>{ "You said: " }{ said.iter().map(|c| clinic.fill(c.label)).collect::<Vec<_>>().join("; ") }</p>
                <p><a href="#" class="link" onclick={mistake}>{ page_text(&props.config, TextKey::StopMistake) }</a></p>
            </div>
        </div>
    };
    with_cited(card, props.clinician, flag.sources)
}
