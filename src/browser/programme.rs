//! The physio's programme kept on this device, as the text its link
//! carries (`guide_core::exercise::programme::codec`), on the keyed store
//! under its own key. Text that is not a programme at all is set aside,
//! never dropped; a sound programme that names an exercise the guide no
//! longer has stays, and the page says so.

use guide_core::exercise::programme::{decode, ProgrammeError};
use guide_core::exercise::Library;
use guide_core::saved::DecodeError;

use super::store;
pub use super::store::Loaded;

/// Where the programme lives.
pub const KEY: &str = store::PROGRAMME_KEY;

/// The kept programme's text, and what the guide's exercises make of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub text: String,
    /// `Err` with `content_changed()`: the guide's exercises changed since.
    pub checked: Result<guide_core::exercise::programme::Programme, ProgrammeError>,
}

/// The programme kept on this device, checked against `library`.
pub fn load(library: &Library) -> Loaded<Kept> {
    store::load(KEY, |text| {
        let checked = decode(library, text);
        match checked {
            Err(e) if !e.content_changed() => Err(DecodeError::NotOurs),
            checked => Ok(Kept {
                text: text.to_owned(),
                checked,
            }),
        }
    })
}

/// Keeps the programme `text` (already checked), in place of any other;
/// `false` when the browser refused.
pub fn save(text: &str) -> bool {
    store::save(KEY, Some(text))
}

/// Removes the programme and anything set aside from it; `false` if some
/// of it could not be removed.
pub fn erase() -> bool {
    store::erase(KEY)
}

/// Whether a programme (readable or not) is kept on this device.
pub fn exists() -> bool {
    store::read(KEY).is_some()
}

/// The kept programme's text as it is stored now, read or not.
pub fn text() -> Option<String> {
    store::read(KEY)
}
