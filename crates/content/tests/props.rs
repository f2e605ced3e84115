//! Property tests: random journeys through the guide (valid and invalid
//! answers, back, change, address visits, restarts, answers taken from
//! another tab) on the session reducer,
//! over the valid fixture and the real content file.
//!
//! After every action: the page is one the answers allow; an outcome exists
//! exactly when the questions have stopped; a red flag on the path gives at
//! least its care; and answering only the path's answers in a fresh session
//! gives the same walk, page and outcome (history and answers off the path
//! change nothing).

mod common;

use guide_content::paths::answers_to;
use guide_core::engine::{outcome, walk, Step};
use guide_core::model::{Content, Kind};
use guide_core::session::{Action, Page, Session};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// A patient's action, by indices into what is possible at the time.
#[derive(Debug, Clone)]
enum Move {
    /// A valid answer to the question on screen.
    AnswerCurrent(usize),
    /// A valid answer to any question, on the path or not.
    AnswerAny(usize, usize),
    /// An answer the question does not allow.
    Invalid(usize, usize),
    Back,
    Change(usize),
    Visit(usize),
    Begin,
    Restart,
    /// Another tab saved only the first `n` of these answers (none: it
    /// erased them), and this one takes them.
    Adopt(usize),
}

fn moves() -> impl Strategy<Value = Move> {
    prop_oneof![
        8 => any::<usize>().prop_map(Move::AnswerCurrent),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(q, a)| Move::AnswerAny(q, a)),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(q, a)| Move::Invalid(q, a)),
        2 => Just(Move::Back),
        1 => any::<usize>().prop_map(Move::Change),
        1 => any::<usize>().prop_map(Move::Visit),
        1 => Just(Move::Begin),
        1 => Just(Move::Restart),
        1 => any::<usize>().prop_map(Move::Adopt),
    ]
}

fn action(content: &Content, session: &Session, m: &Move) -> Action {
    let pick = |i: usize, n: usize| i % n.max(1);
    let question = |i: usize| &content.questions[pick(i, content.questions.len())];
    let valid = |id: &str, i: usize| {
        let options = answers_to(content.question(id).expect("known question"));
        Action::Answer {
            question: id.to_owned(),
            choices: options[pick(i, options.len())].clone(),
        }
    };
    match m {
        Move::AnswerCurrent(i) => match &session.page {
            Page::Question(id) => valid(id, *i),
            _ => Action::Begin,
        },
        Move::AnswerAny(q, a) => valid(question(*q).id, *a),
        Move::Invalid(q, kind) => {
            let q = question(*q);
            let first = q.options[0].id.to_owned();
            let choices = match kind % 4 {
                0 => vec![],
                1 => vec!["no-such-option".to_owned()],
                2 => vec![first.clone(), first],
                // Two options of a single question, or an exclusive one with another.
                _ => match q.options.iter().find(|o| o.exclusive) {
                    Some(exclusive) if q.kind == Kind::Multi => q
                        .options
                        .iter()
                        .filter(|o| !o.exclusive)
                        .take(1)
                        .chain([exclusive])
                        .map(|o| o.id.to_owned())
                        .collect(),
                    _ => q.options.iter().take(2).map(|o| o.id.to_owned()).collect(),
                },
            };
            Action::Answer {
                question: q.id.to_owned(),
                choices,
            }
        }
        Move::Back => Action::Back,
        Move::Change(q) => Action::Change(question(*q).id.to_owned()),
        Move::Visit(i) => Action::Visit(match i % 3 {
            0 => Page::Start,
            1 => Page::Result,
            _ => Page::Question(question(*i / 3).id.to_owned()),
        }),
        Move::Begin => Action::Begin,
        Move::Restart => Action::Restart,
        Move::Adopt(n) => {
            let kept = n % (session.answers.iter().count() + 1);
            Action::Adopt(
                session
                    .answers
                    .iter()
                    .take(kept)
                    .map(|(q, c)| (q.to_owned(), c.to_vec()))
                    .collect(),
            )
        }
    }
}

/// Plays `moves` on `content`, checking the properties after each.
fn journey(content: &Content, moves: &[Move]) -> Result<(), TestCaseError> {
    let mut session = Session::default();
    for m in moves {
        session = session.reduce(content, action(content, &session, m));
        let walk = walk(content, &session.answers);
        match &session.page {
            Page::Start => {}
            Page::Question(id) => prop_assert!(walk.visits(id), "question {} not on the path", id),
            Page::Result => prop_assert!(!matches!(walk.step, Step::Ask(_))),
        }
        if matches!(session.page, Page::Result) {
            prop_assert!(!session.returning_to_result);
        }
        let result = outcome(content, &session.answers);
        prop_assert_eq!(result.is_some(), !matches!(walk.step, Step::Ask(_)));
        if let Some(result) = &result {
            let care = content.care(result.care.id).expect("known").0;
            for flag in walk
                .path
                .iter()
                .flat_map(|a| &a.choices)
                .filter_map(|c| c.red_flag)
            {
                let floor = content
                    .care(content.red_flag(flag).expect("known").care)
                    .expect("known")
                    .0;
                prop_assert!(care >= floor, "red flag {} lowered to rank {}", flag, care);
            }
        }

        // From scratch: a new session given only the answers on the path.
        let mut fresh = Session::default().reduce(content, Action::Begin);
        for answered in &walk.path {
            fresh = fresh.reduce(
                content,
                Action::Answer {
                    question: answered.question.id.to_owned(),
                    choices: answered.choices.iter().map(|c| c.id.to_owned()).collect(),
                },
            );
        }
        prop_assert_eq!(&walk, &guide_core::engine::walk(content, &fresh.answers));
        prop_assert_eq!(&fresh.page, &fresh.current_step(content));
        prop_assert_eq!(fresh.page, session.current_step(content));
        prop_assert_eq!(outcome(content, &fresh.answers), result);
    }
    Ok(())
}

#[test]
fn any_journey_stays_on_an_allowed_page_and_keeps_red_flags() {
    // Loaded first, so a missing or broken content file fails plainly.
    let contents = [
        ("tests/fixtures/valid.toml", common::valid()),
        ("content/guide.toml", common::real()),
    ];
    let mut runner = TestRunner::new(Config {
        cases: 2000,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&prop::collection::vec(moves(), 0..80), |moves| {
        for (label, content) in contents {
            journey(content, &moves).map_err(|e| TestCaseError::fail(format!("{label}: {e}")))?;
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}
