//! Checks a content model before anything may use it.

/// Page texts the app shows, which the content file must define in `[texts]`.
pub const REQUIRED_TEXTS: &[&str] = &[
    // Start page
    "start_title",
    "start_intro",
    "start_for_whom",
    "start_time",
    "start_not",
    "start_emergency",
    "start_privacy",
    // Question pages: error messages when Continue is pressed with nothing chosen
    "error_single",
    "error_multi",
    // Red-flag stop page
    "stop_mistake",
    // Check your answers
    "check_intro",
    // Results page
    "result_fit",
    "result_why",
    "result_plan",
    "result_guided",
    "result_book",
    "result_disclaimer",
    // On every page: the emergency route and what the guide is not
    "emergency_strip",
    "footer_not",
    // Saving on the device
    "resume_intro",
    "notice_set_aside",
    "notice_cannot_save",
    "notice_erased",
    // The summary for the physio
    "summary_title",
    "summary_intro",
    "summary_date",
    "summary_care",
    "summary_plan",
    "summary_answers",
];

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::model::{AnswerRef, CardStyle, Condition, Content, Kind, Next};
use crate::template::{placeholders, PLACEHOLDERS};

/// The item a problem is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locator {
    Meta,
    Source(String),
    CareLevel(String),
    RedFlag(String),
    Question(String),
    Choice(String, String),
    Rule(String),
    Section(String),
    Text(String),
}

impl fmt::Display for Locator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Locator::Meta => write!(f, "[meta]"),
            Locator::Source(id) => write!(f, "source \"{id}\""),
            Locator::CareLevel(id) => write!(f, "care level \"{id}\""),
            Locator::RedFlag(id) => write!(f, "red flag \"{id}\""),
            Locator::Question(id) => write!(f, "question \"{id}\""),
            Locator::Choice(q, o) => write!(f, "question \"{q}\", option \"{o}\""),
            Locator::Rule(id) => write!(f, "rule \"{id}\""),
            Locator::Section(id) => write!(f, "section \"{id}\""),
            Locator::Text(key) => write!(f, "text \"{key}\""),
        }
    }
}

/// One thing wrong with the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Locator,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

/// A problem placed in a file: `content/guide.toml:42: question "sitting": …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Makes the locator of an item from its id.
type ToLocator = fn(String) -> Locator;

struct Checker<'a> {
    content: &'a Content,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, at: Locator, reason: impl Into<String>) {
        self.problems.push(Problem {
            at,
            reason: reason.into(),
        });
    }

    fn sources(&mut self, at: Locator, keys: &[&str]) {
        if keys.is_empty() {
            self.report(
                at.clone(),
                "has no sources; name at least one key from [[sources]]",
            );
        }
        for key in keys {
            if self.content.source(key).is_none() {
                self.report(
                    at.clone(),
                    format!("source \"{key}\" is not in [[sources]]"),
                );
            }
        }
    }

    fn care(&mut self, at: Locator, id: &str) {
        if self.content.care(id).is_none() {
            let known: Vec<_> = self.content.care_levels.iter().map(|c| c.id).collect();
            self.report(
                at,
                format!(
                    "care level \"{id}\" does not exist (known: {})",
                    known.join(", ")
                ),
            );
        }
    }

    fn text(&mut self, at: Locator, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.report(at.clone(), format!("{what} is empty"));
        }
        for name in placeholders(text) {
            if !PLACEHOLDERS.contains(&name) {
                self.report(
                    at.clone(),
                    format!(
                        "{what} uses {{{name}}}; placeholders are {{{}}}",
                        PLACEHOLDERS.join("}, {")
                    ),
                );
            }
        }
    }

    fn answer(&mut self, at: Locator, answer: &AnswerRef) {
        let known = self
            .content
            .question(answer.question)
            .map(|q| q.choice(answer.choice).is_some());
        match known {
            None => self.report(
                at,
                format!(
                    "condition names question \"{}\", which does not exist",
                    answer.question
                ),
            ),
            Some(false) => self.report(
                at,
                format!(
                    "condition names \"{}.{}\", which is not an option of that question",
                    answer.question, answer.choice
                ),
            ),
            Some(true) => {}
        }
    }

    fn condition(&mut self, at: Locator, when: &Condition) {
        for answer in when.all.iter().chain(when.any).chain(when.none) {
            self.answer(at.clone(), answer);
        }
    }

    fn next(&mut self, at: Locator, next: Next) {
        if let Next::Question(id) = next {
            if self.content.question(id).is_none() {
                self.report(
                    at,
                    format!("next \"{id}\" is not a question id (write a question id or \"end\")"),
                );
            }
        }
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = BTreeSet::new();
    ids.filter(|id| !seen.insert(*id)).collect()
}

/// Every problem with `content`; empty when it may be used.
pub fn check(content: &Content) -> Vec<Problem> {
    let mut c = Checker {
        content,
        problems: Vec::new(),
    };
    let q = |id: &str| Locator::Question(id.to_owned());

    let ids: [(Vec<&str>, ToLocator); 7] = [
        (
            content.sources.iter().map(|s| s.key).collect(),
            Locator::Source,
        ),
        (
            content.care_levels.iter().map(|s| s.id).collect(),
            Locator::CareLevel,
        ),
        (
            content.red_flags.iter().map(|s| s.id).collect(),
            Locator::RedFlag,
        ),
        (
            content.questions.iter().map(|s| s.id).collect(),
            Locator::Question,
        ),
        (content.rules.iter().map(|s| s.id).collect(), Locator::Rule),
        (
            content.sections.iter().map(|s| s.id).collect(),
            Locator::Section,
        ),
        (content.texts.iter().map(|s| s.key).collect(), Locator::Text),
    ];
    for (ids, at) in ids {
        for id in duplicates(ids.into_iter()) {
            c.report(at(id.into()), "appears more than once");
        }
    }
    c.care(Locator::Meta, content.meta.default_care);

    for level in content.care_levels {
        let at = Locator::CareLevel(level.id.into());
        c.text(at.clone(), "title", level.title);
        c.text(at.clone(), "action", level.action);
        c.sources(at, level.sources);
    }

    // The rank of the least urgent care level that is not self-care, and the
    // highest a rule can give: every red flag must reach both.
    let lowest_escalation = content
        .care_levels
        .iter()
        .position(|l| l.style != CardStyle::SelfCare);
    let highest_rule = content
        .rules
        .iter()
        .filter_map(|r| content.care(r.care))
        .map(|(rank, _)| rank)
        .max();
    let named: BTreeSet<&str> = content
        .questions
        .iter()
        .flat_map(|q| q.options)
        .filter_map(|o| o.red_flag)
        .collect();
    for flag in content.red_flags {
        let at = Locator::RedFlag(flag.id.into());
        c.care(at.clone(), flag.care);
        if let Some((rank, level)) = content.care(flag.care) {
            if level.style == CardStyle::SelfCare || lowest_escalation.is_none_or(|l| rank < l) {
                c.report(
                    at.clone(),
                    format!("does not escalate: care \"{}\" is self-care", flag.care),
                );
            }
            if highest_rule.is_some_and(|h| rank < h) {
                c.report(
                    at.clone(),
                    "gives less care than a rule can give; a red flag must never lower care",
                );
            }
        }
        if !named.contains(flag.id) {
            c.report(
                at.clone(),
                "is never used: no option names it in `red_flag`",
            );
        }
        c.text(at.clone(), "title", flag.title);
        c.text(at.clone(), "meaning", flag.meaning);
        c.text(at.clone(), "action", flag.action);
        c.sources(at, flag.sources);
    }

    if content.questions.is_empty() {
        c.report(Locator::Meta, "there are no questions");
    }
    for question in content.questions {
        let at = q(question.id);
        c.text(at.clone(), "text", question.text);
        if let Some(hint) = question.hint {
            c.text(at.clone(), "hint", hint);
        }
        c.next(at.clone(), question.next);
        if question.options.is_empty() {
            c.report(at.clone(), "has no options");
        }
        for id in duplicates(question.options.iter().map(|o| o.id)) {
            c.report(
                Locator::Choice(question.id.into(), id.into()),
                "appears more than once in this question",
            );
        }
        for option in question.options {
            let at = Locator::Choice(question.id.into(), option.id.into());
            c.text(at.clone(), "label", option.label);
            for text in option.hint.iter().chain(&option.reason) {
                c.text(at.clone(), "text", text);
            }
            if option.exclusive && question.kind == Kind::Single {
                c.report(
                    at.clone(),
                    "`exclusive` only makes sense in a multi question",
                );
            }
            if let Some(next) = option.next {
                if question.kind == Kind::Multi {
                    c.report(
                        at.clone(),
                        "`next` on an option only works in a single question",
                    );
                }
                c.next(at.clone(), next);
            }
            if let Some(flag) = option.red_flag {
                if content.red_flag(flag).is_none() {
                    c.report(at.clone(), format!("red flag \"{flag}\" does not exist"));
                }
            }
            for section in option.brings {
                if content.section(section).is_none() {
                    c.report(
                        at.clone(),
                        format!("brings section \"{section}\", which does not exist"),
                    );
                }
            }
        }
    }
    graph(&mut c);

    for rule in content.rules {
        let at = Locator::Rule(rule.id.into());
        c.care(at.clone(), rule.care);
        c.condition(at.clone(), &rule.when);
        c.text(at.clone(), "reason", rule.reason);
        c.sources(at, rule.sources);
    }
    for section in content.sections {
        let at = Locator::Section(section.id.into());
        c.text(at.clone(), "title", section.title);
        if let Some(when) = &section.when {
            c.condition(at.clone(), when);
        }
        if section.items.is_empty() {
            c.report(at.clone(), "has no items");
        }
        for item in section.items {
            c.text(at.clone(), "item", item.text);
            c.sources(at.clone(), item.sources);
        }
    }
    let used: BTreeSet<&str> = content
        .care_levels
        .iter()
        .flat_map(|l| l.sources)
        .chain(content.red_flags.iter().flat_map(|r| r.sources))
        .chain(content.rules.iter().flat_map(|r| r.sources))
        .chain(
            content
                .sections
                .iter()
                .flat_map(|s| s.items)
                .flat_map(|i| i.sources),
        )
        .copied()
        .collect();
    for source in content.sources {
        if !used.contains(source.key) {
            c.report(
                Locator::Source(source.key.into()),
                "is never cited; remove it or cite it",
            );
        }
    }
    for key in REQUIRED_TEXTS {
        if content.texts.iter().all(|t| t.key != *key) {
            c.report(
                Locator::Text((*key).into()),
                "is missing from [texts]; the app shows it",
            );
        }
    }
    for text in content.texts {
        c.text(Locator::Text(text.key.into()), "text", text.text);
    }
    c.problems
}

/// Reachability, endings and cycles of the question graph.
fn graph(c: &mut Checker) {
    let content = c.content;
    let edges: BTreeMap<&str, Vec<Next>> = content
        .questions
        .iter()
        .map(|q| {
            let mut next = vec![q.next];
            next.extend(q.options.iter().filter_map(|o| o.next));
            (q.id, next)
        })
        .collect();
    let Some(first) = content.questions.first() else {
        return;
    };
    // Depth-first search; a question seen again on the current stack is a cycle.
    let mut reached = BTreeSet::new();
    let mut stack: Vec<(&str, usize)> = vec![(first.id, 0)];
    let mut on_stack = vec![first.id];
    reached.insert(first.id);
    let mut cycles = BTreeSet::new();
    while let Some((id, i)) = stack.pop() {
        let next = edges.get(id).and_then(|n| n.get(i)).copied();
        match next {
            None => {
                on_stack.pop();
            }
            Some(next) => {
                stack.push((id, i + 1));
                if let Next::Question(to) = next {
                    if let Some(at) = on_stack.iter().position(|q| *q == to) {
                        let mut cycle: Vec<&str> = on_stack[at..].to_vec();
                        cycle.push(to);
                        cycles.insert((to, cycle.join(" → ")));
                    } else if edges.contains_key(to) && reached.insert(to) {
                        stack.push((to, 0));
                        on_stack.push(to);
                    }
                }
            }
        }
    }
    for (at, cycle) in cycles {
        c.report(
            Locator::Question(at.into()),
            format!("is part of a cycle, so a path never ends: {cycle}"),
        );
    }
    for question in content.questions {
        if !reached.contains(question.id) {
            c.report(
                Locator::Question(question.id.into()),
                "cannot be reached from the first question; point a `next` at it or remove it",
            );
        }
    }
}
