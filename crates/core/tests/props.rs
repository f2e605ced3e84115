//! Property tests: random journeys through the guide, with back navigation,
//! changes, address visits and restarts, on the real content.

use std::path::Path;
use std::sync::OnceLock;

use guide_core::engine::{outcome, walk, Step};
use guide_core::model::Content;
use guide_core::paths::answers_to;
use guide_core::session::{Action, Page, Session};
use proptest::prelude::*;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/guide.toml");
        guide_core::parse::load(&path).expect("content/guide.toml passes its checks")
    })
}

/// A patient's action, by index into what is possible at the time.
#[derive(Debug, Clone)]
enum Move {
    AnswerCurrent(usize),
    AnswerAny(usize, usize),
    Nonsense(usize),
    Back,
    Change(usize),
    Visit(usize),
    Begin,
    Restart,
}

fn moves() -> impl Strategy<Value = Move> {
    prop_oneof![
        6 => any::<usize>().prop_map(Move::AnswerCurrent),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(q, a)| Move::AnswerAny(q, a)),
        1 => any::<usize>().prop_map(Move::Nonsense),
        2 => Just(Move::Back),
        1 => any::<usize>().prop_map(Move::Change),
        1 => any::<usize>().prop_map(Move::Visit),
        1 => Just(Move::Begin),
        1 => Just(Move::Restart),
    ]
}

fn action(session: &Session, m: &Move) -> Action {
    let content = content();
    let pick = |i: usize, n: usize| i % n.max(1);
    let question = |i: usize| {
        content.questions[pick(i, content.questions.len())]
            .id
            .to_owned()
    };
    match m {
        Move::AnswerCurrent(i) => match &session.page {
            Page::Question(id) => {
                let q = content.question(id).unwrap();
                let options = answers_to(q);
                Action::Answer {
                    question: id.clone(),
                    choices: options[pick(*i, options.len())].clone(),
                }
            }
            _ => Action::Begin,
        },
        Move::AnswerAny(q, a) => {
            let q = content.question(&question(*q)).unwrap();
            let options = answers_to(q);
            Action::Answer {
                question: q.id.into(),
                choices: options[pick(*a, options.len())].clone(),
            }
        }
        Move::Nonsense(q) => Action::Answer {
            question: question(*q),
            choices: vec!["no-such-option".into()],
        },
        Move::Back => Action::Back,
        Move::Change(q) => Action::Change(question(*q)),
        Move::Visit(i) => Action::Visit(match i % 4 {
            0 => Page::Start,
            1 => Page::Check,
            2 => Page::Result,
            _ => Page::Question(question(*i / 4)),
        }),
        Move::Begin => Action::Begin,
        Move::Restart => Action::Restart,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_journey_stays_on_an_allowed_page_and_keeps_red_flags(moves in prop::collection::vec(moves(), 0..80)) {
        let content = content();
        let mut session = Session::default();
        for m in &moves {
            session = session.reduce(content, action(&session, m));
            let walk = walk(content, &session.answers);
            match &session.page {
                Page::Start => {}
                Page::Question(id) => prop_assert!(walk.visits(id), "question {id} not on the path"),
                Page::Check => prop_assert_eq!(walk.step, Step::Complete),
                Page::Result => prop_assert!(!matches!(walk.step, Step::Ask(_))),
            }
            let result = outcome(content, &session.answers);
            prop_assert_eq!(result.is_some(), !matches!(walk.step, Step::Ask(_)));
            if let Some(result) = result {
                let care = content.care(result.care.id).unwrap().0;
                for flag in walk.path.iter().flat_map(|a| &a.choices).filter_map(|c| c.red_flag) {
                    let floor = content.care(content.red_flag(flag).unwrap().care).unwrap().0;
                    prop_assert!(care >= floor, "red flag {} lowered to rank {}", flag, care);
                }
                // Recomputing from a fresh session with the same answers agrees.
                let fresh = Session::new(session.answers.clone());
                prop_assert_eq!(outcome(content, &fresh.answers), Some(result));
            }
        }
    }
}
