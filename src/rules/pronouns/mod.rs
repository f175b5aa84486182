//! P: pronouns.

pub mod pronoun_gender;
