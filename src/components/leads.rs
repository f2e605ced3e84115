//! The clinician view's notes on a question page: beside each option, the
//! red flag it stops the questions with and the rules it counts towards or
//! rules out, each with its sources; and the list of those sources.

use guide_core::leads::{leads, Lead};
use guide_core::model::{AnswerRef, Question};
use guide_core::texts::FullTextKey;
use yew::prelude::*;

use crate::components::sources::{cite, with_cited};
use crate::content::content;

/// "question.option" for each answer, separated by commas.
fn answers(list: &[AnswerRef]) -> String {
    let written: Vec<String> = list
        .iter()
        .map(|a| format!("{}.{}", a.question, a.choice))
        .collect();
    written.join(", ")
}

/// An option's hint followed by where the option `choice` of `question`
/// leads; the hint as it is outside the clinician view (so the first
/// build renders exactly the option).
pub fn with_notes(hint: Option<Html>, on: bool, question: &str, choice: &str) -> Option<Html> {
    if !on || !crate::variant::HAS_SOURCES {
        return hint;
    }
    let notes = notes(question, choice);
    Some(html! { <>{ hint }{ notes }</> })
}

/// Where the option `choice` of `question` leads.
fn notes(question: &str, choice: &str) -> Html {
    let content = content();
    let t = |key: FullTextKey| content.text(key);
    let found = leads(content, question, choice);
    if found.is_empty() {
        return html! {};
    }
    // "{what} {id} ({care})", the start of every note.
    let head = |what: FullTextKey, id: &str, care: &str| format!("{} {id} ({care})", t(what));
    let note = |lead: &Lead| {
        let (words, sources) = match lead {
            Lead::RedFlag(flag) => (
                head(FullTextKey::ClinicianRedFlag, flag.id, flag.care),
                flag.sources,
            ),
            Lead::Rule {
                rule,
                with,
                one_of,
                unless,
            } => {
                let mut words = head(FullTextKey::ClinicianRule, rule.id, rule.care);
                for (key, list) in [
                    (FullTextKey::ClinicianWith, with.as_slice()),
                    (FullTextKey::ClinicianOneOf, one_of),
                    (FullTextKey::ClinicianUnless, unless),
                ] {
                    if !list.is_empty() {
                        words.push_str(&format!(", {} {}", t(key), answers(list)));
                    }
                }
                (words, rule.sources)
            }
            Lead::RulesOut(rule) => (
                head(FullTextKey::ClinicianRulesOut, rule.id, rule.care),
                rule.sources,
            ),
        };
        html! {
            <li><span aria-hidden="true">{ "→ " }</span>{ words }{ cite(true, sources) }</li>
        }
    };
    html! { <ul class="choice__leads">{ for found.iter().map(note) }</ul> }
}

/// The question page `page` followed by the list of the sources its notes
/// cite; `page` as it is outside the clinician view.
pub fn with_sources(page: Html, on: bool, question: &Question) -> Html {
    if !on || !crate::variant::HAS_SOURCES {
        return page;
    }
    let mut keys: Vec<&str> = Vec::new();
    for option in question.options {
        for lead in leads(content(), question.id, option.id) {
            let cited = match lead {
                Lead::RedFlag(flag) => flag.sources,
                Lead::Rule { rule, .. } | Lead::RulesOut(rule) => rule.sources,
            };
            keys.extend(cited);
        }
    }
    with_cited(page, on, &keys)
}
