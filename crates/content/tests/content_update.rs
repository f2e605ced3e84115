//! A returning patient after a content update: answers saved under older
//! content are restored under newer content, and every question whose
//! answer may mean something else now is asked again.
//!
//! `fixtures/update/old.toml` and `new.toml` differ by one edit of each
//! kind (their header lists them); the last tests use the real content.

mod common;

use std::sync::OnceLock;

use guide_content::parse::parse;
use guide_core::engine::{walk, Answers, Step};
use guide_core::model::{Content, Kind, SAFETY_GROUP};
use guide_core::saved::{decode, encode, restore, Saved};
use guide_core::session::{Action, Page, Session};

fn fixture(name: &str) -> &'static Content {
    static OLD: OnceLock<Content> = OnceLock::new();
    static NEW: OnceLock<Content> = OnceLock::new();
    let cell = if name == "old" { &OLD } else { &NEW };
    cell.get_or_init(|| {
        let file = format!("update/{name}.toml");
        parse(&file, &common::with_valid_texts(&file))
            .unwrap_or_else(|e| panic!("update/{name}.toml does not pass its checks: {e:?}"))
    })
}

/// A complete run under the old fixture that reaches every changed question.
fn old_run() -> Answers {
    common::answers(&[
        ("danger", &["none"]),
        ("injury", &["gradual"]),
        ("health", &["none"]),
        ("age", &["adult"]),
        ("sitting", &["yes"]),
        ("sitting_long", &["short"]),
        ("activities", &["running", "lunges"]),
        ("duration", &["weeks"]),
    ])
}

/// Saved under `content` as the app saves it, then read back from text.
fn saved_under(answers: &Answers, content: &Content) -> Saved {
    let text = encode(&Saved::of(answers, &Page::Result, content, &Saved::empty()));
    decode(&text).expect("what the guide saves it can read")
}

/// The page "Continue" on the start page leads to.
fn continue_to(answers: Answers, content: &'static Content) -> Page {
    Session::new(answers).reduce(content, Action::Begin).page
}

#[test]
fn questions_that_changed_are_asked_again_and_the_rest_are_kept() {
    let (old, new) = (fixture("old"), fixture("new"));
    assert_eq!(walk(old, &old_run()).step, Step::Complete);
    let restored = restore(&saved_under(&old_run(), old), new);
    // A new red-flag option, a relabelled option, and a red flag whose care
    // level rose: each question is asked again. A new hint changes nothing.
    assert_eq!(restored.asked_again, ["health", "age", "sitting"]);
    for kept in ["danger", "injury", "sitting_long", "activities", "duration"] {
        assert_eq!(restored.answers.get(kept), old_run().get(kept), "{kept}");
    }
    for dropped in &restored.asked_again {
        assert_eq!(restored.answers.get(dropped), None, "{dropped}");
    }
    // Continue leads to the first of them, never to the check page.
    assert_eq!(
        continue_to(restored.answers, new),
        Page::Question("health".into())
    );
}

#[test]
fn the_same_content_keeps_every_answer() {
    let old = fixture("old");
    let saved = saved_under(&old_run(), old);
    assert_eq!(saved.fingerprints.len(), old_run().iter().count());
    let restored = restore(&saved, old);
    assert!(restored.asked_again.is_empty());
    assert_eq!(restored.answers, old_run());
    assert_eq!(continue_to(restored.answers, old), Page::Result);
}

#[test]
fn any_other_stamp_is_judged_by_the_fingerprints_alone() {
    // A past or future content version, or none: what counts is whether
    // each question still means what it meant.
    let (old, new) = (fixture("old"), fixture("new"));
    for stamp in ["2000-01-01", "9999-12-31", ""] {
        let mut saved = saved_under(&old_run(), old);
        saved.content_version = stamp.into();
        let saved = decode(&encode(&saved)).unwrap();
        assert_eq!(restore(&saved, old).asked_again, Vec::<&str>::new());
        assert_eq!(
            restore(&saved, new).asked_again,
            ["health", "age", "sitting"]
        );
    }
}

#[test]
fn saves_from_before_fingerprints_ask_the_safety_screen_again() {
    let new = fixture("new");
    let lines: String = old_run()
        .iter()
        .map(|(q, c)| format!("a {q} {}\n", c.join(",")))
        .collect();
    for header in [
        "hamstring-guide 1\npage result\n".to_owned(),
        "hamstring-guide 2\ncontent update-new\npage result\n".to_owned(),
    ] {
        let saved = decode(&format!("{header}{lines}")).expect("older formats are read");
        let restored = restore(&saved, new);
        // Even under the very content they were saved with, as the version
        // line can not tell what the questions were.
        assert_eq!(restored.asked_again, ["danger", "injury", "health", "age"]);
        assert_eq!(
            restored.answers.get("sitting"),
            Some(&["yes".to_owned()][..])
        );
        assert_eq!(
            continue_to(restored.answers, new),
            Page::Question("danger".into())
        );
    }
}

#[test]
fn every_question_whose_fingerprint_changed_differs_in_what_an_answer_means() {
    // The fingerprints themselves: exactly the edited questions changed.
    let (old, new) = (fixture("old"), fixture("new"));
    let changed: Vec<&str> = new
        .questions
        .iter()
        .filter(|q| old.question(q.id).map(|o| o.fingerprint) != Some(q.fingerprint))
        .map(|q| q.id)
        .collect();
    assert_eq!(changed, ["health", "age", "sitting"]);
}

/// A complete calm run through `content`: at each question the first
/// option that raises no red flag ("None of these" where there is one).
fn calm_run(content: &'static Content) -> Answers {
    let mut answers = Answers::new();
    loop {
        match walk(content, &answers).step {
            Step::Ask(q) => {
                let calm = q
                    .options
                    .iter()
                    .find(|o| q.kind == Kind::Multi && o.exclusive)
                    .or_else(|| q.options.iter().find(|o| o.red_flag.is_none()))
                    .expect("every question has a calm answer");
                answers.set(q.id, vec![calm.id.to_owned()]);
            }
            Step::Complete => return answers,
            Step::Stopped { flag, .. } => panic!("a calm run stopped at {}", flag.id),
        }
    }
}

#[test]
fn the_real_content_asks_its_whole_safety_screen_of_older_saves() {
    let real = common::real();
    let run = calm_run(real);
    let v2: String = std::iter::once("hamstring-guide 2\ncontent 2026-11-25\npage result\n".into())
        .chain(run.iter().map(|(q, c)| format!("a {q} {}\n", c.join(","))))
        .collect();
    let restored = restore(&decode(&v2).unwrap(), real);
    let path = walk(real, &run).path;
    let screening: Vec<&str> = path
        .iter()
        .map(|a| a.question)
        .filter(|q| q.group == SAFETY_GROUP || q.options.iter().any(|o| o.red_flag.is_some()))
        .map(|q| q.id)
        .collect();
    assert!(screening.contains(&"nerve_signs") && screening.contains(&"pain_where"));
    assert_eq!(restored.asked_again, screening);
    assert_eq!(
        continue_to(restored.answers, real),
        Page::Question(real.questions[0].id.into())
    );
    // Saved by this build, the same run comes back whole.
    let restored = restore(&saved_under(&run, real), real);
    assert!(restored.asked_again.is_empty());
    assert_eq!(continue_to(restored.answers, real), Page::Result);
}
