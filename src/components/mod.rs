//! Reusable pieces of the pages, one per file.

#[cfg(feature = "full")]
pub mod answers;
pub mod back_link;
pub mod care_card;
#[cfg(feature = "full")]
pub mod exercises;
pub mod form;
#[cfg(feature = "full")]
pub mod ladder;
// The full build only (see `crate::variant`).
#[cfg(feature = "full")]
pub mod for_physio;
pub mod layout;
pub mod leads;
// The full build only (see `crate::variant`).
#[cfg(feature = "full")]
pub mod programme;
#[cfg(feature = "full")]
pub mod qr;
#[cfg(feature = "full")]
pub mod share_panel;
pub mod sources;
pub mod text;
#[cfg(feature = "full")]
pub mod trend_chart;
