//! The pain diary: what to do next (from the core's rules), a one-page form
//! for the day (date, pain when sitting, what was done, pain during it, the
//! next morning, new or worrying symptoms), and the trend as a chart, a
//! sentence and a table. It renders the core's `Book` and sends its actions;
//! the browser module keeps it on the device.

use std::rc::Rc;

use guide_core::clinic::Config;
use guide_core::diary::form::{Action, ActivityKind, Edit, Field};
use guide_core::diary::rules::{self, Verdict};
use guide_core::diary::store::{csv, LogAndDraft};
use guide_core::diary::{self, day, trend, Morning, RunKind};
use guide_core::model::Diary;
use guide_core::template::Clinic;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::{self, find, focus, share};
use crate::components::back_link::back_link;
use crate::components::care_card::CareCard;
use crate::components::sources::cite;
use crate::components::text::{form_group, page_text, paragraphs, tel};
use crate::components::trend_chart::TrendChart;
use crate::content::content;
use crate::state::DiaryState;
use guide_core::texts::{DiaryTextKey, Key, TextKey};

#[derive(Properties, PartialEq)]
pub struct DiaryProps {
    pub config: Rc<Config>,
    /// Show the source beside each piece of advice (`?clinician`).
    pub clinician: bool,
    /// "Back to the guide".
    pub on_close: Callback<()>,
}

/// Content text with the diary's numbers and the clinic's details filled in.
struct Words<'a> {
    rules: &'a Diary,
    clinic: &'a Clinic,
}

impl Words<'_> {
    fn fill(&self, text: &str) -> String {
        self.clinic.fill(&diary::fill(self.rules, text))
    }

    /// The page text `key`, filled.
    fn key(&self, key: impl Key) -> String {
        self.fill(content().text(key))
    }
}

/// What the page says about keeping the diary on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kept {
    Saving,
    SetAside,
    Unavailable,
    Erased,
}

/// The content text and the input to jump to for a field that needs an answer.
fn error_of(field: Field) -> (DiaryTextKey, &'static str) {
    match field {
        Field::Day => (DiaryTextKey::ErrorDate, "hg-diary-date"),
        Field::Sitting => (DiaryTextKey::ErrorSitting, "hg-diary-sitting-0"),
        Field::Activity => (DiaryTextKey::ErrorActivity, "hg-diary-activity-run"),
        Field::Minutes => (DiaryTextKey::ErrorMinutes, "hg-diary-minutes"),
        Field::RunKind => (DiaryTextKey::ErrorRunKind, "hg-diary-kind-easy"),
        Field::ActivityPain => (DiaryTextKey::ErrorActivityPain, "hg-diary-pain-0"),
    }
}

fn target_input(e: &Event) -> Option<HtmlInputElement> {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
}

/// Focuses the element with this id inside the guide.
fn focus_id(id: &str) {
    if let Some(element) = find(&["#", id].concat()) {
        let _ = element.focus();
    }
}

#[function_component]
pub fn DiaryPage(props: &DiaryProps) -> Html {
    let loaded = use_memo((), |_| browser::diary::load());
    let state = use_reducer(|| {
        let stored = match &*loaded {
            browser::diary::Loaded::Found(stored) => stored.clone(),
            _ => LogAndDraft::default(),
        };
        DiaryState {
            book: guide_core::diary::form::Book::new(stored.log, stored.draft),
            today: browser::diary::today(),
        }
    });
    let kept = use_state(|| match &*loaded {
        browser::diary::Loaded::SetAside(_) => Kept::SetAside,
        browser::diary::Loaded::Unavailable => Kept::Unavailable,
        _ => Kept::Saving,
    });
    let days = use_state(|| 7u32);
    // Each press of Save, so the same outcome twice still moves focus.
    let submits = use_state(|| 0u32);

    // Keep the diary (entries and the unfinished entry) on the device.
    {
        let kept = kept.clone();
        use_effect_with(
            (state.book.log.clone(), state.book.draft),
            move |(log, draft)| {
                let stored = LogAndDraft {
                    log: log.clone(),
                    draft: *draft,
                };
                if *kept != Kept::Unavailable && !browser::diary::save(&stored) {
                    kept.set(Kept::Unavailable);
                } else if *kept == Kept::Erased && !stored.is_empty() {
                    // A new entry after erasing: "erased" is no longer news.
                    kept.set(Kept::Saving);
                }
            },
        );
    }
    // After Save: the error summary, or the new advice.
    {
        let failed = !state.book.errors.is_empty();
        use_effect_with(*submits, move |submits| {
            if *submits > 0 && failed {
                focus::announce_page(content().meta.title, true);
            } else if *submits > 0 {
                focus_id("hg-diary-advice");
            }
        });
    }

    let Some(rules) = content().diary.as_ref() else {
        return html! {};
    };
    let config = &props.config;
    let words = Words {
        rules,
        clinic: &config.clinic,
    };
    let text = |key: DiaryTextKey| words.key(key);
    let send = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let book = &state.book;
    let today = state.today;

    let onback = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let onsubmit = {
        let (send, submits) = (send.clone(), submits.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            send.emit(Action::Save);
            submits.set(*submits + 1);
        })
    };
    let notice = match *kept {
        Kept::Saving => None,
        Kept::SetAside => Some(text(DiaryTextKey::NoticeSetAside)),
        Kept::Unavailable => Some(page_text(config, TextKey::NoticeCannotSave)),
        Kept::Erased => Some(text(DiaryTextKey::Erased)),
    };
    let on_erase = {
        let (send, kept) = (send.clone(), kept.clone());
        Callback::from(move |_: MouseEvent| {
            if browser::diary::erase() {
                kept.set(Kept::Erased);
            }
            send.emit(Action::Erase);
        })
    };
    let on_download = {
        let log = book.log.clone();
        Callback::from(move |_: MouseEvent| {
            let name = ["hamstring-diary-", &day::iso(today), ".csv"].concat();
            share::download(&name, "text/csv", &csv(&log));
        })
    };

    html! {
        <>
            { back_link(onback, "Back to the guide") }
            <h1 tabindex="-1">{ text(DiaryTextKey::Title) }</h1>
            if let Some(notice) = notice {
                <p class="notice diary-notice">{ notice }</p>
            }
            { paragraphs(&text(DiaryTextKey::Intro)) }
            { advice(props, &words, &state) }
            { form(&words, &state, &send, onsubmit) }
            { trend_section(&words, &state, &days, &send) }
            <div class="diary-files">
                <p>{ text(DiaryTextKey::EraseIntro) }</p>
                <div class="button-group">
                    <button type="button" class="button button--secondary" onclick={on_download}
                            disabled={book.log.is_empty()}>
                        { "Download CSV" }
                    </button>
                    <button type="button" class="button button--secondary" onclick={on_erase}>
                        { "Erase my diary" }
                    </button>
                </div>
            </div>
        </>
    }
}

/// "What to do next": the alarm card, or the rule's advice with the entry it
/// rests on; then the nudge to book, if any.
fn advice(props: &DiaryProps, words: &Words, state: &DiaryState) -> Html {
    let (rules, clinic) = (words.rules, words.clinic);
    let fill = |t: &str| words.fill(t);
    let text = |key: DiaryTextKey| words.key(key);
    let ruling = rules::advise(rules, &state.book.log, state.today);
    let based_on = ruling.day.map(|d| {
        html! { <p class="diary-advice__when">{ text(DiaryTextKey::BasedOn) }{ " " }{ day::label(d) }</p> }
    });
    let body = match (ruling.verdict, rules::message(rules, ruling.verdict)) {
        (_, Some(message)) => html! {
            { advice_box(ruling.verdict, html! { <>
                <h3 class="diary-advice__title">{ fill(message.title) }</h3>
                <p>{ fill(message.text) }{ cite(props.clinician, message.sources) }</p>
                { based_on }
            </> }) }
        },
        (_, None) => {
            let alarm = &rules.alarm;
            let care = content().care(alarm.care).map(|(_, c)| c);
            let section = content().section(alarm.section);
            match care {
                None => html! {},
                Some(care) => html! {
                    <div data-advice={advice_id(ruling.verdict)}>
                        { CareCard { style: care.style, title: fill(care.title), main: false, call: Some(&clinic.phone) }.render(html! {
                            <>
                                <p>{ fill(alarm.text) }{ cite(props.clinician, alarm.sources) }</p>
                                <p>{ fill(care.action) }{ cite(props.clinician, care.sources) }</p>
                                if let Some(section) = section {
                                    <h3>{ fill(section.title) }</h3>
                                    <ul class="list">
                                        { for section.items.iter().map(|item| html! {
                                            <li>{ fill(item.text) }{ cite(props.clinician, item.sources) }</li>
                                        }) }
                                    </ul>
                                }
                                { based_on }
                            </>
                        }) }
                    </div>
                },
            }
        }
    };
    let nudge = rules::nudge(rules, &state.book.log, state.today)
        .filter(|_| ruling.verdict != Verdict::Alarm)
        .map(|nudge| {
            let message = rules::nudge_message(rules, nudge);
            let booking = (!clinic.booking_url.is_empty()).then(|| html! {
                <a class="button" href={clinic.booking_url.clone()} target="_blank" rel="noopener">{ "Book a consult" }</a>
            });
            let phone = (!clinic.phone.is_empty()).then(|| html! {
                <a class="button button--secondary" href={tel(&clinic.phone)}>{ ["Call ", &clinic.phone].concat() }</a>
            });
            html! {
                <div class="book-box diary-nudge">
                    <h3>{ fill(message.title) }</h3>
                    <p>{ fill(message.text) }{ cite(props.clinician, message.sources) }</p>
                    <div class="button-group">{ booking }{ phone }</div>
                </div>
            }
        });
    let saved = state
        .book
        .saved
        .map(|d| [text(DiaryTextKey::Saved), " ".into(), day::label(d)].concat());
    html! {
        <section class="diary-advice" aria-labelledby="hg-diary-advice">
            <h2 id="hg-diary-advice" tabindex="-1">{ text(DiaryTextKey::Advice) }</h2>
            <p class="diary-status" role="status">{ saved.unwrap_or_default() }</p>
            { body }
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

/// A 0–10 scale of radio buttons in a fieldset.
fn scale(
    name: &'static str,
    legend: String,
    hint: String,
    value: Option<u8>,
    error: Option<String>,
    on_pick: Callback<u8>,
) -> Html {
    let items = (0..=diary::MAX_PAIN).map(|n| {
        let id = ["hg-diary-", name, "-", &n.to_string()].concat();
        let onchange = {
            let on_pick = on_pick.clone();
            Callback::from(move |_: Event| on_pick.emit(n))
        };
        html! {
            <div class="scale__item">
                <input class="scale__input" type="radio" id={id.clone()} name={["diary-", name].concat()}
                       value={n.to_string()} checked={value == Some(n)} {onchange} />
                <label class="scale__label" for={id}>{ n.to_string() }</label>
            </div>
        }
    });
    let body = html! { <div class="scale">{ for items }</div> };
    fieldset(name, legend, Some(hint), error, true, body)
}

/// The "Error: …" line above a field that needs an answer.
fn error_line(id: String, error: Option<String>) -> Html {
    match error {
        Some(message) => html! {
            <p {id} class="error-message"><span class="visually-hidden">{ "Error: " }</span>{ message }</p>
        },
        None => html! {},
    }
}

/// A question of the form as a fieldset: legend, hint and error linked to it.
fn fieldset(
    name: &'static str,
    legend: String,
    hint: Option<String>,
    error: Option<String>,
    big: bool,
    body: Html,
) -> Html {
    let hint_id = ["hg-diary-", name, "-hint"].concat();
    let error_id = ["hg-diary-", name, "-error"].concat();
    let described: Vec<&str> = [
        hint.as_ref().map(|_| hint_id.as_str()),
        error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let hint = hint.map(|h| html! { <div id={hint_id.clone()} class="hint">{ h }</div> });
    // Literal classes (see `text::form_group` for why).
    let legend = if big {
        html! { <legend class="fieldset__legend fieldset__legend--m">{ legend }</legend> }
    } else {
        html! { <legend class="fieldset__legend">{ legend }</legend> }
    };
    form_group(
        error.is_some(),
        html! {
            <fieldset class="fieldset" aria-describedby={described}>
                { legend }
                { hint }
                { error_line(error_id.clone(), error) }
                { body }
            </fieldset>
        },
    )
}

/// Radio buttons in the guide's usual style: (id suffix, label, checked, on pick).
fn radios(name: &'static str, options: Vec<(&'static str, String, bool, Callback<Event>)>) -> Html {
    options
        .into_iter()
        .map(|(value, label, checked, onchange)| {
            let id = ["hg-diary-", name, "-", value].concat();
            html! {
                <div class="choice">
                    <input class="choice__input" type="radio" id={id.clone()} name={["diary-", name].concat()}
                           {value} {checked} {onchange} />
                    <label class="choice__label" for={id}>{ label }</label>
                </div>
            }
        })
        .collect()
}

fn form(
    words: &Words,
    state: &DiaryState,
    send: &Callback<Action>,
    onsubmit: Callback<SubmitEvent>,
) -> Html {
    let text = |key: DiaryTextKey| words.key(key);
    let book = &state.book;
    let draft = &book.draft;
    let today = state.today;
    let edit = |e: Edit| {
        let send = send.clone();
        Callback::from(move |_: Event| send.emit(Action::Edit(e)))
    };
    let error = |field: Field| {
        book.errors
            .contains(&field)
            .then(|| text(error_of(field).0))
    };
    let summary = (!book.errors.is_empty()).then(|| {
        let items = book.errors.iter().map(|field| {
            let (key, target) = error_of(*field);
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                focus_id(target);
            });
            html! { <li><a href={["#", target].concat()} {onclick}>{ text(key) }</a></li> }
        });
        html! {
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="hg-error-title">
                <h2 id="hg-error-title" class="error-summary__title">{ "There is a problem" }</h2>
                <ul class="error-summary__list">{ for items }</ul>
            </div>
        }
    });
    let on_date = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = target_input(&e).and_then(|i| day::from_iso(&i.value())) {
                send.emit(Action::Edit(Edit::Day(d)));
            }
        })
    };
    let on_minutes = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let digits: String = input.value().chars().filter(char::is_ascii_digit).collect();
            send.emit(Action::Edit(Edit::Minutes(digits.parse().ok())));
        })
    };
    let on_alarm = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = target_input(&e) {
                send.emit(Action::Edit(Edit::Alarm(input.checked())));
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
        "activity",
        vec![
            (
                "run",
                text(DiaryTextKey::Run),
                draft.activity == Some(ActivityKind::Run),
                edit(Edit::Activity(ActivityKind::Run)),
            ),
            (
                "exercises",
                text(DiaryTextKey::Exercises),
                draft.activity == Some(ActivityKind::Exercises),
                edit(Edit::Activity(ActivityKind::Exercises)),
            ),
            (
                "rest",
                text(DiaryTextKey::Rest),
                draft.activity == Some(ActivityKind::Rest),
                edit(Edit::Activity(ActivityKind::Rest)),
            ),
        ],
    );
    let kinds = radios(
        "kind",
        [
            ("easy", RunKind::EasyFlat),
            ("tempo", RunKind::Tempo),
            ("hills", RunKind::Hills),
        ]
        .into_iter()
        .map(|(id, kind)| {
            (
                id,
                words.fill(content().text(diary::run_kind_key(kind))),
                draft.run_kind == Some(kind),
                edit(Edit::RunKind(kind)),
            )
        })
        .collect(),
    );
    let mornings = radios(
        "morning",
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
                words.fill(content().text(diary::morning_key(morning))),
                draft.morning == morning,
                edit(Edit::Morning(morning)),
            )
        })
        .collect(),
    );
    let minutes = draft.minutes.map(|m| m.to_string()).unwrap_or_default();
    let alarm = &words.rules.alarm;
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
                { scale("sitting", text(DiaryTextKey::Sitting), text(DiaryTextKey::ScaleHint), draft.sitting,
                        error(Field::Sitting), pick(Edit::Sitting)) }
                { fieldset("activity", text(DiaryTextKey::Activity), None, error(Field::Activity), true,
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
                        { fieldset("kind", text(DiaryTextKey::RunKind), None, error(Field::RunKind), false,
                                   html! { <div class="choices">{ kinds }</div> }) }
                    </div>
                }
                if draft.asks_activity_pain() {
                    { scale("pain", text(DiaryTextKey::ActivityPain), text(DiaryTextKey::ScaleHint), draft.activity_pain,
                            error(Field::ActivityPain), pick(Edit::ActivityPain)) }
                }
                { fieldset("morning", text(DiaryTextKey::Morning), Some(text(DiaryTextKey::MorningHint)), None, true,
                           html! { <div class="choices">{ mornings }</div> }) }
                <div class="form-group">
                    <div class="choice">
                        <input class="choice__input" type="checkbox" id="hg-diary-alarm" aria-describedby="hg-diary-alarm-hint"
                               checked={draft.alarm} onchange={on_alarm} />
                        <label class="choice__label" for="hg-diary-alarm">{ words.fill(alarm.label) }</label>
                        <div id="hg-diary-alarm-hint" class="choice__hint">{ words.fill(alarm.hint) }</div>
                    </div>
                </div>
                <button type="submit" class="button">{ "Save" }</button>
            </form>
        </section>
    }
}

/// The trend: 7 or 28 days, as a sentence, a chart and a table of entries.
fn trend_section(
    words: &Words,
    state: &DiaryState,
    set_days: &UseStateHandle<u32>,
    send: &Callback<Action>,
) -> Html {
    let text = |key: DiaryTextKey| words.key(key);
    let (rules, days) = (words.rules, **set_days);
    let log = &state.book.log;
    let today = state.today;
    let toggle = |n: u32, label: &'static str| {
        let set_days = set_days.clone();
        let onclick = Callback::from(move |_: MouseEvent| set_days.set(n));
        html! {
            <button type="button" class="button button--secondary button--toggle"
                    aria-pressed={if days == n { "true" } else { "false" }} {onclick}>{ label }</button>
        }
    };
    let chart = trend::chart(log, rules.limit.value, today, days);
    let window = if days == 7 {
        "Last 7 days"
    } else {
        "Last 28 days"
    };
    let name = [text(DiaryTextKey::Chart), " – ".into(), window.into()].concat();
    let entries = trend::window(log, today, days);
    let rows = entries.iter().rev().map(|entry| {
        let change = {
            let send = send.clone();
            let d = entry.day;
            Callback::from(move |_: MouseEvent| {
                send.emit(Action::Change(d));
                focus_id("hg-diary-date");
            })
        };
        let label = day::label(entry.day);
        html! {
            <tr>
                <th scope="row">{ label.clone() }</th>
                <td>{ entry.sitting.to_string() }</td>
                <td>{ words.fill(&diary::activity_text(content(), entry.activity)) }</td>
                <td>{ entry.activity_pain.map(|p| p.to_string()).unwrap_or_default() }</td>
                <td>{ words.fill(content().text(diary::morning_key(entry.morning))) }</td>
                <td>{ if entry.alarm { "Yes" } else { "" } }</td>
                <td>
                    <button type="button" class="link-button" onclick={change}>
                        { "Change" }<span class="visually-hidden">{ [" – ", &label].concat() }</span>
                    </button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="diary-trend" aria-labelledby="hg-diary-trend">
            <h2 id="hg-diary-trend">{ text(DiaryTextKey::Trend) }</h2>
            <div class="button-group diary-trend__toggle">
                { toggle(7, "Last 7 days") }
                { toggle(28, "Last 28 days") }
            </div>
            <p class="diary-summary">{ words.fill(&trend::sentence(content(), rules, log, today, days)) }</p>
            <TrendChart chart={chart} name={name}
                        sitting={text(DiaryTextKey::Sitting)} activity={text(DiaryTextKey::ActivityPain)} limit={text(DiaryTextKey::LimitLine)} />
            if entries.is_empty() {
                <p>{ text(DiaryTextKey::Empty) }</p>
            } else {
                <div class="table-wrap" role="region" aria-labelledby="hg-diary-table" tabindex="0">
                    <table class="diary-table">
                        <caption id="hg-diary-table">{ text(DiaryTextKey::Table) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Date" }</th>
                                <th scope="col">{ "Sitting" }</th>
                                <th scope="col">{ "Activity" }</th>
                                <th scope="col">{ "During" }</th>
                                <th scope="col">{ "Next morning" }</th>
                                <th scope="col">{ "New symptoms" }</th>
                                <th scope="col"><span class="visually-hidden">{ "Change" }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
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
