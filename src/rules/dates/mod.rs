//! D: dates and times.

pub mod date_after_dateline;
pub mod impossible_date;
pub mod impossible_time;
pub mod weekday_mismatch;

use crate::calendar::month_name;
use crate::document::DateMention;

/// "12 December" or "12 December 2024": how messages name a date.
pub fn describe(m: &DateMention) -> String {
    match m.year {
        Some(y) => format!("{} {} {}", m.day, month_name(m.month), y),
        None => format!("{} {}", m.day, month_name(m.month)),
    }
}
