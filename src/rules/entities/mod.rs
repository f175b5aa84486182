//! E: entity names.
