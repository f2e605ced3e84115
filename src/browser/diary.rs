//! The pain diary on this device (localStorage, its own key), and today's
//! date. The format is the core's (`diary::store`); as with the answers,
//! unreadable data is set aside under the same key as theirs, never dropped.

use guide_core::diary::store::{decode, encode, Stored};
use guide_core::diary::{day, Day};
use guide_core::saved::DecodeError;

use super::storage::{set_aside, storage};

/// Where the diary lives.
pub const KEY: &str = "hamstring-guide:diary";

/// What was found on the device.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Nothing,
    Stored(Stored),
    /// The diary could not be read; it was moved to the set-aside key.
    SetAside(DecodeError),
    /// The browser does not let the guide store anything.
    Unavailable,
}

pub fn load() -> Loaded {
    let Some(storage) = storage() else {
        return Loaded::Unavailable;
    };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable,
    };
    match decode(&text) {
        Ok(stored) => Loaded::Stored(stored),
        Err(error) => {
            set_aside(&storage, KEY, text);
            Loaded::SetAside(error)
        }
    }
}

/// Saves the diary, or removes it when there is nothing in it; `false`
/// when the browser refused.
pub fn save(stored: &Stored) -> bool {
    storage().is_some_and(|s| {
        if stored.is_empty() {
            s.remove_item(KEY).is_ok()
        } else {
            s.set_item(KEY, &encode(stored)).is_ok()
        }
    })
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
