//! The summary for the physio, built from the content, the answers and the
//! diary: the clinic and a title, blank name and date-of-birth lines, the
//! date and the guide's version; the outcome (care level, the card shown,
//! the rules that raised it, or the red flag and where the questions
//! stopped); the findings; the advice given (the plan's key actions as do
//! and don't, or what the red flag's card said to do); and the diary.

use super::{diary, findings, Document, Group, Row};
use crate::diary::{day, Day, Log};
use crate::engine::{outcome_of, walk, Answers, Outcome, Walk};
use crate::exercise::Library;
use crate::model::{Content, KeyAction, Summary};
use crate::template::Clinic;
use crate::texts::FullTextKey;

/// The summary on `today` (the patient's local day).
pub fn document(
    content: &Content,
    library: &Library,
    answers: &Answers,
    log: &Log,
    clinic: &Clinic,
    today: Day,
) -> Document {
    let t = |key: FullTextKey| clinic.fill(content.text(key));
    let walk = walk(content, answers);
    let outcome = outcome_of(content, &walk);
    let mut groups = vec![self::outcome(content, &walk, outcome.as_ref(), clinic)];
    groups.extend(findings::groups(content, &walk, clinic));
    groups.extend(outcome.as_ref().and_then(|o| advice(content, o, clinic)));
    groups.extend(diary::group(content, library, log, clinic, today));
    Document {
        clinic: clinic.name.clone(),
        title: t(FullTextKey::SummaryHeading),
        blanks: vec![t(FullTextKey::SummaryName), t(FullTextKey::SummaryBirth)],
        facts: vec![
            Row::new(t(FullTextKey::SummaryDate), day::iso(today)),
            Row::new(t(FullTextKey::SummaryVersion), content.meta.version),
        ],
        groups,
    }
}

/// The clinician's name for a care level, red flag or rule, if the content
/// gives one.
fn named(
    content: &Content,
    list: fn(&Summary) -> &'static [crate::model::Term],
    id: &str,
) -> Option<&'static str> {
    content
        .summary
        .as_ref()
        .and_then(|s| Summary::name(list(s), id))
}

/// The care level and why: the card the patient saw, the rules that raised
/// the care, or the red flag and the question the questions stopped at.
fn outcome(content: &Content, walk: &Walk, outcome: Option<&Outcome>, clinic: &Clinic) -> Group {
    let t = |key: FullTextKey| clinic.fill(content.text(key));
    let mut rows = Vec::new();
    match outcome {
        None => rows.push(Row::new(
            t(FullTextKey::SummaryCare),
            t(FullTextKey::SummaryUnfinished),
        )),
        Some(outcome) => {
            let care =
                named(content, |s| s.care_levels, outcome.care.id).unwrap_or(outcome.care.title);
            rows.push(Row::new(t(FullTextKey::SummaryCare), clinic.fill(care)));
            let card = outcome.red_flag.map_or(outcome.care.title, |f| f.title);
            rows.push(Row::new(t(FullTextKey::SummaryCard), clinic.fill(card)));
            if let Some(flag) = outcome.red_flag {
                let name = named(content, |s| s.red_flags, flag.id).unwrap_or(flag.title);
                rows.push(Row::new(t(FullTextKey::SummaryRedFlag), clinic.fill(name)));
                if let Some(at) = walk.path.last() {
                    let question = content
                        .summary
                        .as_ref()
                        .and_then(|s| s.question(at.question.id))
                        .map_or(at.question.text, |q| q.name);
                    rows.push(Row::new(
                        t(FullTextKey::SummaryStoppedAt),
                        format!(
                            "{}; {}",
                            clinic.fill(question),
                            t(FullTextKey::SummaryNotAsked)
                        ),
                    ));
                }
            }
            let raised: Vec<String> = content
                .rules
                .iter()
                .filter(|r| walk.holds(&r.when))
                .map(|r| clinic.fill(named(content, |s| s.rules, r.id).unwrap_or(r.reason)))
                .collect();
            if !raised.is_empty() {
                rows.push(Row::new(t(FullTextKey::SummaryRaisedBy), raised.join("; ")));
            }
        }
    }
    Group {
        title: t(FullTextKey::SummaryOutcome),
        rows,
    }
}

/// What the patient was told: the plan's key actions, what to do and what
/// not to do, in the order the plan shows them; or, after a red flag, what
/// its card said to do.
fn advice(content: &Content, outcome: &Outcome, clinic: &Clinic) -> Option<Group> {
    let t = |key: FullTextKey| clinic.fill(content.text(key));
    let rows = match outcome.red_flag {
        Some(flag) => vec![Row::new(
            t(FullTextKey::SummaryToldTo),
            clinic.fill(flag.action),
        )],
        None => {
            let list = |wanted: KeyAction| -> Vec<String> {
                let items = outcome.sections.iter().flat_map(|s| s.items.iter());
                let mut out: Vec<String> = Vec::new();
                for item in items.filter(|i| i.action == Some(wanted)) {
                    let words = clinic.fill(item.summary.unwrap_or(item.text));
                    if !out.contains(&words) {
                        out.push(words);
                    }
                }
                out
            };
            [
                (FullTextKey::SummaryDo, KeyAction::Do),
                (FullTextKey::SummaryDont, KeyAction::Dont),
            ]
            .into_iter()
            .map(|(label, wanted)| (label, list(wanted)))
            .filter(|(_, items)| !items.is_empty())
            .map(|(label, items)| Row::new(t(label), items.join("; ")))
            .collect()
        }
    };
    (!rows.is_empty()).then(|| Group {
        title: t(FullTextKey::SummaryAdvice),
        rows,
    })
}
