//! Where the patient is on the return-to-running ladder, read from the
//! diary's runs, and what to do next, in the content's words.
//!
//! The runs up to today are walked in order; the patient starts on the
//! first rung, and a rung's "week" starts with its first run within the
//! pain rule:
//!
//! 1. **Flare**: a run over the limit, or whose next morning was worse →
//!    one rung down from that run's rung (never above the rung reached),
//!    and the week starts again.
//! 2. **On the rung**, within the limit → counts towards its week once the
//!    next morning is rated back to usual or better.
//! 3. **The next rung**, once the week is done (at least `steady_days`
//!    days since the week's first run, at least `runs` settled runs, and
//!    the latest run's next morning rated) → the patient is on that rung;
//!    its week starts with this run.
//! 4. **A later rung** before then → not counted: one rung at a time.
//! 5. An **easier run** within the limit changes nothing.
//! 6. An entry with **"new or worrying symptoms"** starts the week again.
//!
//! The verdict rests on the latest run; the diary page leaves the ladder's
//! advice out while the alarm card shows.

use super::day::Day;
use super::view::Said;
use super::{run_kind_key, Activity, Entry, Log, Morning, RunKind};
use crate::engine::Outcome;
use crate::model::{Content, Diary, Ladder, Message};
use crate::template::{fill_values, fill_words, Clinic};
use crate::texts::DiaryTextKey;

/// What the ladder says now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// No run in the diary yet.
    Start,
    /// On a rung whose week is not done.
    Stay,
    /// The week is done: the next run may be on the next rung.
    Ready,
    /// The latest run flared: one rung down.
    Back,
    /// The latest run was on a later rung than reached.
    Ahead,
    /// The week on the last rung is done.
    Top,
}

/// The rung reached and the verdict on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Index into the ladder's rungs.
    pub rung: usize,
    pub verdict: Verdict,
    /// Runs on the rung this week, within the limit and settled the next morning.
    pub runs: u32,
}

/// The week on the rung reached.
#[derive(Default)]
struct Week {
    /// The day of its first run within the limit.
    since: Option<Day>,
    /// Its runs within the limit and settled the next morning.
    settled: u32,
}

/// The ladder's rung for a kind of run (`None` for a kind it does not name).
fn rung_of(ladder: &Ladder, kind: RunKind) -> Option<usize> {
    ladder.rungs.iter().position(|r| r.run == kind.token())
}

/// Where the runs of `log` up to `today` put the patient on `ladder`.
pub fn follow(rules: &Diary, ladder: &Ladder, log: &Log, today: Day) -> Position {
    let steady = rules.steady_days.value as Day;
    let mut rung = 0;
    let mut week = Week::default();
    // The verdict of the latest run, and whether its morning is rated.
    let mut last: Option<(Verdict, bool)> = None;
    let done = |week: &Week, day: Day| {
        week.since.is_some_and(|s| day - s >= steady) && week.settled >= ladder.runs.value
    };
    for entry in log.entries().iter().filter(|e| e.day <= today) {
        if entry.alarm {
            week = Week::default();
        }
        let Activity::Run { kind, .. } = entry.activity else {
            continue;
        };
        let Some(ran) = rung_of(ladder, kind) else {
            continue;
        };
        let rated = entry.morning.is_some();
        if flared(rules, entry) {
            rung = rung.min(ran.saturating_sub(1));
            week = Week::default();
            last = Some((Verdict::Back, true));
            continue;
        }
        let ready = last.is_none_or(|(_, rated)| rated) && done(&week, entry.day);
        if ran == rung + 1 && ready {
            rung = ran;
            week = Week::default();
        } else if ran > rung {
            last = Some((Verdict::Ahead, rated));
            continue;
        }
        if ran == rung {
            week.since.get_or_insert(entry.day);
            week.settled += u32::from(entry.settled(rules));
        }
        last = Some((Verdict::Stay, rated));
    }
    let next_run = if log.get(today).is_some() {
        today + 1
    } else {
        today
    };
    let verdict = match last {
        None => Verdict::Start,
        Some((Verdict::Stay, true)) if done(&week, next_run) => {
            if rung + 1 < ladder.rungs.len() {
                Verdict::Ready
            } else {
                Verdict::Top
            }
        }
        Some((verdict, _)) => verdict,
    };
    Position {
        rung,
        verdict,
        runs: week.settled,
    }
}

/// Whether the diary shows the ladder: never after a red flag (its card
/// may say not to run until checked); else when the patient's plan has the
/// ladder's section (running brings the pain on), or the diary has a run.
pub fn shown(ladder: &Ladder, outcome: Option<&Outcome>, log: &Log) -> bool {
    if outcome.is_some_and(|o| o.red_flag.is_some()) {
        return false;
    }
    let in_plan = outcome.is_some_and(|o| o.sections.iter().any(|s| s.id == ladder.section));
    in_plan || has_run(log)
}

/// Whether the diary holds a run.
pub fn has_run(log: &Log) -> bool {
    log.entries()
        .iter()
        .any(|e| matches!(e.activity, Activity::Run { .. }))
}

/// Over the limit during the run, or worse the next morning.
fn flared(rules: &Diary, entry: &Entry) -> bool {
    !entry.within(rules) || entry.morning == Some(Morning::Worse)
}

/// The ladder as the plan and the diary show it.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// "Back to running, step by step".
    pub title: String,
    pub intro: Said,
    /// Each rung: its kind of run, how to do it, and where it comes from.
    pub rungs: Vec<(String, Said)>,
}

/// Where the diary puts the patient, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub position: Position,
    /// The rung reached, in the content's words ("Easy with strides").
    pub rung: &'static str,
    /// "You are on step 2 of 5: Easy with strides."
    pub step: String,
    pub advice: Said,
}

/// The ladder in the content's words, with the clinic's details; `None`
/// when the content has no ladder.
pub fn view(content: &Content, clinic: &Clinic) -> Option<View> {
    let rules = content.diary.as_ref()?;
    let ladder = rules.ladder.as_ref()?;
    let words = |text: &str| clinic.fill(&fill(rules, ladder, text, ""));
    Some(View {
        title: words(content.text(DiaryTextKey::Ladder)),
        intro: Said {
            title: String::new(),
            text: words(ladder.intro),
            sources: ladder.sources,
        },
        rungs: ladder
            .rungs
            .iter()
            .map(|rung| {
                let name = RunKind::from_token(rung.run).map_or("", |k| label(content, k));
                let said = Said {
                    title: String::new(),
                    text: words(rung.text),
                    sources: rung.sources,
                };
                (name.to_owned(), said)
            })
            .collect(),
    })
}

/// Where `log` puts the patient on `today`, in words; `None` when the
/// content has no ladder.
pub fn progress(content: &Content, log: &Log, today: Day, clinic: &Clinic) -> Option<Progress> {
    let rules = content.diary.as_ref()?;
    let ladder = rules.ladder.as_ref()?;
    let position = follow(rules, ladder, log, today);
    let name = |i: usize| {
        let kind = ladder.rungs.get(i).and_then(|r| RunKind::from_token(r.run));
        kind.map_or("", |k| label(content, k))
    };
    let (message, about) = match position.verdict {
        Verdict::Start => (&ladder.start, 0),
        Verdict::Stay => (&ladder.stay, position.rung),
        Verdict::Ready => (&ladder.ready, position.rung + 1),
        Verdict::Back => (&ladder.back, position.rung),
        Verdict::Ahead => (&ladder.ahead, position.rung),
        Verdict::Top => (&ladder.top, position.rung),
    };
    let said = |m: &Message| Said {
        title: clinic.fill(&fill(rules, ladder, m.title, name(about))),
        text: clinic.fill(&fill(rules, ladder, m.text, name(about))),
        sources: m.sources,
    };
    let values = [
        ("step", position.rung as u32 + 1),
        ("steps", ladder.rungs.len() as u32),
    ];
    let step = fill_values(content.text(DiaryTextKey::LadderStep), &values);
    let rung = name(position.rung);
    Some(Progress {
        position,
        rung,
        step: fill_words(&step, &[("run", rung)]),
        advice: said(message),
    })
}

/// The content's label for a kind of run.
fn label(content: &Content, kind: RunKind) -> &'static str {
    content.text(run_kind_key(kind))
}

/// `text` with the diary's placeholders, the ladder's `{runs}` and the
/// rung's name as `{run}` filled.
fn fill(rules: &Diary, ladder: &Ladder, text: &str, run: &str) -> String {
    let text = fill_values(&super::fill(rules, text), &[("runs", ladder.runs.value)]);
    fill_words(&text, &[("run", run)])
}
