//! The pain diary on this device, in the core's line format
//! (`diary::store`), on the keyed store under its own key. It remembers the
//! text this page last read or wrote, so the diary page can tell when
//! another tab changed the diary ([`changed`]) and take that first: no tab
//! writes back a copy older than what is stored.

use std::cell::RefCell;

use guide_core::diary::store::{decode, encode, LogAndDraft};

use super::store;
pub use super::store::Loaded;

/// Where the diary lives.
pub const KEY: &str = store::DIARY_KEY;

thread_local! {
    /// The diary's text as this page last read or wrote it (`None`:
    /// nothing); `Some` once the page has read it.
    static SEEN: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

fn seen(text: Option<String>) {
    SEEN.set(Some(text));
}

/// The diary kept on this device.
pub fn load() -> Loaded<LogAndDraft> {
    let text = store::read(KEY);
    let loaded = store::load(KEY, decode);
    // Set aside: the key is empty now.
    seen(if matches!(loaded, Loaded::SetAside(_)) {
        None
    } else {
        text
    });
    loaded
}

/// Saves the diary, or removes it when there is nothing in it; `false`
/// when the browser refused.
pub fn save(kept: &LogAndDraft) -> bool {
    let text = (!kept.is_empty()).then(|| encode(kept));
    let saved = store::save(KEY, text.as_deref());
    if saved {
        seen(text);
    }
    saved
}

/// Removes the diary and any diary set aside (not the answers); `false`
/// if some of it could not be removed.
pub fn erase() -> bool {
    let erased = store::erase(KEY);
    if erased {
        seen(None);
    }
    erased
}

/// Whether another tab wrote or erased the diary since this page last read
/// or wrote it.
pub fn changed() -> bool {
    SEEN.with_borrow(|seen| seen.as_ref().is_some_and(|text| *text != store::read(KEY)))
}
