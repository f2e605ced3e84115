//! The guide's keyed store on this device (localStorage), and only here:
//! the answers (`super::answers`), the diary (`super::diary`) and a
//! physio's programme (`super::programme`) sit on top.
//!
//! Every failure is a value: blocked storage (private mode, full quota) means
//! the guide still works and says it cannot save; unreadable data is set
//! aside under its owner's set-aside key, never dropped, and the guide starts
//! clean. Other tabs of the guide write here too: [`on_change`] says when.

use gloo::events::EventListener;
use guide_core::saved::DecodeError;
use web_sys::Storage;

/// Where the answers live (`super::answers`).
pub const ANSWERS_KEY: &str = "hamstring-guide";
/// Where the pain diary lives (`super::diary`).
pub const DIARY_KEY: &str = "hamstring-guide:diary";
/// Where a physio's programme lives (`super::programme`, the full build).
pub const PROGRAMME_KEY: &str = "hamstring-guide:programme";
/// The end of a set-aside key: unreadable data under a key is set aside
/// under the key with this after it (`hamstring-guide:set-aside` for the
/// answers), and goes when that data is erased.
pub const ASIDE: &str = ":set-aside";

/// What was found on the device under one key.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    Nothing,
    Found(T),
    /// Saved data could not be read; it was moved to its set-aside key.
    SetAside(DecodeError),
    /// The browser does not let the guide store anything, or the unreadable
    /// data could not be set aside (full storage): it stays where it is, and
    /// nothing is written over it.
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
        Err(error) if set_aside(&storage, key, &text) => Loaded::SetAside(error),
        Err(_) => Loaded::Unavailable,
    }
}

/// The text stored under `key` now (`None`: nothing, or no storage).
pub fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Moves unreadable `text` from `key` to its set-aside key, after anything
/// set aside there before; `key` is only emptied once the text is safe
/// there. `false` (and `key` untouched) when it could not be written.
fn set_aside(storage: &Storage, key: &str, text: &str) -> bool {
    let aside = [key, ASIDE].concat();
    let all = match storage.get_item(&aside) {
        Ok(Some(earlier)) => [&earlier, "\n---\n", text].concat(),
        _ => text.to_owned(),
    };
    storage.set_item(&aside, &all).is_ok() && storage.remove_item(key).is_ok()
}

/// Stores `text` under `key`, or removes `key` when there is nothing to
/// keep (`None`); `false` when the browser refused.
pub fn save(key: &str, text: Option<&str>) -> bool {
    storage().is_some_and(|s| match text {
        Some(text) => s.set_item(key, text).is_ok(),
        None => s.remove_item(key).is_ok(),
    })
}

/// Removes `key` and what was set aside from it; `false` if some of it
/// could not be removed.
pub fn erase(key: &str) -> bool {
    storage()
        .is_some_and(|s| s.remove_item(key).is_ok() & s.remove_item(&[key, ASIDE].concat()).is_ok())
}

/// Calls `on_change` whenever another tab of this origin writes or erases
/// its storage (the browser's `storage` event, which never reaches the tab
/// that wrote), for as long as the listener is kept.
pub fn on_change(on_change: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "storage", move |_| on_change())
}
