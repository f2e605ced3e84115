//! The form for one day: date, pain when sitting, what was done (and for a run, how long and what kind), pain during it, today's exercises, the next morning, new or worrying symptoms.

use guide_core::diary::form::{Action, ActivityKind, Edit, Field};
use guide_core::diary::view::View;
use guide_core::diary::{day, Day, Morning, RunKind};
use guide_core::exercise::Exercise;
use guide_core::texts::DiaryTextKey;
use yew::prelude::*;

use super::book::Book;
use super::exercises;
use crate::browser::input;
use crate::components::form::{error_line, error_summary, fieldset, legend, radios, scale};
use crate::components::text::form_group;

/// What is wrong with a field that needs an answer, and the input to jump to.
fn error_of(view: &View, field: Field) -> (String, String) {
    let (key, target) = match field {
        Field::Day => (DiaryTextKey::ErrorDate, "hg-diary-date"),
        Field::Sitting => (DiaryTextKey::ErrorSitting, "hg-diary-sitting-0"),
        Field::Activity => (DiaryTextKey::ErrorActivity, "hg-diary-activity-run"),
        Field::Minutes => (DiaryTextKey::ErrorMinutes, "hg-diary-minutes"),
        Field::RunKind => (DiaryTextKey::ErrorRunKind, "hg-diary-kind-easy"),
        Field::ActivityPain => (DiaryTextKey::ErrorActivityPain, "hg-diary-pain-0"),
        Field::ExercisePain(id) => {
            let target = ["hg-", &exercises::scale_name(id.as_str()), "-0"].concat();
            return (exercises::error_text(view, id.as_str()), target);
        }
    };
    (view.text(key).to_owned(), target.to_owned())
}

/// The form section, with the error summary when Save found gaps; `today`
/// as the clock says now; `patient` the patient's exercises, `open` opens
/// an exercise's page.
pub fn form(
    view: &View,
    book: &Book,
    today: Day,
    patient: &[&'static Exercise],
    send: &Callback<Action>,
    open: &Callback<String>,
    onsubmit: Callback<SubmitEvent>,
) -> Html {
    let text = |key: DiaryTextKey| view.text(key).to_owned();
    let draft = &book.draft;
    let edit = |e: Edit| {
        let send = send.clone();
        Callback::from(move |_: Event| send.emit(Action::Edit(e)))
    };
    let error = |field: Field| {
        book.errors
            .contains(&field)
            .then(|| error_of(view, field).0)
    };
    let summary = (!book.errors.is_empty()).then(|| {
        error_summary(
            book.errors
                .iter()
                .map(|field| {
                    let (message, target) = error_of(view, *field);
                    (target, message)
                })
                .collect(),
        )
    });
    let on_date = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = input::of(&e).and_then(|i| day::from_iso(&i.value)) {
                send.emit(Action::Edit(Edit::Day(d)));
            }
        })
    };
    let on_minutes = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = input::of(&e) {
                let digits: String = input.value.chars().filter(char::is_ascii_digit).collect();
                send.emit(Action::Edit(Edit::Minutes(digits.parse().ok())));
            }
        })
    };
    let on_alarm = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = input::of(&e) {
                send.emit(Action::Edit(Edit::Alarm(input.checked)));
            }
        })
    };
    let pick = |make: fn(u8) -> Edit| {
        let send = send.clone();
        Callback::from(move |n: u8| send.emit(Action::Edit(make(n))))
    };
    let date_error = error(Field::Day);
    let date_described = if date_error.is_some() {
        "hg-diary-date-hint hg-diary-date-error"
    } else {
        "hg-diary-date-hint"
    };
    let minutes_error = error(Field::Minutes);
    let minutes_described = minutes_error.is_some().then_some("hg-diary-minutes-error");
    let activity = radios(
        "diary-activity",
        [
            ("run", DiaryTextKey::Run, ActivityKind::Run),
            (
                "exercises",
                DiaryTextKey::Exercises,
                ActivityKind::Exercises,
            ),
            ("rest", DiaryTextKey::Rest, ActivityKind::Rest),
        ]
        .into_iter()
        .map(|(id, key, kind)| {
            (
                id,
                text(key),
                draft.activity == Some(kind),
                edit(Edit::Activity(kind)),
            )
        })
        .collect(),
    );
    let kinds = radios(
        "diary-kind",
        RunKind::ALL
            .into_iter()
            .map(|kind| {
                (
                    kind.token(),
                    view.run_kind(kind).to_owned(),
                    draft.run_kind == Some(kind),
                    edit(Edit::RunKind(kind)),
                )
            })
            .collect(),
    );
    let mornings = radios(
        "diary-morning",
        [
            ("better", Some(Morning::Better)),
            ("same", Some(Morning::Same)),
            ("worse", Some(Morning::Worse)),
            ("not-yet", None),
        ]
        .into_iter()
        .map(|(id, morning)| {
            (
                id,
                view.morning(morning).to_owned(),
                draft.morning == morning,
                edit(Edit::Morning(morning)),
            )
        })
        .collect(),
    );
    let minutes = draft.minutes.map(|m| m.to_string()).unwrap_or_default();
    html! {
        <section class="diary-form" aria-labelledby="hg-diary-form">
            <h2 id="hg-diary-form">{ text(DiaryTextKey::Form) }</h2>
            { summary }
            <form novalidate=true {onsubmit}>
                { form_group(date_error.is_some(), html! { <>
                    <label class="label" for="hg-diary-date">{ text(DiaryTextKey::Date) }</label>
                    <div id="hg-diary-date-hint" class="hint">{ text(DiaryTextKey::DateHint) }</div>
                    { error_line("hg-diary-date-error".into(), date_error) }
                    <input class="input input--date" type="date" id="hg-diary-date" aria-describedby={date_described}
                           max={day::iso(today)} value={day::iso(draft.day_or(today))} onchange={on_date} />
                    if book.replacing(today) {
                        <p class="diary-replaces">{ text(DiaryTextKey::Replaces) }</p>
                    }
                </> }) }
                { scale("diary-sitting", text(DiaryTextKey::Sitting), text(DiaryTextKey::ScaleHint), draft.sitting,
                        error(Field::Sitting), pick(Edit::Sitting)) }
                { fieldset("diary-activity", legend(text(DiaryTextKey::Activity), true), None, error(Field::Activity),
                           html! { <div class="choices">{ activity }</div> }) }
                if draft.activity == Some(ActivityKind::Run) {
                    <div class="conditional">
                        { form_group(minutes_error.is_some(), html! { <>
                            <label class="label" for="hg-diary-minutes">{ text(DiaryTextKey::Minutes) }</label>
                            { error_line("hg-diary-minutes-error".into(), minutes_error) }
                            <input class="input input--minutes" type="text" inputmode="numeric" id="hg-diary-minutes"
                                   autocomplete="off" value={minutes} oninput={on_minutes}
                                   aria-describedby={minutes_described} />
                        </> }) }
                        { fieldset("diary-kind", legend(text(DiaryTextKey::RunKind), false), None, error(Field::RunKind),
                                   html! { <div class="choices">{ kinds }</div> }) }
                    </div>
                }
                if draft.asks_activity_pain() {
                    { scale("diary-pain", text(DiaryTextKey::ActivityPain), text(DiaryTextKey::ScaleHint), draft.activity_pain,
                            error(Field::ActivityPain), pick(Edit::ActivityPain)) }
                }
                { exercises::group(view, draft, &book.errors, patient, send, open) }
                { fieldset("diary-morning", legend(text(DiaryTextKey::Morning), true), Some(text(DiaryTextKey::MorningHint)), None,
                           html! { <div class="choices">{ mornings }</div> }) }
                <div class="form-group">
                    <div class="choice">
                        <input class="choice__input" type="checkbox" id="hg-diary-alarm" aria-describedby="hg-diary-alarm-hint"
                               checked={draft.alarm} onchange={on_alarm} />
                        <label class="choice__label" for="hg-diary-alarm">{ view.alarm_label.clone() }</label>
                        <div id="hg-diary-alarm-hint" class="choice__hint">{ view.alarm_hint.clone() }</div>
                    </div>
                </div>
                <button type="submit" class="button">{ "Save" }</button>
            </form>
        </section>
    }
}
