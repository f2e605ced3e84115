//! The pain diary on this device, in the core's line format
//! (`diary::store`), on the keyed store under its own key.

use guide_core::diary::store::{decode, encode, LogAndDraft};

use super::store;
pub use super::store::Loaded;

/// Where the diary lives.
pub const KEY: &str = store::DIARY_KEY;

/// The diary kept on this device.
pub fn load() -> Loaded<LogAndDraft> {
    store::load(KEY, decode)
}

/// Saves the diary, or removes it when there is nothing in it; `false`
/// when the browser refused.
pub fn save(kept: &LogAndDraft) -> bool {
    store::save(KEY, kept.is_empty(), || encode(kept))
}

/// Removes the diary (not the answers); `false` if it could not be removed.
pub fn erase() -> bool {
    store::remove(KEY)
}
