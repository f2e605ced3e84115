//! The guide's keyed store on this device (localStorage), and only here:
//! the answers (`super::answers`) and the diary (`super::diary`) sit on top.
//!
//! Every failure is a value: blocked storage (private mode, full quota) means
//! the guide still works and says it cannot save; unreadable data is set
//! aside under its own key, never dropped, and the guide starts clean.

use guide_core::saved::DecodeError;
use web_sys::Storage;

/// Where the answers live (`super::answers`).
pub const ANSWERS_KEY: &str = "hamstring-guide";
/// Where the pain diary lives (`super::diary`).
pub const DIARY_KEY: &str = "hamstring-guide:diary";
/// Where unreadable saved data is set aside.
pub const ASIDE_KEY: &str = "hamstring-guide:set-aside";
/// Every key the guide stores under: a new kind of data adds its key here,
/// so that erasing removes it too.
pub const KEYS: [&str; 3] = [ANSWERS_KEY, DIARY_KEY, ASIDE_KEY];

/// What was found on the device at start under one key.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    Nothing,
    Found(T),
    /// Saved data could not be read; it was moved to [`ASIDE_KEY`].
    SetAside(DecodeError),
    /// The browser does not let the guide store anything.
    Unavailable,
}

fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Reads `key` with `decode`; text that cannot be read is set aside.
pub fn load<T>(key: &str, decode: impl Fn(&str) -> Result<T, DecodeError>) -> Loaded<T> {
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
fn set_aside(storage: &Storage, key: &str, text: String) {
    let aside = match storage.get_item(ASIDE_KEY) {
        Ok(Some(earlier)) => format!("{earlier}\n---\n{text}"),
        _ => text,
    };
    if storage.set_item(ASIDE_KEY, &aside).is_ok() {
        let _ = storage.remove_item(key);
    }
}

/// Stores `text()` under `key`, or removes `key` when there is nothing to
/// keep; `false` when the browser refused.
pub fn save(key: &str, nothing: bool, text: impl FnOnce() -> String) -> bool {
    storage().is_some_and(|s| {
        if nothing {
            s.remove_item(key).is_ok()
        } else {
            s.set_item(key, &text()).is_ok()
        }
    })
}

/// Removes `key`; `false` if it could not be removed.
pub fn remove(key: &str) -> bool {
    storage().is_some_and(|s| s.remove_item(key).is_ok())
}

/// Removes everything the guide stored on this device (every key of
/// [`KEYS`]); `false` if some of it could not be removed.
pub fn erase_all() -> bool {
    let erased = storage().is_some_and(|s| KEYS.iter().all(|key| s.remove_item(key).is_ok()));
    ERASURES.set(ERASURES.get() + 1);
    erased
}

thread_local! {
    static ERASURES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// How many times [`erase_all`] ran in this page: a page that holds a copy
/// of stored data (the open diary) is made anew when this changes.
pub fn erasures() -> u32 {
    ERASURES.get()
}
