//! The patient's exercises in the diary's words: each one's name (or a neutral label for an id the content no longer has) and its advice, filled.

use super::progression::{self, Step};
use super::{Day, Log};
use crate::exercise::{Exercise, Library};
use crate::model::{Content, Diary, Id};
use crate::template::{fill_values, Clinic};
use crate::texts::DiaryTextKey;

/// One exercise's advice, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: String,
    /// Its name, or "An exercise no longer in this guide".
    pub name: String,
    /// A name for the step, for tests and styles: `keep-going`,
    /// `ease-off`, `move-on`, `ask-physio`.
    pub step: &'static str,
    pub text: String,
    pub sources: &'static [Id],
}

/// The exercise's name, or the content's neutral label when the library
/// has no exercise `id` (any more).
pub fn name(content: &Content, library: &Library, id: &str) -> String {
    library.exercise(id).map_or_else(
        || content.text(DiaryTextKey::ExUnknown).to_owned(),
        |e| e.name.to_owned(),
    )
}

/// The advice for each exercise on `today`: the patient's own (`patient`,
/// in that order), then any other done in the last `steady_days` days (the
/// list changed, or the content no longer has it), in the order first
/// done. None under the alarm, and none for an exercise not done lately.
pub fn lines(
    content: &Content,
    rules: &Diary,
    library: &Library,
    log: &Log,
    today: Day,
    clinic: &Clinic,
    patient: &[&'static Exercise],
) -> Vec<Line> {
    let recent_from = today - rules.steady_days.value as Day + 1;
    let mut ids: Vec<String> = patient.iter().map(|e| e.id.to_owned()).collect();
    for entry in log.between(recent_from, today) {
        for done in entry.exercises.iter() {
            if !ids.iter().any(|id| id == done.id.as_str()) {
                ids.push(done.id.as_str().to_owned());
            }
        }
    }
    let fill = |key: DiaryTextKey| clinic.fill(&super::fill(rules, content.text(key)));
    ids.into_iter()
        .filter_map(|id| {
            let advice = progression::advise(rules, library, log, today, &id)?;
            let days = library.exercise(&id).map_or(0, |e| e.move_on.days);
            let (key, next, step, sources) = match advice.step {
                Step::EaseOff(Some(back)) => (
                    DiaryTextKey::ExStepBack,
                    back.name,
                    "ease-off",
                    rules.ease_off.sources,
                ),
                Step::EaseOff(None) => (
                    DiaryTextKey::ExEaseOff,
                    "",
                    "ease-off",
                    rules.ease_off.sources,
                ),
                Step::KeepGoing => (
                    DiaryTextKey::ExKeepGoing,
                    "",
                    "keep-going",
                    rules.keep_going.sources,
                ),
                Step::MoveOn(to) => (
                    DiaryTextKey::ExMoveOn,
                    to.name,
                    "move-on",
                    rules.progress.sources,
                ),
                Step::AskPhysio => (
                    DiaryTextKey::ExAskPhysio,
                    "",
                    "ask-physio",
                    rules.progress.sources,
                ),
            };
            let name = name(content, library, &id);
            let text = fill_values(&fill(key), &[("days", days)])
                .replace("{exercise}", &name)
                .replace("{next}", next);
            Some(Line {
                id,
                name,
                step,
                text,
                sources,
            })
        })
        .collect()
}
