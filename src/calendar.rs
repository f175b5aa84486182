//! Month and weekday names (from `rules/calendar.tsv`) and the arithmetic of the Gregorian calendar.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarKind {
    Month,
    Weekday,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarWord {
    pub kind: CalendarKind,
    /// 1..=12 for months, 0 (Monday) ..= 6 (Sunday) for weekdays.
    pub number: u8,
    pub full: &'static str,
    pub abbreviated: bool,
}

const CALENDAR_TSV: &str = include_str!("../rules/calendar.tsv");

struct Calendar {
    words: HashMap<String, CalendarWord>,
    months: Vec<&'static str>,
    weekdays: Vec<&'static str>,
}

static CALENDAR: LazyLock<Calendar> = LazyLock::new(|| {
    let mut words = HashMap::default();
    let mut months = vec![""; 13];
    let mut weekdays = vec![""; 7];
    for line in crate::data::data_lines(CALENDAR_TSV) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let kind = match cols[0] {
            "month" => CalendarKind::Month,
            _ => CalendarKind::Weekday,
        };
        let number: u8 = cols[1].parse().expect("rules/calendar.tsv: bad number");
        let full = cols[2];
        match kind {
            CalendarKind::Month => months[number as usize] = full,
            CalendarKind::Weekday => weekdays[number as usize] = full,
        }
        let word = CalendarWord {
            kind,
            number,
            full,
            abbreviated: false,
        };
        words.insert(full.to_string(), word);
        words.insert(full.to_ascii_uppercase(), word);
        for abbr in cols.get(3).map(|c| c.split(',')).into_iter().flatten() {
            let word = CalendarWord {
                abbreviated: true,
                ..word
            };
            words.insert(abbr.to_string(), word);
            words.insert(abbr.to_ascii_uppercase(), word);
        }
    }
    Calendar {
        words,
        months,
        weekdays,
    }
});

/// A month or weekday name as written: "March", "MARCH", "Mar", "Sept". Lower-case forms are not
/// names ("march", "sat", "may").
pub fn lookup(word: &str) -> Option<CalendarWord> {
    CALENDAR.words.get(word).copied()
}

pub fn month_name(month: u8) -> &'static str {
    CALENDAR.months[month as usize]
}

pub fn weekday_name(weekday: u8) -> &'static str {
    CALENDAR.weekdays[weekday as usize]
}

/// Every full month and weekday name, for the misspelling rule.
pub fn full_names() -> impl Iterator<Item = (&'static str, CalendarKind)> {
    let months = CALENDAR.months[1..]
        .iter()
        .map(|m| (*m, CalendarKind::Month));
    let days = CALENDAR
        .weekdays
        .iter()
        .map(|d| (*d, CalendarKind::Weekday));
    months.chain(days)
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month; February has 29 when the year is unknown.
pub fn days_in_month(month: u8, year: Option<i32>) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
    }
}

/// Day of the week, 0 = Monday.
pub fn weekday_of(year: i32, month: u8, day: u32) -> u8 {
    // Sakamoto's method, shifted so that Monday is 0.
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let sunday_based = (y + y / 4 - y / 100 + y / 400 + T[month as usize - 1] + day as i32) % 7;
    ((sunday_based + 6) % 7) as u8
}

/// Day of the year (1-based), for a year whose leapness is given.
pub fn day_of_year(month: u8, day: u32, leap: bool) -> u32 {
    let year = if leap { 2000 } else { 2001 };
    (1..month)
        .map(|m| days_in_month(m, Some(year)))
        .sum::<u32>()
        + day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(weekday_of(2024, 12, 12), 3); // Thursday
        assert_eq!(weekday_of(1987, 3, 2), 0); // Monday
        assert_eq!(weekday_of(2000, 2, 29), 1); // Tuesday
    }

    #[test]
    fn month_lengths() {
        assert_eq!(days_in_month(2, Some(1900)), 28);
        assert_eq!(days_in_month(2, Some(2000)), 29);
        assert_eq!(days_in_month(2, None), 29);
        assert_eq!(days_in_month(4, None), 30);
    }

    #[test]
    fn names_need_their_capital() {
        assert!(lookup("may").is_none());
        assert_eq!(lookup("Sept").map(|w| w.number), Some(9));
        assert_eq!(lookup("DECEMBER").map(|w| w.number), Some(12));
    }
}
