//! Where each answer leads (the clinician view's notes on question pages),
//! on the real content: the red flag an option stops the questions with,
//! the rules it counts towards with the other answers they need, and the
//! rules it keeps from holding; and every red flag and rule is reached from
//! some option, so the notes leave nothing out.

mod common;

use guide_core::leads::{leads, Lead};
use guide_core::model::AnswerRef;

/// A lead as ids: ("red flag" | "rule" | "rules out", id, with, one of, unless).
fn described(question: &str, option: &str) -> Vec<String> {
    let refs = |list: &[AnswerRef]| {
        list.iter()
            .map(|a| format!("{}.{}", a.question, a.choice))
            .collect::<Vec<_>>()
            .join(" ")
    };
    leads(common::real(), question, option)
        .iter()
        .map(|lead| match lead {
            Lead::RedFlag(flag) => format!("red flag {} ({})", flag.id, flag.care),
            Lead::Rule {
                rule,
                with,
                one_of,
                unless,
            } => format!(
                "rule {} ({}) with [{}] one of [{}] unless [{}]",
                rule.id,
                rule.care,
                refs(with),
                refs(one_of),
                refs(unless)
            ),
            Lead::RulesOut(rule) => format!("rules out {}", rule.id),
        })
        .collect()
}

#[test]
fn each_option_says_which_red_flag_or_rule_it_leads_to() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("emergency_signs", "saddle_numbness", &["red flag cauda_equina (emergency)"]),
        ("emergency_signs", "none", &[]),
        ("emergency_signs", "chest_breathing", &["red flag clot_lungs (emergency)"]),
        ("nerve_signs", "shooting", &["red flag nerve (book_soon)"]),
        (
            "sudden_injury",
            "sudden",
            &["rule sudden_start (book_soon) with [] one of [] unless []"],
        ),
        (
            "duration",
            "over_3_months",
            &["rule long_standing (book) with [] one of [] unless []"],
        ),
        (
            "pain_after",
            "severe",
            &["rule severe_pain (book) with [] one of [] unless []"],
        ),
        ("morning", "no", &[]),
        ("morning", "yes", &[]),
        (
            "pain_where",
            "sit_bone",
            &["rule no_load_trigger (book) with [everyday.none sport.none] one of [] unless []"],
        ),
        ("pain_where", "low_back", &["red flag other_source (book_soon)"]),
        ("everyday", "sit_long", &[]),
        (
            "everyday",
            "none",
            &["rule no_load_trigger (book) with [pain_where.sit_bone sport.none] one of [] unless []"],
        ),
        ("tried", "stretching", &[]),
    ];
    for (question, option, expected) in cases {
        assert_eq!(
            described(question, option),
            *expected,
            "{question}.{option}"
        );
    }
}

#[test]
fn every_red_flag_and_rule_is_noted_on_some_option() {
    let content = common::real();
    let mut flags = Vec::new();
    let mut rules = Vec::new();
    for question in content.questions {
        for option in question.options {
            for lead in leads(content, question.id, option.id) {
                match lead {
                    Lead::RedFlag(flag) => flags.push(flag.id),
                    Lead::Rule { rule, .. } => rules.push(rule.id),
                    Lead::RulesOut(_) => {}
                }
            }
        }
    }
    for flag in content.red_flags {
        assert!(
            flags.contains(&flag.id),
            "red flag {} is on no option",
            flag.id
        );
    }
    for rule in content.rules {
        assert!(rules.contains(&rule.id), "rule {} is on no option", rule.id);
    }
    assert!(leads(content, "no_such_question", "yes").is_empty());
}
