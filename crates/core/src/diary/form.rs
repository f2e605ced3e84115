//! The diary's entry form as a reducer: the draft (kept, so an unfinished
//! entry resumes where it was), what is missing when Save is pressed, and
//! saving (one entry per day; saving a day again replaces it). The app only
//! sends [`Action`]s and renders the [`Book`].

use super::{Activity, Day, DoneList, Entry, ExId, Log, Morning, RunKind, MAX_MINUTES, MAX_PAIN};

/// What was chosen for the activity, before its details are complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActivityKind {
    Run,
    Exercises,
    Rest,
}

/// The form as filled in so far. Details that do not apply (run minutes on
/// a rest day) are kept while the patient changes their mind, and left out
/// when the entry is saved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Draft {
    /// `None`: today, whichever day that is when the form is next opened.
    pub day: Option<Day>,
    pub sitting: Option<u8>,
    pub activity: Option<ActivityKind>,
    pub minutes: Option<u16>,
    pub run_kind: Option<RunKind>,
    pub activity_pain: Option<u8>,
    pub morning: Option<Morning>,
    pub alarm: bool,
    /// The exercises ticked, each with its pain once picked.
    pub exercises: DoneList,
}

/// A part of the form that needs an answer (or a better one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Day,
    Sitting,
    Activity,
    Minutes,
    RunKind,
    ActivityPain,
    /// The pain during this ticked exercise.
    ExercisePain(ExId),
}

/// One change to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Day(Day),
    Sitting(u8),
    Activity(ActivityKind),
    /// `None` when the box is empty or not a number.
    Minutes(Option<u16>),
    RunKind(RunKind),
    ActivityPain(u8),
    Morning(Option<Morning>),
    Alarm(bool),
    /// An exercise ticked (`true`) or unticked.
    Exercise(ExId, bool),
    ExercisePain(ExId, u8),
}

impl Edit {
    fn field(&self) -> Option<Field> {
        Some(match self {
            Edit::Day(_) => Field::Day,
            Edit::Sitting(_) => Field::Sitting,
            Edit::Activity(_) => Field::Activity,
            Edit::Minutes(_) => Field::Minutes,
            Edit::RunKind(_) => Field::RunKind,
            Edit::ActivityPain(_) => Field::ActivityPain,
            Edit::Exercise(id, false) | Edit::ExercisePain(id, _) => Field::ExercisePain(*id),
            Edit::Exercise(_, true) | Edit::Morning(_) | Edit::Alarm(_) => return None,
        })
    }
}

impl Draft {
    pub fn is_blank(&self) -> bool {
        *self == Draft::default()
    }

    /// The form filled in with a saved entry, to change it.
    pub fn of(entry: &Entry) -> Draft {
        let (activity, minutes, run_kind) = match entry.activity {
            Activity::Run { minutes, kind } => (ActivityKind::Run, Some(minutes), Some(kind)),
            Activity::Exercises => (ActivityKind::Exercises, None, None),
            Activity::Rest => (ActivityKind::Rest, None, None),
        };
        Draft {
            day: Some(entry.day),
            sitting: Some(entry.sitting),
            activity: Some(activity),
            minutes,
            run_kind,
            activity_pain: entry.activity_pain,
            morning: entry.morning,
            alarm: entry.alarm,
            exercises: entry.exercises,
        }
    }

    /// The day the entry is for.
    pub fn day_or(&self, today: Day) -> Day {
        self.day.unwrap_or(today)
    }

    /// Whether a pain score during the activity is asked for.
    pub fn asks_activity_pain(&self) -> bool {
        matches!(
            self.activity,
            Some(ActivityKind::Run | ActivityKind::Exercises)
        )
    }

    /// The entry, or every part of the form that still needs an answer, in
    /// the form's order.
    pub fn complete(&self, today: Day) -> Result<Entry, Vec<Field>> {
        let mut missing = Vec::new();
        let day = self.day_or(today);
        if day > today {
            missing.push(Field::Day);
        }
        let pain = |p: Option<u8>| p.filter(|p| *p <= MAX_PAIN);
        let sitting = pain(self.sitting);
        if sitting.is_none() {
            missing.push(Field::Sitting);
        }
        let activity = match self.activity {
            None => {
                missing.push(Field::Activity);
                None
            }
            Some(ActivityKind::Run) => {
                let minutes = self.minutes.filter(|m| (1..=MAX_MINUTES).contains(m));
                if minutes.is_none() {
                    missing.push(Field::Minutes);
                }
                if self.run_kind.is_none() {
                    missing.push(Field::RunKind);
                }
                minutes
                    .zip(self.run_kind)
                    .map(|(minutes, kind)| Activity::Run { minutes, kind })
            }
            Some(ActivityKind::Exercises) => Some(Activity::Exercises),
            Some(ActivityKind::Rest) => Some(Activity::Rest),
        };
        let activity_pain = if self.asks_activity_pain() {
            let p = pain(self.activity_pain);
            if p.is_none() {
                missing.push(Field::ActivityPain);
            }
            p
        } else {
            None
        };
        let unscored = self.exercises.iter().filter(|d| d.pain.is_none());
        missing.extend(unscored.map(|d| Field::ExercisePain(d.id)));
        match (sitting, activity) {
            (Some(sitting), Some(activity)) if missing.is_empty() => Ok(Entry {
                day,
                sitting,
                activity,
                activity_pain,
                morning: self.morning,
                alarm: self.alarm,
                exercises: self.exercises,
            }),
            _ => Err(missing),
        }
    }

    fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Day(day) => self.day = Some(day),
            Edit::Sitting(p) => self.sitting = Some(p.min(MAX_PAIN)),
            Edit::Activity(a) => self.activity = Some(a),
            Edit::Minutes(m) => self.minutes = m,
            Edit::RunKind(k) => self.run_kind = Some(k),
            Edit::ActivityPain(p) => self.activity_pain = Some(p.min(MAX_PAIN)),
            Edit::Morning(m) => self.morning = m,
            Edit::Alarm(on) => self.alarm = on,
            Edit::Exercise(id, true) => {
                let pain = self.exercises.get(id.as_str()).and_then(|d| d.pain);
                self.exercises.set(id, pain);
            }
            Edit::Exercise(id, false) => self.exercises.remove(id),
            Edit::ExercisePain(id, p) => {
                self.exercises.set(id, Some(p));
            }
        }
    }
}

/// Everything the patient can do on the diary page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Edit(Edit),
    /// "Change" beside a saved day: fill the form with it.
    Change(Day),
    /// The answer to "How did yesterday's run feel this morning?": the
    /// next morning of a saved day, saved into its entry at once.
    Morning(Day, Morning),
    Save,
    /// "Erase my diary".
    Erase,
}

/// The diary page's state: the entries, the form and what happened last.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Book {
    pub log: Log,
    pub draft: Draft,
    /// What Save found missing, in the form's order; empty when all is well.
    pub errors: Vec<Field>,
    /// The day just saved, for the confirmation.
    pub saved: Option<Day>,
}

impl Book {
    pub fn new(log: Log, draft: Draft) -> Self {
        Self {
            log,
            draft,
            ..Self::default()
        }
    }

    /// The book with the entries another tab saved (or none, when it erased
    /// them): the form stays as the patient has it here, so nothing they
    /// are typing is lost, and the next save writes both.
    pub fn adopt(&self, log: Log) -> Book {
        Book {
            // "Saved" stays while the day it names is still kept.
            saved: self.saved.filter(|day| log.get(*day).is_some()),
            log,
            ..self.clone()
        }
    }

    /// Whether saving now replaces an entry already kept for that day.
    pub fn replacing(&self, today: Day) -> bool {
        self.log.get(self.draft.day_or(today)).is_some()
    }

    /// The next state after `action`, on `today`.
    pub fn reduce(&self, action: Action, today: Day) -> Book {
        let mut next = self.clone();
        next.saved = None;
        match action {
            Action::Edit(Edit::Day(day)) if day != self.draft.day_or(today) => {
                // Another day: show what was kept for it, if anything.
                match self.log.get(day) {
                    Some(entry) => next.draft = Draft::of(entry),
                    None => next.draft.day = Some(day),
                }
                next.errors.clear();
            }
            Action::Edit(edit) => {
                next.draft.apply(edit);
                if let Some(field) = edit.field() {
                    next.errors.retain(|f| *f != field);
                }
            }
            Action::Change(day) => {
                if let Some(entry) = self.log.get(day) {
                    next.draft = Draft::of(entry);
                    next.errors.clear();
                }
            }
            Action::Morning(day, morning) => {
                if let Some(entry) = self.log.get(day) {
                    next.log.upsert(Entry {
                        morning: Some(morning),
                        ..*entry
                    });
                    next.saved = Some(day);
                    // The form open on that day keeps the answer too, so
                    // saving it does not take the answer back.
                    if self.draft.day_or(today) == day {
                        next.draft.morning = Some(morning);
                    }
                }
            }
            Action::Save => match self.draft.complete(today) {
                Ok(entry) => {
                    next.log.upsert(entry);
                    next.draft = Draft::default();
                    next.errors.clear();
                    next.saved = Some(entry.day);
                }
                Err(missing) => next.errors = missing,
            },
            Action::Erase => next = Book::default(),
        }
        next
    }
}
