//! The pain diary on this device (localStorage, its own key), and today's
//! date. The format is the core's (`diary::store`); as with the answers,
//! unreadable data is set aside under the same key as theirs, never dropped.

pub use super::storage::Loaded;
use super::storage::{load_key, save_key, storage, DIARY_KEY};
use guide_core::diary::store::{decode, encode, LogAndDraft};
use guide_core::diary::{day, Day};

/// Where the diary lives.
pub const KEY: &str = DIARY_KEY;

/// The diary kept on this device.
pub fn load() -> Loaded<LogAndDraft> {
    load_key(KEY, decode)
}

/// Saves the diary, or removes it when there is nothing in it; `false`
/// when the browser refused.
pub fn save(kept: &LogAndDraft) -> bool {
    save_key(KEY, kept.is_empty(), || encode(kept))
}

/// Removes the diary (not the answers); `false` if it could not be removed.
pub fn erase() -> bool {
    storage().is_some_and(|s| s.remove_item(KEY).is_ok())
}

/// Today in the patient's own time zone, as a day number.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    day::from_civil(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}
