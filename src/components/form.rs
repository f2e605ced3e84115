//! Form widgets in the GOV.UK style: the error summary, a fieldset with its hint and error line, radio buttons and a 0–10 scale.

use guide_core::diary::MAX_PAIN;
use yew::prelude::*;

use super::text::form_group;
use crate::browser::input::focus_id;

/// "There is a problem", with a link to each field that needs an answer:
/// (the field's input id, what is wrong).
pub fn error_summary(errors: Vec<(String, String)>) -> Html {
    let items = errors.into_iter().map(|(target, message)| {
        let href = ["#", &target].concat();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            focus_id(&target);
        });
        html! { <li><a {href} {onclick}>{ message }</a></li> }
    });
    html! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="hg-error-title">
            <h2 id="hg-error-title" class="error-summary__title">{ "There is a problem" }</h2>
            <ul class="error-summary__list">{ for items }</ul>
        </div>
    }
}

/// The "Error: …" line above a field that needs an answer.
pub fn error_line(id: String, error: Option<String>) -> Html {
    match error {
        Some(message) => html! {
            <p {id} class="error-message"><span class="visually-hidden">{ "Error: " }</span>{ message }</p>
        },
        None => html! {},
    }
}

/// A fieldset's `<legend>` holding `text`, larger when `big` (literal
/// classes: see `text::form_group` for why).
pub fn legend(text: String, big: bool) -> Html {
    if big {
        html! { <legend class="fieldset__legend fieldset__legend--m">{ text }</legend> }
    } else {
        html! { <legend class="fieldset__legend">{ text }</legend> }
    }
}

/// A question of a form as a fieldset in its form group: the `legend`, the
/// hint and the error (`hg-{name}-hint`, `hg-{name}-error`) linked to it,
/// then `body`.
pub fn fieldset(
    name: &str,
    legend: Html,
    hint: Option<String>,
    error: Option<String>,
    body: Html,
) -> Html {
    let hint_id = ["hg-", name, "-hint"].concat();
    let error_id = ["hg-", name, "-error"].concat();
    let described = match (&hint, &error) {
        (Some(_), Some(_)) => Some([hint_id.as_str(), " ", &error_id].concat()),
        (Some(_), None) => Some(hint_id.clone()),
        (None, Some(_)) => Some(error_id.clone()),
        (None, None) => None,
    };
    let invalid = error.is_some();
    let hint = hint.map(|h| html! { <div id={hint_id} class="hint">{ h }</div> });
    form_group(
        invalid,
        html! {
            <fieldset class="fieldset" aria-describedby={described}>
                { legend }
                { hint }
                { error_line(error_id, error) }
                { body }
            </fieldset>
        },
    )
}

/// Radio buttons named `name`, each (value, label, checked, on pick), with
/// the ids `hg-{name}-{value}`.
pub fn radios(
    name: &'static str,
    options: Vec<(&'static str, String, bool, Callback<Event>)>,
) -> Html {
    options
        .into_iter()
        .map(|(value, label, checked, onchange)| {
            let id = ["hg-", name, "-", value].concat();
            html! {
                <div class="choice">
                    <input class="choice__input" type="radio" id={id.clone()} {name} {value} {checked} {onchange} />
                    <label class="choice__label" for={id}>{ label }</label>
                </div>
            }
        })
        .collect()
}

/// A 0–10 pain scale of radio buttons named `name` (ids `hg-{name}-0` …),
/// as a fieldset with a large legend.
pub fn scale(
    name: &str,
    text: String,
    hint: String,
    value: Option<u8>,
    error: Option<String>,
    on_pick: Callback<u8>,
) -> Html {
    let group = name.to_owned();
    let items = (0..=MAX_PAIN).map(|n| {
        let id = ["hg-", name, "-", &n.to_string()].concat();
        let onchange = {
            let on_pick = on_pick.clone();
            Callback::from(move |_: Event| on_pick.emit(n))
        };
        html! {
            <div class="scale__item">
                <input class="scale__input" type="radio" id={id.clone()} name={group.clone()}
                       value={n.to_string()} checked={value == Some(n)} {onchange} />
                <label class="scale__label" for={id}>{ n.to_string() }</label>
            </div>
        }
    });
    let body = html! { <div class="scale">{ for items }</div> };
    fieldset(name, legend(text, true), Some(hint), error, body)
}
