//! Calendar days as numbers: days since 1970-01-01 in the patient's own time
//! zone. The browser says only which day today is (`js_sys::Date`); every
//! other date sum is integer arithmetic here, with no date library.

/// A calendar day: 0 is 1970-01-01, 1 is the day after.
pub type Day = i32;

/// The earliest and latest years a diary date may have.
pub const YEARS: (i32, i32) = (1970, 9999);

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The day of a Gregorian date (`month` 1–12, `day` 1–31), after Howard
/// Hinnant's `days_from_civil`.
pub fn from_civil(year: i32, month: u32, day: u32) -> Day {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month = month as i32;
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day as i32 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The Gregorian date (year, month 1–12, day 1–31) of a day.
pub fn to_civil(day: Day) -> (i32, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let d = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = year_of_era + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `2026-11-25`, as in a date input and the CSV.
pub fn iso(day: Day) -> String {
    let (y, m, d) = to_civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day an ISO date names (`YYYY-MM-DD`, nothing else), if it is a real
/// date in [`YEARS`].
pub fn from_iso(text: &str) -> Option<Day> {
    let bytes = text.as_bytes();
    if !text.is_ascii() || bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &text[range];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, month, day) = (number(0..4)? as i32, number(5..7)?, number(8..10)?);
    let ok = (YEARS.0..=YEARS.1).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in_month(year, month)).contains(&day);
    ok.then(|| from_civil(year, month, day))
}

/// 0 for Monday … 6 for Sunday.
pub fn weekday(day: Day) -> usize {
    // 1970-01-01 was a Thursday.
    (day + 3).rem_euclid(7) as usize
}

/// `Wed 25 Nov`: for tables and the summary.
pub fn label(day: Day) -> String {
    let (_, m, d) = to_civil(day);
    format!("{} {d} {}", WEEKDAYS[weekday(day)], MONTHS[m as usize - 1])
}

/// `25 Nov`: under the 28-day chart.
pub fn short_label(day: Day) -> String {
    let (_, m, d) = to_civil(day);
    format!("{d} {}", MONTHS[m as usize - 1])
}

/// `Wed`: under the 7-day chart.
pub fn weekday_label(day: Day) -> &'static str {
    WEEKDAYS[weekday(day)]
}

/// A moment on the patient's own clock: the calendar day there, the time of
/// day, and how far that clock is ahead of UTC. The browser reads it; the
/// summary and the FHIR file write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub day: Day,
    /// Seconds since the local midnight, 0 to 86 399.
    pub seconds: u32,
    /// Minutes ahead of UTC: +660 in Melbourne in summer, -420 in California.
    pub offset_minutes: i32,
}

impl LocalTime {
    /// `2026-03-11T08:00:00+11:00`: the local date and time with its offset,
    /// as FHIR R4 `dateTime` allows (a time there must carry its zone).
    pub fn iso(&self) -> String {
        let (h, m, s) = (
            self.seconds / 3600,
            self.seconds / 60 % 60,
            self.seconds % 60,
        );
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let offset = self.offset_minutes.unsigned_abs();
        format!(
            "{}T{h:02}:{m:02}:{s:02}{sign}{:02}:{:02}",
            iso(self.day),
            offset / 60,
            offset % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        for (y, m, d, n) in [
            (1970, 1, 1, 0),
            (1970, 1, 2, 1),
            (1969, 12, 31, -1),
            (2000, 2, 29, 11_016),
            (2000, 3, 1, 11_017),
            (2026, 11, 25, 20_782),
            (2100, 3, 1, 47_541),
        ] {
            assert_eq!(from_civil(y, m, d), n, "{y}-{m}-{d}");
            assert_eq!(to_civil(n), (y, m, d), "{n}");
        }
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        let mut previous = to_civil(-1);
        for day in 0..146_097 {
            let date = to_civil(day);
            assert_eq!(from_civil(date.0, date.1, date.2), day);
            assert_eq!(from_iso(&iso(day)), Some(day), "{}", iso(day));
            assert!(
                date > previous,
                "days run forward: {previous:?} then {date:?}"
            );
            previous = date;
        }
    }

    #[test]
    fn iso_dates_are_strict() {
        assert_eq!(from_iso("2026-11-25"), Some(20_782));
        for bad in [
            "",
            "2026-11-5",
            "2026/11/25",
            "2026-13-01",
            "2026-00-10",
            "2026-02-29",
            "2100-02-29",
            "1969-12-31",
            "+026-11-25",
            "2026-11-25 ",
            "２０２６-11-25",
            "2026-1a-25",
            "2026-é1-25",
        ] {
            assert_eq!(from_iso(bad), None, "{bad:?}");
        }
        assert_eq!(from_iso("2024-02-29"), Some(from_civil(2024, 2, 29)));
        assert_eq!(from_iso("2000-02-29"), Some(11_016));
    }

    #[test]
    fn labels() {
        assert_eq!(weekday(0), 3, "1970-01-01 was a Thursday");
        assert_eq!(label(20_782), "Wed 25 Nov");
        assert_eq!(short_label(20_782), "25 Nov");
        assert_eq!(weekday_label(20_783), "Thu");
        assert_eq!(iso(20_782), "2026-11-25");
        assert_eq!(label(-1), "Wed 31 Dec");
    }

    #[test]
    fn a_local_time_is_written_with_its_own_date_and_offset() {
        let melbourne = LocalTime {
            day: from_civil(2026, 3, 11),
            seconds: 8 * 3600,
            offset_minutes: 660,
        };
        assert_eq!(melbourne.iso(), "2026-03-11T08:00:00+11:00");
        let california = LocalTime {
            day: from_civil(2026, 3, 10),
            seconds: 20 * 3600 + 30 * 60 + 5,
            offset_minutes: -420,
        };
        assert_eq!(california.iso(), "2026-03-10T20:30:05-07:00");
        for (offset, written) in [
            (0, "+00:00"),
            (330, "+05:30"),
            (345, "+05:45"),
            (-150, "-02:30"),
            (-30, "-00:30"),
            (840, "+14:00"),
            (-720, "-12:00"),
        ] {
            let time = LocalTime {
                day: from_civil(2026, 12, 31),
                seconds: 86_399,
                offset_minutes: offset,
            };
            assert_eq!(time.iso(), format!("2026-12-31T23:59:59{written}"));
        }
    }
}
