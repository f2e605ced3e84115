//! The engine and the session reducer on the valid fixture: branching, back
//! navigation, changing an answer from the results, red flags that stop
//! and un-stop, answers off the path, and the questions for the physio after
//! the result.
//!
//! The fixture's questions run: danger → injury → health → age → sitting
//! (yes → sitting_long) → activities → duration → the result, then tried
//! (for the physio) → end.

mod common;

use guide_core::engine::{outcome, walk, Step};
use guide_core::session::{Action, Page, Session};

fn answer(question: &str, choices: &[&str]) -> Action {
    Action::Answer {
        question: question.into(),
        choices: choices.iter().map(|c| c.to_string()).collect(),
    }
}

fn question(id: &str) -> Page {
    Page::Question(id.into())
}

/// Runs `actions` from `session`, returning the session after each.
fn run(session: Session, actions: Vec<Action>) -> Session {
    let content = common::valid();
    actions
        .into_iter()
        .fold(session, |s, action| s.reduce(content, action))
}

/// Answers the safety questions with nothing worrying.
fn through_safety() -> Session {
    run(
        Session::default(),
        vec![
            Action::Begin,
            answer("danger", &["none"]),
            answer("injury", &["gradual"]),
            answer("health", &["none"]),
            answer("age", &["adult"]),
        ],
    )
}

/// A complete session on the check page.
fn complete(sitting: &str) -> Session {
    let mut actions = vec![answer("sitting", &[sitting])];
    if sitting == "yes" {
        actions.push(answer("sitting_long", &["long"]));
    }
    actions.push(answer("activities", &["running", "lunges"]));
    actions.push(answer("duration", &["weeks"]));
    run(through_safety(), actions)
}

#[test]
fn begin_goes_to_the_first_question() {
    let s = run(Session::default(), vec![Action::Begin]);
    assert_eq!(s.page, question("danger"));
}

#[test]
fn an_option_branches_and_the_question_next_is_the_default() {
    let s = through_safety();
    assert_eq!(s.page, question("sitting"));
    let yes = run(s.clone(), vec![answer("sitting", &["yes"])]);
    assert_eq!(yes.page, question("sitting_long"));
    let no = run(s, vec![answer("sitting", &["no"])]);
    assert_eq!(no.page, question("activities"));
}

#[test]
fn back_keeps_the_answers_and_forward_restores_them() {
    let s = complete("yes");
    assert_eq!(s.page, Page::Result);
    let back = run(s.clone(), vec![Action::Back, Action::Back, Action::Back]);
    assert_eq!(back.page, question("sitting_long"));
    assert_eq!(back.answers, s.answers, "going back changes no answer");
    // Continuing with the same answer goes to the next question, still answered.
    let forward = run(back, vec![answer("sitting_long", &["long"])]);
    assert_eq!(forward.page, question("activities"));
    assert_eq!(
        forward.answers.get("activities"),
        Some(&["running".to_owned(), "lunges".to_owned()][..])
    );
    // Back from the first question is the start page.
    let start = run(Session::default(), vec![Action::Begin, Action::Back]);
    assert_eq!(start.page, Page::Start);
}

#[test]
fn change_from_the_results_returns_to_them() {
    let s = complete("no");
    let s = run(s, vec![Action::Change("injury".into())]);
    assert_eq!(s.page, question("injury"));
    assert!(s.returning_to_result);
    let s = run(s, vec![answer("injury", &["gradual"])]);
    assert_eq!(
        s.page,
        Page::Result,
        "an unchanged answer returns to the results"
    );
    assert!(!s.returning_to_result);
}

#[test]
fn a_change_that_opens_a_branch_asks_it_then_returns_to_the_results() {
    let s = run(
        complete("no"),
        vec![
            Action::Change("sitting".into()),
            answer("sitting", &["yes"]),
        ],
    );
    assert_eq!(
        s.page,
        question("sitting_long"),
        "the new follow-up is asked"
    );
    let s = run(s, vec![answer("sitting_long", &["short"])]);
    assert_eq!(s.page, Page::Result);
}

#[test]
fn a_red_flag_stops_and_going_back_to_unchoose_it_resumes() {
    let content = common::valid();
    let s = run(
        Session::default(),
        vec![
            Action::Begin,
            answer("danger", &["none"]),
            answer("injury", &["gradual"]),
            answer("health", &["fever", "weight"]),
        ],
    );
    assert_eq!(s.page, Page::Result);
    let stopped = outcome(content, &s.answers).expect("an outcome");
    assert_eq!(stopped.red_flag.map(|f| f.id), Some("illness"));
    assert_eq!(stopped.care.id, "urgent");
    assert!(stopped.sections.is_empty(), "no plan after a red flag");
    // Visiting a later question by address leads back to the result.
    let visit = run(s.clone(), vec![Action::Visit(question("age"))]);
    assert_eq!(visit.page, Page::Result);

    let back = run(s, vec![Action::Back]);
    assert_eq!(back.page, question("health"));
    let resumed = run(back, vec![answer("health", &["none"])]);
    assert_eq!(resumed.page, question("age"));
    assert_eq!(outcome(content, &resumed.answers), None);
    let done = run(
        resumed,
        vec![
            answer("age", &["adult"]),
            answer("sitting", &["no"]),
            answer("activities", &["none"]),
            answer("duration", &["weeks"]),
        ],
    );
    assert_eq!(done.page, Page::Result);
    let result = outcome(content, &done.answers).expect("complete");
    assert_eq!(result.red_flag, None);
    assert_eq!(result.care.id, "self_care");
}

#[test]
fn the_most_urgent_red_flag_in_one_answer_wins() {
    let content = common::valid();
    let safe = run(
        Session::default(),
        vec![
            Action::Begin,
            answer("danger", &["none"]),
            answer("injury", &["gradual"]),
        ],
    );
    let nerve = run(safe.clone(), vec![answer("health", &["numb_leg"])]);
    let result = outcome(content, &nerve.answers).expect("stopped");
    assert_eq!(result.red_flag.map(|f| f.id), Some("nerve"));
    assert_eq!(result.care.id, "book");
    // Listed after it, the urgent one still wins.
    let both = run(safe, vec![answer("health", &["numb_leg", "fever"])]);
    let result = outcome(content, &both.answers).expect("stopped");
    assert_eq!(result.red_flag.map(|f| f.id), Some("illness"));
    assert_eq!(result.care.id, "urgent");
}

#[test]
fn answers_off_the_path_do_not_count() {
    let content = common::valid();
    let with_follow_up = run(
        complete("yes"),
        vec![
            Action::Change("sitting_long".into()),
            answer("sitting_long", &["short"]),
        ],
    );
    let on = outcome(content, &with_follow_up.answers).expect("complete");
    assert!(on
        .reasons
        .contains(&"it hurts within 20 minutes of sitting"));
    assert!(on.sections.iter().any(|s| s.id == "loading"));

    // "No" to sitting leaves the follow-up answer stored but off the path.
    let off = run(
        with_follow_up,
        vec![Action::Change("sitting".into()), answer("sitting", &["no"])],
    );
    assert_eq!(off.page, Page::Result);
    assert!(off.answers.get("sitting_long").is_some(), "kept");
    let result = outcome(content, &off.answers).expect("complete");
    assert!(!result
        .reasons
        .contains(&"it hurts within 20 minutes of sitting"));
    assert!(!result
        .sections
        .iter()
        .any(|s| s.id == "loading" || s.id == "sitting"));
    assert!(!walk(content, &off.answers).visits("sitting_long"));

    // And "yes" again brings it back.
    let again = run(
        off,
        vec![
            Action::Change("sitting".into()),
            answer("sitting", &["yes"]),
        ],
    );
    assert_eq!(
        again.page,
        Page::Result,
        "the kept follow-up answer is used"
    );
    assert_eq!(outcome(content, &again.answers), Some(on));
}

#[test]
fn the_outcome_gathers_care_reasons_and_sections() {
    let content = common::valid();
    let s = run(
        complete("yes"),
        vec![
            Action::Change("duration".into()),
            answer("duration", &["months"]),
        ],
    );
    let result = outcome(content, &s.answers).expect("complete");
    assert_eq!(result.care.id, "book", "the long-standing rule raises care");
    assert_eq!(
        result.reasons,
        [
            "sitting brings on the pain",
            "you have had the pain for 3 months or more"
        ]
    );
    let sections: Vec<_> = result.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        sections,
        [
            "basics",
            "every_day",
            "sitting",
            "running",
            "lunges",
            "loading"
        ],
        "always, brought and `when` sections, in content order"
    );
}

#[test]
fn an_invalid_answer_stays_on_the_question() {
    let s = run(Session::default(), vec![Action::Begin]);
    for choices in [&["none", "numb"][..], &["nonsense"], &[], &["numb", "numb"]] {
        let after = run(s.clone(), vec![answer("danger", choices)]);
        assert_eq!(after.page, question("danger"), "{choices:?}");
    }
    let s = through_safety();
    let after = run(s, vec![answer("sitting", &["yes", "no"])]);
    assert_eq!(
        after.page,
        question("sitting"),
        "one answer to a single question"
    );
}

#[test]
fn pages_not_yet_reachable_lead_to_the_current_step() {
    let s = run(Session::default(), vec![Action::Begin]);
    for page in [Page::Result, question("duration")] {
        let after = run(s.clone(), vec![Action::Visit(page.clone())]);
        assert_eq!(after.page, question("danger"), "{page:?}");
    }
    let done = complete("no");
    let result = run(done.clone(), vec![Action::Visit(Page::Result)]);
    assert_eq!(result.page, Page::Result);
    let off_path = run(done, vec![Action::Visit(question("sitting_long"))]);
    assert_eq!(off_path.page, Page::Result);
}

#[test]
fn restart_forgets_everything() {
    let s = run(complete("yes"), vec![Action::Restart]);
    assert_eq!(s, Session::default());
    assert!(matches!(
        walk(common::valid(), &s.answers).step,
        Step::Ask(q) if q.id == "danger"
    ));
}

#[test]
fn the_last_answer_leads_straight_to_the_result_and_the_physio_questions_are_offered_after() {
    let content = common::valid();
    let done = complete("no");
    assert_eq!(done.page, Page::Result, "no check page before the result");
    let done_walk = walk(content, &done.answers);
    assert_eq!(done_walk.step, Step::Complete);
    assert_eq!(done_walk.more.map(|q| q.id), Some("tried"));
    let before = outcome(content, &done.answers);

    // Offered from the result; Back returns there.
    let asked = run(done.clone(), vec![Action::Visit(question("tried"))]);
    assert_eq!(asked.page, question("tried"));
    assert_eq!(run(asked.clone(), vec![Action::Back]).page, Page::Result);

    // Answered, it returns to the result, and changes nothing there.
    let answered = run(asked, vec![answer("tried", &["rest"])]);
    assert_eq!(answered.page, Page::Result);
    assert_eq!(outcome(content, &answered.answers), before);
    let answered_walk = walk(content, &answered.answers);
    assert_eq!(answered_walk.more, None);
    assert_eq!(
        answered_walk.path.last().map(|a| a.question.id),
        Some("tried")
    );
    // Still reachable, to change the answer, and Back from it is the result.
    let again = run(answered, vec![Action::Visit(question("tried"))]);
    assert_eq!(again.page, question("tried"));
    assert_eq!(run(again, vec![Action::Back]).page, Page::Result);
}

#[test]
fn a_question_for_the_physio_is_not_asked_before_the_result() {
    let s = run(through_safety(), vec![answer("sitting", &["no"])]);
    let early = run(s, vec![Action::Visit(question("tried"))]);
    assert_eq!(
        early.page,
        question("activities"),
        "the current step instead"
    );
}
