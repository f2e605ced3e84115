//! The content file as written: one struct per kind of table, each with the
//! keys it may hold, and their conversion to the `'static` model (by leaking
//! the strings, which is fine at build time and in tests).

use std::collections::BTreeMap;

use guide_core::exercise::{Dose, Exercise, Library, MoveOn, Span, Starters};
use guide_core::model::{
    Advice, Alarm, AnswerOption, AnswerRef, CardStyle, CareLevel, Condition, Content, Diary,
    KeyAction, Kind, Ladder, Message, Meta, Next, Part, Question, RedFlag, Rule, Rung, Section,
    Source, Summary, SummaryQuestion, Term, Text, Threshold,
};
use serde::Deserialize;
use toml::Spanned;

/// A struct read from one kind of table, with `KEYS`: the keys that table
/// may hold, in the order written here.
macro_rules! table {
    ($name:ident { $($(#[$attr:meta])* $key:ident: $type:ty,)* }) => {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(super) struct $name {
            $($(#[$attr])* $key: $type,)*
        }

        impl $name {
            pub(super) const KEYS: &'static [&'static str] = &[$(stringify!($key)),*];
        }
    };
}

table!(RawContent {
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
    summary: Option<RawSummary>,
    #[serde(default)]
    exercises: Vec<RawExercise>,
    starters: Option<RawStarters>,
});

table!(RawMeta {
    title: String,
    version: String,
    default_care: String,
    #[serde(default)]
    essentials: Vec<String>,
});

table!(RawSource {
    key: String,
    citation: String,
});

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawStyle {
    SelfCare,
    NonUrgent,
    Urgent,
    Emergency,
}

table!(RawCareLevel {
    id: String,
    style: RawStyle,
    title: String,
    action: String,
    #[serde(default)]
    sources: Vec<String>,
});

table!(RawRedFlag {
    id: String,
    care: String,
    title: String,
    meaning: String,
    action: String,
    #[serde(default)]
    sources: Vec<String>,
});

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKind {
    Single,
    Multi,
}

table!(RawQuestion {
    id: String,
    group: String,
    kind: RawKind,
    text: String,
    hint: Option<String>,
    next: String,
    #[serde(default)]
    options: Vec<RawAnswerOption>,
});

table!(RawAnswerOption {
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
});

table!(RawCondition {
    #[serde(default)]
    all: Vec<Spanned<String>>,
    #[serde(default)]
    any: Vec<Spanned<String>>,
    #[serde(default)]
    none: Vec<Spanned<String>>,
});

table!(RawRule {
    id: String,
    care: String,
    reason: String,
    #[serde(default)]
    sources: Vec<String>,
    when: RawCondition,
});

table!(RawSection {
    id: String,
    title: String,
    #[serde(default)]
    always: bool,
    #[serde(default)]
    guided: bool,
    when: Option<RawCondition>,
    #[serde(default)]
    items: Vec<RawAdvice>,
});

table!(RawAdvice {
    text: String,
    #[serde(default)]
    sources: Vec<String>,
    action: Option<RawKeyAction>,
    summary: Option<String>,
    card: Option<RawCard>,
    sign: Option<String>,
});

/// The safety net's cards (`Advice::card`).
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawCard {
    Urgent,
    Emergency,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawKeyAction {
    Do,
    Dont,
}

// `[summary]`: the clinician's names, by id.
table!(RawSummary {
    #[serde(default)]
    care_levels: BTreeMap<String, String>,
    #[serde(default)]
    red_flags: BTreeMap<String, String>,
    #[serde(default)]
    rules: BTreeMap<String, String>,
    #[serde(default)]
    questions: Vec<RawSummaryQuestion>,
});

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawPart {
    Screen,
    Factors,
    Irritability,
    History,
    Tried,
}

table!(RawSummaryQuestion {
    id: String,
    part: RawPart,
    name: String,
    #[serde(default)]
    options: BTreeMap<String, String>,
});

table!(RawThreshold {
    value: u32,
    #[serde(default)]
    sources: Vec<String>,
});

table!(RawAlarm {
    label: String,
    hint: String,
    text: String,
    care: String,
    section: String,
    days: u32,
    #[serde(default)]
    sources: Vec<String>,
});

table!(RawMessage {
    title: String,
    text: String,
    #[serde(default)]
    sources: Vec<String>,
});

// The exercise library: `[[exercises]]` and `[starters]`.
table!(RawExercise {
    id: String,
    name: String,
    stage: u32,
    purpose: String,
    #[serde(default)]
    steps: Vec<String>,
    dose: RawDose,
    feel: String,
    not_feel: String,
    #[serde(default)]
    mistakes: Vec<String>,
    move_on: RawMoveOn,
    step_back: Option<String>,
    #[serde(default)]
    starter: bool,
    #[serde(default)]
    sources: Vec<String>,
});

table!(RawDose {
    sets: [u32; 2],
    reps: Option<[u32; 2]>,
    hold_seconds: Option<[u32; 2]>,
    rest_seconds: [u32; 2],
    per_week: [u32; 2],
    #[serde(default)]
    each_side: bool,
});

table!(RawMoveOn {
    days: u32,
    to: Option<String>,
    text: String,
});

table!(RawStarters {
    #[serde(default)]
    care: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
});

table!(RawLadder {
    section: String,
    runs: RawThreshold,
    intro: String,
    #[serde(default)]
    sources: Vec<String>,
    start: RawMessage,
    stay: RawMessage,
    ready: RawMessage,
    back: RawMessage,
    ahead: RawMessage,
    top: RawMessage,
    #[serde(default)]
    rungs: Vec<RawRung>,
});

table!(RawRung {
    run: String,
    text: String,
    #[serde(default)]
    sources: Vec<String>,
});

/// `[diary]`, from the keys named in [`crate::diary`].
macro_rules! raw_diary {
    (numbers: [$($n:ident $range:tt $why:literal),*], messages: [$($m:ident),*]) => {
        table!(RawDiary {
            $($n: RawThreshold,)*
            alarm: RawAlarm,
            $($m: RawMessage,)*
            ladder: Option<RawLadder>,
        });

        fn diary(d: RawDiary) -> Diary {
            Diary {
                $($n: threshold(d.$n),)*
                alarm: alarm(d.alarm),
                $($m: message(d.$m),)*
                ladder: d.ladder.map(ladder),
            }
        }
    };
}
crate::diary::keys!(raw_diary);

/// The table of keys at `shape`, a path of keys without array indices (`""`
/// is the top level, `"questions.options"` an option); `None` for tables
/// with free keys (`[texts]`) and for values that are not tables.
pub(super) fn keys_at(shape: &str) -> Option<&'static [&'static str]> {
    Some(match shape {
        "" => RawContent::KEYS,
        "meta" => RawMeta::KEYS,
        "sources" => RawSource::KEYS,
        "care_levels" => RawCareLevel::KEYS,
        "red_flags" => RawRedFlag::KEYS,
        "questions" => RawQuestion::KEYS,
        "questions.options" => RawAnswerOption::KEYS,
        "rules" => RawRule::KEYS,
        "rules.when" | "sections.when" => RawCondition::KEYS,
        "sections" => RawSection::KEYS,
        "sections.items" => RawAdvice::KEYS,
        "diary" => RawDiary::KEYS,
        "summary" => RawSummary::KEYS,
        "summary.questions" => RawSummaryQuestion::KEYS,
        "diary.alarm" => RawAlarm::KEYS,
        "diary.ladder" => RawLadder::KEYS,
        "diary.ladder.runs" => RawThreshold::KEYS,
        "diary.ladder.rungs" => RawRung::KEYS,
        "diary.ladder.start" | "diary.ladder.stay" | "diary.ladder.ready" | "diary.ladder.back"
        | "diary.ladder.ahead" | "diary.ladder.top" => RawMessage::KEYS,
        "exercises" => RawExercise::KEYS,
        "exercises.dose" => RawDose::KEYS,
        "exercises.move_on" => RawMoveOn::KEYS,
        "starters" => RawStarters::KEYS,
        other => match other.strip_prefix("diary.") {
            Some(name) if crate::diary::NUMBERS.contains(&name) => RawThreshold::KEYS,
            Some(name) if crate::diary::MESSAGES.contains(&name) => RawMessage::KEYS,
            _ => return None,
        },
    })
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_all(v: Vec<String>) -> &'static [&'static str] {
    Vec::leak(v.into_iter().map(leak).collect())
}

fn next(s: String) -> Next {
    if s == "end" {
        Next::End
    } else {
        Next::Question(leak(s))
    }
}

fn threshold(t: RawThreshold) -> Threshold {
    Threshold {
        value: t.value,
        sources: leak_all(t.sources),
    }
}

fn message(m: RawMessage) -> Message {
    Message {
        title: leak(m.title),
        text: leak(m.text),
        sources: leak_all(m.sources),
    }
}

fn alarm(a: RawAlarm) -> Alarm {
    Alarm {
        label: leak(a.label),
        hint: leak(a.hint),
        text: leak(a.text),
        care: leak(a.care),
        section: leak(a.section),
        days: a.days,
        sources: leak_all(a.sources),
    }
}

fn ladder(l: RawLadder) -> Ladder {
    Ladder {
        section: leak(l.section),
        runs: threshold(l.runs),
        intro: leak(l.intro),
        rungs: Vec::leak(
            l.rungs
                .into_iter()
                .map(|r| Rung {
                    run: leak(r.run),
                    text: leak(r.text),
                    sources: leak_all(r.sources),
                })
                .collect(),
        ),
        start: message(l.start),
        stay: message(l.stay),
        ready: message(l.ready),
        back: message(l.back),
        ahead: message(l.ahead),
        top: message(l.top),
        sources: leak_all(l.sources),
    }
}

/// The model from the raw structs, and the exercise library; `error`
/// receives malformed answer references (not written `question.option`)
/// with their offsets. The drawings are read later (`parse::drawings`).
pub(super) fn convert(raw: RawContent, error: &mut dyn FnMut(usize, String)) -> (Content, Library) {
    let library = library(raw.exercises, raw.starters);
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
    let choice = |o: RawAnswerOption| AnswerOption {
        id: leak(o.id),
        label: leak(o.label),
        hint: o.hint.map(leak),
        exclusive: o.exclusive,
        red_flag: o.red_flag.map(leak),
        next: o.next.map(next),
        brings: leak_all(o.brings),
        reason: o.reason.map(leak),
    };
    let mut questions: Vec<Question> = raw
        .questions
        .into_iter()
        .map(|q| Question {
            id: leak(q.id),
            group: leak(q.group),
            text: leak(q.text),
            hint: q.hint.map(leak),
            kind: match q.kind {
                RawKind::Single => Kind::Single,
                RawKind::Multi => Kind::Multi,
            },
            options: Vec::leak(q.options.into_iter().map(choice).collect()),
            next: next(q.next),
            fingerprint: "",
        })
        .collect();
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
                        action: i.action.map(|a| match a {
                            RawKeyAction::Do => KeyAction::Do,
                            RawKeyAction::Dont => KeyAction::Dont,
                        }),
                        summary: i.summary.map(leak),
                        card: i.card.map(|c| match c {
                            RawCard::Urgent => CardStyle::Urgent,
                            RawCard::Emergency => CardStyle::Emergency,
                        }),
                        sign: i.sign.map(leak),
                    })
                    .collect(),
            ),
        })
        .collect();
    let texts = raw.texts.into_iter().map(|(key, text)| Text {
        key: leak(key),
        text: leak(text),
    });
    let content = Content {
        meta: Meta {
            title: leak(raw.meta.title),
            version: leak(raw.meta.version),
            default_care: leak(raw.meta.default_care),
            essentials: leak_all(raw.meta.essentials),
        },
        sources: Vec::leak(sources.collect()),
        care_levels: Vec::leak(care_levels.collect()),
        red_flags: Vec::leak(red_flags),
        questions: Vec::leak(questions),
        rules: Vec::leak(rules),
        sections: Vec::leak(sections),
        texts: Vec::leak(texts.collect()),
        diary: raw.diary.map(diary),
        summary: raw.summary.map(summary),
    };
    (content, library)
}

fn span([low, high]: [u32; 2]) -> Span {
    Span { low, high }
}

fn library(exercises: Vec<RawExercise>, starters: Option<RawStarters>) -> Library {
    let exercise = |e: RawExercise| Exercise {
        id: leak(e.id),
        name: leak(e.name),
        stage: e.stage,
        purpose: leak(e.purpose),
        steps: leak_all(e.steps),
        dose: Dose {
            sets: span(e.dose.sets),
            reps: e.dose.reps.map(span),
            hold_seconds: e.dose.hold_seconds.map(span),
            rest_seconds: span(e.dose.rest_seconds),
            per_week: span(e.dose.per_week),
            each_side: e.dose.each_side,
        },
        feel: leak(e.feel),
        not_feel: leak(e.not_feel),
        mistakes: leak_all(e.mistakes),
        move_on: MoveOn {
            days: e.move_on.days,
            to: e.move_on.to.map(leak),
            text: leak(e.move_on.text),
        },
        step_back: e.step_back.map(leak),
        starter: e.starter,
        drawing: "",
        sources: leak_all(e.sources),
    };
    Library {
        exercises: Vec::leak(exercises.into_iter().map(exercise).collect()),
        starters: starters.map(|s| Starters {
            care: leak_all(s.care),
            sources: leak_all(s.sources),
        }),
    }
}

fn terms(map: BTreeMap<String, String>) -> &'static [Term] {
    Vec::leak(
        map.into_iter()
            .map(|(id, name)| Term {
                id: leak(id),
                name: leak(name),
            })
            .collect(),
    )
}

fn summary(s: RawSummary) -> Summary {
    let question = |q: RawSummaryQuestion| SummaryQuestion {
        id: leak(q.id),
        part: match q.part {
            RawPart::Screen => Part::Screen,
            RawPart::Factors => Part::Factors,
            RawPart::Irritability => Part::Irritability,
            RawPart::History => Part::History,
            RawPart::Tried => Part::Tried,
        },
        name: leak(q.name),
        options: terms(q.options),
    };
    Summary {
        care_levels: terms(s.care_levels),
        red_flags: terms(s.red_flags),
        rules: terms(s.rules),
        questions: Vec::leak(s.questions.into_iter().map(question).collect()),
    }
}
