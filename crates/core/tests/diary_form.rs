//! The diary's entry form as a reducer: what Save asks for, one entry per
//! day (saving a day again replaces it), changing the date shows what was
//! kept for that day, and the draft is what the patient left.

use guide_core::diary::form::{Action, ActivityKind, Book, Draft, Edit, Field};
use guide_core::diary::{Activity, Morning, RunKind};

const TODAY: i32 = 20_782;

fn run(book: &Book, actions: &[Action]) -> Book {
    actions
        .iter()
        .fold(book.clone(), |b, a| b.reduce(*a, TODAY))
}

fn edit(e: Edit) -> Action {
    Action::Edit(e)
}

/// A complete run entry, as a patient fills it in.
fn a_run(pain: u8) -> Vec<Action> {
    vec![
        edit(Edit::Sitting(2)),
        edit(Edit::Activity(ActivityKind::Run)),
        edit(Edit::Minutes(Some(30))),
        edit(Edit::RunKind(RunKind::Hills)),
        edit(Edit::ActivityPain(pain)),
        edit(Edit::Morning(Some(Morning::Same))),
    ]
}

#[test]
fn save_names_what_is_missing_in_the_forms_order() {
    // (what was filled in, what Save asks for)
    #[rustfmt::skip]
    let table: Vec<(Vec<Action>, Vec<Field>)> = vec![
        (vec![], vec![Field::Sitting, Field::Activity]),
        (vec![edit(Edit::Sitting(0))], vec![Field::Activity]),
        (vec![edit(Edit::Activity(ActivityKind::Run))],
         vec![Field::Sitting, Field::Minutes, Field::RunKind, Field::ActivityPain]),
        (vec![edit(Edit::Sitting(3)), edit(Edit::Activity(ActivityKind::Run)), edit(Edit::Minutes(Some(0)))],
         vec![Field::Minutes, Field::RunKind, Field::ActivityPain]),
        (vec![edit(Edit::Sitting(3)), edit(Edit::Activity(ActivityKind::Run)), edit(Edit::Minutes(Some(601))),
              edit(Edit::RunKind(RunKind::Tempo)), edit(Edit::ActivityPain(1))],
         vec![Field::Minutes]),
        (vec![edit(Edit::Sitting(3)), edit(Edit::Activity(ActivityKind::Exercises))], vec![Field::ActivityPain]),
        (vec![edit(Edit::Day(TODAY + 1)), edit(Edit::Sitting(3)), edit(Edit::Activity(ActivityKind::Rest))],
         vec![Field::Day]),
    ];
    for (actions, missing) in table {
        let mut all = actions.clone();
        all.push(Action::Save);
        let book = run(&Book::default(), &all);
        assert_eq!(book.errors, missing, "{actions:?}");
        assert!(book.log.is_empty());
        assert_eq!(book.saved, None);
    }
}

#[test]
fn saving_keeps_one_entry_per_day_and_clears_the_form() {
    let mut actions = a_run(2);
    actions.push(Action::Save);
    let book = run(&Book::default(), &actions);
    assert_eq!(book.errors, []);
    assert_eq!(book.saved, Some(TODAY));
    assert!(book.draft.is_blank(), "the form is ready for the next day");
    let entry = book.log.get(TODAY).expect("saved for today");
    assert_eq!(
        entry.activity,
        Activity::Run {
            minutes: 30,
            kind: RunKind::Hills
        }
    );
    assert_eq!(entry.activity_pain, Some(2));
    assert!(book.replacing(TODAY), "today already has an entry");
    // Saving today again replaces it.
    let mut again = a_run(5);
    again.push(Action::Save);
    let book = run(&book, &again);
    assert_eq!(book.log.len(), 1);
    assert_eq!(book.log.get(TODAY).unwrap().activity_pain, Some(5));
    // Back-filling yesterday adds a second day.
    let mut yesterday = vec![edit(Edit::Day(TODAY - 1))];
    yesterday.extend(a_run(1));
    yesterday.push(Action::Save);
    let book = run(&book, &yesterday);
    assert_eq!(book.log.len(), 2);
    assert_eq!(book.saved, Some(TODAY - 1));
    assert_eq!(book.draft.day, None, "the next entry is for today again");
}

#[test]
fn a_rest_day_leaves_out_run_details_and_pain_during_activity() {
    let mut actions = a_run(7);
    actions.push(edit(Edit::Activity(ActivityKind::Rest)));
    let book = run(&Book::default(), &actions);
    assert!(!book.draft.asks_activity_pain());
    // Kept in the draft while the patient may change their mind…
    assert_eq!(book.draft.minutes, Some(30));
    let book = book.reduce(Action::Save, TODAY);
    // …and left out of what is saved.
    let entry = book.log.get(TODAY).unwrap();
    assert_eq!(entry.activity, Activity::Rest);
    assert_eq!(entry.activity_pain, None);
    assert!(entry.is_valid());
}

#[test]
fn changing_the_date_shows_what_was_kept_for_that_day() {
    let mut actions = vec![edit(Edit::Day(TODAY - 3))];
    actions.extend(a_run(4));
    actions.push(Action::Save);
    let book = run(&Book::default(), &actions);
    // Half-way through today's entry, the patient picks the saved day…
    let book = run(&book, &[edit(Edit::Sitting(9)), edit(Edit::Day(TODAY - 3))]);
    assert_eq!(book.draft, Draft::of(book.log.get(TODAY - 3).unwrap()));
    assert!(book.replacing(TODAY));
    // …or a day with nothing kept: what was filled in stays.
    let book = run(&book, &[edit(Edit::Day(TODAY - 5))]);
    assert_eq!(book.draft.day, Some(TODAY - 5));
    assert_eq!(book.draft.sitting, Some(2));
    assert!(!book.replacing(TODAY));
    // "Change" beside a saved day does the same.
    let book = run(&Book::default(), &actions).reduce(Action::Change(TODAY - 3), TODAY);
    assert_eq!(book.draft.day, Some(TODAY - 3));
    assert_eq!(book.draft.activity_pain, Some(4));
    // "Change" for a day with no entry does nothing.
    let same = book.reduce(Action::Change(TODAY - 9), TODAY);
    assert_eq!(same.draft, book.draft);
}

#[test]
fn an_answer_clears_its_own_error_only() {
    let book = Book::default().reduce(Action::Save, TODAY);
    assert_eq!(book.errors, [Field::Sitting, Field::Activity]);
    let book = book.reduce(edit(Edit::Sitting(4)), TODAY);
    assert_eq!(book.errors, [Field::Activity]);
    let book = book.reduce(edit(Edit::Morning(Some(Morning::Better))), TODAY);
    assert_eq!(book.errors, [Field::Activity]);
}

#[test]
fn scores_are_kept_within_0_to_10_and_erase_empties_everything() {
    let book = run(
        &Book::default(),
        &[edit(Edit::Sitting(200)), edit(Edit::ActivityPain(11))],
    );
    assert_eq!(book.draft.sitting, Some(10));
    assert_eq!(book.draft.activity_pain, Some(10));
    let mut actions = a_run(1);
    actions.push(Action::Save);
    actions.push(edit(Edit::Alarm(true)));
    let book = run(&Book::default(), &actions);
    assert!(!book.log.is_empty() && !book.draft.is_blank());
    assert_eq!(book.reduce(Action::Erase, TODAY), Book::default());
}

#[test]
fn entries_from_another_tab_are_taken_and_the_form_is_kept() {
    let mut actions = a_run(2);
    actions.push(Action::Save);
    let other = run(&Book::default(), &actions);
    // This tab has begun an entry for yesterday and knows of no entries.
    let here = run(
        &Book::default(),
        &[edit(Edit::Day(TODAY - 1)), edit(Edit::Sitting(4))],
    );
    let taken = here.adopt(other.log.clone());
    assert_eq!(taken.log, other.log);
    assert_eq!(taken.draft, here.draft, "what the patient is typing stays");
    // Saving now keeps the other tab's day and adds this one.
    let saved = run(&taken, &{
        let mut a = a_run(1);
        a.push(Action::Save);
        a
    });
    assert_eq!(saved.log.len(), 2);
    // Erased in the other tab: nothing is kept here either.
    assert!(saved.adopt(Default::default()).log.is_empty());
}

#[test]
fn the_morning_answer_goes_into_that_days_entry_and_an_open_form_keeps_it() {
    let yesterday = TODAY - 1;
    let mut saved = run(&Book::default(), &[edit(Edit::Day(yesterday))]);
    saved = run(&saved, &a_run(2));
    saved = run(&saved, &[edit(Edit::Morning(None)), Action::Save]);
    assert_eq!(saved.log.get(yesterday).and_then(|e| e.morning), None);

    // The form is blank: the answer goes into the entry, nothing else moves.
    let answered = run(&saved, &[Action::Morning(yesterday, Morning::Better)]);
    let entry = answered.log.get(yesterday).expect("yesterday is kept");
    assert_eq!(entry.morning, Some(Morning::Better));
    assert_eq!(entry.activity_pain, Some(2), "the rest of the day stays");
    assert_eq!(answered.saved, Some(yesterday));
    assert!(answered.draft.is_blank());

    // The form open on that day: saving it afterwards keeps the answer.
    let open = run(&saved, &[Action::Change(yesterday)]);
    let answered = run(&open, &[Action::Morning(yesterday, Morning::Worse)]);
    assert_eq!(answered.draft.morning, Some(Morning::Worse));
    let resaved = run(&answered, &[Action::Save]);
    assert_eq!(
        resaved.log.get(yesterday).and_then(|e| e.morning),
        Some(Morning::Worse)
    );

    // The form open on another day keeps its own answer.
    let other = run(&saved, &[edit(Edit::Morning(Some(Morning::Same)))]);
    let answered = run(&other, &[Action::Morning(yesterday, Morning::Worse)]);
    assert_eq!(answered.draft.morning, Some(Morning::Same));

    // No entry for that day: nothing changes.
    let none = run(
        &Book::default(),
        &[Action::Morning(yesterday, Morning::Worse)],
    );
    assert!(none.log.is_empty());
    assert_eq!(none.saved, None);
}

#[test]
fn each_ticked_exercise_needs_its_pain_and_unticking_drops_it() {
    use guide_core::diary::ExId;
    let bridge = ExId::new("bridge_hold").expect("keepable");
    let hold = ExId::new("prone_curl_hold").expect("keepable");
    let mut rest = vec![
        edit(Edit::Sitting(2)),
        edit(Edit::Activity(ActivityKind::Rest)),
    ];
    rest.extend([
        edit(Edit::Exercise(bridge, true)),
        edit(Edit::Exercise(hold, true)),
        Action::Save,
    ]);
    let book = run(&Book::default(), &rest);
    assert_eq!(
        book.errors,
        [Field::ExercisePain(bridge), Field::ExercisePain(hold)],
        "each ticked exercise without its pain, in the order ticked"
    );
    assert!(book.log.is_empty());
    // Picking one's pain clears its error; unticking the other clears its.
    let book = run(&book, &[edit(Edit::ExercisePain(bridge, 4))]);
    assert_eq!(book.errors, [Field::ExercisePain(hold)]);
    let book = run(&book, &[edit(Edit::Exercise(hold, false))]);
    assert!(book.errors.is_empty());
    // Ticking again keeps a pain already picked; unticking forgets it.
    let book = run(
        &book,
        &[
            edit(Edit::Exercise(bridge, true)),
            edit(Edit::ExercisePain(hold, 1)),
            Action::Save,
        ],
    );
    let entry = book.log.get(TODAY).expect("saved");
    assert_eq!(entry.activity, Activity::Rest);
    assert_eq!(entry.activity_pain, None);
    let done: Vec<(&str, Option<u8>)> = entry
        .exercises
        .iter()
        .map(|d| (d.id.as_str(), d.pain))
        .collect();
    assert_eq!(
        done,
        [("bridge_hold", Some(4)), ("prone_curl_hold", Some(1))]
    );
    assert!(entry.is_valid());
    // Change shows them again.
    let book = run(&book, &[Action::Change(TODAY)]);
    assert_eq!(book.draft.exercises, entry.exercises);
}
