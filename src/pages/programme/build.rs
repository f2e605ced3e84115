//! The physio's builder (`#/programme/new`, the clinician view): tick the
//! exercises, set each number within its range, and get the patient's
//! link and its QR code, both made on this device. Any change takes the
//! link away until it is made again, so the link on screen is always the
//! numbers on screen.

use guide_core::exercise::programme::{
    encode, model::amount_span, Amount, Prescription, Programme, MAX_ITEMS,
};
use guide_core::exercise::{Exercise, Span};
use guide_core::route::{ProgrammeAt, Route};
use guide_core::template::fill_words;
use guide_core::texts::ExerciseTextKey as T;
use yew::prelude::*;

use crate::browser::{input, route, share};
use crate::components::form::{error_line, error_summary};
use crate::components::qr::qr;
use crate::components::text::{form_group, page_text};
use crate::content::library;
use crate::props::PageProps;

/// One exercise of the library as the form holds it: ticked or not, and
/// its four numbers as typed (sets, amount, rest, times a week).
#[derive(Debug, Clone, PartialEq)]
struct Row {
    ticked: bool,
    values: [String; 4],
}

/// The four numbers' ranges, in the form's order.
fn spans(e: &Exercise) -> [Span; 4] {
    [
        e.dose.sets,
        amount_span(e).0,
        e.dose.rest_seconds,
        e.dose.per_week,
    ]
}

/// The four numbers' labels.
fn labels(e: &Exercise) -> [T; 4] {
    let amount = match amount_span(e).1 {
        Amount::Reps(_) => T::FieldReps,
        Amount::Hold(_) => T::FieldHold,
    };
    [T::FieldSets, amount, T::FieldRest, T::FieldPerWeek]
}

fn field_id(e: &Exercise, n: usize) -> String {
    format!("hg-pg-{}-{n}", e.id)
}

/// "From 4 to 5" or "Enter a number from 4 to 5".
fn range_text(props: &PageProps, key: T, span: Span) -> String {
    let (low, high) = (span.low.to_string(), span.high.to_string());
    fill_words(
        &page_text(&props.config, key),
        &[("low", &low), ("high", &high)],
    )
}

/// The programme the form holds, or what is wrong: (field id, message).
fn check(props: &PageProps, rows: &[Row]) -> Result<Programme, Vec<(String, String)>> {
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for (e, row) in library()
        .exercises
        .iter()
        .zip(rows)
        .filter(|(_, r)| r.ticked)
    {
        let mut numbers = [0u32; 4];
        for (n, span) in spans(e).into_iter().enumerate() {
            match row.values[n].trim().parse::<u32>() {
                Ok(v) if (span.low..=span.high).contains(&v) => numbers[n] = v,
                _ => errors.push((field_id(e, n), range_text(props, T::ErrorNumber, span))),
            }
        }
        let [sets, amount, rest_seconds, per_week] = numbers;
        items.push(Prescription {
            sets,
            amount: Prescription::lowest(e).amount.with(amount),
            rest_seconds,
            per_week,
            ..Prescription::lowest(e)
        });
    }
    let first = library()
        .exercises
        .first()
        .map(|e| format!("hg-pg-{}", e.id))
        .unwrap_or_default();
    if items.is_empty() {
        errors.push((first, page_text(&props.config, T::ErrorNone)));
    } else if items.len() > MAX_ITEMS {
        let max = MAX_ITEMS.to_string();
        errors.push((
            first,
            fill_words(&page_text(&props.config, T::ErrorTooMany), &[("max", &max)]),
        ));
    }
    if errors.is_empty() {
        Ok(Programme { items })
    } else {
        Err(errors)
    }
}

#[function_component]
pub fn Builder(props: &PageProps) -> Html {
    let rows = use_state(|| {
        library()
            .exercises
            .iter()
            .map(|e| {
                let p = Prescription::lowest(e);
                Row {
                    ticked: false,
                    values: [p.sets, p.amount.value(), p.rest_seconds, p.per_week]
                        .map(|n| n.to_string()),
                }
            })
            .collect::<Vec<_>>()
    });
    // The link made from the form, or what is wrong; `None` after a change.
    let made = use_state(|| None::<Result<String, Vec<(String, String)>>>);
    let copied = use_state(|| None::<bool>);
    let text = |key| page_text(&props.config, key);
    let edit = {
        let (rows, made, copied) = (rows.clone(), made.clone(), copied.clone());
        Callback::from(
            move |(i, field, value, ticked): (usize, Option<usize>, String, bool)| {
                let mut next = (*rows).clone();
                match field {
                    Some(n) => next[i].values[n] = value,
                    None => next[i].ticked = ticked,
                }
                rows.set(next);
                made.set(None);
                copied.set(None);
            },
        )
    };
    let onsubmit = {
        let (rows, made, props) = (rows.clone(), made.clone(), props.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            made.set(Some(check(&props, &rows).map(|p| {
                route::link(&Route::Programme(ProgrammeAt::Link(encode(&p))))
            })));
        })
    };
    let errors = match &*made {
        Some(Err(errors)) => errors.clone(),
        _ => Vec::new(),
    };
    let error_for = |id: &str| errors.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone());
    let items = library().exercises.iter().zip(rows.iter()).enumerate().map(|(i, (e, row))| {
        let box_id = format!("hg-pg-{}", e.id);
        let ontick = {
            let edit = edit.clone();
            Callback::from(move |ev: Event| {
                let checked = input::of(&ev).is_some_and(|i| i.checked);
                edit.emit((i, None, String::new(), checked));
            })
        };
        let fields = spans(e).into_iter().zip(labels(e)).enumerate().map(|(n, (span, label))| {
            let id = field_id(e, n);
            let hint_id = format!("{id}-hint");
            let error_id = format!("{id}-error");
            let error = error_for(&id);
            let described = if error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
            let oninput = {
                let edit = edit.clone();
                Callback::from(move |ev: InputEvent| {
                    let value = input::of(&ev).map(|i| i.value).unwrap_or_default();
                    edit.emit((i, Some(n), value, true));
                })
            };
            form_group(error.is_some(), html! {
                <div class="pg-field">
                    <label class="label" for={id.clone()}>{ text(label) }</label>
                    <div id={hint_id} class="hint">{ range_text(props, T::FieldHint, span) }</div>
                    { error_line(error_id, error) }
                    <input class="input pg-number" type="number" inputmode="numeric" id={id.clone()} name={id}
                           min={span.low.to_string()} max={span.high.to_string()} step="1"
                           aria-describedby={described} value={row.values[n].clone()} {oninput} />
                </div>
            })
        });
        let tick_error = error_for(&box_id);
        html! {
            <li class="pg-row">
                { error_line(format!("{box_id}-error"), tick_error) }
                <div class="choice">
                    <input class="choice__input" type="checkbox" id={box_id.clone()} checked={row.ticked} onchange={ontick} />
                    <label class="choice__label" for={box_id}>{ e.name }</label>
                </div>
                if row.ticked {
                    <fieldset class="fieldset pg-fields">
                        <legend class="visually-hidden">{ e.name }</legend>
                        { for fields }
                    </fieldset>
                }
            </li>
        }
    });
    html! {
        <div class="pg-build">
            if !errors.is_empty() {
                { error_summary(errors.clone()) }
            }
            <h1 tabindex="-1">{ text(T::BuildTitle) }</h1>
            <p>{ text(T::BuildIntro) }</p>
            <form {onsubmit} novalidate=true>
                <ul class="pg-rows">{ for items }</ul>
                <button type="submit" class="button">{ text(T::Make) }</button>
            </form>
            if let Some(Ok(link)) = &*made {
                { made_link(props, link, copied.clone()) }
            }
        </div>
    }
}

/// The patient's link: as text to copy, as a QR code, and Copy.
fn made_link(props: &PageProps, link: &str, copied: UseStateHandle<Option<bool>>) -> Html {
    let text = |key| page_text(&props.config, key);
    let oncopy = {
        let (link, copied) = (link.to_owned(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            share::copy(&link, move |ok| copied.set(Some(ok)));
        })
    };
    html! {
        <section class="pg-made" aria-labelledby="hg-pg-made">
            <h2 id="hg-pg-made">{ text(T::LinkTitle) }</h2>
            <p>{ text(T::LinkIntro) }</p>
            <label class="label" for="hg-pg-link">{ text(T::LinkLabel) }</label>
            <input class="input pg-link" id="hg-pg-link" type="text" readonly=true value={link.to_owned()} />
            <div class="pg-qr">{ qr(link, text(T::Qr)) }</div>
            <div class="button-group">
                <button type="button" class="button" onclick={oncopy}>{ text(T::Copy) }</button>
                <p class="pg-copied" role="status">
                    { match *copied { Some(true) => text(T::Copied), Some(false) => text(T::CopyFailed), None => String::new() } }
                </p>
            </div>
        </section>
    }
}
