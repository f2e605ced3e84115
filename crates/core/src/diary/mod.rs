//! The pain diary: one entry a day, and what the pain rule says about them.
//!
//! - [`day`]: calendar days as numbers, so dates need no library;
//! - this module: an [`Entry`] and the [`Log`] of them (one per day);
//! - [`done`]: the exercises done on a day, each with the pain during it;
//! - [`progression`]: each exercise's advice (keep going, ease off one
//!   step, move on), from the entries that include it;
//! - [`exercise_view`]: the exercises' names and advice in words;
//! - [`rules`]: the advice for the latest entries (keep going, one step
//!   more, ease off, get checked) and the nudge to book;
//! - [`trend`]: averages, the summary sentence and the chart's geometry;
//! - [`direction`]: which way each measure went (rising, falling, steady);
//! - [`ladder`]: where the patient is on the return-to-running ladder;
//! - [`form`]: the entry form as a reducer (draft, errors, save);
//! - [`store`]: the versioned line format kept on the device, and CSV;
//! - [`view`]: all of it in words, as the page and the summary show it.
//!
//! Thresholds and every sentence come from the content's `[diary]` section
//! and `diary_…` texts; nothing clinical is written here.

pub mod day;
pub mod direction;
pub mod done;
pub mod exercise_view;
pub mod form;
pub mod ladder;
pub mod progression;
pub mod rules;
pub mod store;
pub mod trend;
pub mod view;

pub use day::Day;
pub use done::{Done, DoneList, ExId};

use crate::model::Diary;
use crate::texts::DiaryTextKey;

/// The highest pain score.
pub const MAX_PAIN: u8 = 10;
/// The longest run the form accepts, in minutes.
pub const MAX_MINUTES: u16 = 600;

/// What kind of run it was: the rungs of the return-to-running ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RunKind {
    EasyFlat,
    Strides,
    Tempo,
    Hills,
    Sprints,
}

impl RunKind {
    /// Every kind, in the form's order.
    pub const ALL: [RunKind; 5] = [
        RunKind::EasyFlat,
        RunKind::Strides,
        RunKind::Tempo,
        RunKind::Hills,
        RunKind::Sprints,
    ];

    /// Its word in the saved diary and in `[diary.ladder]` (`run = "easy"`).
    pub fn token(self) -> &'static str {
        match self {
            RunKind::EasyFlat => "easy",
            RunKind::Strides => "strides",
            RunKind::Tempo => "tempo",
            RunKind::Hills => "hills",
            RunKind::Sprints => "sprints",
        }
    }

    /// The kind whose [`token`](Self::token) this is.
    pub fn from_token(token: &str) -> Option<RunKind> {
        RunKind::ALL.into_iter().find(|k| k.token() == token)
    }
}

/// What the patient did that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activity {
    Run { minutes: u16, kind: RunKind },
    Exercises,
    Rest,
}

/// The next morning, compared with usual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Morning {
    Better,
    Same,
    Worse,
}

/// One day of the diary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry {
    pub day: Day,
    /// Pain when sitting, 0–10.
    pub sitting: u8,
    pub activity: Activity,
    /// Pain during the activity, 0–10; none on a rest day.
    pub activity_pain: Option<u8>,
    /// The next morning; none until the patient adds it.
    pub morning: Option<Morning>,
    /// "New or worrying symptoms" was ticked.
    pub alarm: bool,
    /// The exercises done that day, each with the pain during it; apart
    /// from the day's main activity (a rest day may have them).
    pub exercises: DoneList,
}

impl Entry {
    /// Whether every value is one the form could have saved.
    pub fn is_valid(&self) -> bool {
        let pain = |p: u8| p <= MAX_PAIN;
        let activity = match self.activity {
            Activity::Run { minutes, .. } => {
                (1..=MAX_MINUTES).contains(&minutes) && self.activity_pain.is_some()
            }
            Activity::Exercises => self.activity_pain.is_some(),
            Activity::Rest => self.activity_pain.is_none(),
        };
        pain(self.sitting)
            && self.activity_pain.is_none_or(pain)
            && activity
            && self.exercises.is_complete()
    }

    /// Within the pain limit during the activity and during each exercise
    /// (a rest day without exercises always is).
    pub fn within(&self, rules: &Diary) -> bool {
        let within = |p: u8| u32::from(p) <= rules.limit.value;
        self.activity_pain.is_none_or(within)
            && self.exercises.iter().all(|d| d.pain.is_none_or(within))
    }

    /// Whether the activity or any exercise has a pain score (so the next
    /// morning is worth asking about).
    pub fn active(&self) -> bool {
        self.activity_pain.is_some() || !self.exercises.is_empty()
    }

    /// Within the limit and back to usual (or better) the next morning.
    pub fn settled(&self, rules: &Diary) -> bool {
        self.within(rules) && matches!(self.morning, Some(Morning::Better | Morning::Same))
    }
}

/// The diary's entries: one per day, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Log {
    entries: Vec<Entry>,
}

impl Log {
    pub fn new() -> Self {
        Self::default()
    }

    /// A log of these entries, in any order; of two for the same day, the
    /// later one stays. One sort, so a long diary in any order is read in
    /// `n log n` (inserting each in turn took minutes for a reversed one).
    pub fn from_entries(entries: impl IntoIterator<Item = Entry>) -> Self {
        let mut all: Vec<Entry> = entries.into_iter().collect();
        // Stable: of entries for one day, the later stays later.
        all.sort_by_key(|e| e.day);
        let mut log = Self::new();
        for entry in all {
            match log.entries.last_mut() {
                Some(last) if last.day == entry.day => *last = entry,
                _ => log.entries.push(entry),
            }
        }
        log
    }

    /// Oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn get(&self, day: Day) -> Option<&Entry> {
        self.position(day).ok().map(|i| &self.entries[i])
    }

    fn position(&self, day: Day) -> Result<usize, usize> {
        self.entries.binary_search_by_key(&day, |e| e.day)
    }

    /// Adds the entry, or replaces the one for its day.
    pub fn upsert(&mut self, entry: Entry) {
        match self.position(entry.day) {
            Ok(i) => self.entries[i] = entry,
            Err(i) => self.entries.insert(i, entry),
        }
    }

    pub fn remove(&mut self, day: Day) {
        if let Ok(i) = self.position(day) {
            self.entries.remove(i);
        }
    }

    /// The entries from `first` to `last`, both included.
    pub fn between(&self, first: Day, last: Day) -> &[Entry] {
        let start = self.entries.partition_point(|e| e.day < first);
        let end = self.entries.partition_point(|e| e.day <= last);
        &self.entries[start..end.max(start)]
    }

    /// The latest entry on or before `today` (entries dated later, after the
    /// device's clock changed, give no advice).
    pub fn latest(&self, today: Day) -> Option<&Entry> {
        self.entries.iter().rev().find(|e| e.day <= today)
    }
}

/// `text` with the diary's own placeholders (`{limit}`, `{steady_days}`,
/// `{review_days}`) filled; other braces stay for the clinic's details.
pub fn fill(rules: &Diary, text: &str) -> String {
    crate::template::fill_values(
        text,
        &[
            ("limit", rules.limit.value),
            ("steady_days", rules.steady_days.value),
            ("review_days", rules.review_days.value),
        ],
    )
}

/// The content's label for a kind of run.
pub fn run_kind_key(kind: RunKind) -> DiaryTextKey {
    match kind {
        RunKind::EasyFlat => DiaryTextKey::Easy,
        RunKind::Strides => DiaryTextKey::Strides,
        RunKind::Tempo => DiaryTextKey::Tempo,
        RunKind::Hills => DiaryTextKey::Hills,
        RunKind::Sprints => DiaryTextKey::Sprints,
    }
}

/// The content's label for the next morning ("Not yet" when not rated).
pub fn morning_key(morning: Option<Morning>) -> DiaryTextKey {
    match morning {
        Some(Morning::Better) => DiaryTextKey::Better,
        Some(Morning::Same) => DiaryTextKey::Same,
        Some(Morning::Worse) => DiaryTextKey::Worse,
        None => DiaryTextKey::NotYet,
    }
}
