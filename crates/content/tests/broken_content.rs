//! A broken content file fails with the file, the line and the reason.
//!
//! Each file in `tests/fixtures/broken/` is `valid.toml` broken in one way.
//! Its header lists what must be reported (`# expect: …`), and the lines the
//! errors must point at carry `# <- error`, in the same order. Each fixture
//! has a test of its own name below (the hazard log in
//! `docs/clinical-safety.md` names some of them).

mod common;

use std::path::Path;

use guide_content::parse::{load, parse};

const MARKER: &str = "# <- error";

/// Loads `broken/<name>.toml` and checks its errors against its header.
fn check_broken(name: &str) {
    let path = common::fixture(&format!("broken/{name}.toml"));
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    let expects: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .collect();
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_end().ends_with(MARKER))
        .map(|(i, _)| i + 1)
        .collect();
    assert!(!expects.is_empty(), "{name}: no `# expect:` line");
    assert_eq!(
        expects.len(),
        lines.len(),
        "{name}: each `# expect:` needs one `{MARKER}` line"
    );

    let errors = load(&path).expect_err("broken content was accepted");
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let all = || shown.iter().map(|e| format!("  {e}\n")).collect::<String>();
    let file = format!("broken/{name}.toml");
    for (expect, line) in expects.iter().zip(&lines) {
        let found = errors.iter().zip(&shown).any(|(error, message)| {
            error.line == *line
                && message.contains(&file)
                && message.contains(&format!("{name}.toml:{line}:"))
                && message.contains(expect)
        });
        assert!(
            found,
            "{name}: expected `…{file}:{line}:…: …{expect}…`, got:\n{}",
            all()
        );
    }
    // Nothing else is reported, so each fixture tests one kind of failure.
    // (A page text added to REQUIRED_TEXTS need only be added to valid.toml.)
    let unexpected: Vec<&String> = shown
        .iter()
        .filter(|message| !expects.iter().any(|e| message.contains(e)))
        .filter(|message| !message.contains("is missing from [texts]"))
        .collect();
    assert!(
        unexpected.is_empty(),
        "{name}: unexpected errors:\n{unexpected:#?}\nall errors:\n{}",
        all()
    );
}

#[test]
fn the_valid_fixture_passes() {
    let content = common::valid();
    assert_eq!(content.questions[0].id, "danger");
}

#[test]
fn the_real_content_passes() {
    common::real();
}

/// Each fixture has a `#[test] fn <name>()` whose body starts with
/// `check_broken("<name>")`, however it is laid out: the source is compared
/// with its whitespace and line comments taken out. (The tests are written
/// out rather than made by a macro because the hazard log names some of
/// them, and `crates/core/tests/hazard_log.rs` looks for `fn <name>(`.)
#[test]
fn every_broken_fixture_has_a_test() {
    let dir = common::fixture("broken");
    let source = without_whitespace_or_comments(include_str!("broken_content.rs"));
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("broken fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let name = path
            .file_stem()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        assert!(
            source.contains(&format!("#[test]fn{name}(){{check_broken(\"{name}\")")),
            "{} has no test `fn {name}()` calling check_broken(\"{name}\")",
            path.display()
        );
        names.push(name);
    }
    assert!(names.len() >= 14, "only {} broken fixtures", names.len());
}

/// Rust source without line comments and whitespace (a `//` inside a
/// string cuts that line short too, which no test's line has).
fn without_whitespace_or_comments(source: &str) -> String {
    source
        .lines()
        .map(|line| line.split_once("//").map_or(line, |(code, _)| code))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn errors_name_the_file_as_given() {
    let text = std::fs::read_to_string(common::fixture("broken/unknown_next_id.toml")).unwrap();
    let errors = parse("content/guide.toml", &text).expect_err("broken");
    assert!(
        errors[0].to_string().starts_with("content/guide.toml:"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_missing_file_is_reported() {
    let errors = load(Path::new("no/such/guide.toml")).expect_err("no file");
    let message = errors[0].to_string();
    assert!(
        message.starts_with("no/such/guide.toml: cannot read"),
        "{message}"
    );
}

#[test]
fn syntax_error() {
    check_broken("syntax_error")
}

#[test]
fn unknown_key() {
    check_broken("unknown_key")
}

#[test]
fn unknown_next_id() {
    check_broken("unknown_next_id")
}

#[test]
fn unreachable_question() {
    check_broken("unreachable_question")
}

#[test]
fn cycle() {
    check_broken("cycle")
}

#[test]
fn path_with_no_ending() {
    check_broken("path_with_no_ending")
}

#[test]
fn duplicate_id() {
    check_broken("duplicate_id")
}

#[test]
fn missing_source() {
    check_broken("missing_source")
}

#[test]
fn unknown_source() {
    check_broken("unknown_source")
}

#[test]
fn unknown_essential_section() {
    check_broken("unknown_essential_section")
}

#[test]
fn unused_source() {
    check_broken("unused_source")
}

#[test]
fn red_flag_that_does_not_escalate() {
    check_broken("red_flag_that_does_not_escalate")
}

#[test]
fn red_flag_below_a_rule() {
    check_broken("red_flag_below_a_rule")
}

#[test]
fn red_flag_never_used() {
    check_broken("red_flag_never_used")
}

#[test]
fn unknown_placeholder() {
    check_broken("unknown_placeholder")
}

#[test]
fn missing_required_text() {
    check_broken("missing_required_text")
}

#[test]
fn exclusive_on_a_single_question() {
    check_broken("exclusive_on_a_single_question")
}

#[test]
fn next_on_a_multi_option() {
    check_broken("next_on_a_multi_option")
}

#[test]
fn unknown_condition_answer() {
    check_broken("unknown_condition_answer")
}

#[test]
fn trigger_brings_nothing() {
    check_broken("trigger_brings_nothing")
}

/// Several problems in one file are all reported, not just the first.
#[test]
fn decision_on_a_question_for_the_physio() {
    check_broken("decision_on_a_question_for_the_physio");
}

#[test]
fn many_problems() {
    check_broken("many_problems")
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    // Page texts added to REQUIRED_TEXTS later are missing from older fixtures.
    let count = |name: &str| {
        let path = common::fixture(&format!("broken/{name}.toml"));
        load(&path)
            .expect_err("broken")
            .iter()
            .filter(|e| !e.to_string().contains("is missing from [texts]"))
            .count()
    };
    assert_eq!(count("many_problems"), 3);
    assert_eq!(count("unknown_key"), 2);
}

#[test]
fn diary_limit_above_evidence() {
    check_broken("diary_limit_above_evidence")
}

#[test]
fn diary_limit_out_of_step() {
    check_broken("diary_limit_out_of_step")
}

#[test]
fn diary_alarm_not_urgent() {
    check_broken("diary_alarm_not_urgent")
}

#[test]
fn diary_number_without_source() {
    check_broken("diary_number_without_source")
}

#[test]
fn unknown_text() {
    check_broken("unknown_text")
}

#[test]
fn summary_question_missing() {
    check_broken("summary_question_missing");
}

#[test]
fn summary_unknown_option() {
    check_broken("summary_unknown_option");
}

#[test]
fn summary_name_missing() {
    check_broken("summary_name_missing");
}

#[test]
fn summary_unknown_part() {
    check_broken("summary_unknown_part");
}

#[test]
fn summary_words_without_action() {
    check_broken("summary_words_without_action");
}

#[test]
fn card_heading_repeated() {
    check_broken("card_heading_repeated");
}

#[test]
fn too_few_key_actions() {
    check_broken("too_few_key_actions");
}

#[test]
fn safety_net_item_without_card() {
    check_broken("safety_net_item_without_card");
}

#[test]
fn exercise_dose_out_of_range() {
    check_broken("exercise_dose_out_of_range");
}

#[test]
fn exercise_unknown_step_back() {
    check_broken("exercise_unknown_step_back");
}

#[test]
fn exercise_id_too_long() {
    check_broken("exercise_id_too_long");
}

#[test]
fn exercise_starter_after_stage_1() {
    check_broken("exercise_starter_after_stage_1");
}

#[test]
fn exercise_drawing_missing() {
    check_broken("exercise_drawing_missing");
}

#[test]
fn exercise_drawing_external() {
    check_broken("exercise_drawing_external");
}

#[test]
fn exercise_limit_out_of_step() {
    check_broken("exercise_limit_out_of_step");
}

#[test]
fn starters_not_self_care() {
    check_broken("starters_not_self_care");
}

#[test]
fn ladder_unknown_run() {
    check_broken("ladder_unknown_run")
}

#[test]
fn ladder_not_from_easy() {
    check_broken("ladder_not_from_easy")
}
