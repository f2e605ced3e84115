//! The programme as text: what a link carries after `#/programme/` and
//! what the device keeps. Version 1 reads
//! `1~bridge_hold.4.h30.60.4~prone_curl.3.r12.90.3~1c291ca3`: the version,
//! then each exercise as its id, sets, `r` repetitions or `h` hold seconds,
//! rest seconds and times a week, then the CRC-32 of all before the last
//! `~` in 8 lowercase hex digits. Only characters a link keeps as they are.
//!
//! [`decode`] trusts nothing: it never panics, refuses a changed or cut
//! link by its checksum, and checks every id against the library and every
//! number against that exercise's ranges, so a link can only ever give a
//! dose the content allows.

use super::checksum::crc32;
use super::model::{amount_span, Amount, Prescription, Programme};
use crate::exercise::model::Library;

/// The version this code writes and reads.
pub const VERSION: u32 = 1;
/// The most exercises one programme may hold.
pub const MAX_ITEMS: usize = 8;
/// Longer text than any honest programme is refused unread.
const MAX_CHARS: usize = 1024;

/// Why a programme's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgrammeError {
    /// No text, or a programme without exercises.
    Empty,
    /// Changed, cut short or not a programme at all: the checksum or the
    /// layout does not hold.
    Damaged,
    /// Made by a newer version of the guide.
    NewerVersion,
    /// Names an exercise this guide does not have (perhaps removed since).
    UnknownExercise,
    /// Repetitions where the exercise is a hold, or the other way round.
    WrongKind,
    /// A number outside the range the content allows for that exercise.
    OutOfRange,
    /// The same exercise twice.
    Duplicate,
    /// More than [`MAX_ITEMS`] exercises.
    TooMany,
}

impl ProgrammeError {
    /// Whether the text was sound but the guide's exercises have changed
    /// since it was made: a kept programme then says so instead of going.
    pub fn content_changed(self) -> bool {
        matches!(
            self,
            ProgrammeError::UnknownExercise
                | ProgrammeError::WrongKind
                | ProgrammeError::OutOfRange
        )
    }
}

/// The programme as text (the order kept).
pub fn encode(programme: &Programme) -> String {
    let mut body = VERSION.to_string();
    for p in &programme.items {
        let (kind, n) = match p.amount {
            Amount::Reps(n) => ('r', n),
            Amount::Hold(n) => ('h', n),
        };
        body.push_str(&format!(
            "~{}.{}.{kind}{n}.{}.{}",
            p.exercise.id, p.sets, p.rest_seconds, p.per_week
        ));
    }
    let sum = crc32(body.as_bytes());
    format!("{body}~{sum:08x}")
}

/// The programme `text` holds, checked against `library`.
pub fn decode(library: &Library, text: &str) -> Result<Programme, ProgrammeError> {
    use ProgrammeError as E;
    if text.is_empty() {
        return Err(E::Empty);
    }
    if text.len() > MAX_CHARS || !text.is_ascii() {
        return Err(E::Damaged);
    }
    let version = text.split('~').next().and_then(number).ok_or(E::Damaged)?;
    if version > VERSION {
        return Err(E::NewerVersion);
    }
    if version != VERSION {
        return Err(E::Damaged);
    }
    let (body, sum) = text.rsplit_once('~').ok_or(E::Damaged)?;
    let hex = sum.len() == 8 && sum.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !hex || u32::from_str_radix(sum, 16) != Ok(crc32(body.as_bytes())) {
        return Err(E::Damaged);
    }
    let items: Vec<&str> = body.split('~').skip(1).collect();
    if items.is_empty() {
        return Err(E::Empty);
    }
    if items.len() > MAX_ITEMS {
        return Err(E::TooMany);
    }
    let mut programme = Programme { items: Vec::new() };
    for item in items {
        let p = item_of(library, item)?;
        if programme
            .items
            .iter()
            .any(|q| q.exercise.id == p.exercise.id)
        {
            return Err(E::Duplicate);
        }
        programme.items.push(p);
    }
    Ok(programme)
}

/// One exercise: `id.sets.(r|h)amount.rest.per_week`.
fn item_of(library: &Library, item: &str) -> Result<Prescription, ProgrammeError> {
    use ProgrammeError as E;
    let fields: Vec<&str> = item.split('.').collect();
    let [id, sets, amount, rest, week] = fields[..] else {
        return Err(E::Damaged);
    };
    let (kind, amount) = match amount.split_at_checked(1) {
        Some(("r", n)) => (Amount::Reps as fn(u32) -> Amount, n),
        Some(("h", n)) => (Amount::Hold as fn(u32) -> Amount, n),
        _ => return Err(E::Damaged),
    };
    let [sets, amount, rest_seconds, per_week] = [sets, amount, rest, week].map(number);
    let (Some(sets), Some(amount), Some(rest_seconds), Some(per_week)) =
        (sets, amount, rest_seconds, per_week)
    else {
        return Err(E::Damaged);
    };
    let exercise = library.exercise(id).ok_or(E::UnknownExercise)?;
    let p = Prescription {
        exercise,
        sets,
        amount: kind(amount),
        rest_seconds,
        per_week,
    };
    if std::mem::discriminant(&amount_span(exercise).1) != std::mem::discriminant(&p.amount) {
        return Err(E::WrongKind);
    }
    if !p.in_range() {
        return Err(E::OutOfRange);
    }
    Ok(p)
}

/// A number as the codec writes it: 1 to 4 digits, no leading zero.
fn number(text: &str) -> Option<u32> {
    let digits = !text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit());
    (digits && (text == "0" || !text.starts_with('0')))
        .then(|| text.parse().ok())
        .flatten()
}
