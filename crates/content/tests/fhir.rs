//! FHIR R4 resources: a Questionnaire generated from the content and a
//! QuestionnaireResponse whose items and answers exist in it.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use guide_core::engine::Answers;
use guide_core::model::Content;
use guide_core::summary::{questionnaire, questionnaire_response, questionnaire_url};
use guide_core::template::Clinic;
use serde_json::Value;

fn setup() -> (Content, Clinic) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let (content, config) = guide_content::parse::load_folder(&folder).expect("shipped content");
    (content, config.clinic)
}

fn runner() -> Answers {
    common::CALM_SCREEN
        .iter()
        .copied()
        .chain([
            ("everyday", &["sit_short"][..]),
            ("sport", &["run_fast", "run_hills"]),
            ("duration", &["from_6_to_12_weeks"]),
            ("pain_after", &["moderate"]),
            ("morning", &["yes"]),
            ("onset", &["after_increase"]),
            ("training_change", &["more_speed"]),
            ("sitting_seat", &["hard"]),
            ("tried", &["rest", "stretching"]),
        ])
        .map(|(q, c)| (q.to_owned(), c.iter().map(|s| s.to_string()).collect()))
        .collect()
}

#[test]
fn questionnaire_has_the_required_r4_structure() {
    let (content, clinic) = setup();
    let q: Value = serde_json::from_str(&questionnaire(&content, &clinic)).expect("valid JSON");
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["status"], "active", "status is required");
    assert_eq!(q["url"], questionnaire_url(&content));
    let items = q["item"].as_array().expect("items");
    assert_eq!(items.len(), content.questions.len());
    for item in items {
        assert!(item["linkId"].is_string(), "linkId is required: {item}");
        assert_eq!(item["type"], "choice", "type is required");
        let options = item["answerOption"].as_array().expect("answerOption");
        assert!(!options.is_empty());
        for option in options {
            assert!(option["valueCoding"]["code"].is_string());
            assert!(option["valueCoding"]["display"].is_string());
        }
    }
}

#[test]
fn response_answers_exist_in_the_questionnaire() {
    let (content, clinic) = setup();
    let q: Value = serde_json::from_str(&questionnaire(&content, &clinic)).unwrap();
    let options: BTreeMap<String, (bool, Vec<Value>)> = q["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let codes = i["answerOption"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["valueCoding"].clone())
                .collect();
            (
                i["linkId"].as_str().unwrap().to_owned(),
                (i["repeats"].as_bool().unwrap(), codes),
            )
        })
        .collect();
    let r: Value = serde_json::from_str(&questionnaire_response(
        &content,
        &runner(),
        &clinic,
        "2026-11-25T10:00:00Z",
    ))
    .unwrap();
    assert_eq!(r["resourceType"], "QuestionnaireResponse");
    assert_eq!(
        r["status"], "completed",
        "status is required; all questions were answered"
    );
    assert_eq!(r["questionnaire"], q["url"]);
    assert_eq!(r["authored"], "2026-11-25T10:00:00Z");
    let items = r["item"].as_array().unwrap();
    assert_eq!(items.len(), runner().iter().count());
    for item in items {
        let link = item["linkId"].as_str().unwrap();
        let (repeats, codes) = options
            .get(link)
            .unwrap_or_else(|| panic!("linkId {link} is not in the Questionnaire"));
        let answers = item["answer"].as_array().unwrap();
        assert!(
            *repeats || answers.len() == 1,
            "{link}: several answers to a non-repeating item"
        );
        for answer in answers {
            // A choice item is answered with a valueCoding from its answerOptions.
            assert!(
                codes.contains(&answer["valueCoding"]),
                "{link}: {answer} is not an answer option"
            );
        }
    }
}

#[test]
fn an_unfinished_response_is_in_progress() {
    let (content, clinic) = setup();
    let mut answers = Answers::new();
    answers.set("emergency_signs", vec!["none".into()]);
    let r: Value = serde_json::from_str(&questionnaire_response(
        &content,
        &answers,
        &clinic,
        "2026-11-25",
    ))
    .unwrap();
    assert_eq!(r["status"], "in-progress");
    assert_eq!(r["item"].as_array().unwrap().len(), 1);
}
