//! Reads the TOML content file into the model, then checks it.
//!
//! Every error names the file, the line and the reason: TOML syntax errors
//! and unknown keys come from the TOML reader with their position; content
//! problems from [`validate::check`] are placed at the line of the item's id.
//! Strings are leaked to `'static`, which is fine at build time and in tests.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::model::{
    Advice, AnswerRef, CardStyle, CareLevel, Choice, Condition, Content, Kind, Meta, Next,
    Question, RedFlag, Rule, Section, Source, Text,
};
use crate::validate::{check, ContentError, Locator};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContent {
    meta: RawMeta,
    #[serde(default)]
    sources: Vec<RawSource>,
    #[serde(default)]
    care_levels: Vec<RawCareLevel>,
    #[serde(default)]
    red_flags: Vec<RawRedFlag>,
    #[serde(default)]
    questions: Vec<RawQuestion>,
    #[serde(default)]
    rules: Vec<RawRule>,
    #[serde(default)]
    sections: Vec<RawSection>,
    #[serde(default)]
    texts: BTreeMap<Spanned<String>, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: String,
    version: String,
    default_care: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    key: Spanned<String>,
    citation: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawStyle {
    SelfCare,
    NonUrgent,
    Urgent,
    Emergency,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCareLevel {
    id: Spanned<String>,
    style: RawStyle,
    title: String,
    action: String,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRedFlag {
    id: Spanned<String>,
    care: String,
    title: String,
    meaning: String,
    action: String,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    Single,
    Multi,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    group: String,
    kind: RawKind,
    text: String,
    hint: Option<String>,
    next: String,
    #[serde(default)]
    options: Vec<RawChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: Spanned<String>,
    label: String,
    hint: Option<String>,
    #[serde(default)]
    exclusive: bool,
    red_flag: Option<String>,
    next: Option<String>,
    #[serde(default)]
    brings: Vec<String>,
    reason: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    #[serde(default)]
    all: Vec<Spanned<String>>,
    #[serde(default)]
    any: Vec<Spanned<String>>,
    #[serde(default)]
    none: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    care: String,
    reason: String,
    #[serde(default)]
    sources: Vec<String>,
    when: RawCondition,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    always: bool,
    #[serde(default)]
    guided: bool,
    when: Option<RawCondition>,
    #[serde(default)]
    items: Vec<RawAdvice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdvice {
    text: String,
    #[serde(default)]
    sources: Vec<String>,
}

/// Reads, converts and checks the content file at `path`.
pub fn load(path: &Path) -> Result<Content, Vec<ContentError>> {
    let label = display_path(path);
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![ContentError {
            file: label.clone(),
            line: 0,
            message: format!("cannot read: {e}"),
        }]
    })?;
    parse(&label, &text)
}

/// The path as written relative to the workspace when it is inside it.
fn display_path(path: &Path) -> String {
    let shown = path.display().to_string();
    match shown.find("content/") {
        Some(at) => shown[at..].to_owned(),
        None => shown,
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_all(v: Vec<String>) -> &'static [&'static str] {
    Vec::leak(v.into_iter().map(leak).collect())
}

/// Converts and checks content text; `file` labels the errors.
pub fn parse(file: &str, text: &str) -> Result<Content, Vec<ContentError>> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let raw: RawContent = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(0, |s| line_of(s.start));
        vec![ContentError {
            file: file.to_owned(),
            line,
            message: e.message().trim().to_owned(),
        }]
    })?;
    let mut lines: BTreeMap<Locator, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut at = |locator: Locator, id: &Spanned<String>| {
        lines.entry(locator).or_insert(line_of(id.span().start));
    };

    let answer_ref = |s: &Spanned<String>, errors: &mut Vec<ContentError>| {
        let (question, choice) = s.get_ref().split_once('.').unwrap_or_else(|| {
            errors.push(ContentError {
                file: file.to_owned(),
                line: line_of(s.span().start),
                message: format!("\"{}\" must be written question.option", s.get_ref()),
            });
            ("", "")
        });
        AnswerRef {
            question: leak(question.into()),
            choice: leak(choice.into()),
        }
    };
    let condition = |c: RawCondition, errors: &mut Vec<ContentError>| {
        let mut refs = |v: Vec<Spanned<String>>| -> &'static [AnswerRef] {
            Vec::leak(v.iter().map(|s| answer_ref(s, errors)).collect())
        };
        Condition {
            all: refs(c.all),
            any: refs(c.any),
            none: refs(c.none),
        }
    };
    let next = |s: String| {
        if s == "end" {
            Next::End
        } else {
            Next::Question(leak(s))
        }
    };

    let sources = raw
        .sources
        .into_iter()
        .map(|s| {
            at(Locator::Source(s.key.get_ref().clone()), &s.key);
            Source {
                key: leak(s.key.into_inner()),
                citation: leak(s.citation),
            }
        })
        .collect::<Vec<_>>();
    let care_levels = raw
        .care_levels
        .into_iter()
        .map(|l| {
            at(Locator::CareLevel(l.id.get_ref().clone()), &l.id);
            CareLevel {
                id: leak(l.id.into_inner()),
                style: match l.style {
                    RawStyle::SelfCare => CardStyle::SelfCare,
                    RawStyle::NonUrgent => CardStyle::NonUrgent,
                    RawStyle::Urgent => CardStyle::Urgent,
                    RawStyle::Emergency => CardStyle::Emergency,
                },
                title: leak(l.title),
                action: leak(l.action),
                sources: leak_all(l.sources),
            }
        })
        .collect::<Vec<_>>();
    let red_flags = raw
        .red_flags
        .into_iter()
        .map(|r| {
            at(Locator::RedFlag(r.id.get_ref().clone()), &r.id);
            RedFlag {
                id: leak(r.id.into_inner()),
                care: leak(r.care),
                title: leak(r.title),
                meaning: leak(r.meaning),
                action: leak(r.action),
                sources: leak_all(r.sources),
            }
        })
        .collect::<Vec<_>>();
    let questions = raw
        .questions
        .into_iter()
        .map(|q| {
            let qid = q.id.get_ref().clone();
            at(Locator::Question(qid.clone()), &q.id);
            let options = q
                .options
                .into_iter()
                .map(|o| {
                    at(Locator::Choice(qid.clone(), o.id.get_ref().clone()), &o.id);
                    Choice {
                        id: leak(o.id.into_inner()),
                        label: leak(o.label),
                        hint: o.hint.map(leak),
                        exclusive: o.exclusive,
                        red_flag: o.red_flag.map(leak),
                        next: o.next.map(next),
                        brings: leak_all(o.brings),
                        reason: o.reason.map(leak),
                    }
                })
                .collect::<Vec<_>>();
            Question {
                id: leak(q.id.into_inner()),
                group: leak(q.group),
                text: leak(q.text),
                hint: q.hint.map(leak),
                kind: match q.kind {
                    RawKind::Single => Kind::Single,
                    RawKind::Multi => Kind::Multi,
                },
                options: Vec::leak(options),
                next: next(q.next),
            }
        })
        .collect::<Vec<_>>();
    let rules = raw
        .rules
        .into_iter()
        .map(|r| {
            at(Locator::Rule(r.id.get_ref().clone()), &r.id);
            Rule {
                id: leak(r.id.into_inner()),
                when: condition(r.when, &mut errors),
                care: leak(r.care),
                reason: leak(r.reason),
                sources: leak_all(r.sources),
            }
        })
        .collect::<Vec<_>>();
    let sections = raw
        .sections
        .into_iter()
        .map(|s| {
            at(Locator::Section(s.id.get_ref().clone()), &s.id);
            Section {
                id: leak(s.id.into_inner()),
                title: leak(s.title),
                always: s.always,
                when: s.when.map(|w| condition(w, &mut errors)),
                guided: s.guided,
                items: Vec::leak(
                    s.items
                        .into_iter()
                        .map(|i| Advice {
                            text: leak(i.text),
                            sources: leak_all(i.sources),
                        })
                        .collect(),
                ),
            }
        })
        .collect::<Vec<_>>();
    let texts = raw
        .texts
        .into_iter()
        .map(|(key, text)| {
            at(Locator::Text(key.get_ref().clone()), &key);
            Text {
                key: leak(key.into_inner()),
                text: leak(text),
            }
        })
        .collect::<Vec<_>>();
    let content = Content {
        meta: Meta {
            title: leak(raw.meta.title),
            version: leak(raw.meta.version),
            default_care: leak(raw.meta.default_care),
        },
        sources: Vec::leak(sources),
        care_levels: Vec::leak(care_levels),
        red_flags: Vec::leak(red_flags),
        questions: Vec::leak(questions),
        rules: Vec::leak(rules),
        sections: Vec::leak(sections),
        texts: Vec::leak(texts),
    };
    let meta_line = text
        .lines()
        .position(|l| l.trim() == "[meta]")
        .map_or(1, |i| i + 1);
    let texts_line = text
        .lines()
        .position(|l| l.trim() == "[texts]")
        .map_or(meta_line, |i| i + 1);
    errors.extend(check(&content).into_iter().map(|problem| {
        let line = lines.get(&problem.at).copied().unwrap_or(match problem.at {
            Locator::Text(_) => texts_line,
            _ => meta_line,
        });
        ContentError {
            file: file.to_owned(),
            line,
            message: problem.to_string(),
        }
    }));
    if errors.is_empty() {
        Ok(content)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// The shipped content and clinic configuration from a `content/` folder
/// (`guide.toml`, `clinic.toml`), for tools and tests; every error listed.
pub fn load_folder(dir: &Path) -> Result<(Content, crate::clinic::Config), Vec<String>> {
    let content = load(&dir.join("guide.toml"));
    let clinic = crate::clinic::load(&dir.join("clinic.toml"));
    match (content, clinic) {
        (Ok(content), Ok(clinic)) => Ok((content, clinic)),
        (content, clinic) => Err(content
            .err()
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .chain(clinic.err().into_iter().flatten())
            .collect()),
    }
}
