//! The answers as FHIR R4 resources: a `Questionnaire` generated from the
//! content, and a `QuestionnaireResponse` with the answers on the path.

use crate::engine::{outcome_of, walk, Answers};
use crate::model::{AnswerOption, Content, Kind, Question};
use crate::template::Clinic;

/// A JSON string literal.
fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The canonical address of the questionnaire for this content version.
pub fn questionnaire_url(content: &Content) -> String {
    format!("urn:hamstring-guide:questionnaire:{}", content.meta.version)
}

const ANSWER_SYSTEM: &str = "urn:hamstring-guide:answer";

/// `{"valueCoding": …}` for one option of one question.
fn value_coding(question: &Question, choice: &AnswerOption, clinic: &Clinic) -> String {
    format!(
        "{{\"valueCoding\":{{\"system\":{},\"code\":{},\"display\":{}}}}}",
        json(&format!("{ANSWER_SYSTEM}:{}", question.id)),
        json(choice.id),
        json(&clinic.fill(choice.label))
    )
}

/// A FHIR R4 `Questionnaire` with every question of the content.
pub fn questionnaire(content: &Content, clinic: &Clinic) -> String {
    let items: Vec<String> = content
        .questions
        .iter()
        .map(|q| {
            let options: Vec<String> = q
                .options
                .iter()
                .map(|o| value_coding(q, o, clinic))
                .collect();
            format!(
                "{{\"linkId\":{},\"text\":{},\"type\":\"choice\",\"repeats\":{},\"answerOption\":[{}]}}",
                json(q.id),
                json(&clinic.fill(q.text)),
                q.kind == Kind::Multi,
                options.join(",")
            )
        })
        .collect();
    format!(
        "{{\"resourceType\":\"Questionnaire\",\"url\":{},\"version\":{},\"name\":\"HamstringGuide\",\"title\":{},\"status\":\"active\",\"item\":[{}]}}",
        json(&questionnaire_url(content)),
        json(content.meta.version),
        json(content.meta.title),
        items.join(",")
    )
}

/// A FHIR R4 `QuestionnaireResponse` with the answers on the current path;
/// `authored` is a FHIR `dateTime`, the patient's local date and time with
/// its offset ([`crate::diary::day::LocalTime::iso`]).
pub fn questionnaire_response(
    content: &Content,
    answers: &Answers,
    clinic: &Clinic,
    authored: &str,
) -> String {
    let walk = walk(content, answers);
    let status = if outcome_of(content, &walk).is_some() {
        "completed"
    } else {
        "in-progress"
    };
    let items: Vec<String> = walk
        .path
        .iter()
        .map(|a| {
            let answers: Vec<String> = a
                .choices
                .iter()
                .map(|c| value_coding(a.question, c, clinic))
                .collect();
            format!(
                "{{\"linkId\":{},\"text\":{},\"answer\":[{}]}}",
                json(a.question.id),
                json(&clinic.fill(a.question.text)),
                answers.join(",")
            )
        })
        .collect();
    format!(
        "{{\"resourceType\":\"QuestionnaireResponse\",\"questionnaire\":{},\"status\":\"{status}\",\"authored\":{},\"item\":[{}]}}",
        json(&questionnaire_url(content)),
        json(authored),
        items.join(",")
    )
}
