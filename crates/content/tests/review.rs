//! The review sheet's clinical parts: the distinct outcomes against a plain
//! walk of every path, the sentences, and the comparison of the fixture
//! pair (`tests/fixtures/review/`), class by class, counted by hand.

mod common;

use std::collections::HashMap;

use guide_content::parse::parse_earlier;
use guide_content::paths::{answers_to, enumerate};
use guide_content::readability::counts;
use guide_content::review::changes::{changes, Cause, Change, Changes, Level};
use guide_content::review::outcomes::outcomes;
use guide_content::review::sentences::{sentences, WORD_AIM};
use guide_core::engine::{outcome_of, walk, Answers, Step};
use guide_core::model::Content;

/// An outcome as the plain walk sees it: care, red flag, rules, sections.
type Identity = (
    &'static str,
    Option<&'static str>,
    Vec<&'static str>,
    Vec<&'static str>,
);

/// What the plain walk finds for one outcome: paths, reasons with their
/// paths, and the fewest questions answered on the way there.
#[derive(Debug, Default, PartialEq)]
struct Plain {
    paths: u64,
    reasons: HashMap<&'static str, u64>,
    shortest: usize,
}

/// Walks every path one by one, with no shortcut.
fn plain_walk(content: &Content) -> HashMap<Identity, Plain> {
    fn go(content: &Content, answers: &mut Answers, out: &mut HashMap<Identity, Plain>) {
        let here = walk(content, answers);
        let Step::Ask(question) = here.step else {
            let outcome = outcome_of(content, &here).expect("an outcome at the end");
            let identity = (
                outcome.care.id,
                outcome.red_flag.map(|f| f.id),
                (content.rules.iter())
                    .filter(|r| here.holds(&r.when))
                    .map(|r| r.id)
                    .collect(),
                outcome.sections.iter().map(|s| s.id).collect(),
            );
            let plain = out.entry(identity).or_insert(Plain {
                shortest: usize::MAX,
                ..Plain::default()
            });
            plain.paths += 1;
            plain.shortest = plain.shortest.min(here.path.len());
            if outcome.red_flag.is_none() {
                let chosen = here.path.iter().flat_map(|a| a.choices.iter());
                for reason in chosen.filter_map(|c| c.reason) {
                    *plain.reasons.entry(reason).or_default() += 1;
                }
            }
            return;
        };
        for answer in answers_to(question) {
            answers.set(question.id, answer);
            go(content, answers, out);
        }
        answers.remove(question.id);
    }
    let mut out = HashMap::new();
    go(content, &mut Answers::new(), &mut out);
    out
}

/// The valid fixture with two answers that change nothing but their
/// reason (sitting_long.long and a new sitting_long.medium): the exhaustive
/// checks visit one for both, the sheet must count each.
fn with_reason_only_answers() -> Content {
    let text = std::fs::read_to_string(common::fixture("valid.toml")).unwrap();
    let text = text.replacen(
        "label = \"Longer\"",
        "label = \"Longer\"\n  reason = \"you can sit for a while\"\n\n  \
         [[questions.options]]\n  id = \"medium\"\n  label = \"20 to 60 minutes\"\n  \
         reason = \"it hurts after 20 minutes of sitting\"",
        1,
    );
    guide_content::parse::parse("reason only", &text).expect("valid")
}

#[test]
fn the_outcomes_are_those_of_a_plain_walk_of_every_path() {
    same_as_a_plain_walk(common::valid(), 60);
    let reason_only = with_reason_only_answers();
    // One more answer after sitting yes: 16 more paths (activities × duration).
    same_as_a_plain_walk(&reason_only, 76);
    let shown = |reason: &str| {
        (outcomes(&reason_only).outcomes.iter())
            .flat_map(|o| o.reasons.iter())
            .filter(|(r, _)| *r == reason)
            .map(|(_, n)| n)
            .sum::<u64>()
    };
    assert_eq!(shown("you can sit for a while"), 16);
    assert_eq!(shown("it hurts after 20 minutes of sitting"), 16);
}

fn same_as_a_plain_walk(content: &Content, paths: u64) {
    let plain = plain_walk(content);
    let sheet = outcomes(content);
    assert_eq!(
        sheet.paths, paths,
        "the fixture's paths, counted by hand in tests/paths.rs"
    );
    assert_eq!(sheet.outcomes.len(), plain.len());
    for outcome in &sheet.outcomes {
        let identity = (
            outcome.care,
            outcome.red_flag,
            outcome.rules.clone(),
            outcome.sections.clone(),
        );
        let expected = plain
            .get(&identity)
            .unwrap_or_else(|| panic!("{identity:?}"));
        let found = Plain {
            paths: outcome.paths,
            reasons: outcome.reasons.iter().copied().collect(),
            shortest: outcome.example.len(),
        };
        assert_eq!(&found, expected, "{identity:?}");
        // The example really leads there.
        let answers: Answers = (outcome.example.iter())
            .map(|(q, c)| (q.to_string(), c.iter().map(|s| s.to_string()).collect()))
            .collect();
        let end = guide_core::engine::outcome(content, &answers).expect("complete");
        assert_eq!(end.care.id, outcome.care);
        assert_eq!(end.red_flag.map(|f| f.id), outcome.red_flag);
        let shown: Vec<_> = end.sections.iter().map(|s| s.id).collect();
        assert_eq!(shown, outcome.sections);
    }
}

#[test]
fn the_outcomes_come_most_urgent_first() {
    let content = common::valid();
    let sheet = outcomes(content);
    let ranks: Vec<usize> = (sheet.outcomes.iter())
        .map(|o| content.care(o.care).expect("known").0)
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] >= w[1]), "{ranks:?}");
    assert_eq!(sheet.outcomes[0].care, "emergency");
    assert_eq!(sheet.outcomes[0].red_flag, Some("saddle"));
    // danger: numb, bladder or both, each alone a stop.
    assert_eq!(sheet.outcomes[0].paths, 3);
    assert_eq!(sheet.outcomes[0].example, vec![("danger", vec!["numb"])]);
}

#[test]
fn the_real_outcomes_add_up_to_every_path() {
    let content = common::real();
    let sheet = outcomes(content);
    let count = enumerate(content, |_| 0, |_, _| {});
    assert_eq!(sheet.paths, count.paths);
    for flag in content.red_flags {
        assert!(
            sheet.outcomes.iter().any(|o| o.red_flag == Some(flag.id)),
            "red flag {} has no outcome",
            flag.id
        );
    }
    for section in content.sections {
        assert!(
            sheet
                .outcomes
                .iter()
                .any(|o| o.sections.contains(&section.id)),
            "section {} is on no plan",
            section.id
        );
    }
}

#[test]
fn every_sentence_is_listed_with_its_sources_and_grade() {
    let content = common::valid();
    let all = sentences(content);
    let action = all
        .iter()
        .find(|s| s.place == "red flag tear: action")
        .expect("listed");
    assert_eq!(action.text, "Call {clinic} on {phone} today.");
    assert_eq!(action.sources, &["guideline"]);
    assert_eq!(action.grade, counts(action.text).grade());
    let action: Vec<_> = all
        .iter()
        .filter(|s| s.place == "care level self_care: action")
        .map(|s| (s.text, s.sources))
        .collect();
    assert_eq!(
        action,
        vec![
            ("Follow the plan below.", &["guideline"][..]),
            (
                "Contact {clinic} if it is not better in 3 weeks.",
                &["guideline"][..]
            ),
        ]
    );
    // A two-sentence text is two sentences, each with the statement's sources.
    let disclaimer: Vec<_> = all
        .iter()
        .filter(|s| s.place == "page text result_disclaimer")
        .map(|s| s.text)
        .collect();
    assert_eq!(disclaimer.len(), 2, "{disclaimer:?}");
    let over: Vec<_> = all.iter().filter(|s| s.over_aim()).collect();
    assert!(over.iter().all(|s| s.words > WORD_AIM));
    assert!(
        all.iter()
            .filter(|s| !s.over_aim())
            .all(|s| s.words <= WORD_AIM),
        "the aim splits the sentences"
    );
    // Every section item of the fixture is there.
    for section in content.sections {
        for item in section.items {
            assert!(
                all.iter().any(|s| item.text.contains(s.text)),
                "{}",
                item.text
            );
        }
    }
}

#[test]
fn a_long_sentence_is_over_the_aim() {
    let text = std::fs::read_to_string(common::fixture("valid.toml")).unwrap();
    let long = "Keep moving in ways that do not hurt, and walk a little further on each day that the pain allows you to.";
    let text = text.replacen("Keep moving in ways that do not hurt.", long, 1);
    let content = guide_content::parse::parse("long sentence", &text).expect("valid");
    let over: Vec<_> = sentences(&content)
        .into_iter()
        .filter(|s| s.over_aim())
        .map(|s| (s.place, s.words))
        .collect();
    assert_eq!(over, vec![("section basics: item 1".to_owned(), 22)]);
}

/// The pair's current content; its page texts are valid.toml's, appended
/// here (see the fixture's end).
fn current() -> Content {
    let clinical = std::fs::read_to_string(common::fixture("review/current.toml")).unwrap();
    let valid = std::fs::read_to_string(common::fixture("valid.toml")).unwrap();
    let texts = &valid[valid.find("\n[texts]\n").expect("valid.toml has [texts]")..];
    guide_content::parse::parse("review/current.toml", &format!("{clinical}{texts}"))
        .expect("current passes its checks")
}

fn fixture_pair() -> Changes {
    let current = current();
    let text = std::fs::read_to_string(common::fixture("review/earlier.toml")).unwrap();
    let earlier = parse_earlier("earlier.toml", &text).expect("earlier reads");
    changes(&current, &earlier).expect("small enough")
}

fn cause(question: &'static str, chosen: &[&'static str]) -> Cause {
    Cause {
        question,
        chosen: chosen.to_vec(),
    }
}

/// A class as the test writes it: causes, change, reasons, paths, care down.
type Expected = (
    Vec<Cause>,
    Change,
    Vec<(&'static str, bool, u64)>,
    u64,
    bool,
);

fn plan(care: &'static str) -> Level {
    Level::Plan { care }
}

/// The classes of the fixture pair, counted by hand from the edits listed
/// at the top of current.toml. The valid fixture has 60 paths; the new
/// red-flag answer adds 8 (health's sets with night_pain). After the
/// safety questions: sitting no, or yes then short or long; activities 8
/// sets (4 with running); duration weeks or months.
#[test]
fn the_fixture_pair_gives_exactly_these_classes() {
    let changes = fixture_pair();
    assert_eq!(changes.paths, 68);
    let stirs_old = "it hurts within 20 minutes of sitting";
    let stirs_new = "sitting for less than 20 minutes brings on the pain";
    let running = "running brings on the pain";
    let long_standing = "you have had the pain for 3 months or more";
    let change = |before: Level, after: Level, added: &[&'static str], reasons: bool| Change {
        before,
        after,
        sections_added: added.to_vec(),
        sections_removed: vec![],
        reasons_changed: reasons,
    };
    #[rustfmt::skip]
    let expected: Vec<Expected> = vec![
        // Care down first: long_standing now needs sitting.yes.
        (vec![cause("sitting", &["no"]), cause("duration", &["months"])],
         change(plan("book"), plan("self_care"), &[], true), vec![(long_standing, false, 8)], 8, true),
        // Care up: running_recent, under 3 months (short sitting also reworded).
        (vec![cause("sitting", &["yes"]), cause("sitting_long", &["short"]), cause("activities", &["running"]), cause("duration", &["weeks"])],
         change(plan("self_care"), plan("book"), &[], true),
         vec![(running, true, 4), (stirs_new, true, 4), (stirs_old, false, 4)], 4, false),
        (vec![cause("sitting", &["no"]), cause("activities", &["running"]), cause("duration", &["weeks"])],
         change(plan("self_care"), plan("book"), &[], true), vec![(running, true, 4)], 4, false),
        (vec![cause("sitting", &["yes"]), cause("sitting_long", &["long"]), cause("activities", &["running"]), cause("duration", &["weeks"])],
         change(plan("self_care"), plan("book"), &["pacing"], true), vec![(running, true, 4)], 4, false),
        // The new red-flag answer: the earlier guide did not offer it.
        (vec![cause("health", &["night_pain"])],
         change(Level::NotOffered { question: "health" }, Level::Card { care: "urgent", flag: "illness" }, &[], false),
         vec![], 8, false),
        // The new section after sitting_long.long (running under 3 months is above).
        (vec![cause("sitting", &["yes"]), cause("sitting_long", &["long"]), cause("duration", &["months"])],
         change(plan("book"), plan("book"), &["pacing"], false), vec![], 8, false),
        (vec![cause("sitting", &["yes"]), cause("sitting_long", &["long"]), cause("activities", &[]), cause("duration", &["weeks"])],
         change(plan("self_care"), plan("self_care"), &["pacing"], false), vec![], 4, false),
        // The reworded reason alone.
        (vec![cause("sitting", &["yes"]), cause("sitting_long", &["short"]), cause("duration", &["months"])],
         change(plan("book"), plan("book"), &[], true), vec![(stirs_new, true, 8), (stirs_old, false, 8)], 8, false),
        (vec![cause("sitting", &["yes"]), cause("sitting_long", &["short"]), cause("activities", &[]), cause("duration", &["weeks"])],
         change(plan("self_care"), plan("self_care"), &[], true), vec![(stirs_new, true, 4), (stirs_old, false, 4)], 4, false),
    ];
    let found: Vec<_> = changes
        .classes
        .iter()
        .map(|c| {
            (
                c.causes.clone(),
                c.change.clone(),
                c.reasons.clone(),
                c.paths,
                c.care_down,
            )
        })
        .collect();
    assert_eq!(found, expected);
    assert_eq!(changes.changed, 8 + 4 + 4 + 4 + 8 + 8 + 4 + 8 + 4);
    assert!(changes.gone.is_empty());
    assert_eq!(
        changes.multi_causes,
        vec![
            ("health", vec!["night_pain"]),
            ("activities", vec!["running"])
        ]
    );
}

#[test]
fn each_example_patient_gets_the_change_of_its_class() {
    let changes = fixture_pair();
    let current = current();
    for class in &changes.classes {
        let answers: Answers = (class.example.iter())
            .map(|(q, c)| (q.to_string(), c.iter().map(|s| s.to_string()).collect()))
            .collect();
        let end = guide_core::engine::outcome(&current, &answers).expect("complete");
        assert_eq!(Some(end.care.id), class.change.after.care(), "{class:?}");
        for cause in &class.causes {
            let given = answers.get(cause.question).expect("a cause is answered");
            assert!(cause.chosen.iter().all(|c| given.iter().any(|g| g == c)));
        }
    }
}

#[test]
fn a_version_against_itself_changes_nothing() {
    let content = common::valid();
    let same = changes(content, content).expect("small");
    assert_eq!(same.paths, 60);
    assert_eq!(same.changed, 0);
    assert!(same.classes.is_empty());
}

#[test]
fn answers_no_longer_offered_are_listed_apart() {
    let read = |name: &str| {
        let text = std::fs::read_to_string(common::fixture(name)).unwrap();
        parse_earlier(name, &text).unwrap()
    };
    // The pair the other way round: night_pain is gone.
    let back = changes(&read("review/earlier.toml"), &read("review/current.toml")).unwrap();
    assert_eq!(back.gone, vec![("health", "night_pain")]);
}
