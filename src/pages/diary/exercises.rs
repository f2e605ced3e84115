//! "Today's exercises" in the entry form: a checkbox for each of the patient's exercises (name, dose, a link to its page), and for each one ticked the pain during it, 0 to 10.

use guide_core::diary::exercise_view::name;
use guide_core::diary::form::{Action, Draft, Edit, Field};
use guide_core::diary::view::View;
use guide_core::diary::ExId;
use guide_core::exercise::{words, Exercise};
use guide_core::route::Route;
use guide_core::texts::DiaryTextKey;
use yew::prelude::*;

use crate::browser::{input, route};
use crate::components::form::{fieldset, legend, scale};
use crate::content::{content, library};

/// The name of the pain scale of exercise `id` (its inputs are
/// `hg-{name}-0` …).
pub fn scale_name(id: &str) -> String {
    ["diary-ex-", id, "-pain"].concat()
}

/// The error for exercise `id` without a pain score, its name filled in.
pub fn error_text(view: &View, id: &str) -> String {
    view.text(DiaryTextKey::ExError)
        .replace("{exercise}", &name(content(), library(), id))
}

/// The group: the patient's exercises, then any other ticked in the entry
/// (their list changed since, or the content no longer has them); nothing
/// when there are none. `open` opens an exercise's page.
pub fn group(
    view: &View,
    draft: &Draft,
    errors: &[Field],
    exercises: &[&'static Exercise],
    send: &Callback<Action>,
    open: &Callback<String>,
) -> Html {
    let mut ids: Vec<&str> = exercises.iter().map(|e| e.id).collect();
    for done in draft.exercises.iter() {
        if !ids.contains(&done.id.as_str()) {
            ids.push(done.id.as_str());
        }
    }
    if ids.is_empty() {
        return Html::default();
    }
    let items = ids.into_iter().filter_map(|id| {
        let ex = ExId::new(id)?;
        let exercise = library().exercise(id);
        let label = name(content(), library(), id);
        let ticked = draft.exercises.get(id);
        let box_id = ["hg-diary-ex-", id].concat();
        let hint_id = [box_id.as_str(), "-hint"].concat();
        let onchange = {
            let send = send.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = input::of(&e) {
                    send.emit(Action::Edit(Edit::Exercise(ex, input.checked)));
                }
            })
        };
        let hint = exercise.map(|e| {
            let amount = words::dose(content(), &e.dose).amount;
            let href = route::address(&Route::Exercises(Some(id.to_owned())));
            let onclick = {
                let (open, id) = (open.clone(), id.to_owned());
                Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    open.emit(id.clone());
                })
            };
            html! {
                <div id={hint_id.clone()} class="choice__hint">
                    { amount }{ ". " }
                    <a class="link" {href} {onclick}>
                        { view.text(DiaryTextKey::ExHow).to_owned() }
                        <span class="visually-hidden">{ [": ", e.name].concat() }</span>
                    </a>
                </div>
            }
        });
        let described = hint.is_some().then_some(hint_id);
        let pain = ticked.map(|done| {
            let on_pick = {
                let send = send.clone();
                Callback::from(move |n: u8| send.emit(Action::Edit(Edit::ExercisePain(ex, n))))
            };
            let error = errors
                .contains(&Field::ExercisePain(ex))
                .then(|| error_text(view, id));
            let question = view.text(DiaryTextKey::ExPain).replace("{exercise}", &label);
            html! {
                <div class="conditional">
                    { scale(&scale_name(id), question, view.text(DiaryTextKey::ScaleHint).to_owned(),
                            done.pain, error, on_pick) }
                </div>
            }
        });
        Some(html! { <>
            <div class="choice diary-ex" data-exercise={id.to_owned()}>
                <input class="choice__input" type="checkbox" id={box_id.clone()} checked={ticked.is_some()}
                       aria-describedby={described} {onchange} />
                <label class="choice__label" for={box_id}>{ label }</label>
                { hint }
            </div>
            { pain }
        </> })
    });
    fieldset(
        "diary-ex",
        legend(view.text(DiaryTextKey::ExTitle).to_owned(), true),
        Some(view.text(DiaryTextKey::ExHint).to_owned()),
        None,
        html! { <div class="choices">{ for items }</div> },
    )
}
