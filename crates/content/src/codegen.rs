//! Writes a validated [`Content`] out as Rust source, so the app carries the
//! content as `static` data and needs no parser in the browser.

use std::fmt::Write;

use guide_core::exercise::{Dose, Exercise, Library, MoveOn, Span, Starters};
use guide_core::model::{
    Advice, Alarm, AnswerOption, AnswerRef, CardStyle, CareLevel, Condition, Content, Diary,
    KeyAction, Kind, Ladder, Message, Next, Part, Question, RedFlag, Rule, Rung, Section, Source,
    Summary, SummaryQuestion, Term, Text, Threshold,
};
use guide_core::texts::{family_of, Family};

/// `pub static CONTENT: guide_core::model::Content = …;`
pub fn rust(content: &Content) -> String {
    let mut out = String::from("pub static CONTENT: guide_core::model::Content = ");
    content.emit(&mut out);
    out.push_str(";\n");
    out
}

/// The content for the guide's first build, which leaves the plan out (the
/// full build takes over on the results page): everything that decides the
/// route, the red flags and the care level stays as it is; the text only
/// the full build shows goes (plan sections, reasons, citations, the diary,
/// the summary's terms, and every page text outside
/// `guide_core::texts::TextKey`).
pub fn first_build(content: &Content) -> Content {
    fn leak<T>(items: Vec<T>) -> &'static [T] {
        Box::leak(items.into_boxed_slice())
    }
    let questions = content.questions.iter().map(|q| Question {
        options: leak(
            q.options
                .iter()
                .map(|c| AnswerOption {
                    reason: None,
                    brings: &[],
                    ..c.clone()
                })
                .collect(),
        ),
        ..q.clone()
    });
    Content {
        sources: leak(
            content
                .sources
                .iter()
                .map(|s| Source {
                    citation: "",
                    ..s.clone()
                })
                .collect(),
        ),
        questions: leak(questions.collect()),
        rules: leak(
            content
                .rules
                .iter()
                .map(|r| Rule {
                    reason: "",
                    ..r.clone()
                })
                .collect(),
        ),
        sections: &[],
        texts: leak(
            content
                .texts
                .iter()
                .filter(|t| family_of(t.key).is_some_and(Family::in_first_build))
                .cloned()
                .collect(),
        ),
        diary: None,
        summary: None,
        ..content.clone()
    }
}

/// `pub static LIBRARY: guide_core::exercise::Library = …;`: the exercise
/// library, which only the full build carries (the first build's content
/// never names it, so the first build stays as it was).
pub fn library(library: &Library) -> String {
    let mut out = String::from("pub static LIBRARY: guide_core::exercise::Library = ");
    library.emit(&mut out);
    out.push_str(";\n");
    out
}

/// The first build's `LIBRARY`: empty (its code never asks for it).
pub fn no_library() -> String {
    library(&Library::EMPTY)
}

/// Rust expression syntax for a model value.
trait Emit {
    fn emit(&self, out: &mut String);
}

const M: &str = "guide_core::model::";

impl Emit for &str {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for u32 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
        }
    }
}

impl<T: Emit> Emit for &[T] {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

/// Emits `path { field: value, … }` (of the model, or of the module `$path`).
macro_rules! emit_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        emit_struct!(M, $ty { $($field),* });
    };
    ($path:expr, $ty:ident { $($field:ident),* $(,)? }) => {
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, "{}{} {{", $path, stringify!($ty));
                $(
                    out.push_str(concat!(stringify!($field), ":"));
                    self.$field.emit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

emit_struct!(Content {
    meta,
    sources,
    care_levels,
    red_flags,
    questions,
    rules,
    sections,
    texts,
    diary,
    summary
});
/// `Diary`'s fields are the keys of `[diary]`, named once in
/// [`crate::diary`]: its numbers, the alarm, then its messages.
macro_rules! emit_diary {
    (numbers: [$($n:ident ($low:expr, $high:expr) $why:literal),*], messages: [$($m:ident),*]) => {
        emit_struct!(Diary { $($n,)* alarm, $($m,)* ladder });
    };
}
crate::diary::keys!(emit_diary);
emit_struct!(Threshold { value, sources });
emit_struct!(Ladder {
    section,
    runs,
    intro,
    rungs,
    start,
    stay,
    ready,
    back,
    ahead,
    top,
    sources
});
emit_struct!(Rung { run, text, sources });
emit_struct!(Alarm {
    label,
    hint,
    text,
    care,
    section,
    days,
    sources
});
emit_struct!(Message {
    title,
    text,
    sources
});
emit_struct!(Source { key, citation });
emit_struct!(CareLevel {
    id,
    style,
    title,
    action,
    sources
});
emit_struct!(RedFlag {
    id,
    care,
    title,
    meaning,
    action,
    sources
});
emit_struct!(Question {
    id,
    group,
    text,
    hint,
    kind,
    options,
    next,
    fingerprint
});
emit_struct!(AnswerOption {
    id,
    label,
    hint,
    exclusive,
    red_flag,
    next,
    brings,
    reason
});
emit_struct!(AnswerRef { question, choice });
emit_struct!(Condition { all, any, none });
emit_struct!(Rule {
    id,
    when,
    care,
    reason,
    sources
});
emit_struct!(Section {
    id,
    title,
    always,
    when,
    guided,
    items
});
emit_struct!(Advice {
    text,
    sources,
    action,
    summary,
    card,
    sign
});
emit_struct!(Summary {
    care_levels,
    red_flags,
    rules,
    questions
});
emit_struct!(Term { id, name });
emit_struct!(SummaryQuestion {
    id,
    part,
    name,
    options
});
emit_struct!(Text { key, text });

const X: &str = "guide_core::exercise::";
emit_struct!(
    X,
    Library {
        exercises,
        starters
    }
);
emit_struct!(X, Starters { care, sources });
emit_struct!(
    X,
    Exercise {
        id,
        name,
        stage,
        purpose,
        steps,
        dose,
        feel,
        not_feel,
        mistakes,
        move_on,
        step_back,
        starter,
        drawing,
        sources
    }
);
emit_struct!(
    X,
    Dose {
        sets,
        reps,
        hold_seconds,
        rest_seconds,
        per_week,
        each_side
    }
);
emit_struct!(X, Span { low, high });
emit_struct!(X, MoveOn { days, to, text });

impl Emit for guide_core::model::Meta {
    fn emit(&self, out: &mut String) {
        let _ = write!(
            out,
            "{M}Meta {{ title: {:?}, version: {:?}, default_care: {:?}, essentials: ",
            self.title, self.version, self.default_care
        );
        self.essentials.emit(out);
        out.push_str(" }");
    }
}

impl Emit for CardStyle {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{M}CardStyle::{self:?}");
    }
}

impl Emit for KeyAction {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{M}KeyAction::{self:?}");
    }
}

impl Emit for Part {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{M}Part::{self:?}");
    }
}

impl Emit for Kind {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{M}Kind::{self:?}");
    }
}

impl Emit for Next {
    fn emit(&self, out: &mut String) {
        match self {
            Next::End => {
                let _ = write!(out, "{M}Next::End");
            }
            Next::Question(id) => {
                let _ = write!(out, "{M}Next::Question({id:?})");
            }
        }
    }
}
