//! One component per kind of page; each renders the session it is given and
//! sends actions, nothing more.

pub mod check;
pub mod diary;
#[cfg(feature = "plan")]
pub mod plan;
pub mod question;
pub mod result;
pub mod start;
