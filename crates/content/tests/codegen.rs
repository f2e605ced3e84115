//! The generated Rust holds every item of the content, escaped, and compiles
//! back to exactly the content it was made from.
//!
//! `tests/fixtures/valid.generated.rs` is `codegen::rust` of `valid.toml`,
//! checked in. This test crate compiles it with `include!` (so a syntax or
//! type error in the generated code fails the build of this test) and
//! compares the compiled static with the parsed file, field by field.
//! Regenerate it after changing the fixture or the generator with
//! `UPDATE_GENERATED=1 cargo test -p guide-content --test codegen`.

mod common;

use guide_content::codegen::rust;
use guide_content::paths::{enumerate, Node};
use guide_core::engine::{outcome_of, walk, Answers, Walk};
use guide_core::model::Content;

mod generated {
    include!("fixtures/valid.generated.rs");
}

#[test]
fn the_generated_file_is_up_to_date() {
    let path = common::fixture("valid.generated.rs");
    let code = rust(common::valid());
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &code).expect("write the generated fixture");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == code,
        "{} is stale; regenerate it with `UPDATE_GENERATED=1 cargo test -p guide-content --test codegen`",
        path.display()
    );
}

#[test]
fn the_generated_code_compiles_to_the_same_content() {
    assert_eq!(&generated::CONTENT, common::valid());
}

/// The generated code (and with it each question's fingerprint) depends on
/// what the content says, not on how the file is laid out or on hash-map
/// order: the same content with every table's keys, the `[texts]`, the
/// `[diary]` and the top-level tables in another order (lists kept in
/// order, as their order means something) generates the same code. (Parsing
/// the same file twice would catch a hash map's order, as each map is
/// seeded anew, but not code that follows the order of the file.)
#[test]
fn generation_is_deterministic() {
    for (file, content) in [
        (common::fixture("valid.toml"), common::valid()),
        (common::real_path(), common::real()),
    ] {
        let text = std::fs::read_to_string(&file).expect("content file");
        let table: toml::Table = toml::from_str(&text).expect("TOML");
        let mut shuffled = String::new();
        write_backwards("", &table, &mut shuffled);
        assert_ne!(text, shuffled);
        let again = guide_content::parse::parse("shuffled.toml", &shuffled)
            .unwrap_or_else(|e| panic!("{shuffled}\n{e:?}"));
        let (code, again) = (rust(content), rust(&again));
        let at = code
            .chars()
            .zip(again.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let near =
            |s: &str| -> String { s.chars().skip(at.saturating_sub(40)).take(100).collect() };
        assert!(
            code == again,
            "{}: the code generated from the reordered file differs at character {at}:\n  {}\n  {}",
            file.display(),
            near(&code),
            near(&again)
        );
    }
}

/// `table` as TOML with the keys of every table in reverse alphabetical
/// order (`toml::Table` sorts them), unlike the content files.
fn write_backwards(path: &str, table: &toml::Table, out: &mut String) {
    use toml::Value;
    let is_table = |v: &Value| match v {
        Value::Table(_) => true,
        Value::Array(items) => !items.is_empty() && items.iter().all(Value::is_table),
        _ => false,
    };
    let (nested, plain): (Vec<_>, Vec<_>) = table.iter().rev().partition(|(_, v)| is_table(v));
    for (key, value) in plain {
        out.push_str(&format!("{key} = {value}\n"));
    }
    for (key, value) in nested {
        let path = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        match value {
            Value::Table(inner) => {
                out.push_str(&format!("\n[{path}]\n"));
                write_backwards(&path, inner, out);
            }
            items => {
                for item in items.as_array().into_iter().flatten() {
                    out.push_str(&format!("\n[[{path}]]\n"));
                    write_backwards(&path, item.as_table().expect("a table"), out);
                }
            }
        }
    }
}

#[test]
fn generated_code_holds_every_item() {
    for content in [common::valid(), common::real()] {
        let code = rust(content);
        assert!(code.starts_with("pub static CONTENT: guide_core::model::Content = "));
        assert!(code.ends_with(";\n"));
        let count = |ty: &str| code.matches(&format!("guide_core::model::{ty} {{")).count();
        assert_eq!(count("Question"), content.questions.len());
        assert_eq!(
            count("AnswerOption"),
            content.questions.iter().map(|q| q.options.len()).sum()
        );
        assert_eq!(count("RedFlag"), content.red_flags.len());
        assert_eq!(count("CareLevel"), content.care_levels.len());
        assert_eq!(count("Rule"), content.rules.len());
        assert_eq!(count("Section"), content.sections.len());
        assert_eq!(count("Text"), content.texts.len());
        for question in content.questions {
            assert!(
                code.contains(&format!("{:?}", question.text)),
                "{} missing",
                question.id
            );
        }
    }
}

#[test]
fn quotes_backslashes_newlines_and_unicode_are_escaped() {
    let code = rust(common::valid());
    assert!(code.contains(r#""Numbness between your legs (the \"saddle\" area)""#));
    assert!(code.contains(
        r#""General advice only \\ not a diagnosis.\nSee a physio if you are unsure – they can help.""#
    ));
    // And they survive compilation unchanged.
    let label = generated::CONTENT.questions[0].options[0].label;
    assert_eq!(label, "Numbness between your legs (the \"saddle\" area)");
    assert!(generated::CONTENT
        .text(guide_core::texts::FullTextKey::ResultDisclaimer)
        .contains("\\ not a diagnosis.\nSee"));
}

/// What decides the route, the red flags and the care level, and nothing
/// else: the first build's content must keep all of it.
fn decisions(content: &guide_core::model::Content) -> String {
    let questions: Vec<_> = content
        .questions
        .iter()
        .map(|q| {
            let options: Vec<_> = q
                .options
                .iter()
                .map(|c| (c.id, c.label, c.hint, c.exclusive, c.red_flag, c.next))
                .collect();
            (q.id, q.text, q.hint, q.kind, q.next, options)
        })
        .collect();
    let rules: Vec<_> = content
        .rules
        .iter()
        .map(|r| (r.id, &r.when, r.care))
        .collect();
    format!(
        "{:?}\n{questions:?}\n{:?}\n{:?}\n{rules:?}",
        content.meta, content.red_flags, content.care_levels
    )
}

/// What a patient meets at the end of one answer path in `content`: the
/// questions asked, the care level and the red flag.
fn ending(
    content: &Content,
    answers: &Answers,
) -> (
    Vec<&'static str>,
    Option<(&'static str, Option<&'static str>)>,
) {
    let walk = walk(content, answers);
    let asked = walk.path.iter().map(|a| a.question.id).collect();
    let care = outcome_of(content, &walk).map(|o| (o.care.id, o.red_flag.map(|f| f.id)));
    (asked, care)
}

/// The answers a walk holds.
fn answers_of(walk: &Walk) -> Answers {
    let mut answers = Answers::new();
    for answered in &walk.path {
        let choices = answered.choices.iter().map(|c| c.id.to_owned()).collect();
        answers.set(answered.question.id, choices);
    }
    answers
}

#[test]
fn every_answer_path_of_either_build_ends_the_same_in_the_other() {
    use guide_content::codegen::first_build;
    for content in [common::valid(), common::real()] {
        let first: &'static Content = Box::leak(Box::new(first_build(content)));
        // Each build's own enumeration: its paths visited once per place.
        for (walked, other) in [(content, first), (first, content)] {
            let mut leaves = 0;
            enumerate(
                walked,
                |node| {
                    if let Node::Leaf { walk, .. } = node {
                        let answers = answers_of(walk);
                        assert_eq!(
                            ending(walked, &answers),
                            ending(other, &answers),
                            "the builds part ways for {answers:?}"
                        );
                        leaves += 1;
                    }
                    0
                },
                |_, _| {},
            );
            assert!(leaves > 10, "only {leaves} paths were walked");
        }
    }
}

#[test]
fn the_first_build_keeps_every_decision_and_drops_the_plan_text() {
    use guide_content::codegen::first_build;
    use guide_core::engine::outcome;
    for content in [common::valid(), common::real()] {
        let first = first_build(content);
        assert_eq!(decisions(&first), decisions(content));
        assert!(first.sections.is_empty() && first.diary.is_none());
        assert!(content.summary.is_some() && first.summary.is_none());
        assert!(first.sources.iter().all(|s| s.citation.is_empty()));
        assert!(first.rules.iter().all(|r| r.reason.is_empty()));
        assert!(first
            .questions
            .iter()
            .flat_map(|q| q.options)
            .all(|c| c.reason.is_none() && c.brings.is_empty()));
        // The same care card and red flag, here for every single answer to
        // the first question (the full walk is proved equal by `decisions`).
        let first_question = &content.questions[0];
        for option in first_question.options {
            let answers = common::answers(&[(first_question.id, &[option.id])]);
            let (a, b) = (outcome(content, &answers), outcome(&first, &answers));
            assert_eq!(
                a.map(|o| (o.care.id, o.red_flag.map(|f| f.id))),
                b.map(|o| (o.care.id, o.red_flag.map(|f| f.id)))
            );
        }
    }
}

/// Code names a page text by a key of `guide_core::texts`, never by a
/// string, and the first build compiles no code that asks for a
/// full-build key (see `src/variant.rs`); so each build has every text
/// its code can ask for when its content holds every key of its families.
#[test]
fn each_build_holds_every_text_its_code_can_ask_for() {
    use guide_content::codegen::first_build;
    use guide_core::texts::{registry, Family};
    for content in [common::valid(), common::real()] {
        let first = first_build(content);
        let mut asked = 0;
        for (key, family) in registry() {
            let has = |c: &Content| c.texts.iter().any(|t| t.key == key && !t.text.is_empty());
            assert!(has(content), "the full build has no text {key}");
            assert_eq!(
                has(&first),
                family.in_first_build(),
                "the first build {} text {key}",
                if family.in_first_build() {
                    "lacks"
                } else {
                    "keeps"
                }
            );
            asked += usize::from(family == Family::BothBuilds);
        }
        assert!(asked > 10, "only {asked} keys of the first build");
        // Nothing in the first build's texts that its code cannot ask for.
        assert_eq!(first.texts.len(), asked);
    }
}
