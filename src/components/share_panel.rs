//! "Share with your physio": print one page, copy the summary, or save it as
//! text or as a FHIR QuestionnaireResponse. Only when the patient asks. The
//! printed page and the text are the same summary (`guide_core::summary`),
//! in the clinician's terms, ending with the pain diary's last week when
//! there is one; a diary that could not be read is set aside, and the
//! status line says so (opening "Share with your physio", where it sits).

use std::rc::Rc;

use guide_core::clinic::Config;
use guide_core::diary::day;
use guide_core::engine::Answers;
use guide_core::summary::{self, text, Document, Row};
use yew::prelude::*;

use super::text::page_text;
use crate::browser::{self, clock, share};
use crate::content::{content, library};
use guide_core::texts::{DiaryTextKey, FullTextKey};

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub answers: Answers,
    pub config: Rc<Config>,
}

#[function_component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let status = use_state(String::new);
    let clinic = &props.config.clinic;
    // One reading of the patient's clock for the summary's date, its diary,
    // the file names and FHIR `authored`: all on the local day.
    let now = clock::now();
    let date = day::iso(now.day);
    let loaded = use_memo((), |_| browser::diary::load());
    let log = match &*loaded {
        browser::diary::Loaded::Found(stored) => stored.log.clone(),
        _ => Default::default(),
    };
    // A diary that could not be read was set aside just now: say so in the
    // status line, once the page is there to announce it.
    {
        let (status, config) = (status.clone(), props.config.clone());
        use_effect_with(loaded, move |loaded| {
            if matches!(**loaded, browser::diary::Loaded::SetAside(_)) {
                // Folded in "Share with your physio": opened, so it shows.
                browser::details::open("hg-part-share");
                status.set(page_text(&config, DiaryTextKey::NoticeSetAside));
            }
        });
    }
    let document = summary::document(content(), library(), &props.answers, &log, clinic, now.day);
    let text = text::plain(&document);
    let fhir = summary::questionnaire_response(content(), &props.answers, clinic, &now.iso());

    let on_copy = {
        let (status, text) = (status.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            share::copy(&text, move |copied| {
                status.set(if copied {
                    "Copied".into()
                } else {
                    "Could not copy".into()
                });
            });
        })
    };
    let save = |name: String, mime: &'static str, body: String| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let saved = share::download(&name, mime, &body);
            status.set(if saved {
                format!("Saved {name}")
            } else {
                "Could not save".into()
            });
        })
    };
    html! {
        <section class="share">
            <p>{ page_text(&props.config, FullTextKey::SummaryIntro) }</p>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={Callback::from(|_: MouseEvent| share::print("summary"))}>
                    { "Print" }
                </button>
                <button type="button" class="button button--secondary" onclick={on_copy}>{ "Copy summary" }</button>
                <button type="button" class="button button--secondary"
                        onclick={save(format!("hamstring-guide-{date}.txt"), "text/plain", text.clone())}>
                    { "Download text" }
                </button>
                <button type="button" class="button button--secondary"
                        onclick={save(format!("hamstring-guide-{date}.fhir.json"), "application/fhir+json", fhir)}>
                    { "Download FHIR file" }
                </button>
            </div>
            <p class="share__status" role="status">{ (*status).clone() }</p>
            { printed(&document) }
        </section>
    }
}

/// The summary as printed: the same rows as the text, as summary lists.
fn printed(document: &Document) -> Html {
    let rows = |rows: &[Row]| {
        html! {
            <dl class="print-summary__rows">
                { for rows.iter().map(|row| html! {
                    <div class="print-summary__row"><dt>{ row.label.clone() }</dt><dd>{ row.value.clone() }</dd></div>
                }) }
            </dl>
        }
    };
    html! {
        <div class="print-summary">
            <p class="print-summary__clinic">{ document.clinic.clone() }</p>
            <h3 class="print-summary__title">{ document.title.clone() }</h3>
            <dl class="print-summary__rows">
                { for document.blanks.iter().map(|blank| html! {
                    <div class="print-summary__row"><dt>{ blank.clone() }</dt><dd class="print-summary__blank"></dd></div>
                }) }
            </dl>
            { rows(&document.facts) }
            { for document.groups.iter().map(|group| html! {
                <>
                    <h4 class="print-summary__group">{ group.title.clone() }</h4>
                    { rows(&group.rows) }
                </>
            }) }
        </div>
    }
}
