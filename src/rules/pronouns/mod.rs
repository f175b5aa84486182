//! P: pronouns.
