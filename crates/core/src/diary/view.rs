//! The diary as the page and the physio's summary show it: every word filled in, every number placed.

use super::day::{self, Day};
use super::rules::{self, Verdict};
use super::trend::{self, Chart};
use super::{morning_key, run_kind_key, Activity, Log, Morning, RunKind};
use crate::model::{CardStyle, Content, Diary, Id};
use crate::template::Clinic;
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
}

/// The diary of `log` on `today`, in the words of `content` (whose diary
/// rules are `rules`) and with `clinic`'s details.
pub fn view(content: &Content, rules: &Diary, log: &Log, today: Day, clinic: &Clinic) -> View {
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
    let ruling = rules::advise(rules, log, today);
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
            })
            .collect(),
    };
    View {
        alarm_label: fill(rules.alarm.label),
        alarm_hint: fill(rules.alarm.hint),
        cannot_save: clinic.fill(content.text(TextKey::NoticeCannotSave)),
        advice,
        nudge,
        week: window(7),
        month: window(28),
        texts,
    }
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
