//! A question page: the question as the heading inside the legend, hint
//! text, native radio buttons or checkboxes, Continue, Back, the part of the
//! guide as a caption (NHS.UK "question page" pattern), and a GOV.UK-style
//! error summary when Continue is pressed with nothing chosen.

use guide_core::model::{Kind, Question};
use guide_core::session::{Action, Page};
use yew::prelude::*;

use crate::browser::{focus, input};
use crate::components::back_link::back_link;
use crate::components::form::{error_summary, fieldset};
use crate::components::leads;
use crate::components::text::page_text;
use crate::content::content;
use crate::props::PageProps;
use guide_core::texts::TextKey;

/// The choices after ticking or unticking `id`: a single choice replaces;
/// an exclusive option ("None of these") clears the others and is cleared
/// by them.
fn toggle(question: &Question, chosen: &[String], id: &str, on: bool) -> Vec<String> {
    let exclusive = |c: &str| question.option(c).is_some_and(|c| c.exclusive);
    match (question.kind, on) {
        (Kind::Single, _) => vec![id.to_owned()],
        (Kind::Multi, false) => chosen.iter().filter(|c| *c != id).cloned().collect(),
        (Kind::Multi, true) if exclusive(id) => vec![id.to_owned()],
        // In the content's order, so answers read back as listed.
        (Kind::Multi, true) => question
            .options
            .iter()
            .map(|o| o.id)
            .filter(|o| *o == id || (chosen.iter().any(|c| c == o) && !exclusive(o)))
            .map(str::to_owned)
            .collect(),
    }
}

fn input_id(question: &str, choice: &str) -> String {
    format!("hg-{question}-{choice}")
}

#[function_component]
pub fn QuestionPage(props: &PageProps) -> Html {
    let content = content();
    let question = match &props.session.page {
        Page::Question(id) => content.question(id),
        _ => None,
    };
    let chosen = use_state(|| {
        question
            .and_then(|q| props.session.answers.get(q.id))
            .map(<[String]>::to_vec)
            .unwrap_or_default()
    });
    // How many times Continue was pressed with nothing chosen.
    let failed = use_state(|| 0u32);
    use_effect_with(*failed, move |failed| {
        if *failed > 0 {
            focus::announce_page(content.meta.title, true);
        }
    });
    let Some(question) = question else {
        return html! {};
    };
    let error = *failed > 0;

    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = input::of(&e) {
                chosen.set(toggle(question, &chosen, &input.value, input.checked));
            }
        })
    };
    let onsubmit = {
        let (chosen, failed, dispatch) = (chosen.clone(), failed.clone(), props.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if chosen.is_empty() {
                failed.set(*failed + 1);
            } else {
                dispatch.emit(Action::Answer {
                    question: question.id.to_owned(),
                    choices: (*chosen).clone(),
                });
            }
        })
    };
    let onback = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Back))
    };

    let message = page_text(
        &props.config,
        if question.kind == Kind::Single {
            TextKey::ErrorSingle
        } else {
            TextKey::ErrorMulti
        },
    );
    let input_type = if question.kind == Kind::Single {
        "radio"
    } else {
        "checkbox"
    };

    let options = question.options.iter().map(|choice| {
        let input = input_id(question.id, choice.id);
        let choice_hint = choice.hint.map(|h| {
            let id = format!("{input}-hint");
            html! { <div id={id} class="choice__hint">{ props.config.clinic.fill(h) }</div> }
        });
        let divider = (choice.exclusive && question.kind == Kind::Multi)
            .then(|| html! { <p class="choices__divider">{ "or" }</p> });
        html! {
            <>
                { divider }
                <div class="choice">
                    <input
                        class="choice__input"
                        type={input_type}
                        id={input.clone()}
                        name={question.id}
                        value={choice.id}
                        checked={chosen.iter().any(|c| c == choice.id)}
                        aria-describedby={choice.hint.map(|_| format!("{input}-hint"))}
                        onchange={onchange.clone()}
                    />
                    <label class="choice__label" for={input}>{ props.config.clinic.fill(choice.label) }</label>
                    { leads::with_notes(choice_hint, props.clinician, question.id, choice.id) }
                </div>
            </>
        }
    });

    let page = html! {
        <>
            { back_link(onback, "Back") }
            if error {
                { error_summary(vec![(input_id(question.id, question.options[0].id), message.clone())]) }
            }
            <p class="progress">{ page_text(&props.config, question.part()) }</p>
            <form class="question" novalidate=true {onsubmit}>
                { fieldset(
                    question.id,
                    html! {
                        <legend class="fieldset__legend">
                            <h1 class="fieldset__heading" tabindex="-1">{ props.config.clinic.fill(question.text) }</h1>
                        </legend>
                    },
                    question.hint.map(|hint| props.config.clinic.fill(hint)),
                    error.then_some(message),
                    html! { <div class="choices">{ for options }</div> },
                ) }
                <div class="question__continue">
                    <button type="submit" class="button">{ "Continue" }</button>
                </div>
            </form>
        </>
    };
    leads::with_sources(page, props.clinician, question)
}
