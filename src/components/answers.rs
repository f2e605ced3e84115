//! "Your answers" on the results page: every answer on the path as an NHS
//! summary list, each with a Change link back to its question.

use guide_core::engine::walk;
use guide_core::session::Action;
use yew::prelude::*;

use crate::content::content;
use crate::props::PageProps;

/// The patient's answers, each with a Change link (`Action::Change`).
pub fn answers_list(props: &PageProps) -> Html {
    let clinic = &props.config.clinic;
    let walk = walk(content(), &props.session.answers);
    let rows = walk.path.iter().map(|answered| {
        let question = answered.question;
        let question_text = clinic.fill(question.text);
        let change = {
            let dispatch = props.dispatch.clone();
            let id = question.id.to_owned();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                dispatch.emit(Action::Change(id.clone()))
            })
        };
        html! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{ question_text.clone() }</dt>
                <dd class="summary-list__value">
                    { for answered.choices.iter().map(|c| html! { <span class="summary-list__answer">{ clinic.fill(c.label) }</span> }) }
                </dd>
                <dd class="summary-list__actions">
                    <a href={format!("#/q/{}", question.id)} onclick={change}>
                        { "Change" }<span class="visually-hidden">{ format!(" – {question_text}") }</span>
                    </a>
                </dd>
            </div>
        }
    });
    html! { <dl class="summary-list">{ for rows }</dl> }
}
