//! The diary as kept on the patient's device, and as a CSV file for them.
//!
//! A small line format, like the saved answers (`saved.rs`), so the wasm
//! needs no serialisation library:
//!
//! ```text
//! hamstring-guide-diary 2
//! e 2026-11-24 3 run 30 easy 2 same - bridge_hold:2,prone_curl_hold:1
//! e 2026-11-25 4 rest - - - - alarm -
//! d - 3 exercises - - - - - bridge_hold:-
//! ```
//!
//! The first line names the format and its version. `e` is an entry: date,
//! pain when sitting, activity (`run`, `exercises`, `rest`), run minutes and
//! kind (`easy`, `strides`, `tempo`, `hills`, `sprints`), pain during the activity, next morning
//! (`better`, `same`, `worse`), `alarm` when "new or worrying symptoms"
//! was ticked, and (from version 2) the exercises done, each `id:pain`,
//! joined by `,`; `-` is "none". `d` is the unfinished entry in the same
//! order (date `-` is today; an exercise's pain `-` is not picked yet).
//! A version 1 diary has no exercises field and is read as before.
//! Decoding never panics: anything unreadable is an error the caller sets
//! aside, never drops.

use super::form::{ActivityKind, Draft};
use super::{day, Activity, DoneList, Entry, ExId, Log, Morning, RunKind, MAX_MINUTES, MAX_PAIN};
use crate::saved::DecodeError;

/// The current format version.
pub const VERSION: u32 = 2;
const MAGIC: &str = "hamstring-guide-diary";

/// What the diary keeps between visits: the entries and the unfinished one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogAndDraft {
    pub log: Log,
    pub draft: Draft,
}

impl LogAndDraft {
    /// Nothing worth keeping: no entries and a blank form.
    pub fn is_empty(&self) -> bool {
        self.log.is_empty() && self.draft.is_blank()
    }
}

const NONE: &str = "-";

fn activity_token(a: ActivityKind) -> &'static str {
    match a {
        ActivityKind::Run => "run",
        ActivityKind::Exercises => "exercises",
        ActivityKind::Rest => "rest",
    }
}

fn morning_token(m: Morning) -> &'static str {
    match m {
        Morning::Better => "better",
        Morning::Same => "same",
        Morning::Worse => "worse",
    }
}

fn line(tag: &str, d: &Draft) -> String {
    let number = |n: Option<u32>| n.map_or(NONE.to_owned(), |n| n.to_string());
    [
        tag.to_owned(),
        d.day.map_or(NONE.to_owned(), day::iso),
        number(d.sitting.map(u32::from)),
        d.activity.map_or(NONE, activity_token).to_owned(),
        number(d.minutes.map(u32::from)),
        d.run_kind.map_or(NONE, RunKind::token).to_owned(),
        number(d.activity_pain.map(u32::from)),
        d.morning.map_or(NONE, morning_token).to_owned(),
        (if d.alarm { "alarm" } else { NONE }).to_owned(),
        exercises_token(&d.exercises, NONE),
    ]
    .join(" ")
}

/// The exercises as `id:pain,id:pain` (`none` when there are none; a pain
/// not picked yet is `-`).
fn exercises_token(list: &DoneList, none: &str) -> String {
    if list.is_empty() {
        return none.to_owned();
    }
    let each = list.iter().map(|d| {
        let pain = d.pain.map_or(NONE.to_owned(), |p| p.to_string());
        [d.id.as_str(), ":", &pain].concat()
    });
    each.collect::<Vec<_>>().join(",")
}

/// The exercises of a line: each `id:pain` once, at most
/// [`super::done::MAX_DONE`]; `Err` for anything else.
fn read_exercises(token: &str) -> Result<DoneList, ()> {
    let mut list = DoneList::default();
    if token == NONE {
        return Ok(list);
    }
    for part in token.split(',') {
        let (id, score) = part.rsplit_once(':').ok_or(())?;
        let id = ExId::new(id).ok_or(())?;
        let score = optional(score, pain)?;
        if list.get(id.as_str()).is_some() || !list.set(id, score) {
            return Err(());
        }
    }
    Ok(list)
}

pub fn encode(kept: &LogAndDraft) -> String {
    let mut out = format!("{MAGIC} {VERSION}\n");
    for entry in kept.log.entries() {
        out.push_str(&line("e", &Draft::of(entry)));
        out.push('\n');
    }
    if !kept.draft.is_blank() {
        out.push_str(&line("d", &kept.draft));
        out.push('\n');
    }
    out
}

/// A token, or `None` for `-`; `Err` when it is neither.
fn optional<T>(token: &str, read: impl Fn(&str) -> Option<T>) -> Result<Option<T>, ()> {
    if token == NONE {
        Ok(None)
    } else {
        read(token).map(Some).ok_or(())
    }
}

fn pain(token: &str) -> Option<u8> {
    let digits = token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit());
    digits
        .then(|| token.parse().ok())?
        .filter(|p| *p <= MAX_PAIN)
}

fn minutes(token: &str) -> Option<u16> {
    let digits = token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit());
    digits
        .then(|| token.parse().ok())?
        .filter(|m| (1..=MAX_MINUTES).contains(m))
}

/// The draft on one line (after its tag) of a diary of `version`, if
/// every token is readable: version 1 has no exercises field, version 2
/// must have it.
fn read_line(version: u32, fields: &[&str]) -> Result<Draft, ()> {
    let (fields, exercises) = match (version, fields) {
        (1, _) => (fields, NONE),
        (_, [first @ .., last]) => (first, *last),
        _ => return Err(()),
    };
    let [date, sitting, activity, run_minutes, kind, activity_pain, morning, alarm] = fields else {
        return Err(());
    };
    Ok(Draft {
        day: optional(date, day::from_iso)?,
        sitting: optional(sitting, pain)?,
        activity: optional(activity, |t| match t {
            "run" => Some(ActivityKind::Run),
            "exercises" => Some(ActivityKind::Exercises),
            "rest" => Some(ActivityKind::Rest),
            _ => None,
        })?,
        minutes: optional(run_minutes, minutes)?,
        run_kind: optional(kind, RunKind::from_token)?,
        activity_pain: optional(activity_pain, pain)?,
        morning: optional(morning, |t| match t {
            "better" => Some(Morning::Better),
            "same" => Some(Morning::Same),
            "worse" => Some(Morning::Worse),
            _ => None,
        })?,
        alarm: match *alarm {
            "alarm" => true,
            NONE => false,
            _ => return Err(()),
        },
        exercises: read_exercises(exercises)?,
    })
}

/// The entry a draft line describes exactly (nothing missing, nothing extra).
fn entry_of(draft: &Draft) -> Option<Entry> {
    let day = draft.day?;
    let entry = draft.complete(day).ok()?;
    // Details that do not apply must not be there: the line is then exactly
    // what `encode` writes for the entry.
    (Draft::of(&entry) == *draft && entry.is_valid()).then_some(entry)
}

/// The most a diary can take: a line a day is about 40 bytes (about 80
/// with two exercises), so this holds over 15 years of days; anything
/// larger is not the guide's and is set aside unread.
pub const MAX_BYTES: usize = 512 * 1024;

/// Reads the diary of this format version or an older one, in time
/// proportional to its length whatever the order of its lines.
pub fn decode(text: &str) -> Result<LogAndDraft, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge);
    }
    let mut lines = text.lines();
    let version = lines
        .next()
        .and_then(|l| l.strip_prefix(MAGIC))
        .and_then(|v| v.strip_prefix(' '))
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::NotOurs)?;
    if version > VERSION {
        return Err(DecodeError::TooNew(version));
    }
    let mut kept = LogAndDraft::default();
    let mut draft_seen = false;
    // Each entry with its line number, sorted once at the end.
    let mut entries = Vec::new();
    for (i, text) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let bad = DecodeError::BadLine(i + 2);
        let fields: Vec<&str> = text.split(' ').collect();
        let (tag, rest) = fields.split_first().ok_or(bad.clone())?;
        let draft = read_line(version, rest).map_err(|()| bad.clone())?;
        match *tag {
            "e" => entries.push((i + 2, entry_of(&draft).ok_or(bad)?)),
            "d" if !draft_seen => {
                draft_seen = true;
                kept.draft = draft;
            }
            _ => return Err(bad),
        }
    }
    // Stable: of two lines for one day, the second is the one refused.
    entries.sort_by_key(|(_, entry)| entry.day);
    if let Some(pair) = entries.windows(2).find(|p| p[0].1.day == p[1].1.day) {
        return Err(DecodeError::BadLine(pair[1].0));
    }
    kept.log = Log::from_entries(entries.into_iter().map(|(_, entry)| entry));
    Ok(kept)
}

/// The entries as CSV (RFC 4180, CRLF line ends), oldest first, with a
/// header row, for the patient to keep or give to their physio. Each
/// exercise done on some day has a column of its own after the others,
/// `pain_during:<id>`, in the order they were first done: the pain during
/// it that day, empty on days it was not done (so each is a series a
/// spreadsheet can chart). A diary without exercises has no such column.
pub fn csv(log: &Log) -> String {
    let mut ids: Vec<ExId> = Vec::new();
    for done in log.entries().iter().flat_map(|e| e.exercises.iter()) {
        if !ids.contains(&done.id) {
            ids.push(done.id);
        }
    }
    let mut out = String::from(
        "date,sitting_pain,activity,run_minutes,run_kind,activity_pain,next_morning,new_or_worrying_symptoms",
    );
    for id in &ids {
        out.push_str(",pain_during:");
        out.push_str(id.as_str());
    }
    out.push_str("\r\n");
    for entry in log.entries() {
        let d = Draft::of(entry);
        let text = |n: Option<u8>| n.map_or(String::new(), |n| n.to_string());
        let mut row = vec![
            day::iso(entry.day),
            entry.sitting.to_string(),
            d.activity.map_or("", activity_token).to_owned(),
            match entry.activity {
                Activity::Run { minutes, .. } => minutes.to_string(),
                _ => String::new(),
            },
            d.run_kind.map_or("", RunKind::token).to_owned(),
            text(entry.activity_pain),
            entry.morning.map_or("", morning_token).to_owned(),
            (if entry.alarm { "yes" } else { "no" }).to_owned(),
        ];
        let pain_of = |id: &ExId| text(entry.exercises.get(id.as_str()).and_then(|d| d.pain));
        row.extend(ids.iter().map(pain_of));
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
