//! "Share with your physio": print one page, copy the summary, or save it as
//! text or as a FHIR QuestionnaireResponse. Only when the patient asks. The
//! summary ends with the pain diary's trend when there is one; a diary that
//! could not be read is set aside, and the status line says so.

use std::rc::Rc;

use guide_core::clinic::Config;
use guide_core::diary::day;
use guide_core::engine::Answers;
use guide_core::summary;
use yew::prelude::*;

use super::text::page_text;
use crate::browser::{self, clock, share};
use crate::content::content;
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
                status.set(page_text(&config, DiaryTextKey::NoticeSetAside));
            }
        });
    }
    let mut text = summary::text(content(), &props.answers, clinic, &date);
    text.push_str(&summary::diary(content(), &log, clinic, now.day));
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
        <section class="share" aria-labelledby="hg-share">
            <h2 id="hg-share">{ page_text(&props.config, FullTextKey::SummaryTitle) }</h2>
            <p>{ page_text(&props.config, FullTextKey::SummaryIntro) }</p>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={Callback::from(|_: MouseEvent| share::print())}>
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
            <pre class="print-summary">{ text }</pre>
        </section>
    }
}
