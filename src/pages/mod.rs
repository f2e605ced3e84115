//! One component per kind of page; each renders the session it is given and
//! sends actions, nothing more.

pub mod check;
pub mod diary;
pub mod question;
#[cfg(feature = "plan")]
pub mod plan;
pub mod result;
pub mod start;
