//! The pain diary page: it asks the core for the diary in words (`diary::view`), renders its pieces and sends their actions; the browser module keeps the diary on the device.

mod advice;
mod book;
mod entry;
mod exercises;
mod ladder;
mod morning;
mod patient;
mod trend;

use std::rc::Rc;

use guide_core::clinic::Config;
use guide_core::diary::day;
use guide_core::diary::exercise_view;
use guide_core::diary::form::Action;
use guide_core::diary::rules::Verdict;
use guide_core::diary::store::{csv, LogAndDraft};
use guide_core::diary::view::view_after;
use guide_core::engine::{outcome, Outcome};
use guide_core::exercise::Exercise;
use guide_core::texts::DiaryTextKey;
use yew::prelude::*;

use crate::browser::persist::{self, Kept};
use crate::browser::{self, clock, focus, input::focus_id, share, store};
use crate::components::back_link::back_link;
use crate::components::text::paragraphs;
use crate::content::{content, library};
use crate::props::PageProps;
use book::{from_other_tab, Book, Change};

#[derive(Properties, PartialEq)]
pub struct DiaryProps {
    pub config: Rc<Config>,
    /// Show the source beside each piece of advice (`?clinician`).
    pub clinician: bool,
    /// "Back to the guide".
    pub on_close: Callback<()>,
    /// The guide's outcome, once every question is answered.
    pub outcome: Option<Rc<Outcome>>,
    /// The patient's exercises (`patient::patient_exercises`).
    pub exercises: Vec<&'static Exercise>,
    /// Opens an exercise's page.
    pub open_exercise: Callback<String>,
}

/// What the page says about keeping the diary on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keeping {
    Saving,
    SetAside,
    Unavailable,
    Erased,
}

#[function_component]
pub fn DiaryPage(props: &DiaryProps) -> Html {
    let loaded = use_memo((), |_| browser::diary::load());
    let book = use_reducer(|| {
        let kept = match &*loaded {
            browser::diary::Loaded::Found(kept) => kept.clone(),
            _ => LogAndDraft::default(),
        };
        Book::new(kept.log, kept.draft)
    });
    let keeping = use_state(|| match &*loaded {
        browser::diary::Loaded::SetAside(_) => Keeping::SetAside,
        browser::diary::Loaded::Unavailable => Keeping::Unavailable,
        _ => Keeping::Saving,
    });
    let days = use_state(|| 7u32);
    // Whether the browser keeps the diary for good: asked once there is one.
    let kept = use_state(|| None::<Kept>);
    // Each press of Save, so the same outcome twice still moves focus.
    let submits = use_state(|| 0u32);

    // Keep the diary (entries and the unfinished entry) on the device.
    {
        let keeping = keeping.clone();
        use_effect_with((book.log.clone(), book.draft), move |(log, draft)| {
            let kept = LogAndDraft {
                log: log.clone(),
                draft: *draft,
            };
            if *keeping != Keeping::Unavailable && !browser::diary::save(&kept) {
                keeping.set(Keeping::Unavailable);
            } else if *keeping == Keeping::Erased && !kept.is_empty() {
                // A new entry after erasing: "erased" is no longer news.
                keeping.set(Keeping::Saving);
            }
        });
    }
    {
        let kept = kept.clone();
        use_effect_with(book.log.is_empty(), move |empty| {
            if !*empty && kept.is_none() {
                persist::ask(move |answer| kept.set(Some(answer)));
            }
        });
    }
    // Another tab saved or erased the diary: take its entries.
    {
        let book = book.clone();
        use_effect_with((), move |_| {
            let listener = store::on_change(move || {
                if let Some(log) = from_other_tab() {
                    book.dispatch(Change::Adopt(log));
                }
            });
            move || drop(listener)
        });
    }
    // After Save: the error summary, or the new advice.
    {
        let failed = !book.errors.is_empty();
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
    // Today as the clock says now, at every render: the page may have been
    // open since before midnight.
    let today = clock::today();
    // The advice is for the day just saved, if any, else the latest entry.
    let mut view = view_after(
        content(),
        rules,
        &book.log,
        today,
        &config.clinic,
        book.saved,
    );
    let exercise_advice = exercise_view::lines(
        content(),
        rules,
        library(),
        &book.log,
        today,
        &config.clinic,
        &props.exercises,
    );
    // The window shown, moved out (its chart goes to the chart's props).
    let window = std::mem::take(if *days == 7 {
        &mut view.week
    } else {
        &mut view.month
    });
    let text = |key: DiaryTextKey| view.text(key).to_owned();
    // Each action carries the day it is sent on, and goes after what
    // another tab saved, never before it.
    let send = {
        let book = book.clone();
        Callback::from(move |action: Action| {
            if let Some(log) = from_other_tab() {
                book.dispatch(Change::Adopt(log));
            }
            book.dispatch(Change::Patient(action, clock::today()))
        })
    };

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
    let notice = match *keeping {
        Keeping::Saving => None,
        Keeping::SetAside => Some(text(DiaryTextKey::NoticeSetAside)),
        Keeping::Unavailable => Some(view.cannot_save.clone()),
        Keeping::Erased => Some(text(DiaryTextKey::Erased)),
    };
    let on_erase = {
        let (send, keeping) = (send.clone(), keeping.clone());
        Callback::from(move |_: MouseEvent| {
            if browser::diary::erase() {
                keeping.set(Keeping::Erased);
            }
            send.emit(Action::Erase);
        })
    };
    let on_download = {
        let log = book.log.clone();
        Callback::from(move |_: MouseEvent| {
            let name = ["hamstring-diary-", &day::iso(clock::today()), ".csv"].concat();
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
            if let Some((day, question)) = &view.ask_morning {
                { morning::section(&view, *day, question, &send) }
            }
            { paragraphs(view.text(DiaryTextKey::Intro)) }
            { advice::section(&view, &exercise_advice, book.saved, &config.clinic, props.clinician) }
            { ladder::section(&book.log, today, props.outcome.as_deref(), view.advice.verdict == Verdict::Alarm, &config.clinic, props.clinician) }
            { entry::form(&view, &book, today, &props.exercises, &send, &props.open_exercise, onsubmit) }
            { trend::section(&view, window, &days, &send) }
            <div class="diary-files">
                <p>{ text(DiaryTextKey::EraseIntro) }</p>
                if *kept == Some(Kept::Refused) {
                    <p class="notice">{ text(DiaryTextKey::NotKeptForGood) }</p>
                }
                <div class="button-group">
                    <button type="button" class="button button--secondary" onclick={on_download}
                            disabled={book.log.is_empty()}>
                        { "Download CSV" }
                    </button>
                </div>
                // "Erase my diary" says what goes and what stays, and asks.
                <details class="erase">
                    <summary class="button button--secondary">{ "Erase my diary" }</summary>
                    <p>{ text(DiaryTextKey::EraseConfirm) }</p>
                    <button type="button" class="button" onclick={on_erase}>{ "Yes, erase my diary" }</button>
                </details>
            </div>
        </>
    }
}

/// The diary page.
pub fn diary_page(props: &PageProps) -> Html {
    let dispatch = props.dispatch.clone();
    let on_close = Callback::from(move |()| dispatch.emit(guide_core::session::Action::CloseDiary));
    let dispatch = props.dispatch.clone();
    let open_exercise = Callback::from(move |id: String| {
        dispatch.emit(guide_core::session::Action::OpenExercises(Some(id)))
    });
    let outcome = outcome(content(), &props.session.answers).map(Rc::new);
    let exercises = patient::patient_exercises(outcome.as_deref());
    html! {
        <DiaryPage config={props.config.clone()} clinician={props.clinician} {on_close}
                   {exercises} {open_exercise} {outcome} />
    }
}
