//! A physio's programme for one patient: its [`model`] (which exercises,
//! each at numbers within its ranges) and the [`codec`] that carries it in
//! a link's address and on the device, checked by a [`checksum`].

pub mod checksum;
pub mod codec;
pub mod model;

pub use codec::{decode, encode, ProgrammeError, MAX_ITEMS};
pub use model::{Amount, Prescription, Programme};
