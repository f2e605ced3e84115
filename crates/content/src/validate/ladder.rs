//! `[diary.ladder]`: the return-to-running ladder names every kind of run
//! the diary records once, from easy and flat up, shows in a plan section
//! that exists, and each of its sentences is written and sourced.

use guide_core::diary::RunKind;

use super::checker::Checker;
use super::texts::LADDER_PLACEHOLDERS;
use crate::errors::Locator;
use crate::suggest::suggest;

/// The fewest settled runs a rung may ask for, and the most (a week holds
/// at most 7 runs).
const RUNS: (u32, u32) = (1, 7);

/// `[diary.ladder]`, when the content has one.
pub(super) fn ladder(c: &mut Checker) {
    let content = c.content;
    let Some(ladder) = content.diary.as_ref().and_then(|d| d.ladder.as_ref()) else {
        return;
    };
    let at = Locator::Diary;
    c.section(&at, "ladder.section", ladder.section);
    let (low, high) = RUNS;
    if !(low..=high).contains(&ladder.runs.value) {
        c.report(
            &at,
            Some("ladder.runs.value"),
            format!(
                "ladder runs is {}; it must be from {low} to {high} (settled runs on a rung in a week before the next)",
                ladder.runs.value
            ),
        );
    }
    c.sources_in(&at, "ladder.runs.sources", ladder.runs.sources);
    c.text_with(&at, "ladder.intro", ladder.intro, &LADDER_PLACEHOLDERS);
    c.sources_in(&at, "ladder.sources", ladder.sources);
    for (name, m) in crate::diary::ladder_messages(ladder) {
        let key = |field: &str| -> &'static str { format!("ladder.{name}.{field}").leak() };
        c.text_with(&at, key("title"), m.title, &LADDER_PLACEHOLDERS);
        c.text_with(&at, key("text"), m.text, &LADDER_PLACEHOLDERS);
        c.sources_in(&at, key("sources"), m.sources);
    }
    let runs: Vec<&str> = ladder.rungs.iter().map(|r| r.run).collect();
    let every: Vec<&str> = RunKind::ALL.iter().map(|k| k.token()).collect();
    for rung in ladder.rungs {
        let rung_at = Locator::Rung(rung.run.into());
        if RunKind::from_token(rung.run).is_none() {
            c.report(
                &rung_at,
                Some("run"),
                format!(
                    "run \"{}\" is not a kind of run the diary records; {}",
                    rung.run,
                    suggest(rung.run, &every)
                ),
            );
        } else if runs.iter().filter(|r| **r == rung.run).count() > 1 {
            c.report(
                &rung_at,
                Some("run"),
                format!(
                    "run \"{}\" is on the ladder twice; each kind of run is one rung",
                    rung.run
                ),
            );
        }
        c.text_with(&rung_at, "text", rung.text, &LADDER_PLACEHOLDERS);
        c.sources(&rung_at, rung.sources);
    }
    let missing: Vec<&str> = every
        .iter()
        .copied()
        .filter(|k| !runs.contains(k))
        .collect();
    if !missing.is_empty() {
        c.report(
            &at,
            Some("ladder"),
            format!(
                "the ladder has no rung for the runs {}; the diary records every kind of run, so each needs its rung",
                missing.join(", ")
            ),
        );
    }
    let first = RunKind::EasyFlat.token();
    if runs.first().is_some_and(|r| *r != first) {
        c.report(
            &at,
            Some("ladder"),
            format!("the ladder starts with \"{}\"; it must start with easy runs on flat ground (\"{first}\")", runs[0]),
        );
    }
}
