//! The checker every family of checks reports to, and the checks they share:
//! sources cited, care levels, patient text and its placeholders, ids,
//! answer conditions, `next` and repeated ids.

use std::collections::BTreeMap;

use guide_core::exercise::Library;
use guide_core::model::{Condition, Content, Next};
use guide_core::template::{placeholders, PLACEHOLDERS};

use crate::errors::{Locator, Problem};
use crate::suggest::suggest;

/// The content being checked and the problems found so far.
pub(super) struct Checker<'a> {
    pub(super) content: &'a Content,
    pub(super) library: &'a Library,
    pub(super) problems: Vec<Problem>,
}

impl Checker<'_> {
    pub(super) fn report(
        &mut self,
        at: &Locator,
        field: Option<&'static str>,
        reason: impl Into<String>,
    ) {
        self.problems.push(Problem {
            at: at.clone(),
            field,
            occurrence: 0,
            reason: reason.into(),
        });
    }

    pub(super) fn sources(&mut self, at: &Locator, keys: &[&str]) {
        self.sources_in(at, "sources", keys);
    }

    /// Like `sources`, for the key `field` (`"limit.sources"` in `[diary]`).
    pub(super) fn sources_in(&mut self, at: &Locator, field: &'static str, keys: &[&str]) {
        if keys.is_empty() {
            let name = field
                .strip_suffix(".sources")
                .map_or(String::new(), |n| format!("{n} "));
            self.report(
                at,
                Some(field),
                format!("{name}has no sources; name at least one key from [[sources]] in `{field} = [...]`"),
            );
        }
        let known: Vec<&str> = self.content.sources.iter().map(|s| s.key).collect();
        for key in keys {
            if !known.contains(key) {
                self.report(
                    at,
                    Some(field),
                    format!(
                        "source \"{key}\" is not in [[sources]]; {}",
                        suggest(key, &known)
                    ),
                );
            }
        }
    }

    /// `field` names the plan section `id`, which must exist.
    pub(super) fn section(&mut self, at: &Locator, field: &'static str, id: &str) {
        if self.content.section(id).is_none() {
            let known: Vec<&str> = self.content.sections.iter().map(|s| s.id).collect();
            let name = field.rsplit_once('.').map_or(field, |(head, _)| head);
            self.report(
                at,
                Some(field),
                format!(
                    "{name} section \"{id}\" does not exist; {}",
                    suggest(id, &known)
                ),
            );
        }
    }

    pub(super) fn care(&mut self, at: &Locator, field: &'static str, id: &str) {
        if self.content.care(id).is_none() {
            let known: Vec<&str> = self.content.care_levels.iter().map(|c| c.id).collect();
            self.report(
                at,
                Some(field),
                format!(
                    "care level \"{id}\" does not exist; {}",
                    suggest(id, &known)
                ),
            );
        }
    }

    /// Patient text: not empty, and only known placeholders.
    pub(super) fn text(&mut self, at: &Locator, field: &'static str, text: &str) {
        self.text_with(at, field, text, &[]);
    }

    /// Patient text that may also use the placeholders in `extra`.
    pub(super) fn text_with(
        &mut self,
        at: &Locator,
        field: &'static str,
        text: &str,
        extra: &[&str],
    ) {
        // A page text is named by its key alone: "text \"x\": is empty".
        let (shown, what) = match at {
            Locator::Text(_) => (None, String::new()),
            _ => (Some(field), format!("{field} ")),
        };
        if text.trim().is_empty() {
            self.report(at, shown, format!("{what}is empty"));
        }
        for name in placeholders(text) {
            if !PLACEHOLDERS.contains(&name) && !extra.contains(&name) {
                let known: Vec<&str> = PLACEHOLDERS.iter().chain(extra).copied().collect();
                self.report(
                    at,
                    shown,
                    format!(
                        "{what}uses {{{name}}}; the placeholders are {{{}}}",
                        known.join("}, {")
                    ),
                );
            }
        }
    }

    pub(super) fn id(&mut self, at: &Locator, field: &'static str, id: &str) {
        if id.is_empty() || id.contains(|c: char| c == '.' || c.is_whitespace()) {
            self.report(
                at,
                Some(field),
                format!("{field} must be a word with no spaces or dots, like \"sitting_time\""),
            );
        }
    }

    pub(super) fn condition(&mut self, at: &Locator, when: &Condition) {
        let lists = [
            ("when.all", when.all),
            ("when.any", when.any),
            ("when.none", when.none),
        ];
        for (field, answers) in lists {
            for answer in answers {
                let Some(question) = self.content.question(answer.question) else {
                    let known: Vec<&str> = self.content.questions.iter().map(|q| q.id).collect();
                    self.report(
                        at,
                        Some(field),
                        format!(
                            "\"{}.{}\" names question \"{}\", which does not exist; {}",
                            answer.question,
                            answer.choice,
                            answer.question,
                            suggest(answer.question, &known)
                        ),
                    );
                    continue;
                };
                if question.option(answer.choice).is_none() {
                    let known: Vec<&str> = question.options.iter().map(|o| o.id).collect();
                    self.report(
                        at,
                        Some(field),
                        format!(
                            "\"{}.{}\": \"{}\" is not an option of question \"{}\"; {}",
                            answer.question,
                            answer.choice,
                            answer.choice,
                            answer.question,
                            suggest(answer.choice, &known)
                        ),
                    );
                }
            }
        }
    }

    pub(super) fn next(&mut self, at: &Locator, next: Next) {
        if let Next::Question(id) = next {
            if self.content.question(id).is_none() {
                let mut known: Vec<&str> = self.content.questions.iter().map(|q| q.id).collect();
                known.push("end");
                self.report(
                    at,
                    Some("next"),
                    format!(
                        "next \"{id}\" is not a question id or \"end\"; {}",
                        suggest(id, &known)
                    ),
                );
            }
        }
    }

    /// Each repeated id, at its second and later occurrences.
    pub(super) fn duplicates<'a>(
        &mut self,
        ids: impl Iterator<Item = &'a str>,
        field: Option<&'static str>,
        at: impl Fn(&str) -> Locator,
        reason: &str,
    ) {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for id in ids {
            let count = seen.entry(id).or_insert(0);
            if *count > 0 {
                self.problems.push(Problem {
                    at: at(id),
                    field,
                    occurrence: *count,
                    reason: reason.to_owned(),
                });
            }
            *count += 1;
        }
    }
}
