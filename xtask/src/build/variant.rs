//! The guide's two wasm builds. The *first build* is what a first visit
//! loads: the questions, the safety screen and the care card, without the
//! plan, the physio summary or the diary (a lighter first load). The *full
//! build* has everything; the loader starts it for `#/result`, `#/diary`
//! and `?clinician`, fetches it in the background otherwise, and the first
//! build hands over to it on the results page. `src/variant.rs` is the
//! app's side of the same seam.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    First,
    Full,
}

impl Variant {
    pub const ALL: [Variant; 2] = [Variant::First, Variant::Full];

    /// The start of its file names in `dist/`.
    pub fn stem(self) -> &'static str {
        match self {
            Variant::First => "hamstring-guide",
            Variant::Full => "hamstring-guide-full",
        }
    }

    /// Cargo's feature flags for it.
    pub fn cargo_features(self) -> &'static [&'static str] {
        match self {
            Variant::First => &["--no-default-features"],
            Variant::Full => &[],
        }
    }

    /// Its own target folder, so the two feature sets never rebuild each other.
    pub fn target_dir(self) -> &'static str {
        match self {
            Variant::First => "target",
            Variant::Full => "target/full",
        }
    }
}
