//! The exercise library's pages (the full build only; a programme's route
//! goes on to `pages::programme`): the library, stage
//! by stage, and each exercise's page with its drawing beside the steps,
//! the dose, the pain rule, the usual mistakes, when to move on and what
//! to step back to. Whether the patient may start one alone follows their
//! plan (`components::exercises::for_patient`).

use guide_core::exercise::{words, Exercise};
use guide_core::route::{ProgrammeAt, Route};
use guide_core::session::Action;
use guide_core::texts::ExerciseTextKey as T;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::exercises::{dose, for_patient, link};
use crate::components::programme::{kept_link, to};
use crate::components::sources::{cite, reference_list};
use crate::components::text::page_text;
use crate::content::{content, library};
use crate::props::PageProps;

/// The library (`#/exercises`), an exercise's page, or the library with a
/// note when the address names no exercise.
pub fn exercises_page(props: &PageProps, route: Route) -> Html {
    let Route::Exercises(at) = route else {
        return crate::pages::programme::programme_page(props, route);
    };
    let at = at.as_deref();
    let onback = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |()| dispatch.emit(Action::Back))
    };
    let text = |key| page_text(&props.config, key);
    let body = match at.map(|id| library().exercise(id)) {
        Some(Some(exercise)) => page(props, exercise),
        Some(None) => shelf(props, Some(text(T::Unknown))),
        None => shelf(props, None),
    };
    html! {
        <>
            { back_link(onback, "Back") }
            { body }
            { reference_list(props.clinician) }
        </>
    }
}

/// The tag saying who sets the exercise, for this patient.
fn who(props: &PageProps, exercise: &Exercise) -> Html {
    let text = |key| page_text(&props.config, key);
    if for_patient(props).iter().any(|e| e.id == exercise.id) {
        html! { <p class="tag tag--starter">{ text(T::Starter) }</p> }
    } else {
        html! { <p class="tag">{ text(T::Guided) }</p> }
    }
}

/// Every exercise, stage by stage.
fn shelf(props: &PageProps, note: Option<String>) -> Html {
    let text = |key| page_text(&props.config, key);
    let stage = |n: u32| {
        let list: Vec<&Exercise> = library()
            .exercises
            .iter()
            .filter(|e| e.stage == n)
            .collect();
        (!list.is_empty()).then(|| {
            html! {
                <section class="plan-section" aria-labelledby={format!("hg-stage-{n}")}>
                    <h2 id={format!("hg-stage-{n}")}>{ words::stage(content(), n) }</h2>
                    <ul class="ex-list">
                        { for list.iter().map(|e| html! {
                            <li>
                                { link(props, Some(e.id), html! { { e.name } }) }
                                <p>{ e.purpose }</p>
                                { who(props, e) }
                            </li>
                        }) }
                    </ul>
                </section>
            }
        })
    };
    html! {
        <div class="ex-library">
            if let Some(note) = note {
                <p class="notice" role="status">{ note }</p>
            }
            <h1 tabindex="-1">{ text(T::LibraryTitle) }</h1>
            <p>{ text(T::LibraryIntro) }</p>
            { kept_link(props) }
            if props.clinician {
                <p class="pg-build-link">{ to(props, ProgrammeAt::Build, text(T::BuildLink)) }</p>
            }
            { for (1..=4).filter_map(stage) }
        </div>
    }
}

/// One exercise: its drawing beside the steps, then the rest.
fn page(props: &PageProps, e: &'static Exercise) -> Html {
    let text = |key| page_text(&props.config, key);
    let lib = library();
    let named = |id: Option<&str>| id.and_then(|id| lib.exercise(id));
    let drawing = Html::from_html_unchecked(AttrValue::Static(e.drawing));
    html! {
        <article class="ex-page">
            <p class="tag">{ words::stage(content(), e.stage) }</p>
            <h1 tabindex="-1">{ e.name }</h1>
            { who(props, e) }
            <p class="ex-purpose">{ e.purpose }{ cite(props.clinician, e.sources) }</p>
            <div class="ex-how">
                <figure class="ex-drawing">
                    { drawing }
                    <figcaption>{ text(T::Drawing) }</figcaption>
                </figure>
                <div>
                    <h2>{ text(T::Steps) }</h2>
                    <ol class="list">{ for e.steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                </div>
            </div>
            <h2>{ text(T::Dose) }</h2>
            { dose(e) }
            <h2>{ text(T::Feel) }</h2>
            <p>{ e.feel }</p>
            <h2>{ text(T::NotFeel) }</h2>
            <p>{ e.not_feel }</p>
            <h2>{ text(T::Mistakes) }</h2>
            <ul class="list">{ for e.mistakes.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            <h2>{ text(T::MoveOn) }</h2>
            <p>{ e.move_on.text }</p>
            if let Some(next) = named(e.move_on.to) {
                <p>{ text(T::MoveOnTo) }{ " " }{ link(props, Some(next.id), html! { { next.name } }) }</p>
            }
            if let Some(back) = named(e.step_back) {
                <p>{ text(T::StepBack) }{ " " }{ link(props, Some(back.id), html! { { back.name } }) }</p>
            }
            <p>{ link(props, None, html! { { text(T::LibraryLink) } }) }</p>
        </article>
    }
}
