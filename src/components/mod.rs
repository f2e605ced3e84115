//! Reusable pieces of the pages, one per file.

pub mod back_link;
pub mod care_card;
pub mod form;
pub mod layout;
pub mod share_panel;
pub mod sources;
pub mod text;
pub mod trend_chart;
