//! Reads the TOML content file into the model, then checks it.
//!
//! This module owns the file format's reading and the placing of every error
//! at a file, line and column:
//!
//! 1. the text is read into a tree that keeps the position of every key
//!    (TOML syntax errors stop here, with their position);
//! 2. every key is checked against the keys the format knows, so each
//!    misspelt or unknown key is reported, not just the first;
//! 3. the text is read into owned "raw" structs (wrong types and missing keys
//!    stop here) and converted to the `'static` model by leaking the strings,
//!    which is fine at build time and in tests;
//! 4. [`validate::check`] runs on the model, and each [`Problem`] is placed at
//!    the key it concerns (`next`, `sources`, …) or else at the item's id.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use crate::errors::{ContentError, Locator, Problem};
use crate::suggest::suggest;
use crate::validate;
use guide_core::model::{
    Advice, Alarm, AnswerRef, CardStyle, CareLevel, Choice, Condition, Content, Diary, Kind,
    Message, Meta, Next, Question, RedFlag, Rule, Section, Source, Text, Threshold,
};

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
    texts: BTreeMap<String, String>,
    diary: Option<RawDiary>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDiary {
    limit: RawThreshold,
    steady_days: RawThreshold,
    review_days: RawThreshold,
    review_entries: RawThreshold,
    better_by: RawThreshold,
    worse_by: RawThreshold,
    alarm: RawAlarm,
    no_recent: RawMessage,
    keep_going: RawMessage,
    check_morning: RawMessage,
    progress: RawMessage,
    ease_off: RawMessage,
    no_better: RawMessage,
    getting_worse: RawMessage,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThreshold {
    value: u32,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlarm {
    label: String,
    hint: String,
    text: String,
    care: String,
    section: String,
    days: u32,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMessage {
    title: String,
    text: String,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: String,
    version: String,
    default_care: String,
    #[serde(default)]
    essentials: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    key: String,
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
    id: String,
    style: RawStyle,
    title: String,
    action: String,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRedFlag {
    id: String,
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
    id: String,
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
    id: String,
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
    id: String,
    care: String,
    reason: String,
    #[serde(default)]
    sources: Vec<String>,
    when: RawCondition,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
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

/// Reads, converts and checks the content file at `path`. Errors name the
/// file relative to the current directory when it is inside it.
pub fn load(path: &Path) -> Result<Content, Vec<ContentError>> {
    let label = display_path(path);
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![ContentError {
            file: label.clone(),
            line: 0,
            column: 0,
            message: format!("cannot read the content file: {e}"),
        }]
    })?;
    parse(&label, &text)
}

/// The path as a person would write it: relative to the current directory,
/// or `content/<name>` for a file in a `content` folder, or as given.
fn display_path(path: &Path) -> String {
    if let Some(relative) = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
    {
        return relative.display().to_string();
    }
    match (path.parent().and_then(Path::file_name), path.file_name()) {
        (Some(dir), Some(name)) if dir == "content" => {
            format!("content/{}", name.to_string_lossy())
        }
        _ => path.display().to_string(),
    }
}

/// Converts and checks content text; `file_label` names the file in errors.
pub fn parse(file_label: &str, text: &str) -> Result<Content, Vec<ContentError>> {
    let place = |offset: usize, message: String| {
        let (line, column) = line_column(text, offset);
        ContentError {
            file: file_label.to_owned(),
            line,
            column,
            message,
        }
    };
    let tree: Node = match toml::from_str(text) {
        Ok(tree) => tree,
        // No value in the format is a date: an unquoted date is a mistake.
        Err(error) if error.message().contains("$__toml_private_datetime") => {
            let offset = error.span().map_or(0, |s| s.start);
            return Err(vec![place(
                offset,
                "this is read as a date; write text in quotes, like `\"2026-11-25\"`".to_owned(),
            )]);
        }
        Err(error) => return Err(vec![toml_error(&place, &error, None)]),
    };
    let mut index = Index::default();
    if let Node::Table(entries) = &tree {
        index.table(entries, "", None, "");
    }
    if !index.unknown.is_empty() {
        index.unknown.sort_by_key(|(offset, _)| *offset);
        return Err(index
            .unknown
            .into_iter()
            .map(|(at, message)| place(at, message))
            .collect());
    }
    let raw: RawContent =
        toml::from_str(text).map_err(|e| vec![toml_error(&place, &e, Some(&index))])?;
    let mut errors = Vec::new();
    let content = convert(raw, &mut |offset, message| {
        errors.push(place(offset, message))
    });
    errors.extend(
        validate::check(&content)
            .into_iter()
            .map(|problem| place(index.offset_of(&problem), problem.to_string())),
    );
    if errors.is_empty() {
        Ok(content)
    } else {
        errors.sort_by_key(|e| (e.line, e.column));
        Err(errors)
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// An error from the TOML reader, named by the item it is in when known.
fn toml_error(
    place: &impl Fn(usize, String) -> ContentError,
    error: &toml::de::Error,
    index: Option<&Index>,
) -> ContentError {
    let offset = error.span().map_or(0, |s| s.start);
    let message = explain(error.message());
    match index.and_then(|i| i.item_at(offset)) {
        Some(item) => place(offset, format!("{item}: {message}")),
        None => place(offset, message),
    }
}

/// The TOML reader's message on one line, with what to do for a missing key.
fn explain(message: &str) -> String {
    let message = message.trim().replace('\n', "; ");
    match message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        Some("next") => {
            "`next` is missing: every question needs one (a question id, or \"end\" where the questions stop)".to_owned()
        }
        Some(key) => format!("`{key}` is missing; add `{key} = ...`"),
        None => message,
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_all(v: Vec<String>) -> &'static [&'static str] {
    Vec::leak(v.into_iter().map(leak).collect())
}

/// The model from the raw structs; `error` receives malformed answer
/// references (not written `question.option`) with their offsets.
fn convert(raw: RawContent, error: &mut dyn FnMut(usize, String)) -> Content {
    let mut condition = |c: RawCondition| {
        let mut refs = |v: Vec<Spanned<String>>| -> &'static [AnswerRef] {
            Vec::leak(
                v.into_iter()
                    .filter_map(|s| {
                        let Some((question, choice)) = s.get_ref().split_once('.') else {
                            // Left out of the condition: reported here, not again by the checks.
                            error(
                                s.span().start,
                                format!(
                                    "\"{}\" must be written question.option, like \"sitting.yes\"",
                                    s.get_ref()
                                ),
                            );
                            return None;
                        };
                        Some(AnswerRef {
                            question: leak(question.to_owned()),
                            choice: leak(choice.to_owned()),
                        })
                    })
                    .collect(),
            )
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
    let sources = raw.sources.into_iter().map(|s| Source {
        key: leak(s.key),
        citation: leak(s.citation),
    });
    let care_levels = raw.care_levels.into_iter().map(|l| CareLevel {
        id: leak(l.id),
        style: match l.style {
            RawStyle::SelfCare => CardStyle::SelfCare,
            RawStyle::NonUrgent => CardStyle::NonUrgent,
            RawStyle::Urgent => CardStyle::Urgent,
            RawStyle::Emergency => CardStyle::Emergency,
        },
        title: leak(l.title),
        action: leak(l.action),
        sources: leak_all(l.sources),
    });
    let red_flags: Vec<RedFlag> = raw
        .red_flags
        .into_iter()
        .map(|r| RedFlag {
            id: leak(r.id),
            care: leak(r.care),
            title: leak(r.title),
            meaning: leak(r.meaning),
            action: leak(r.action),
            sources: leak_all(r.sources),
        })
        .collect();
    let questions = raw.questions.into_iter().map(|q| Question {
        id: leak(q.id),
        group: leak(q.group),
        text: leak(q.text),
        hint: q.hint.map(leak),
        kind: match q.kind {
            RawKind::Single => Kind::Single,
            RawKind::Multi => Kind::Multi,
        },
        options: Vec::leak(
            q.options
                .into_iter()
                .map(|o| Choice {
                    id: leak(o.id),
                    label: leak(o.label),
                    hint: o.hint.map(leak),
                    exclusive: o.exclusive,
                    red_flag: o.red_flag.map(leak),
                    next: o.next.map(next),
                    brings: leak_all(o.brings),
                    reason: o.reason.map(leak),
                })
                .collect(),
        ),
        next: next(q.next),
        fingerprint: "",
    });
    let mut questions: Vec<Question> = questions.collect();
    for question in &mut questions {
        question.fingerprint = leak(crate::fingerprint::of(question, &red_flags));
    }
    let rules: Vec<Rule> = raw
        .rules
        .into_iter()
        .map(|r| Rule {
            id: leak(r.id),
            when: condition(r.when),
            care: leak(r.care),
            reason: leak(r.reason),
            sources: leak_all(r.sources),
        })
        .collect();
    let sections: Vec<Section> = raw
        .sections
        .into_iter()
        .map(|s| Section {
            id: leak(s.id),
            title: leak(s.title),
            always: s.always,
            when: s.when.map(&mut condition),
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
        })
        .collect();
    let texts = raw.texts.into_iter().map(|(key, text)| Text {
        key: leak(key),
        text: leak(text),
    });
    let threshold = |t: RawThreshold| Threshold {
        value: t.value,
        sources: leak_all(t.sources),
    };
    let message = |m: RawMessage| Message {
        title: leak(m.title),
        text: leak(m.text),
        sources: leak_all(m.sources),
    };
    let diary = raw.diary.map(|d| Diary {
        limit: threshold(d.limit),
        steady_days: threshold(d.steady_days),
        review_days: threshold(d.review_days),
        review_entries: threshold(d.review_entries),
        better_by: threshold(d.better_by),
        worse_by: threshold(d.worse_by),
        alarm: Alarm {
            label: leak(d.alarm.label),
            hint: leak(d.alarm.hint),
            text: leak(d.alarm.text),
            care: leak(d.alarm.care),
            section: leak(d.alarm.section),
            days: d.alarm.days,
            sources: leak_all(d.alarm.sources),
        },
        no_recent: message(d.no_recent),
        keep_going: message(d.keep_going),
        check_morning: message(d.check_morning),
        progress: message(d.progress),
        ease_off: message(d.ease_off),
        no_better: message(d.no_better),
        getting_worse: message(d.getting_worse),
    });
    Content {
        meta: Meta {
            title: leak(raw.meta.title),
            version: leak(raw.meta.version),
            default_care: leak(raw.meta.default_care),
            essentials: Vec::leak(raw.meta.essentials.into_iter().map(leak).collect()),
        },
        sources: Vec::leak(sources.collect()),
        care_levels: Vec::leak(care_levels.collect()),
        red_flags: Vec::leak(red_flags),
        questions: Vec::leak(questions),
        rules: Vec::leak(rules),
        sections: Vec::leak(sections),
        texts: Vec::leak(texts.collect()),
        diary,
    }
}

/// A TOML value that keeps the position of every key and table.
enum Node {
    Table(Vec<(Spanned<String>, Spanned<Node>)>),
    Array(Vec<Spanned<Node>>),
    Str(String),
    Other,
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a TOML value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Node::Table(entries))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::Array(items))
            }
            fn visit_str<E>(self, s: &str) -> Result<Node, E> {
                Ok(Node::Str(s.to_owned()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Node, E> {
                Ok(Node::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
                Ok(Node::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
                Ok(Node::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
                Ok(Node::Other)
            }
        }
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// The field names serde knows for the struct `T`: the keys its table may hold.
fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Introspect(&'static [&'static str]);
    impl<'de> Deserializer<'de> for &mut Introspect {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = fields;
            Err(de::Error::custom("fields recorded"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut introspect = Introspect(&[]);
    let _ = T::deserialize(&mut introspect);
    introspect.0
}

/// The keys a table may hold, by its place in the file (array indices left
/// out): `""` is the top level, `"questions.options"` an option. `None` for
/// tables with free keys (`[texts]`) and for values that are not tables.
fn known_keys(shape: &str) -> Option<&'static [&'static str]> {
    Some(match shape {
        "" => fields_of::<RawContent>(),
        "meta" => fields_of::<RawMeta>(),
        "sources" => fields_of::<RawSource>(),
        "care_levels" => fields_of::<RawCareLevel>(),
        "red_flags" => fields_of::<RawRedFlag>(),
        "questions" => fields_of::<RawQuestion>(),
        "questions.options" => fields_of::<RawChoice>(),
        "rules" => fields_of::<RawRule>(),
        "rules.when" | "sections.when" => fields_of::<RawCondition>(),
        "sections" => fields_of::<RawSection>(),
        "sections.items" => fields_of::<RawAdvice>(),
        "diary" => fields_of::<RawDiary>(),
        "diary.alarm" => fields_of::<RawAlarm>(),
        other => match other.strip_prefix("diary.") {
            Some(name) if crate::diary::NUMBERS.contains(&name) => fields_of::<RawThreshold>(),
            Some(name) if crate::diary::MESSAGES.contains(&name) => fields_of::<RawMessage>(),
            _ => return None,
        },
    })
}

/// Where each item and each of its keys is, and the unknown keys found.
#[derive(Default)]
struct Index {
    /// Byte offsets of each (item, key) in file order; key `None` is the
    /// item's id (or its header when it has none).
    keys: HashMap<(Locator, Option<String>), Vec<usize>>,
    /// The start of each item and top-level table, in file order; `None`
    /// for tables that are not an item (`[texts]`).
    items: Vec<(usize, Option<Locator>)>,
    meta: Option<usize>,
    texts: Option<usize>,
    unknown: Vec<(usize, String)>,
}

impl Index {
    fn record(&mut self, at: &Locator, field: Option<String>, offset: usize) {
        self.keys
            .entry((at.clone(), field))
            .or_default()
            .push(offset);
    }

    fn find(&self, at: &Locator, field: Option<&str>, occurrence: usize) -> Option<usize> {
        let offsets = self.keys.get(&(at.clone(), field.map(str::to_owned)))?;
        offsets.get(occurrence).or(offsets.first()).copied()
    }

    /// Where to place `problem`: its key, else its item, else the item it
    /// belongs to, else the table it would be in.
    fn offset_of(&self, problem: &Problem) -> usize {
        let at = &problem.at;
        let parent = match at {
            Locator::Choice(q, _) => Some(Locator::Question(q.clone())),
            Locator::Item(s, _) => Some(Locator::Section(s.clone())),
            _ => None,
        };
        problem
            .field
            .and_then(|f| self.find(at, Some(f), problem.occurrence))
            // A missing `limit.sources`: at `limit`.
            .or_else(|| {
                let (head, _) = problem.field?.rsplit_once('.')?;
                self.find(at, Some(head), problem.occurrence)
            })
            .or_else(|| self.find(at, None, problem.occurrence))
            .or_else(|| parent.and_then(|p| self.find(&p, None, 0)))
            .or(match at {
                Locator::Text(_) => self.texts.or(self.meta),
                _ => self.meta,
            })
            .unwrap_or(0)
    }

    /// The item whose table holds `offset`: the last one starting at or
    /// before it (in TOML, keys belong to the table header above them).
    fn item_at(&self, offset: usize) -> Option<&Locator> {
        self.items
            .iter()
            .filter(|(start, _)| *start <= offset)
            .max_by_key(|(start, _)| *start)
            .and_then(|(_, item)| item.as_ref())
    }

    /// Indexes the keys of a table at `shape`, inside `item`, with `prefix`
    /// before its key names (`"when."` for a rule's condition).
    fn table(
        &mut self,
        entries: &[(Spanned<String>, Spanned<Node>)],
        shape: &str,
        item: Option<&Locator>,
        prefix: &str,
    ) {
        let allowed = known_keys(shape);
        for (key, value) in entries {
            let name = key.get_ref().as_str();
            let offset = key.span().start;
            let field = format!("{prefix}{name}");
            if let Some(item) = item {
                self.record(item, Some(field.clone()), offset);
            }
            if let Some(allowed) = allowed.filter(|a| !a.contains(&name)) {
                let place = item.map_or("top level".to_owned(), Locator::to_string);
                self.unknown.push((
                    offset,
                    format!(
                        "{place}: unknown key \"{name}\"; {}",
                        suggest(name, allowed).replace("known:", "the keys here are:")
                    ),
                ));
                continue;
            }
            let child = if shape.is_empty() {
                name.to_owned()
            } else {
                format!("{shape}.{name}")
            };
            match value.get_ref() {
                Node::Table(inner) if child == "texts" => {
                    let start = value.span().start.min(offset);
                    self.texts = Some(start);
                    self.items.push((start, None));
                    for (text_key, _) in inner {
                        let at = Locator::Text(text_key.get_ref().clone());
                        self.record(&at, None, text_key.span().start);
                    }
                }
                Node::Table(inner) if known_keys(&child).is_some() => {
                    if shape.is_empty() {
                        // A top-level table: [meta] or [diary].
                        let start = value.span().start.min(offset);
                        let at = if child == "diary" {
                            Locator::Diary
                        } else {
                            self.meta = Some(start);
                            Locator::Meta
                        };
                        self.items.push((start, Some(at.clone())));
                        self.record(&at, None, start);
                        self.table(inner, &child, Some(&at), "");
                    } else {
                        self.table(inner, &child, item, &format!("{field}."));
                    }
                }
                Node::Array(elements) if known_keys(&child).is_some() => {
                    for (n, element) in elements.iter().enumerate() {
                        let Node::Table(inner) = element.get_ref() else {
                            continue;
                        };
                        let at = locator(&child, inner, n, item);
                        let id = inner
                            .iter()
                            .find(|(k, _)| k.get_ref() == "id" || k.get_ref() == "key")
                            .map_or(element.span().start, |(k, _)| k.span().start);
                        self.record(&at, None, id);
                        self.items.push((element.span().start, Some(at.clone())));
                        self.table(inner, &child, Some(&at), "");
                    }
                }
                _ => {}
            }
        }
    }
}

/// The locator of the `n`th table of an array of tables at `shape`.
fn locator(
    shape: &str,
    entries: &[(Spanned<String>, Spanned<Node>)],
    n: usize,
    parent: Option<&Locator>,
) -> Locator {
    let value = |key: &str| {
        entries
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .and_then(|(_, v)| match v.get_ref() {
                Node::Str(s) => Some(s.clone()),
                _ => None,
            })
            .unwrap_or_else(|| format!("#{}", n + 1))
    };
    let parent_id = || match parent {
        Some(Locator::Question(id) | Locator::Section(id)) => id.clone(),
        _ => String::new(),
    };
    match shape {
        "sources" => Locator::Source(value("key")),
        "care_levels" => Locator::CareLevel(value("id")),
        "red_flags" => Locator::RedFlag(value("id")),
        "questions" => Locator::Question(value("id")),
        "questions.options" => Locator::Choice(parent_id(), value("id")),
        "rules" => Locator::Rule(value("id")),
        "sections.items" => Locator::Item(parent_id(), n + 1),
        _ => Locator::Section(value("id")),
    }
}

/// The shipped content and clinic configuration from a `content/` folder
/// (`guide.toml`, `clinic.toml`), for tools and tests; every error listed.
pub fn load_folder(dir: &Path) -> Result<(Content, guide_core::clinic::Config), Vec<String>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = include_str!("../tests/fixtures/valid.toml");

    fn errors(text: &str) -> Vec<String> {
        parse("guide.toml", text)
            .expect_err("broken content was accepted")
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "a\nbé = 1\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 2), (2, 1));
        assert_eq!(line_column(text, text.find('=').unwrap()), (2, 4));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn known_keys_come_from_the_raw_structs() {
        assert_eq!(known_keys("rules.when"), Some(&["all", "any", "none"][..]));
        assert!(known_keys("questions.options").unwrap().contains(&"brings"));
        assert_eq!(known_keys("texts"), None);
    }

    #[test]
    fn a_wrong_value_names_its_item() {
        let text = VALID.replacen("kind = \"single\"", "kind = \"singel\"", 1);
        let errors = errors(&text);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(
                "guide.toml:122:8: question \"injury\": unknown variant `singel`, expected `single` or `multi`"
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn diary_keys_are_checked_like_every_other_key() {
        assert!(known_keys("diary").unwrap().contains(&"steady_days"));
        assert_eq!(known_keys("diary.limit"), Some(&["value", "sources"][..]));
        assert!(known_keys("diary.keep_going").unwrap().contains(&"title"));
        assert_eq!(known_keys("diary.nothing"), None);
        let text = VALID
            .replacen("steady_days = {", "stedy_days = {", 1)
            .replacen("  title = \"Keep going\"", "  titel = \"Keep going\"", 1);
        let errors = errors(&text);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0]
                .contains(": [diary]: unknown key \"stedy_days\"; did you mean \"steady_days\"?"),
            "{errors:?}"
        );
        assert!(
            errors[1].contains(": [diary]: unknown key \"titel\"; did you mean \"title\"?"),
            "{errors:?}"
        );
        // A wrong type names the diary too.
        let text = VALID.replacen("value = 7,", "value = \"seven\",", 1);
        let wrong = super::tests::errors(&text);
        assert!(wrong[0].contains("[diary]: invalid type"), "{wrong:?}");
    }

    #[test]
    fn an_unquoted_date_is_explained() {
        let text = VALID.replacen("version = \"test-1\"", "version = 2026-11-25", 1);
        let errors = errors(&text);
        assert!(
            errors[0].starts_with("guide.toml:15:11: this is read as a date; write text in quotes, like `\"2026-11-25\"`"),
            "{errors:?}"
        );
    }

    #[test]
    fn an_answer_must_be_written_question_dot_option() {
        let text = VALID.replacen("all = [\"duration.months\"]", "all = [\"months\"]", 1);
        let errors = errors(&text);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors
                .iter()
                .any(|e| e
                    .starts_with("guide.toml:262:10: \"months\" must be written question.option")),
            "{errors:?}"
        );
    }
}
