//! The pain rule applied to the diary, and the nudge to book.
//!
//! In order, the first that holds wins:
//!
//! 1. **Alarm**: an entry of the last `alarm.days` days has "new or worrying
//!    symptoms" ticked → the alarm care card. Nothing else is said.
//! 2. **No recent entry**: nothing in the last `steady_days` days → ask for
//!    today's entry (old entries give no advice).
//! 3. **Ease off**: the entry is over the limit during the activity, or the
//!    next morning was worse than usual.
//! 4. **Check the morning**: within the limit, the next morning not rated yet.
//! 5. **One step more**: the entry ends a run of days in a row, each
//!    within the limit and back to usual (or better) by the next morning,
//!    whose length is a whole number of `steady_days` (7, 14, …): one step
//!    per full week, never on two days running.
//! 6. **Keep going** otherwise.
//!
//! The entry is the latest one ([`advise`]), or the day just saved
//! ([`advise_on`]), so saving an earlier day gives that day's advice.
//!
//! The nudge compares weekly averages of pain when sitting and pain during
//! activity (a week counts with at least `review_entries` entries): **getting
//! worse** when the last 7 days are at least `worse_by` higher than the week
//! before them or than the first week of the last `review_days`; **no
//! better** when neither average of the last 7 days is at least `better_by`
//! lower than in that first week.

use super::{Day, Entry, Log, Morning};
use crate::model::{Diary, Message};

/// What the diary advises: the rule's verdict on the latest entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    NoRecent,
    Alarm,
    EaseOff,
    CheckMorning,
    KeepGoing,
    Progress,
}

/// The verdict and what it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ruling {
    pub verdict: Verdict,
    /// The entry the verdict rests on (for an alarm, the latest with the box ticked).
    pub day: Option<Day>,
    /// Days in a row within the rule, ending at that entry.
    pub streak: u32,
}

/// A reason to book with the clinic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nudge {
    NoBetter,
    GettingWorse,
}

/// The verdict on `today` for these entries, and what it rests on: the
/// latest entry.
pub fn advise(rules: &Diary, log: &Log, today: Day) -> Ruling {
    advise_on(rules, log, today, None)
}

/// The verdict on `today` for the entry of `day` (the day just saved), or
/// the latest entry when `day` is `None`, has no entry or is not recent.
/// The alarm wins over any day's advice.
pub fn advise_on(rules: &Diary, log: &Log, today: Day, day: Option<Day>) -> Ruling {
    if let Some(day) = alarm_day(rules, log, today) {
        return ruling(Verdict::Alarm, Some(day), 0);
    }
    let recent_from = today - rules.steady_days.value as Day + 1;
    let recent = |e: &&Entry| e.day >= recent_from && e.day <= today;
    let chosen = day.and_then(|d| log.get(d)).filter(recent);
    let Some(entry) = chosen.or_else(|| log.latest(today).filter(recent)) else {
        return ruling(Verdict::NoRecent, None, 0);
    };
    let day = Some(entry.day);
    if !entry.within(rules) || entry.morning == Some(Morning::Worse) {
        return ruling(Verdict::EaseOff, day, 0);
    }
    if entry.morning.is_none() {
        return ruling(Verdict::CheckMorning, day, 0);
    }
    let streak = streak(rules, log, entry.day);
    let steady = rules.steady_days.value.max(1);
    let verdict = if streak.is_multiple_of(steady) {
        Verdict::Progress
    } else {
        Verdict::KeepGoing
    };
    ruling(verdict, day, streak)
}

/// The latest day of the last `alarm.days` with "new or worrying
/// symptoms" ticked, if any: then the alarm wins over any advice.
pub fn alarm_day(rules: &Diary, log: &Log, today: Day) -> Option<Day> {
    let alarm_from = today - rules.alarm.days as Day + 1;
    log.entries()
        .iter()
        .rev()
        .find(|e| e.alarm && e.day >= alarm_from)
        .map(|e| e.day)
}

fn ruling(verdict: Verdict, day: Option<Day>, streak: u32) -> Ruling {
    Ruling {
        verdict,
        day,
        streak,
    }
}

/// Days in a row, ending at `last`, each with an entry within the limit and
/// back to usual or better the next morning.
pub fn streak(rules: &Diary, log: &Log, last: Day) -> u32 {
    let mut count = 0;
    let mut day = last;
    for entry in log.entries().iter().rev().skip_while(|e| e.day > last) {
        if entry.day != day || !entry.settled(rules) {
            break;
        }
        count += 1;
        day -= 1;
    }
    count
}

/// The day whose next morning the diary should ask about on `today`:
/// yesterday, when its entry has a pain score during a run or exercises (or
/// any of today's exercises) and its next morning is not rated yet.
pub fn morning_due(log: &Log, today: Day) -> Option<Day> {
    let yesterday = today - 1;
    log.get(yesterday)
        .filter(|e| e.active() && e.morning.is_none())
        .map(|_| yesterday)
}

/// The content's message for a verdict; `None` for the alarm, which shows
/// its care card instead.
pub fn message(rules: &Diary, verdict: Verdict) -> Option<&Message> {
    Some(match verdict {
        Verdict::NoRecent => &rules.no_recent,
        Verdict::Alarm => return None,
        Verdict::EaseOff => &rules.ease_off,
        Verdict::CheckMorning => &rules.check_morning,
        Verdict::KeepGoing => &rules.keep_going,
        Verdict::Progress => &rules.progress,
    })
}

/// The content's message for a nudge.
pub fn nudge_message(rules: &Diary, nudge: Nudge) -> &Message {
    match nudge {
        Nudge::NoBetter => &rules.no_better,
        Nudge::GettingWorse => &rules.getting_worse,
    }
}

/// Sums of one week's entries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Week {
    pub entries: u32,
    pub sitting: u32,
    /// Entries with a pain score during activity, and their sum.
    pub active: u32,
    pub activity: u32,
}

impl Week {
    /// The 7 days ending at `last`.
    pub fn ending(log: &Log, last: Day) -> Week {
        let mut week = Week::default();
        for entry in log.between(last - 6, last) {
            week.add(entry);
        }
        week
    }

    fn add(&mut self, entry: &Entry) {
        self.entries += 1;
        self.sitting += u32::from(entry.sitting);
        if let Some(pain) = entry.activity_pain {
            self.active += 1;
            self.activity += u32::from(pain);
        }
    }

    /// The (sum, count) of each average: sitting, then activity.
    fn averages(&self) -> [(u32, u32); 2] {
        [(self.sitting, self.entries), (self.activity, self.active)]
    }
}

/// Whether some average of `later` is at least `by` above that of `earlier`
/// (`by` negative: at least `-by` below), compared exactly, without rounding.
fn changed(earlier: &Week, later: &Week, rise: bool, by: u32) -> bool {
    earlier
        .averages()
        .iter()
        .zip(later.averages())
        .filter(|((_, n0), (_, n1))| *n0 > 0 && *n1 > 0)
        .any(|(&(s0, n0), (s1, n1))| {
            // later/n1 - earlier/n0 >= by  ⇔  s1·n0 − s0·n1 >= by·n0·n1
            let (a, b) = (i64::from(s1) * i64::from(n0), i64::from(s0) * i64::from(n1));
            let diff = if rise { a - b } else { b - a };
            diff >= i64::from(by) * i64::from(n0) * i64::from(n1)
        })
}

/// Whether the entries up to `today` suggest booking, and why.
pub fn nudge(rules: &Diary, log: &Log, today: Day) -> Option<Nudge> {
    let need = rules.review_entries.value;
    let counts = |w: &Week| w.entries >= need;
    let last = Week::ending(log, today);
    if !counts(&last) {
        return None;
    }
    let before = Week::ending(log, today - 7);
    let first = Week::ending(log, today - rules.review_days.value as Day + 7);
    let worse =
        |earlier: &Week| counts(earlier) && changed(earlier, &last, true, rules.worse_by.value);
    if worse(&before) || worse(&first) {
        return Some(Nudge::GettingWorse);
    }
    if counts(&first) && !changed(&first, &last, false, rules.better_by.value) {
        return Some(Nudge::NoBetter);
    }
    None
}
