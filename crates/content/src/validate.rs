//! Checks a content model before anything may use it, and the types that
//! name what is wrong: [`Problem`] (an item, the key concerned and the
//! reason) and [`ContentError`] (a problem placed at a file, line and column,
//! made by [`crate::parse`]). The checks are listed in
//! `docs/content-format.md`; [`REQUIRED_TEXTS`] lists the page texts the app
//! needs.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use guide_core::model::{CardStyle, Condition, Content, Kind, Next};
use guide_core::template::{placeholders, PLACEHOLDERS};

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
    "notice_updated",
    // The summary for the physio
    "summary_title",
    "summary_intro",
    "summary_date",
    "summary_care",
    "summary_plan",
    "summary_answers",
    // Without JavaScript: what the page shows in place of the guide
    "noscript_intro",
    "noscript_contact",
];

/// Page texts the diary page shows; required in `[texts]` when the content
/// has a `[diary]`.
pub const DIARY_TEXTS: &[&str] = &[
    "diary_link",
    "diary_title",
    "diary_intro",
    "diary_advice",
    "diary_based_on",
    "diary_form",
    "diary_date",
    "diary_date_hint",
    "diary_replaces",
    "diary_sitting",
    "diary_scale_hint",
    "diary_activity",
    "diary_run",
    "diary_exercises",
    "diary_rest",
    "diary_minutes",
    "diary_run_kind",
    "diary_easy",
    "diary_tempo",
    "diary_hills",
    "diary_activity_pain",
    "diary_morning",
    "diary_morning_hint",
    "diary_better",
    "diary_same",
    "diary_worse",
    "diary_not_yet",
    "diary_saved",
    "diary_error_date",
    "diary_error_sitting",
    "diary_error_activity",
    "diary_error_minutes",
    "diary_error_run_kind",
    "diary_error_activity_pain",
    "diary_trend",
    "diary_chart",
    "diary_limit_line",
    "diary_table",
    "diary_summary",
    "diary_summary_rest",
    "diary_summary_empty",
    "diary_empty",
    "diary_erase_intro",
    "diary_erased",
    "diary_notice_set_aside",
];

/// The numbers in `[diary]`, each a table `{ value = …, sources = […] }`.
pub const DIARY_THRESHOLDS: [&str; 6] = [
    "limit",
    "steady_days",
    "review_days",
    "review_entries",
    "better_by",
    "worse_by",
];

/// The pieces of diary advice in `[diary]`, each `{ title, text, sources }`.
pub const DIARY_MESSAGES: [&str; 7] = [
    "no_recent",
    "keep_going",
    "check_morning",
    "progress",
    "ease_off",
    "no_better",
    "getting_worse",
];

/// Placeholders the diary's own texts may use besides the clinic's, filled
/// from `[diary]` (see `diary::fill`).
pub const DIARY_PLACEHOLDERS: [&str; 3] = ["limit", "steady_days", "review_days"];

/// Placeholders of the trend sentences (`diary_summary…` texts).
pub const SUMMARY_PLACEHOLDERS: [&str; 5] = ["days", "sitting", "activity", "within", "logged"];

/// The groups a question may belong to.
pub const GROUPS: [&str; 4] = [guide_core::model::SAFETY_GROUP, "where", "triggers", "history"];

/// The item a problem is about, by its id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locator {
    /// `[meta]`, or the file as a whole.
    Meta,
    Source(String),
    CareLevel(String),
    RedFlag(String),
    Question(String),
    /// An option: question id, option id.
    Choice(String, String),
    Rule(String),
    Section(String),
    /// A piece of advice: section id and its number in the section, from 1.
    Item(String, usize),
    Text(String),
    /// `[diary]`.
    Diary,
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
            Locator::Item(id, n) => write!(f, "section \"{id}\", item {n}"),
            Locator::Text(key) => write!(f, "text \"{key}\""),
            Locator::Diary => write!(f, "[diary]"),
        }
    }
}

/// One thing wrong with the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Locator,
    /// The key of the item the problem is about (`"next"`, `"sources"`,
    /// `"when.any"`, …); `None` for the item as a whole.
    pub field: Option<&'static str>,
    /// Which of the items with this locator, when an id is repeated (0 = the
    /// first in the file).
    pub occurrence: usize,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

/// A problem placed in a file:
/// `content/guide.toml:42:1: question "sitting": next "drivng" is not …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based; 0 when the file could not be read at all.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

/// The edit distance between two ids, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// What to write instead of the unknown `id`: the closest known id when one
/// is a likely typo, otherwise the whole list.
pub(crate) fn suggest(id: &str, known: &[&str]) -> String {
    let near = known
        .iter()
        .map(|k| (distance(id, k), *k))
        .filter(|(d, _)| *d <= 2 && *d * 2 < id.chars().count().max(2))
        .min();
    match near {
        Some((_, k)) => format!("did you mean \"{k}\"?"),
        None if known.is_empty() => "there are none yet".to_owned(),
        None => format!("known: {}", known.join(", ")),
    }
}

struct Checker<'a> {
    content: &'a Content,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, at: &Locator, field: Option<&'static str>, reason: impl Into<String>) {
        self.problems.push(Problem {
            at: at.clone(),
            field,
            occurrence: 0,
            reason: reason.into(),
        });
    }

    fn sources(&mut self, at: &Locator, keys: &[&str]) {
        self.sources_in(at, "sources", keys);
    }

    /// Like `sources`, for the key `field` (`"limit.sources"` in `[diary]`).
    fn sources_in(&mut self, at: &Locator, field: &'static str, keys: &[&str]) {
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

    fn care(&mut self, at: &Locator, field: &'static str, id: &str) {
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
    fn text(&mut self, at: &Locator, field: &'static str, text: &str) {
        self.text_with(at, field, text, &[]);
    }

    /// Patient text that may also use the placeholders in `extra`.
    fn text_with(&mut self, at: &Locator, field: &'static str, text: &str, extra: &[&str]) {
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

    fn id(&mut self, at: &Locator, field: &'static str, id: &str) {
        if id.is_empty() || id.contains(|c: char| c == '.' || c.is_whitespace()) {
            self.report(
                at,
                Some(field),
                format!("{field} must be a word with no spaces or dots, like \"sitting_time\""),
            );
        }
    }

    fn condition(&mut self, at: &Locator, when: &Condition) {
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
                if question.choice(answer.choice).is_none() {
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

    fn next(&mut self, at: &Locator, next: Next) {
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
    fn duplicates<'a>(
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

/// Every problem with `content`; empty when it may be used.
pub fn check(content: &Content) -> Vec<Problem> {
    let mut c = Checker {
        content,
        problems: Vec::new(),
    };
    ids(&mut c);
    meta(&mut c);
    care_levels(&mut c);
    red_flags(&mut c);
    questions(&mut c);
    graph(&mut c);
    rules_and_sections(&mut c);
    sources_used(&mut c);
    texts(&mut c);
    diary(&mut c);
    c.problems
}

/// Every id is unique within its kind.
fn ids(c: &mut Checker) {
    let content = c.content;
    let again = "appears more than once; give each one its own `id`";
    c.duplicates(
        content.sources.iter().map(|s| s.key),
        Some("key"),
        |id| Locator::Source(id.into()),
        again,
    );
    c.duplicates(
        content.care_levels.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::CareLevel(id.into()),
        again,
    );
    c.duplicates(
        content.red_flags.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::RedFlag(id.into()),
        again,
    );
    c.duplicates(
        content.questions.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::Question(id.into()),
        again,
    );
    for question in content.questions {
        c.id(&Locator::Question(question.id.into()), "id", question.id);
        c.duplicates(
            question.options.iter().map(|o| o.id),
            Some("id"),
            |id| Locator::Choice(question.id.into(), id.into()),
            "appears more than once in this question; give each option its own `id`",
        );
        for option in question.options {
            let at = Locator::Choice(question.id.into(), option.id.into());
            c.id(&at, "id", option.id);
        }
    }
    c.duplicates(
        content.rules.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::Rule(id.into()),
        again,
    );
    c.duplicates(
        content.sections.iter().map(|s| s.id),
        Some("id"),
        |id| Locator::Section(id.into()),
        again,
    );
    c.duplicates(
        content.texts.iter().map(|s| s.key),
        None,
        |id| Locator::Text(id.into()),
        "appears more than once",
    );
}

fn meta(c: &mut Checker) {
    let meta = &c.content.meta;
    c.text(&Locator::Meta, "title", meta.title);
    c.text(&Locator::Meta, "version", meta.version);
    c.care(&Locator::Meta, "default_care", meta.default_care);
    let known: Vec<&str> = c.content.sections.iter().map(|s| s.id).collect();
    for id in meta.essentials {
        if !known.contains(id) {
            c.report(
                &Locator::Meta,
                Some("essentials"),
                format!("section \"{id}\" does not exist; {}", suggest(id, &known)),
            );
        }
    }
}

fn care_levels(c: &mut Checker) {
    let mut previous: Option<&guide_core::model::CareLevel> = None;
    for level in c.content.care_levels {
        let at = Locator::CareLevel(level.id.into());
        c.text(&at, "title", level.title);
        c.text(&at, "action", level.action);
        c.sources(&at, level.sources);
        if let Some(before) = previous.filter(|p| p.style > level.style) {
            c.report(
                &at,
                Some("style"),
                format!(
                    "is less urgent than \"{}\" above it; list care levels least urgent first",
                    before.id
                ),
            );
        }
        previous = Some(level);
    }
}

/// Every red flag escalates: its care is not self-care, is at least the
/// highest care any rule gives, and some option names it.
fn red_flags(c: &mut Checker) {
    let content = c.content;
    let lowest_escalation = content
        .care_levels
        .iter()
        .position(|l| l.style != CardStyle::SelfCare);
    let highest_rule = content
        .rules
        .iter()
        .filter_map(|r| content.care(r.care).map(|(rank, _)| (rank, r)))
        .max_by_key(|(rank, _)| *rank);
    let named: BTreeSet<&str> = content
        .questions
        .iter()
        .flat_map(|q| q.options)
        .filter_map(|o| o.red_flag)
        .collect();
    for flag in content.red_flags {
        let at = Locator::RedFlag(flag.id.into());
        c.care(&at, "care", flag.care);
        if let Some((rank, level)) = content.care(flag.care) {
            if level.style == CardStyle::SelfCare || lowest_escalation.is_none_or(|l| rank < l) {
                c.report(
                    &at,
                    Some("care"),
                    format!(
                        "does not escalate: care \"{}\" is self-care; a red flag needs a care level with style \"non_urgent\" or more urgent",
                        flag.care
                    ),
                );
            } else if let Some((_, rule)) = highest_rule.filter(|(h, _)| rank < *h) {
                c.report(
                    &at,
                    Some("care"),
                    format!(
                        "does not escalate: care \"{}\" is lower than rule \"{}\" gives (\"{}\"); a red flag stops the questions, so it must never give less care than answering on",
                        flag.care, rule.id, rule.care
                    ),
                );
            }
        }
        if !named.contains(flag.id) {
            c.report(
                &at,
                None,
                "is never used: no option names it in `red_flag = \"...\"`",
            );
        }
        c.text(&at, "title", flag.title);
        c.text(&at, "meaning", flag.meaning);
        c.text(&at, "action", flag.action);
        c.sources(&at, flag.sources);
    }
}

fn questions(c: &mut Checker) {
    let content = c.content;
    if content.questions.is_empty() {
        c.report(
            &Locator::Meta,
            None,
            "there are no questions; add at least one `[[questions]]`",
        );
    }
    let asked_before_any_section = reached_without_brings(content);
    for question in content.questions {
        let at = Locator::Question(question.id.into());
        if !GROUPS.contains(&question.group) {
            c.report(
                &at,
                Some("group"),
                format!(
                    "group \"{}\" is not one of {}; {}",
                    question.group,
                    GROUPS.join(", "),
                    suggest(question.group, &GROUPS)
                ),
            );
        }
        c.text(&at, "text", question.text);
        if let Some(hint) = question.hint {
            c.text(&at, "hint", hint);
        }
        c.next(&at, question.next);
        if question.options.is_empty() {
            c.report(&at, None, "has no options; add `[[questions.options]]`");
        }
        if question.group == "triggers"
            && question.options.iter().all(|o| o.brings.is_empty())
            && asked_before_any_section.contains(question.id)
        {
            c.report(
                &at,
                None,
                "is in group \"triggers\" but no option brings a plan section (and it is not a follow-up asked only after an answer that brings one); add `brings = [\"...\"]` to the answer that means it brings the pain on",
            );
        }
        for option in question.options {
            let at = Locator::Choice(question.id.into(), option.id.into());
            c.text(&at, "label", option.label);
            if let Some(hint) = option.hint {
                c.text(&at, "hint", hint);
            }
            if let Some(reason) = option.reason {
                c.text(&at, "reason", reason);
            }
            if option.exclusive && question.kind == Kind::Single {
                c.report(
                    &at,
                    Some("exclusive"),
                    "`exclusive` only makes sense in a multi question (a single question allows one answer anyway); remove it",
                );
            }
            if let Some(next) = option.next {
                if question.kind == Kind::Multi {
                    c.report(
                        &at,
                        Some("next"),
                        "`next` on an option only works in a single question; set the question's `next` instead",
                    );
                }
                c.next(&at, next);
            }
            if let Some(flag) = option.red_flag {
                if content.red_flag(flag).is_none() {
                    let known: Vec<&str> = content.red_flags.iter().map(|r| r.id).collect();
                    c.report(
                        &at,
                        Some("red_flag"),
                        format!(
                            "red flag \"{flag}\" does not exist; {}",
                            suggest(flag, &known)
                        ),
                    );
                }
            }
            for section in option.brings {
                if content.section(section).is_none() {
                    let known: Vec<&str> = content.sections.iter().map(|s| s.id).collect();
                    c.report(
                        &at,
                        Some("brings"),
                        format!(
                            "brings section \"{section}\", which does not exist; {}",
                            suggest(section, &known)
                        ),
                    );
                }
            }
        }
    }
}

/// The questions some path reaches without passing an answer that brings a
/// plan section. The others are follow-ups, asked only after such an answer.
fn reached_without_brings(content: &Content) -> BTreeSet<&'static str> {
    let mut reached = BTreeSet::new();
    let mut todo: Vec<&'static str> = content
        .questions
        .first()
        .map(|q| q.id)
        .into_iter()
        .collect();
    while let Some(id) = todo.pop() {
        let Some(question) = content.question(id).filter(|_| reached.insert(id)) else {
            continue;
        };
        let ways_on: Vec<Next> = match question.kind {
            Kind::Single => question
                .options
                .iter()
                .filter(|o| o.brings.is_empty())
                .map(|o| o.next.unwrap_or(question.next))
                .collect(),
            Kind::Multi if question.options.iter().all(|o| !o.brings.is_empty()) => Vec::new(),
            Kind::Multi => vec![question.next],
        };
        todo.extend(ways_on.into_iter().filter_map(|n| match n {
            Next::Question(to) => Some(to),
            Next::End => None,
        }));
    }
    reached
}

/// Every question is reached from the first, and no path goes round in a
/// circle (with every `next` known, every path then ends at "end").
fn graph(c: &mut Checker) {
    let content = c.content;
    // The ways on from each question: its own `next`, then each option's.
    let edges: BTreeMap<&str, Vec<(Next, Option<&str>)>> = content
        .questions
        .iter()
        .map(|q| {
            let mut next = vec![(q.next, None)];
            next.extend(
                q.options
                    .iter()
                    .filter_map(|o| o.next.map(|n| (n, Some(o.id)))),
            );
            (q.id, next)
        })
        .collect();
    let Some(first) = content.questions.first() else {
        return;
    };
    // Depth first; a way on to a question on the current stack closes a cycle.
    let mut reached = BTreeSet::from([first.id]);
    let mut stack: Vec<(&str, usize)> = vec![(first.id, 0)];
    while let Some(&(id, i)) = stack.last() {
        let Some(&(next, option)) = edges.get(id).and_then(|e| e.get(i)) else {
            stack.pop();
            continue;
        };
        stack.last_mut().expect("not empty").1 += 1;
        let Next::Question(to) = next else {
            continue;
        };
        if let Some(at) = stack.iter().position(|(q, _)| *q == to) {
            let mut cycle: Vec<&str> = stack[at..].iter().map(|(q, _)| *q).collect();
            cycle.push(to);
            let locator = match option {
                None => Locator::Question(id.into()),
                Some(option) => Locator::Choice(id.into(), option.into()),
            };
            c.report(
                &locator,
                Some("next"),
                format!(
                    "next \"{to}\" goes back to an earlier question, so this path never ends: {}; point it at a later question or \"end\"",
                    cycle.join(" → ")
                ),
            );
        } else if edges.contains_key(to) && reached.insert(to) {
            stack.push((to, 0));
        }
    }
    // A `next` that names no question cuts every path through it; the
    // questions beyond are reported once it is fixed, not as a cascade now.
    let every_next_known = edges.values().flatten().all(|(next, _)| {
        matches!(next, Next::End) || matches!(next, Next::Question(q) if edges.contains_key(q))
    });
    for question in content.questions.iter().filter(|_| every_next_known) {
        if !reached.contains(question.id) {
            c.report(
                &Locator::Question(question.id.into()),
                None,
                format!(
                    "cannot be reached from the first question (\"{}\"); point a `next` at it or remove it",
                    first.id
                ),
            );
        }
    }
}

fn rules_and_sections(c: &mut Checker) {
    let content = c.content;
    for rule in content.rules {
        let at = Locator::Rule(rule.id.into());
        c.care(&at, "care", rule.care);
        c.condition(&at, &rule.when);
        c.text(&at, "reason", rule.reason);
        c.sources(&at, rule.sources);
    }
    for section in content.sections {
        let at = Locator::Section(section.id.into());
        c.text(&at, "title", section.title);
        if let Some(when) = &section.when {
            c.condition(&at, when);
        }
        if section.items.is_empty() {
            c.report(&at, None, "has no items; add `[[sections.items]]`");
        }
        for (i, item) in section.items.iter().enumerate() {
            let at = Locator::Item(section.id.into(), i + 1);
            c.text(&at, "text", item.text);
            c.sources(&at, item.sources);
        }
    }
}

/// Every source is cited by some statement.
fn sources_used(c: &mut Checker) {
    let content = c.content;
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
        .chain(content.diary.iter().flat_map(diary_sources))
        .copied()
        .collect();
    for source in content.sources {
        let at = Locator::Source(source.key.into());
        c.text(&at, "citation", source.citation);
        if !used.contains(source.key) {
            c.report(
                &at,
                None,
                "is never cited; cite it in some `sources` or remove it",
            );
        }
    }
}

fn texts(c: &mut Checker) {
    for key in REQUIRED_TEXTS {
        if c.content.texts.iter().all(|t| t.key != *key) {
            c.report(
                &Locator::Text((*key).into()),
                None,
                format!("is missing from [texts]; the app shows it, so add `{key} = \"...\"`"),
            );
        }
    }
    if c.content.diary.is_some() {
        for key in DIARY_TEXTS {
            if c.content.texts.iter().all(|t| t.key != *key) {
                c.report(
                    &Locator::Text((*key).into()),
                    None,
                    format!("is missing from [texts]; the diary page shows it, so add `{key} = \"...\"`"),
                );
            }
        }
    }
    for text in c.content.texts {
        let extra: &[&str] = if text.key.starts_with("diary_summary") {
            &SUMMARY_PLACEHOLDERS
        } else if text.key.starts_with("diary_") {
            &DIARY_PLACEHOLDERS
        } else {
            &[]
        };
        c.text_with(&Locator::Text(text.key.into()), "text", text.text, extra);
    }
}

/// Every source a `[diary]` statement names.
fn diary_sources(d: &guide_core::model::Diary) -> impl Iterator<Item = &&'static str> {
    [
        d.limit.sources,
        d.steady_days.sources,
        d.review_days.sources,
        d.review_entries.sources,
        d.better_by.sources,
        d.worse_by.sources,
        d.alarm.sources,
    ]
    .into_iter()
    .chain(diary_messages(d).into_iter().map(|(_, m)| m.sources))
    .flatten()
}

/// The diary's messages with the names of their keys (title, text, sources).
fn diary_messages(d: &guide_core::model::Diary) -> [([&'static str; 3], &guide_core::model::Message); 7] {
    macro_rules! keys {
        ($name:literal) => {
            [
                concat!($name, ".title"),
                concat!($name, ".text"),
                concat!($name, ".sources"),
            ]
        };
    }
    [
        (keys!("no_recent"), &d.no_recent),
        (keys!("keep_going"), &d.keep_going),
        (keys!("check_morning"), &d.check_morning),
        (keys!("progress"), &d.progress),
        (keys!("ease_off"), &d.ease_off),
        (keys!("no_better"), &d.no_better),
        (keys!("getting_worse"), &d.getting_worse),
    ]
}

/// `[diary]`: each number in its safe range with sources, the alarm card
/// urgent enough, each message written and sourced, and the plan's own
/// words about the pain limit in step with the diary's number.
fn diary(c: &mut Checker) {
    let content = c.content;
    let Some(d) = &content.diary else {
        return;
    };
    let at = Locator::Diary;
    type Range = (u32, u32);
    let numbers: [(&str, &str, &str, &guide_core::model::Threshold, Range, &str); 6] = [
        ("limit", "limit.value", "limit.sources", &d.limit, (0, 5),
         "the pain-monitoring model allows at most 5 out of 10 during activity; see `silbernagel2007`"),
        ("steady_days", "steady_days.value", "steady_days.sources", &d.steady_days, (3, 28),
         "`steady_days` is \"about a week\" within the rule before a step more"),
        ("review_days", "review_days.value", "review_days.sources", &d.review_days, (14, 56),
         "`review_days` compares its first and last weeks, so it needs at least 2 weeks"),
        ("review_entries", "review_entries.value", "review_entries.sources", &d.review_entries, (1, 7),
         "`review_entries` is the entries needed in a week of 7 days"),
        ("better_by", "better_by.value", "better_by.sources", &d.better_by, (1, 10),
         "`better_by` is a change in pain out of 10"),
        ("worse_by", "worse_by.value", "worse_by.sources", &d.worse_by, (1, 10),
         "`worse_by` is a change in pain out of 10"),
    ];
    for (name, value_field, sources_field, threshold, (low, high), why) in numbers {
        if !(low..=high).contains(&threshold.value) {
            c.report(
                &at,
                Some(value_field),
                format!(
                    "{name} is {}; it must be from {low} to {high} ({why})",
                    threshold.value
                ),
            );
        }
        c.sources_in(&at, sources_field, threshold.sources);
    }
    let alarm = &d.alarm;
    match content.care(alarm.care) {
        None => c.care(&at, "alarm.care", alarm.care),
        Some((_, level)) if level.style < CardStyle::Urgent => c.report(
            &at,
            Some("alarm.care"),
            format!(
                "alarm care \"{}\" is not urgent enough: new or worrying symptoms need a care level with style \"urgent\" or \"emergency\"",
                alarm.care
            ),
        ),
        Some(_) => {}
    }
    if content.section(alarm.section).is_none() {
        let known: Vec<&str> = content.sections.iter().map(|s| s.id).collect();
        c.report(
            &at,
            Some("alarm.section"),
            format!(
                "alarm section \"{}\" does not exist; {}",
                alarm.section,
                suggest(alarm.section, &known)
            ),
        );
    }
    if !(1..=28).contains(&alarm.days) {
        c.report(
            &at,
            Some("alarm.days"),
            format!(
                "alarm days is {}; it must be from 1 to 28 (how long the card stays after symptoms are noted)",
                alarm.days
            ),
        );
    }
    c.text_with(&at, "alarm.label", alarm.label, &DIARY_PLACEHOLDERS);
    c.text_with(&at, "alarm.hint", alarm.hint, &DIARY_PLACEHOLDERS);
    c.text_with(&at, "alarm.text", alarm.text, &DIARY_PLACEHOLDERS);
    c.sources_in(&at, "alarm.sources", alarm.sources);
    for (fields, message) in diary_messages(d) {
        let [title, text, sources] = fields;
        c.text_with(&at, title, message.title, &DIARY_PLACEHOLDERS);
        c.text_with(&at, text, message.text, &DIARY_PLACEHOLDERS);
        c.sources_in(&at, sources, message.sources);
    }
    limit_in_step(c, d.limit.value);
}

/// The plan's own words about the pain limit ("up to 3 out of 10", "above 3")
/// name the diary's number, so the two can never disagree.
fn limit_in_step(c: &mut Checker, limit: u32) {
    let content = c.content;
    let mismatch = |text: &str| limit_numbers(text).into_iter().find(|n| *n != limit);
    for section in content.sections {
        for (i, item) in section.items.iter().enumerate() {
            if let Some(n) = mismatch(item.text) {
                c.report(
                    &Locator::Item(section.id.into(), i + 1),
                    Some("text"),
                    format!(
                        "text names a pain limit of {n} out of 10, but the diary's limit ([diary] `limit.value`) is {limit}; change both together"
                    ),
                );
            }
        }
    }
    for text in content.texts {
        if let Some(n) = mismatch(text.text) {
            c.report(
                &Locator::Text(text.key.into()),
                None,
                format!(
                    "names a pain limit of {n} out of 10, but the diary's limit ([diary] `limit.value`) is {limit}; change both together"
                ),
            );
        }
    }
}

/// The numbers a text gives as a pain limit: "N out of 10" and "above N".
pub fn limit_numbers(text: &str) -> Vec<u32> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let Ok(n) = word.parse::<u32>() else {
            continue;
        };
        let out_of_10 = words.get(i + 1..i + 4) == Some(&["out", "of", "10"][..]);
        let above = i > 0 && words[i - 1].eq_ignore_ascii_case("above");
        if out_of_10 || above {
            found.push(n);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_close_id_or_lists_them_all() {
        let known = ["driving", "sitting", "running"];
        assert_eq!(suggest("drivng", &known), "did you mean \"driving\"?");
        assert_eq!(suggest("siting", &known), "did you mean \"sitting\"?");
        assert_eq!(
            suggest("swimming", &known),
            "known: driving, sitting, running"
        );
        assert_eq!(
            suggest("ab", &["xy"]),
            "known: xy",
            "short ids need a closer match"
        );
        assert_eq!(suggest("x", &[]), "there are none yet");
    }

    #[test]
    fn a_problem_shows_its_item_and_reason() {
        let problem = Problem {
            at: Locator::Item("sitting".into(), 2),
            field: Some("sources"),
            occurrence: 0,
            reason: "has no sources".into(),
        };
        assert_eq!(
            problem.to_string(),
            "section \"sitting\", item 2: has no sources"
        );
        let error = ContentError {
            file: "content/guide.toml".into(),
            line: 42,
            column: 3,
            message: problem.to_string(),
        };
        assert_eq!(
            error.to_string(),
            "content/guide.toml:42:3: section \"sitting\", item 2: has no sources"
        );
    }
}
