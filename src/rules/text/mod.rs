//! T: text damage: encoding, broken words, doubled words.

pub mod broken_hyphen;
pub mod doubled_word;
pub mod misspelt_calendar_name;
pub mod mojibake;
pub mod ocr_junk;
pub mod ocr_misread_word;
pub mod replacement_char;
pub mod stray_name;
pub mod then_for_than;
