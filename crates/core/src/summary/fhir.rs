//! What the patient may choose to share with their physio: a plain-text
//! summary, and the same answers as FHIR R4 resources (a `Questionnaire`
//! generated from the content and a `QuestionnaireResponse`). Nothing here
//! sends anything; the app offers these to print, copy or download.

use crate::engine::{outcome_of, walk, Answers};
use crate::model::{AnswerOption, Content, Kind, Question};
use crate::template::Clinic;
use crate::texts::{DiaryTextKey, FullTextKey};

/// The plain-text summary: date (the patient's local day, as `2026-03-11`),
/// care level, plan, and every answer.
pub fn text(content: &Content, answers: &Answers, clinic: &Clinic, date: &str) -> String {
    let walk = walk(content, answers);
    let t = |key: FullTextKey| clinic.fill(content.text(key));
    let mut out = format!(
        "{}\n{}: {date}\n",
        t(FullTextKey::SummaryTitle),
        t(FullTextKey::SummaryDate)
    );
    if let Some(outcome) = outcome_of(content, &walk) {
        let title = outcome.red_flag.map_or(outcome.care.title, |f| f.title);
        out.push_str(&format!(
            "\n{}: {}\n",
            t(FullTextKey::SummaryCare),
            clinic.fill(title)
        ));
        for reason in &outcome.reasons {
            out.push_str(&format!("- {}\n", clinic.fill(reason)));
        }
        if !outcome.sections.is_empty() {
            out.push_str(&format!("\n{}:\n", t(FullTextKey::SummaryPlan)));
            for section in &outcome.sections {
                out.push_str(&format!("- {}\n", clinic.fill(section.title)));
            }
        }
    }
    out.push_str(&format!("\n{}:\n", t(FullTextKey::SummaryAnswers)));
    for answered in &walk.path {
        let labels: Vec<String> = answered
            .choices
            .iter()
            .map(|c| clinic.fill(c.label))
            .collect();
        out.push_str(&format!(
            "- {} {}\n",
            clinic.fill(answered.question.text),
            labels.join("; ")
        ));
    }
    out
}

/// The pain diary for the physio, after the summary: the trend over the
/// last 7 and 28 days, the diary's advice and any nudge, and each entry of
/// the last 28 days. Empty when the diary has no entries (or the content no
/// `[diary]`).
pub fn diary(content: &Content, log: &crate::diary::Log, clinic: &Clinic, today: i32) -> String {
    let Some(rules) = content.diary.as_ref().filter(|_| !log.is_empty()) else {
        return String::new();
    };
    let v = crate::diary::view::view(content, rules, log, today, clinic);
    let t = |key: DiaryTextKey| v.text(key);
    let mut out = format!("\n{}:\n", t(DiaryTextKey::Title));
    for window in [&v.week, &v.month] {
        out.push_str(&format!("- {}\n", window.sentence));
    }
    out.push_str(&format!(
        "- {}: {}\n",
        t(DiaryTextKey::Advice),
        v.advice.said.title
    ));
    if let Some(nudge) = &v.nudge {
        out.push_str(&format!("- {}\n", nudge.title));
    }
    out.push_str(&format!("\n{}:\n", t(DiaryTextKey::Table)));
    for row in &v.month.rows {
        let mut line = format!(
            "- {}: {} {}; {}",
            row.label,
            t(DiaryTextKey::Sitting),
            row.sitting,
            row.activity,
        );
        if let Some(pain) = row.activity_pain {
            line.push_str(&format!("; {} {pain}", t(DiaryTextKey::ActivityPain)));
        }
        line.push_str(&format!("; {}: {}", t(DiaryTextKey::Morning), row.morning));
        if row.alarm {
            line.push_str(&format!("; {}", v.alarm_label));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

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
