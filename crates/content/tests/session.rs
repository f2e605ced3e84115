//! The session reducer on the real content: going back from a question, and
//! taking the answers another tab saved.

use guide_content::parse::parse;
use guide_core::model::Content;
use guide_core::session::{Action, Page, Session};

const CONTENT: &str = include_str!("../../../content/guide.toml");

fn content() -> Content {
    parse("content/guide.toml", CONTENT).unwrap_or_else(|e| panic!("{e:?}"))
}

fn answer(q: &str, c: &[&str]) -> Action {
    Action::Answer {
        question: q.into(),
        choices: c.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn back_from_the_waiting_question_goes_to_the_one_before() {
    let content = content();
    let first = &content.questions[0];
    let s = Session::default().reduce(&content, Action::Begin);
    assert_eq!(s.page, Page::Question(first.id.into()));
    let s = s.reduce(
        &content,
        answer(first.id, &[first.options.last().unwrap().id]),
    );
    let Page::Question(second) = s.page.clone() else {
        panic!("expected a question")
    };
    assert_ne!(second, first.id);
    // As after a reload: the session is rebuilt from the answers and address.
    let reloaded = Session::new(s.answers.clone()).reduce(&content, Action::Visit(s.page.clone()));
    assert_eq!(reloaded.page, Page::Question(second));
    let back = reloaded.reduce(&content, Action::Back);
    assert_eq!(back.page, Page::Question(first.id.into()));
    assert_eq!(back.reduce(&content, Action::Back).page, Page::Start);
}

#[test]
fn answers_from_another_tab_are_taken_and_the_page_stays_only_if_they_allow_it() {
    let content = content();
    let first = &content.questions[0];
    let none = first.options.last().unwrap().id;
    let s = Session::default()
        .reduce(&content, Action::Begin)
        .reduce(&content, answer(first.id, &[none]));
    let Page::Question(second) = s.page.clone() else {
        panic!("expected a question")
    };
    // The other tab has the same answers and one more: this page stays.
    let mut more = s.answers.clone();
    more.set("no_such_question", vec!["x".into()]);
    let taken = s.reduce(&content, Action::Adopt(more.clone()));
    assert_eq!(taken.answers, more);
    assert_eq!(taken.page, Page::Question(second.clone()));
    // The other tab erased them: back to the first question, nothing kept.
    let erased = s.reduce(&content, Action::Adopt(Default::default()));
    assert!(erased.answers.is_empty());
    assert_eq!(erased.page, Page::Question(first.id.into()));
    // On the start page, or in the diary, the patient stays where they are.
    let start = s.reduce(&content, Action::Visit(Page::Start));
    assert_eq!(
        start
            .reduce(&content, Action::Adopt(Default::default()))
            .page,
        Page::Start
    );
    let diary = s.reduce(&content, Action::OpenDiary);
    assert!(
        diary
            .reduce(&content, Action::Adopt(Default::default()))
            .diary
    );
}
