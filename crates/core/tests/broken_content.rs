//! A broken content file fails with the file, the line and the reason.
//!
//! Each case breaks the real content file in one way and checks the message.

use guide_core::parse::parse;

const REAL: &str = include_str!("../../../content/guide.toml");
const FILE: &str = "content/guide.toml";

/// The 1-based line of the first occurrence of `needle` after `after`.
fn line_of(text: &str, after: &str, needle: &str) -> usize {
    let start = text
        .find(after)
        .unwrap_or_else(|| panic!("{after:?} not in content"));
    let at = start
        + text[start..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not after {after:?}"));
    text[..at].matches('\n').count() + 1
}

/// Replaces the first `from` after `after` with `to`.
fn break_content(after: &str, from: &str, to: &str) -> String {
    let start = REAL
        .find(after)
        .unwrap_or_else(|| panic!("{after:?} not in content"));
    let at = start
        + REAL[start..]
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} not after {after:?}"));
    format!("{}{}{}", &REAL[..at], to, &REAL[at + from.len()..])
}

/// Parses `text` and expects an error mentioning `reason` on `line`.
fn expect(text: &str, reason: &str, line: usize) {
    let errors = parse(FILE, text).expect_err("broken content was accepted");
    let wanted = format!("{FILE}:{line}:");
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().starts_with(&wanted) && e.to_string().contains(reason)),
        "expected `{wanted} … {reason}`, got:\n{}",
        errors
            .iter()
            .map(|e| format!("  {e}\n"))
            .collect::<String>()
    );
}

const SUDDEN: &str = "id = \"sudden_injury\"";

#[test]
fn the_real_content_passes() {
    parse(FILE, REAL).unwrap_or_else(|e| panic!("{e:?}"));
}

#[test]
fn unknown_next_id() {
    let text = break_content(
        SUDDEN,
        "next = \"general_health\"",
        "next = \"general_helth\"",
    );
    expect(
        &text,
        "next \"general_helth\" is not a question id",
        line_of(&text, "", SUDDEN),
    );
}

#[test]
fn syntax_error() {
    let text = break_content("", "[meta]", "[meta");
    expect(&text, "", line_of(&text, "", "[meta"));
}

#[test]
fn unknown_key() {
    let text = break_content("[meta]", "title =", "colour = \"red\"\ntitle =");
    expect(
        &text,
        "unknown field `colour`",
        line_of(&text, "", "colour"),
    );
}

#[test]
fn unreachable_question() {
    let text = break_content(
        "id = \"pain_where\"",
        "next = \"sitting\"",
        "next = \"driving\"",
    );
    expect(
        &text,
        "cannot be reached",
        line_of(&text, "", "id = \"sitting\""),
    );
}

#[test]
fn cycle() {
    let text = break_content("id = \"stairs\"", "next = \"onset\"", "next = \"sitting\"");
    expect(&text, "cycle", line_of(&text, "", "id = \"sitting\""));
}

#[test]
fn path_with_no_ending() {
    let text = break_content("id = \"tried\"", "next = \"end\"", "next = \"done\"");
    expect(
        &text,
        "next \"done\" is not a question id",
        line_of(&text, "", "id = \"tried\""),
    );
}

#[test]
fn duplicate_id() {
    let text = break_content(
        "[[questions]]\nid = \"driving\"",
        "id = \"driving\"",
        "id = \"sitting\"",
    );
    let line = line_of(&text, "[[questions]]\nid = \"sitting\"", "id = \"sitting\"");
    expect(&text, "appears more than once", line);
}

#[test]
fn missing_source() {
    let text = break_content(
        "id = \"cauda_equina\"",
        "sources = [\"finucane2020\"]",
        "sources = []",
    );
    expect(
        &text,
        "has no sources",
        line_of(&text, "", "id = \"cauda_equina\""),
    );
}

#[test]
fn unknown_source() {
    let text = break_content(
        "id = \"cauda_equina\"",
        "sources = [\"finucane2020\"]",
        "sources = [\"finucane2021\"]",
    );
    expect(
        &text,
        "source \"finucane2021\" is not in [[sources]]",
        line_of(&text, "", "id = \"cauda_equina\""),
    );
}

#[test]
fn red_flag_that_does_not_escalate() {
    let text = break_content(
        "id = \"cauda_equina\"",
        "care = \"emergency\"",
        "care = \"self_manage\"",
    );
    expect(
        &text,
        "does not escalate",
        line_of(&text, "", "id = \"cauda_equina\""),
    );
}

#[test]
fn red_flag_never_used() {
    let text = break_content("id = \"under_16\"\n", "red_flag = \"under_16\"", "");
    expect(
        &text,
        "is never used",
        line_of(
            &text,
            "[[red_flags]]\nid = \"under_16\"",
            "id = \"under_16\"",
        ),
    );
}

#[test]
fn unknown_placeholder() {
    let text = break_content("start_emergency", "{emergency}", "{emergancy}");
    expect(
        &text,
        "uses {emergancy}",
        line_of(&text, "", "start_emergency"),
    );
}

#[test]
fn missing_required_text() {
    let text = break_content("[texts]", "start_title =", "old_start_title =");
    expect(
        &text,
        "text \"start_title\": is missing from [texts]",
        line_of(&text, "", "[texts]"),
    );
}

#[test]
fn exclusive_on_a_single_question() {
    let text = break_content(SUDDEN, "id = \"no\"", "id = \"no\"\nexclusive = true");
    expect(
        &text,
        "`exclusive` only makes sense",
        line_of(&text, SUDDEN, "id = \"no\""),
    );
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let text = break_content(
        SUDDEN,
        "next = \"general_health\"",
        "next = \"general_helth\"",
    );
    let text = text.replacen("sources = [\"finucane2020\"]", "sources = []", 1);
    let errors = parse(FILE, &text).expect_err("broken content was accepted");
    assert!(errors.len() >= 2, "{errors:?}");
}
