//! The diary as the page and the physio's summary show it: every word filled in, every number placed.

use super::day::{self, Day};
use super::direction::{directions, Direction};
use super::rules::{self, Verdict};
use super::trend::{self, Chart};
use super::{morning_key, run_kind_key, Activity, DoneList, Entry, Log, Morning, RunKind};
use crate::model::{CardStyle, Content, Diary, Id};
use crate::template::{fill_values, Clinic};
use crate::texts::{DiaryTextKey, TextKey};

/// What the diary shows on `today`, with the content's numbers and the
/// clinic's details filled into every text.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The `diary_…` texts, filled, in the order of [`DiaryTextKey::ALL`].
    texts: Vec<String>,
    /// The "new or worrying symptoms" box: its label and its hint.
    pub alarm_label: String,
    pub alarm_hint: String,
    /// The notice when the browser will not keep the diary.
    pub cannot_save: String,
    /// What to do next.
    pub advice: Advice,
    /// The reason to book with the clinic, if any (the page leaves it out
    /// beside the alarm card; the summary for the physio keeps it).
    pub nudge: Option<Said>,
    /// "How did yesterday's run feel this morning?": the day to ask about
    /// and the question, when yesterday's run or exercises have a pain score
    /// and no next morning yet (`rules::morning_due`).
    pub ask_morning: Option<(Day, String)>,
    /// The last 7 days.
    pub week: Window,
    /// The last 28 days.
    pub month: Window,
}

/// A filled sentence (or heading and sentence) and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub title: String,
    pub text: String,
    pub sources: &'static [Id],
}

/// The verdict of the diary's rules, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub verdict: Verdict,
    /// The message (for the alarm: the care level's title, and the alarm's
    /// text and sources).
    pub said: Said,
    /// "Based on Wed 25 Nov": the entry the advice rests on.
    pub based_on: Option<String>,
    /// What that entry says, naming each measure: "Your pain during the
    /// run was 4 out of 10. That is above your limit of 3." (none for the
    /// alarm and when there is no recent entry).
    pub facts: Vec<String>,
    /// After saving an earlier day: the latest entry's advice when it
    /// differs, "Your latest entry, for Sat 5 Dec, says: Ease off one step".
    pub latest: Option<String>,
    /// With the alarm, the care card; `None` when the content names no
    /// such care level (then nothing is shown).
    pub card: Option<Card>,
}

/// The alarm's care card: its colour, what to do, and the section's items.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub style: CardStyle,
    /// The care level's action.
    pub action: Said,
    /// The alarm's section: its title and items (only `text` and `sources`
    /// of each item are set).
    pub section: Option<(String, Vec<Said>)>,
}

/// The trend over a window of days.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Window {
    pub days: u32,
    /// The summary sentence.
    pub sentence: String,
    /// Which way each measure is going: "Pain when sitting: rising over
    /// the last 7 days, from 2 to 5 out of 10." (a measure with no score in
    /// the window has none).
    pub directions: Vec<String>,
    pub chart: Chart,
    /// One row per entry, oldest first.
    pub rows: Vec<Row>,
}

/// One entry as the table and the summary show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub day: Day,
    /// "Wed 25 Nov".
    pub label: String,
    pub sitting: u8,
    /// "A run, 30 min, Easy and flat".
    pub activity: String,
    pub activity_pain: Option<u8>,
    /// The next morning ("Not yet" when not rated).
    pub morning: String,
    /// "New or worrying symptoms" was ticked.
    pub alarm: bool,
    /// The exercises done, each with the pain during it (their names:
    /// `exercise_view::name`).
    pub exercises: DoneList,
}

/// The diary of `log` on `today`, in the words of `content` (whose diary
/// rules are `rules`) and with `clinic`'s details; the advice rests on the
/// latest entry.
pub fn view(content: &Content, rules: &Diary, log: &Log, today: Day, clinic: &Clinic) -> View {
    view_after(content, rules, log, today, clinic, None)
}

/// The diary as [`view`] gives it, but with the advice for `saved`, the day
/// just saved (an earlier day gives that day's advice, and the latest
/// entry's too when it differs).
pub fn view_after(
    content: &Content,
    rules: &Diary,
    log: &Log,
    today: Day,
    clinic: &Clinic,
    saved: Option<Day>,
) -> View {
    let fill = |text: &str| clinic.fill(&super::fill(rules, text));
    let texts: Vec<String> = DiaryTextKey::ALL
        .iter()
        .map(|key| fill(content.text(*key)))
        .collect();
    let said = |title: &str, text: &str, sources| Said {
        title: fill(title),
        text: fill(text),
        sources,
    };
    let ruling = rules::advise_on(rules, log, today, saved);
    let facts = match ruling.verdict {
        Verdict::Alarm | Verdict::NoRecent => Vec::new(),
        _ => ruling
            .day
            .and_then(|d| log.get(d))
            .map(|entry| facts(&texts, rules, entry))
            .unwrap_or_default(),
    };
    let latest = rules::advise(rules, log, today);
    let latest = (latest.day != ruling.day && latest.verdict != ruling.verdict)
        .then(|| {
            let title = rules::message(rules, latest.verdict)?.title;
            let date = day::label(latest.day?);
            let intro = texts[DiaryTextKey::Latest as usize].replace("{date}", &date);
            Some([intro.as_str(), " ", &fill(title)].concat())
        })
        .flatten();
    let based_on = ruling.day.map(|d| {
        [
            texts[DiaryTextKey::BasedOn as usize].as_str(),
            " ",
            &day::label(d),
        ]
        .concat()
    });
    let advice = match rules::message(rules, ruling.verdict) {
        Some(m) => Advice {
            verdict: ruling.verdict,
            said: said(m.title, m.text, m.sources),
            based_on,
            facts,
            latest,
            card: None,
        },
        None => {
            let alarm = &rules.alarm;
            let care = content.care(alarm.care).map(|(_, c)| c);
            let card = care.map(|care| Card {
                style: care.style,
                action: said("", care.action, care.sources),
                section: content.section(alarm.section).map(|s| {
                    let items = s.items.iter().map(|i| said("", i.text, i.sources));
                    (fill(s.title), items.collect())
                }),
            });
            Advice {
                verdict: ruling.verdict,
                said: said(care.map_or("", |c| c.title), alarm.text, alarm.sources),
                based_on,
                facts,
                latest,
                card,
            }
        }
    };
    let nudge = rules::nudge(rules, log, today).map(|n| {
        let m = rules::nudge_message(rules, n);
        said(m.title, m.text, m.sources)
    });
    let window = |days: u32| Window {
        days,
        sentence: fill(&trend::sentence(content, rules, log, today, days)),
        directions: direction_lines(&texts, rules, log, today, days),
        chart: trend::chart(log, rules.limit.value, today, days),
        rows: trend::window(log, today, days)
            .iter()
            .map(|entry| Row {
                day: entry.day,
                label: day::label(entry.day),
                sitting: entry.sitting,
                activity: activity_text(&texts, entry.activity),
                activity_pain: entry.activity_pain,
                morning: texts[morning_key(entry.morning) as usize].clone(),
                alarm: entry.alarm,
                exercises: entry.exercises,
            })
            .collect(),
    };
    View {
        alarm_label: fill(rules.alarm.label),
        alarm_hint: fill(rules.alarm.hint),
        cannot_save: clinic.fill(content.text(TextKey::NoticeCannotSave)),
        advice,
        nudge,
        ask_morning: rules::morning_due(log, today).and_then(|d| {
            let key = match log.get(d)?.activity {
                Activity::Run { .. } => DiaryTextKey::MorningQuestionRun,
                _ => DiaryTextKey::MorningQuestionExercises,
            };
            Some((d, texts[key as usize].clone()))
        }),
        week: window(7),
        month: window(28),
        texts,
    }
}

/// The sentences about `entry` that name each measure: its pain during the
/// run or exercises against the limit (or that it was a rest day), the
/// highest pain during one of the day's exercises when above the limit, and
/// a next morning worse than usual.
fn facts(texts: &[String], rules: &Diary, entry: &Entry) -> Vec<String> {
    let text = |key: DiaryTextKey| texts[key as usize].as_str();
    let mut out = Vec::new();
    match entry.activity_pain {
        Some(pain) => {
            let key = if entry.within(rules) {
                DiaryTextKey::MeasureWithin
            } else {
                DiaryTextKey::MeasureOver
            };
            let during = match entry.activity {
                Activity::Run { .. } => DiaryTextKey::DuringRun,
                _ => DiaryTextKey::DuringExercises,
            };
            let filled = fill_values(text(key), &[("pain", u32::from(pain))]);
            out.push(filled.replace("{activity}", text(during)));
        }
        None => out.push(text(DiaryTextKey::MeasureRest).to_owned()),
    }
    // The highest pain during an exercise, when it was above the limit.
    let exercise_pain = entry.exercises.iter().filter_map(|d| d.pain).max();
    if let Some(pain) = exercise_pain.filter(|p| u32::from(*p) > rules.limit.value) {
        let filled = fill_values(
            text(DiaryTextKey::MeasureOver),
            &[("pain", u32::from(pain))],
        );
        out.push(filled.replace("{activity}", text(DiaryTextKey::DuringExercises)));
    }
    if entry.morning == Some(Morning::Worse) {
        out.push(text(DiaryTextKey::MeasureWorse).to_owned());
    }
    out
}

/// Which way each measure went over the `days` days ending at `today`, one
/// sentence each: pain when sitting, then pain during runs and exercises.
fn direction_lines(
    texts: &[String],
    rules: &Diary,
    log: &Log,
    today: Day,
    days: u32,
) -> Vec<String> {
    let text = |key: DiaryTextKey| texts[key as usize].as_str();
    let d = directions(rules, log, today, days);
    [
        (DiaryTextKey::Sitting, d.sitting, &d.sitting_scores),
        (
            DiaryTextKey::DirectionActivity,
            d.activity,
            &d.activity_scores,
        ),
    ]
    .into_iter()
    .filter_map(|(measure, direction, scores)| {
        let (first, last) = (*scores.first()?, *scores.last()?);
        let word = match direction {
            Direction::Rising => DiaryTextKey::Rising,
            Direction::Falling => DiaryTextKey::Falling,
            Direction::Steady => DiaryTextKey::Steady,
            Direction::TooFew => {
                return Some(
                    text(DiaryTextKey::DirectionTooFew).replace("{measure}", text(measure)),
                )
            }
        };
        let values = [
            ("days", days),
            ("first", u32::from(first)),
            ("last", u32::from(last)),
        ];
        Some(
            fill_values(text(DiaryTextKey::Direction), &values)
                .replace("{measure}", text(measure))
                .replace("{direction}", text(word)),
        )
    })
    .collect()
}

/// What was done, as the table and the summary show it ("A run, 30 min,
/// Easy and flat", "My exercises", "Rest"), from the filled `texts`.
fn activity_text(texts: &[String], activity: Activity) -> String {
    let text = |key: DiaryTextKey| texts[key as usize].as_str();
    match activity {
        Activity::Run { minutes, kind } => format!(
            "{}, {minutes} min, {}",
            text(DiaryTextKey::Run),
            text(run_kind_key(kind))
        ),
        Activity::Exercises => text(DiaryTextKey::Exercises).to_owned(),
        Activity::Rest => text(DiaryTextKey::Rest).to_owned(),
    }
}

impl View {
    /// The page text `key`, filled.
    pub fn text(&self, key: DiaryTextKey) -> &str {
        &self.texts[key as usize]
    }

    /// The label of a kind of run.
    pub fn run_kind(&self, kind: RunKind) -> &str {
        self.text(run_kind_key(kind))
    }

    /// The label of a next morning ("Not yet" when not rated).
    pub fn morning(&self, morning: Option<Morning>) -> &str {
        self.text(morning_key(morning))
    }

    /// "4 out of 10": a pain score as the entries show it.
    pub fn score(&self, pain: u8) -> String {
        fill_values(self.text(DiaryTextKey::Score), &[("pain", u32::from(pain))])
    }

    /// "Saved Wed 25 Nov": the confirmation after saving `day`.
    pub fn saved(&self, day: Day) -> String {
        [self.text(DiaryTextKey::Saved), " ", &day::label(day)].concat()
    }

    /// The trend over the last `days` days: 7 or 28.
    pub fn window(&self, days: u32) -> &Window {
        if days == 7 {
            &self.week
        } else {
            &self.month
        }
    }
}
