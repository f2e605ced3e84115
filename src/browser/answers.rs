//! The patient's answers on this device, in the core's saved format
//! (`guide_core::saved`), on the keyed store.

use guide_core::saved::{decode, encode, Saved};

use super::store;
pub use super::store::Loaded;

/// Where the answers live.
pub const KEY: &str = store::ANSWERS_KEY;

/// The saved answers.
pub fn load() -> Loaded<Saved> {
    store::load(KEY, decode)
}

/// Saves the session, or removes the saved answers when there are none;
/// `false` when the browser refused.
pub fn save(saved: &Saved) -> bool {
    let text = (!saved.answers.is_empty()).then(|| encode(saved));
    store::save(KEY, text.as_deref())
}

/// Removes the answers and any set aside from them (not the diary);
/// `false` if some of it could not be removed.
pub fn erase() -> bool {
    store::erase(KEY)
}
