//! The rule registry: every rule, in code order. `--select`, `--ignore`, `rules` and `explain`
//! key on the codes declared here.

pub mod dates;
pub mod entities;
pub mod numbers;
pub mod pronouns;
pub mod text;

use crate::rule::{Rule, RuleMeta};

pub static RULES: &[&dyn Rule] = &[
    &dates::impossible_date::ImpossibleDate,
    &dates::weekday_mismatch::WeekdayMismatch,
    &dates::date_after_dateline::DateAfterDateline,
    &dates::impossible_time::ImpossibleTime,
    &numbers::split_ordinal::SplitOrdinal,
    &numbers::wrong_suffix::WrongSuffix,
    &numbers::placeholder_number::PlaceholderNumber,
    &numbers::placeholder_ordinal::PlaceholderOrdinal,
    &numbers::ocr_digit::OcrDigit,
    &numbers::implausible_ordinal::ImplausibleOrdinal,
    &entities::place_variant::PlaceVariant,
    &entities::name_misspelling::NameMisspelling,
    &entities::institution_variant::InstitutionVariant,
    &entities::name_variant::NameVariant,
    &entities::institution_word::InstitutionWord,
    &entities::known_institution::KnownInstitution,
    &entities::title_slip::TitleSlip,
    &pronouns::pronoun_gender::PronounGender,
    &text::mojibake::Mojibake,
    &text::replacement_char::ReplacementChar,
    &text::broken_hyphen::BrokenHyphen,
    &text::doubled_word::DoubledWord,
    &text::misspelt_calendar_name::MisspeltCalendarName,
    &text::stray_name::StrayName,
    &text::then_for_than::ThenForThan,
    &text::ocr_misread_word::OcrMisreadWord,
    &text::ocr_junk::OcrJunk,
];

pub fn find(code: &str) -> Option<&'static RuleMeta> {
    RULES
        .iter()
        .map(|r| r.meta())
        .chain(NOTES.iter().copied())
        .find(|m| m.code.eq_ignore_ascii_case(code) || m.name == code)
}

/// Findings about the files rather than the words: a suppression that silenced nothing, an
/// item skipped for its language, a feed file that does not parse.
pub static NOTES: [&RuleMeta; 3] = [
    &crate::suppress::UNUSED_SUPPRESSION,
    &crate::check::SKIPPED_LANGUAGE,
    &crate::check::UNREADABLE,
];

/// Builds the rules' own tables now ([`crate::knowledge::warm_up`]).
pub fn warm_up() {
    entities::institution_word::warm_up();
    entities::known_institution::warm_up();
}
