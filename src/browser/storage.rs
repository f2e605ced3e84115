//! Keeps the patient's answers on this device (localStorage), and only here.
//!
//! Every failure is a value: blocked storage (private mode, full quota) means
//! the guide still works and says it cannot save; unreadable data is set
//! aside under its own key, never dropped, and the guide starts clean.

use guide_core::saved::{decode, encode, DecodeError, Saved};
use web_sys::Storage;

/// Where the answers live.
pub const KEY: &str = "hamstring-guide";
/// Where unreadable saved data is set aside.
pub const ASIDE_KEY: &str = "hamstring-guide:set-aside";
/// Where the pain diary lives (`browser::diary`); named here, with the
/// others, because `erase` removes them all.
pub const DIARY_KEY: &str = "hamstring-guide:diary";

/// What was found on the device at start under one key (the answers here,
/// the diary in `super::diary`).
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    Nothing,
    Found(T),
    /// Saved data could not be read; it was moved to [`ASIDE_KEY`].
    SetAside(DecodeError),
    /// The browser does not let the guide store anything.
    Unavailable,
}

pub(crate) fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The saved answers.
pub fn load() -> Loaded<Saved> {
    load_key(KEY, decode)
}

/// Reads `key` with `decode`; text that cannot be read is set aside.
pub(crate) fn load_key<T>(key: &str, decode: impl Fn(&str) -> Result<T, DecodeError>) -> Loaded<T> {
    let Some(storage) = storage() else {
        return Loaded::Unavailable;
    };
    let text = match storage.get_item(key) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable,
    };
    match decode(&text) {
        Ok(found) => Loaded::Found(found),
        Err(error) => {
            set_aside(&storage, key, text);
            Loaded::SetAside(error)
        }
    }
}

/// Moves unreadable `text` from `key` to [`ASIDE_KEY`], after anything set
/// aside before; `key` is only emptied once the text is safe there.
pub(crate) fn set_aside(storage: &Storage, key: &str, text: String) {
    let aside = match storage.get_item(ASIDE_KEY) {
        Ok(Some(earlier)) => format!("{earlier}\n---\n{text}"),
        _ => text,
    };
    if storage.set_item(ASIDE_KEY, &aside).is_ok() {
        let _ = storage.remove_item(key);
    }
}

/// Saves the session, or removes the saved answers when there are none;
/// `false` when the browser refused.
pub fn save(saved: &Saved) -> bool {
    save_key(KEY, saved.answers.is_empty(), || encode(saved))
}

/// Stores `text()` under `key`, or removes `key` when there is nothing to
/// keep; `false` when the browser refused.
pub(crate) fn save_key(key: &str, nothing: bool, text: impl FnOnce() -> String) -> bool {
    storage().is_some_and(|s| {
        if nothing {
            s.remove_item(key).is_ok()
        } else {
            s.set_item(key, &text()).is_ok()
        }
    })
}

/// Removes everything the guide stored on this device, the pain diary too;
/// `false` if some of it could not be removed.
pub fn erase() -> bool {
    storage().is_some_and(|s| {
        [KEY, ASIDE_KEY, DIARY_KEY]
            .iter()
            .all(|key| s.remove_item(key).is_ok())
    })
}
