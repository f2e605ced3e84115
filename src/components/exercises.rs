//! The exercise library's pieces the plan and the exercise pages share
//! (the full build only): the starters a plan offers, with dose and pain
//! rule; an exercise's dose; links to an exercise, the library or (for
//! `components::programme`) any route, which open it through an action
//! (embedded in a clinic's page, the address is the host's).

use guide_core::engine::{outcome, Outcome};
use guide_core::exercise::{starters as offered, words, Exercise};
use guide_core::route::Route;
use guide_core::session::Action;
use guide_core::texts::ExerciseTextKey as T;
use yew::prelude::*;

use crate::browser::route;
use crate::components::sources::cite;
use crate::components::text::page_text;
use crate::content::{content, library};
use crate::props::PageProps;

/// A link to an exercise's page (`Some(id)`) or to the library (`None`).
pub fn link(props: &PageProps, to: Option<&str>, label: Html) -> Html {
    route_link(props, Route::Exercises(to.map(str::to_owned)), label)
}

/// A link to `to` that opens it through its action.
pub fn route_link(props: &PageProps, to: Route, label: Html) -> Html {
    let href = route::address(&to);
    let dispatch = props.dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dispatch.emit(Action::to(to.clone()));
    });
    html! { <a class="link" {href} {onclick}>{ label }</a> }
}

/// The dose as a list: how many, the rest, how often.
pub fn dose(exercise: &Exercise) -> Html {
    let dose = words::dose(content(), &exercise.dose);
    html! {
        <ul class="list ex-dose">
            <li>{ dose.amount }</li>
            <li>{ dose.rest }</li>
            <li>{ dose.per_week }</li>
        </ul>
    }
}

/// The starters this patient's plan offers (none for most plans).
pub fn for_patient(props: &PageProps) -> Vec<&'static Exercise> {
    outcome(content(), &props.session.answers)
        .map(|o| offered(library(), &o))
        .unwrap_or_default()
}

/// "Exercises you can start now" on the plan: each starter with its dose
/// and the pain rule, a link to its page, then the library; nothing when
/// the plan offers none.
pub fn starters(props: &PageProps, outcome: &Outcome) -> Html {
    let list = offered(library(), outcome);
    if list.is_empty() {
        return Html::default();
    }
    let text = |key| page_text(&props.config, key);
    html! {
        <section class="plan-section ex-starters" aria-labelledby="hg-starters">
            <h3 id="hg-starters">{ text(T::StartersTitle) }</h3>
            <p>{ text(T::StartersIntro) }{ cite(props.clinician, library().starters.as_ref().map_or(&[][..], |s| s.sources)) }</p>
            { for list.iter().map(|e| html! {
                <div class="ex-card">
                    <h4>{ link(props, Some(e.id), html! { { e.name } }) }</h4>
                    <p>{ e.purpose }</p>
                    { dose(e) }
                    <p>{ e.not_feel }{ cite(props.clinician, e.sources) }</p>
                </div>
            }) }
            <p>{ link(props, None, html! { { text(T::LibraryLink) } }) }</p>
        </section>
    }
}
