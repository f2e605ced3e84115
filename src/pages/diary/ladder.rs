//! "Back to running, step by step" on the diary: the step the runs logged
//! put the patient on, what to do next, and the ladder with that step marked.

use guide_core::diary::ladder::{self, Verdict};
use guide_core::diary::{Day, Log};
use guide_core::engine::Outcome;
use guide_core::template::Clinic;
use yew::prelude::*;

use crate::components::ladder::rungs;
use crate::components::sources::cite;
use crate::content::content;

/// The ladder's section, when it applies to this patient
/// (`ladder::shown`); `alarm`: the alarm card shows, so the ladder says
/// nothing about what to run next.
pub fn section(
    log: &Log,
    today: Day,
    outcome: Option<&Outcome>,
    alarm: bool,
    clinic: &Clinic,
    clinician: bool,
) -> Html {
    let content = content();
    let Some(rules) = content.diary.as_ref().and_then(|d| d.ladder.as_ref()) else {
        return html! {};
    };
    if !ladder::shown(rules, outcome, log) {
        return html! {};
    }
    let (Some(view), Some(progress)) = (
        ladder::view(content, clinic),
        ladder::progress(content, log, today, clinic),
    ) else {
        return html! {};
    };
    let advice = &progress.advice;
    let said = html! { <>
        <h3 class="diary-advice__title">{ advice.title.clone() }</h3>
        <p>{ advice.text.clone() }{ cite(clinician, advice.sources) }</p>
    </> };
    html! {
        <section class="diary-ladder" aria-labelledby="hg-diary-ladder"
                 data-ladder={verdict_id(progress.position.verdict)}>
            <h2 id="hg-diary-ladder">{ view.title.clone() }</h2>
            if !alarm {
                <p class="diary-ladder__step">{ progress.step.clone() }</p>
                if progress.position.verdict == Verdict::Back {
                    <div class="inset diary-advice__box diary-advice__box--ease">{ said }</div>
                } else {
                    <div class="inset diary-advice__box">{ said }</div>
                }
            }
            <p>{ view.intro.text.clone() }{ cite(clinician, view.intro.sources) }</p>
            { rungs(&view, (!alarm).then_some(progress.position.rung), clinician) }
        </section>
    }
}

/// The verdict as the page marks it, for its styles and tests.
fn verdict_id(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Start => "start",
        Verdict::Stay => "stay",
        Verdict::Ready => "ready",
        Verdict::Back => "back",
        Verdict::Ahead => "ahead",
        Verdict::Top => "top",
    }
}
