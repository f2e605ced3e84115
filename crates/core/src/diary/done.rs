//! The exercises done on a day: each one's id and the pain during it, in a small fixed-capacity list so an entry stays `Copy`.

use super::MAX_PAIN;

/// The most exercises one day's entry holds.
pub const MAX_DONE: usize = 8;

/// An exercise's id as kept in an entry: the id of a library exercise, or
/// one the content no longer has (kept, never dropped). At most
/// [`ExId::MAX_LEN`] letters, digits, `_` or `-`, not first (so it is one token of the
/// line format and one CSV column name; the content checks every library
/// id against [`ExId::new`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ExId {
    len: u8,
    bytes: [u8; ExId::MAX_LEN],
}

impl ExId {
    /// The longest id, in bytes.
    pub const MAX_LEN: usize = 31;

    /// The id, if it can be kept: 1 to [`Self::MAX_LEN`] ASCII letters,
    /// digits, `_` or `-`, not starting with `-` (so never "none" in the
    /// line format, nor a formula in a spreadsheet).
    pub fn new(id: &str) -> Option<ExId> {
        let fits = (1..=Self::MAX_LEN).contains(&id.len()) && !id.starts_with('-');
        let plain = id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !(fits && plain) {
            return None;
        }
        let mut bytes = [0; Self::MAX_LEN];
        bytes[..id.len()].copy_from_slice(id.as_bytes());
        Some(ExId {
            len: id.len() as u8,
            bytes,
        })
    }

    pub fn as_str(&self) -> &str {
        // Built only from a `&str` cut at its own end.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl std::fmt::Debug for ExId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// One exercise of the day, and the pain during it (0–10; `None` in the
/// form until the patient picks it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Done {
    pub id: ExId,
    pub pain: Option<u8>,
}

/// The exercises of one day, in the order they were ticked; no id twice.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DoneList {
    len: u8,
    items: [Done; MAX_DONE],
}

impl std::fmt::Debug for DoneList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl DoneList {
    pub fn iter(&self) -> impl Iterator<Item = &Done> {
        self.items[..usize::from(self.len)].iter()
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// The exercise `id`, if ticked.
    pub fn get(&self, id: &str) -> Option<&Done> {
        self.iter().find(|d| d.id.as_str() == id)
    }

    /// Ticks `id` (or changes its pain); `false` when it is not ticked and
    /// the list is full.
    pub fn set(&mut self, id: ExId, pain: Option<u8>) -> bool {
        let pain = pain.map(|p| p.min(MAX_PAIN));
        let n = usize::from(self.len);
        if let Some(done) = self.items[..n].iter_mut().find(|d| d.id == id) {
            done.pain = pain;
            return true;
        }
        if n == MAX_DONE {
            return false;
        }
        self.items[n] = Done { id, pain };
        self.len += 1;
        true
    }

    /// Unticks `id`; the others keep their order.
    pub fn remove(&mut self, id: ExId) {
        let n = usize::from(self.len);
        if let Some(i) = self.items[..n].iter().position(|d| d.id == id) {
            self.items.copy_within(i + 1..n, i);
            // Unused places stay blank, so equal lists compare equal.
            self.items[n - 1] = Done::default();
            self.len -= 1;
        }
    }

    /// Every exercise has a pain score from 0 to 10.
    pub fn is_complete(&self) -> bool {
        self.iter().all(|d| d.pain.is_some_and(|p| p <= MAX_PAIN))
    }
}
