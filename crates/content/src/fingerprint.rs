//! Build time only: each question's fingerprint, which saved answers keep so that a changed question is asked again.

use sha2::{Digest, Sha256};

use guide_core::model::{Kind, Next, Question, RedFlag};

/// Hex digits kept from the digest.
pub const LENGTH: usize = 8;

/// The fingerprint of `question`, with `red_flags` to look up each option's
/// care level: [`LENGTH`] lowercase hex digits of a SHA-256 digest.
///
/// It covers what decides what an answer means and where it leads: the
/// question's kind, text and `next`, and for each option in order its id,
/// label, `exclusive`, `next`, red flag and that red flag's care level.
/// Hints, reasons and the plan sections an option brings are left out, as
/// are the question's id (answers are kept by it) and group.
pub fn of(question: &Question, red_flags: &[RedFlag]) -> String {
    let mut hash = Hash(Sha256::new());
    hash.field(match question.kind {
        Kind::Single => "single",
        Kind::Multi => "multi",
    });
    hash.field(question.text);
    hash.next(Some(question.next));
    hash.field(&question.options.len().to_string());
    for option in question.options {
        hash.field(option.id);
        hash.field(option.label);
        hash.field(if option.exclusive { "exclusive" } else { "" });
        hash.next(option.next);
        let care = option
            .red_flag
            .and_then(|id| red_flags.iter().find(|r| r.id == id))
            .map_or("", |r| r.care);
        hash.field(option.red_flag.unwrap_or(""));
        hash.field(care);
    }
    hash.0
        .finalize()
        .iter()
        .take(LENGTH / 2)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The digest being built, one field at a time.
struct Hash(Sha256);

impl Hash {
    /// Each field is preceded by its length, so no two lists of fields
    /// give the same bytes.
    fn field(&mut self, value: &str) {
        self.0.update((value.len() as u64).to_le_bytes());
        self.0.update(value.as_bytes());
    }

    fn next(&mut self, next: Option<Next>) {
        match next {
            None => self.field(""),
            Some(Next::End) => self.field("end"),
            Some(Next::Question(id)) => self.field(&format!("q/{id}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide_core::model::AnswerOption;

    const FLAGS: &[RedFlag] = &[RedFlag {
        id: "tear",
        care: "urgent",
        title: "",
        meaning: "",
        action: "",
        sources: &[],
    }];

    fn choice(id: &'static str) -> AnswerOption {
        AnswerOption {
            id,
            label: "Yes",
            hint: None,
            exclusive: false,
            red_flag: None,
            next: None,
            brings: &[],
            reason: None,
        }
    }

    fn question(options: &'static [AnswerOption]) -> Question {
        Question {
            id: "injury",
            group: "safety",
            text: "Did it start with a pop?",
            hint: None,
            kind: Kind::Single,
            options,
            next: Next::End,
            fingerprint: "",
        }
    }

    fn leak(options: Vec<AnswerOption>) -> &'static [AnswerOption] {
        Vec::leak(options)
    }

    #[test]
    fn is_eight_lowercase_hex_digits_and_stable() {
        let q = question(leak(vec![choice("yes")]));
        let fingerprint = of(&q, FLAGS);
        assert_eq!(fingerprint.len(), LENGTH);
        assert!(fingerprint
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
        assert_eq!(of(&q, FLAGS), fingerprint);
    }

    #[test]
    fn changes_with_what_an_answer_means_and_only_that() {
        let base = question(leak(vec![choice("yes"), choice("no")]));
        let same = of(&base, FLAGS);
        let flagged = AnswerOption {
            red_flag: Some("tear"),
            ..choice("yes")
        };
        let changed = [
            Question {
                kind: Kind::Multi,
                ..base.clone()
            },
            Question {
                text: "Did it start with a snap?",
                ..base.clone()
            },
            Question {
                next: Next::Question("age"),
                ..base.clone()
            },
            question(leak(vec![choice("no"), choice("yes")])),
            question(leak(vec![choice("yes")])),
            question(leak(vec![flagged.clone(), choice("no")])),
            question(leak(vec![
                AnswerOption {
                    label: "Yes, a pop",
                    ..choice("yes")
                },
                choice("no"),
            ])),
            question(leak(vec![
                AnswerOption {
                    exclusive: true,
                    ..choice("yes")
                },
                choice("no"),
            ])),
            question(leak(vec![
                AnswerOption {
                    next: Some(Next::End),
                    ..choice("yes")
                },
                choice("no"),
            ])),
        ];
        for question in &changed {
            assert_ne!(of(question, FLAGS), same, "{question:?}");
        }
        // The red flag's care level counts too.
        let flagged = question(leak(vec![flagged, choice("no")]));
        let calmer = [RedFlag {
            care: "book",
            ..FLAGS[0].clone()
        }];
        assert_ne!(of(&flagged, FLAGS), of(&flagged, &calmer));
        // Hints, reasons, plan sections, the group and the id do not.
        let unchanged = [
            Question {
                hint: Some("Think back."),
                group: "history",
                id: "onset",
                ..base.clone()
            },
            question(leak(vec![
                AnswerOption {
                    hint: Some("A snap"),
                    reason: Some("it started with a pop"),
                    brings: &["rest"],
                    ..choice("yes")
                },
                choice("no"),
            ])),
        ];
        for question in &unchanged {
            assert_eq!(of(question, FLAGS), same, "{question:?}");
        }
    }
}
