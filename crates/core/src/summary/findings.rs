//! The answers as a clinician reads them: the safety screen (each screen
//! named, "none of 4" or the signs given), what aggravates the pain and
//! what does not, irritability, history and what was tried, each in the
//! part and the words the content's `[summary]` gives it.

use super::{Group, Row};
use crate::engine::{Answered, Walk};
use crate::model::{AnswerOption, Content, Kind, Part, SAFETY_GROUP};
use crate::template::{fill_values, Clinic};
use crate::texts::FullTextKey;

/// The groups of findings, in the summary's order; a group with no
/// answered question is left out.
pub fn groups(content: &Content, walk: &Walk, clinic: &Clinic) -> Vec<Group> {
    let t = |key: FullTextKey| clinic.fill(content.text(key));
    let mut screen = Vec::new();
    let mut factors = Factors::default();
    let (mut irritability, mut history, mut tried) = (Vec::new(), Vec::new(), Vec::new());
    for answered in &walk.path {
        let finding = Finding::of(content, answered, clinic);
        match finding.part {
            Part::Screen => screen.push(Row::new(&finding.name, finding.screened(&t))),
            Part::Factors => factors.add(content, answered, finding, clinic),
            Part::Irritability => irritability.push(finding.row()),
            Part::History => history.push(finding.row()),
            Part::Tried => tried.push(finding.row()),
        }
    }
    let mut factor_rows = Vec::new();
    if !factors.aggravating.is_empty() {
        factor_rows.push(Row::new(
            t(FullTextKey::SummaryAggravating),
            factors.aggravating(),
        ));
    }
    if !factors.not_aggravating.is_empty() {
        factor_rows.push(Row::new(
            t(FullTextKey::SummaryNotAggravating),
            factors.not_aggravating.join(", "),
        ));
    }
    [
        (FullTextKey::SummaryScreen, screen),
        (FullTextKey::SummaryFactors, factor_rows),
        (FullTextKey::SummaryIrritability, irritability),
        (FullTextKey::SummaryHistory, history),
        (FullTextKey::SummaryTried, tried),
    ]
    .into_iter()
    .filter(|(_, rows)| !rows.is_empty())
    .map(|(key, rows)| Group {
        title: t(key),
        rows,
    })
    .collect()
}

/// One answered question in the clinician's terms.
struct Finding {
    part: Part,
    name: String,
    /// The chosen options' terms.
    terms: Vec<String>,
    /// Whether `[summary]` gives every chosen option a term (else some are
    /// labels).
    termed: bool,
    /// "None of these" was chosen: how many signs it denies.
    none_of: Option<usize>,
}

impl Finding {
    /// The question's entry in `[summary]`, or without one: its group's
    /// part, its text and the options' labels.
    fn of(content: &Content, answered: &Answered, clinic: &Clinic) -> Finding {
        let question = answered.question;
        let entry = content
            .summary
            .as_ref()
            .and_then(|s| s.question(question.id));
        let part = entry.map_or_else(
            || match question.group {
                SAFETY_GROUP | "where" => Part::Screen,
                "triggers" => Part::Factors,
                _ => Part::History,
            },
            |e| e.part,
        );
        let exclusive = question.kind == Kind::Multi
            && answered.choices.len() == 1
            && answered.choices[0].exclusive;
        Finding {
            part,
            name: clinic.fill(entry.map_or(question.text, |e| e.name)),
            terms: answered
                .choices
                .iter()
                .map(|c| clinic.fill(entry.and_then(|e| e.option(c.id)).unwrap_or(c.label)))
                .collect(),
            termed: answered
                .choices
                .iter()
                .all(|c| entry.and_then(|e| e.option(c.id)).is_some()),
            none_of: exclusive.then(|| question.options.iter().filter(|o| !o.exclusive).count()),
        }
    }

    fn value(&self) -> String {
        self.terms.join(", ")
    }

    fn row(&self) -> Row {
        Row::new(&self.name, self.value())
    }

    /// A screen's answer: "none of 4", or the signs given.
    fn screened(&self, t: &impl Fn(FullTextKey) -> String) -> String {
        match self.none_of {
            Some(count) => fill_values(&t(FullTextKey::SummaryNoneOf), &[("count", count as u32)]),
            None => self.value(),
        }
    }
}

/// What brings the pain on and what does not, with the follow-ups' details
/// beside the factor they follow ("sitting (pain within 20 min; hard seats)").
#[derive(Default)]
struct Factors {
    /// Each factor's name and its details.
    aggravating: Vec<(String, Vec<String>)>,
    not_aggravating: Vec<String>,
}

impl Factors {
    /// A question whose options bring plan sections asks whether a load
    /// brings the pain on: the answer that brings one means it does (the
    /// content's rule for triggers). A checkbox question of loads ("Which of
    /// these bring on the pain?") gives one factor per such option, ticked
    /// or not. A question none of whose options brings one is a follow-up,
    /// asked after such an answer.
    fn add(&mut self, content: &Content, answered: &Answered, finding: Finding, clinic: &Clinic) {
        let question = answered.question;
        let asks = question.options.iter().any(|o| !o.brings.is_empty());
        let exclusive = answered.choices.iter().any(|c| c.exclusive);
        if asks && question.kind == Kind::Multi && !exclusive {
            let entry = content
                .summary
                .as_ref()
                .and_then(|s| s.question(question.id));
            // An option left unticked is not aggravating, unless a ticked one
            // is the same load (sitting within 20 minutes, or after more).
            let same_load = |o: &AnswerOption| {
                (answered.choices.iter()).any(|c| c.brings.iter().any(|b| o.brings.contains(b)))
            };
            for option in question.options.iter().filter(|o| !o.brings.is_empty()) {
                let term = clinic.fill(
                    entry
                        .and_then(|e| e.option(option.id))
                        .unwrap_or(option.label),
                );
                if answered.choices.iter().any(|c| c.id == option.id) {
                    self.aggravating.push((term, Vec::new()));
                } else if !same_load(option) {
                    self.not_aggravating.push(term);
                }
            }
            return;
        }
        let brings_it_on = answered.choices.iter().any(|c| !c.brings.is_empty());
        match (asks, brings_it_on, self.aggravating.last_mut()) {
            (true, true, _) => self.aggravating.push((finding.name, Vec::new())),
            // "running (does not run)": a "no" the content has a term for.
            (true, false, _) if finding.termed => {
                self.not_aggravating
                    .push(format!("{} ({})", finding.name, finding.value()))
            }
            (true, false, _) => self.not_aggravating.push(finding.name),
            (false, _, Some((_, details))) => details.push(finding.value()),
            (false, _, None) => self
                .aggravating
                .push((finding.name.clone(), vec![finding.value()])),
        }
    }

    /// "sitting (pain within 20 min; hard seats), running (sprints, hills)".
    fn aggravating(&self) -> String {
        let factors: Vec<String> = self
            .aggravating
            .iter()
            .map(|(name, details)| match details.is_empty() {
                true => name.clone(),
                false => format!("{name} ({})", details.join("; ")),
            })
            .collect();
        factors.join(", ")
    }
}
