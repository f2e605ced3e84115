//! The patient's own clock: today and now in the browser's time zone, read
//! at the moment they are needed (a page left open over midnight moves on
//! to the new day).

use guide_core::diary::day::{self, LocalTime};
use guide_core::diary::Day;

/// Now on the patient's clock: the local day, time of day and offset from UTC.
pub fn now() -> LocalTime {
    let now = js_sys::Date::new_0();
    LocalTime {
        day: day::from_civil(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        ),
        seconds: now.get_hours() * 3600 + now.get_minutes() * 60 + now.get_seconds(),
        // `getTimezoneOffset` is UTC minus local time, in minutes.
        offset_minutes: -(now.get_timezone_offset().round() as i32),
    }
}

/// Today in the patient's own time zone, as a day number.
pub fn today() -> Day {
    now().day
}
