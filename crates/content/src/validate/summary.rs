//! `[summary]`, the clinician's terms for the physio's summary: every care
//! level, red flag, rule and question named once, and nothing else; and the
//! plan's key actions (`action`, `summary` on a section's item).

use guide_core::model::{Summary, Term};

use super::checker::Checker;
use crate::errors::Locator;
use crate::suggest::suggest;

pub(super) fn summary(c: &mut Checker) {
    key_actions(c);
    let Some(summary) = &c.content.summary else {
        return;
    };
    let content = c.content;
    let lists: [(&'static str, &str, &[Term], Vec<&str>); 3] = [
        (
            "care_levels",
            "care level",
            summary.care_levels,
            content.care_levels.iter().map(|l| l.id).collect(),
        ),
        (
            "red_flags",
            "red flag",
            summary.red_flags,
            content.red_flags.iter().map(|f| f.id).collect(),
        ),
        (
            "rules",
            "rule",
            summary.rules,
            content.rules.iter().map(|r| r.id).collect(),
        ),
    ];
    for (field, what, terms, known) in lists {
        names(c, field, what, terms, &known);
    }
    questions(c, summary);
}

/// `[summary.<field>]` names each of `known` and nothing else.
fn names(c: &mut Checker, field: &'static str, what: &str, terms: &[Term], known: &[&str]) {
    for id in known {
        if terms.iter().all(|t| t.id != *id) {
            c.report(
                &Locator::Summary,
                Some(field),
                format!("[summary.{field}] has no name for {what} \"{id}\"; add `{id} = \"...\"`"),
            );
        }
    }
    for term in terms {
        if !known.contains(&term.id) {
            c.report(
                &Locator::Summary,
                Some(field),
                format!(
                    "[summary.{field}] names {what} \"{}\", which does not exist; {}",
                    term.id,
                    suggest(term.id, known)
                ),
            );
        }
        if term.name.trim().is_empty() {
            c.report(
                &Locator::Summary,
                Some(field),
                format!("[summary.{field}]: the name of \"{}\" is empty", term.id),
            );
        }
    }
}

/// Each question has one `[[summary.questions]]`, whose options exist.
fn questions(c: &mut Checker, summary: &Summary) {
    let content = c.content;
    for question in content.questions {
        if summary.question(question.id).is_none() {
            c.report(
                &Locator::Question(question.id.into()),
                None,
                format!(
                    "is not in the summary; add `[[summary.questions]]` with `id = \"{}\"`, its `part` and its `name`",
                    question.id
                ),
            );
        }
    }
    c.duplicates(
        summary.questions.iter().map(|q| q.id),
        Some("id"),
        |id| Locator::SummaryQuestion(id.into()),
        "this question has two `[[summary.questions]]`; keep one",
    );
    let known: Vec<&str> = content.questions.iter().map(|q| q.id).collect();
    for entry in summary.questions {
        let at = Locator::SummaryQuestion(entry.id.into());
        c.text(&at, "name", entry.name);
        let Some(question) = content.question(entry.id) else {
            c.report(
                &at,
                Some("id"),
                format!(
                    "question \"{}\" does not exist; {}",
                    entry.id,
                    suggest(entry.id, &known)
                ),
            );
            continue;
        };
        let options: Vec<&str> = question.options.iter().map(|o| o.id).collect();
        for term in entry.options {
            if !options.contains(&term.id) {
                c.report(
                    &at,
                    Some("options"),
                    format!(
                        "\"{}\" is not an option of question \"{}\"; {}",
                        term.id,
                        entry.id,
                        suggest(term.id, &options)
                    ),
                );
            }
            if term.name.trim().is_empty() {
                c.report(
                    &at,
                    Some("options"),
                    format!("the term for option \"{}\" is empty", term.id),
                );
            }
        }
    }
}

/// A key action's words for the summary only go with the key action.
fn key_actions(c: &mut Checker) {
    for section in c.content.sections {
        for (n, item) in section.items.iter().enumerate() {
            let at = Locator::Item(section.id.into(), n + 1);
            match (item.action, item.summary) {
                (None, Some(_)) => c.report(
                    &at,
                    Some("summary"),
                    "`summary` gives a key action in the clinician's words; mark the item `action = \"do\"` or `action = \"dont\"`, or remove `summary`",
                ),
                (Some(_), Some(words)) if words.trim().is_empty() => {
                    c.report(&at, Some("summary"), "summary is empty")
                }
                _ => {}
            }
        }
    }
}
