//! The keys of `[diary]`, named once: each number with its safe range and
//! each piece of advice, as `parse` reads them and `validate` checks them.

use guide_core::model::{Diary, Ladder, Message, Threshold};

/// Calls `$then!` with the keys of `[diary]` in file order (the alarm sits
/// between the numbers and the messages): each number with the range it must
/// be in and why, then each message.
macro_rules! keys {
    ($then:ident) => {
        $then! {
            numbers: [
                limit (0, 5) "the pain-monitoring model allows at most 5 out of 10 during activity; see `silbernagel2007`",
                steady_days (3, 28) "`steady_days` is \"about a week\" within the rule before a step more",
                review_days (14, 56) "`review_days` compares its first and last weeks, so it needs at least 2 weeks",
                review_entries (1, 7) "`review_entries` is the entries needed in a week of 7 days",
                better_by (1, 10) "`better_by` is a change in pain out of 10",
                worse_by (1, 10) "`worse_by` is a change in pain out of 10"
            ],
            messages: [
                no_recent,
                keep_going,
                check_morning,
                progress,
                ease_off,
                no_better,
                getting_worse
            ]
        }
    };
}
pub(crate) use keys;

/// A number of `[diary]`, a table `{ value = …, sources = […] }`.
pub struct Number<'a> {
    pub name: &'static str,
    /// `"limit.value"`, `"limit.sources"`: where problems are placed.
    pub value_key: &'static str,
    pub sources_key: &'static str,
    /// The allowed values, both ends included, and why.
    pub range: (u32, u32),
    pub why: &'static str,
    pub threshold: &'a Threshold,
}

/// A piece of diary advice, a table `{ title, text, sources }`.
pub struct Note<'a> {
    pub name: &'static str,
    pub title_key: &'static str,
    pub text_key: &'static str,
    pub sources_key: &'static str,
    pub message: &'a Message,
}

macro_rules! lists {
    (numbers: [$($n:ident ($low:expr, $high:expr) $why:literal),*], messages: [$($m:ident),*]) => {
        /// The keys of the numbers in `[diary]`.
        pub const NUMBERS: &[&str] = &[$(stringify!($n)),*];

        /// The keys of the pieces of advice in `[diary]`.
        pub const MESSAGES: &[&str] = &[$(stringify!($m)),*];

        /// Each number of `diary` with its key and range, in file order.
        pub fn numbers(diary: &Diary) -> Vec<Number<'_>> {
            vec![$(Number {
                name: stringify!($n),
                value_key: concat!(stringify!($n), ".value"),
                sources_key: concat!(stringify!($n), ".sources"),
                range: ($low, $high),
                why: $why,
                threshold: &diary.$n,
            }),*]
        }

        /// Each piece of advice of `diary` with its keys, in file order.
        pub fn messages(diary: &Diary) -> Vec<Note<'_>> {
            vec![$(Note {
                name: stringify!($m),
                title_key: concat!(stringify!($m), ".title"),
                text_key: concat!(stringify!($m), ".text"),
                sources_key: concat!(stringify!($m), ".sources"),
                message: &diary.$m,
            }),*]
        }
    };
}
keys!(lists);

/// Every source a `[diary]` statement names.
pub fn sources(diary: &Diary) -> impl Iterator<Item = &&'static str> {
    let numbers = numbers(diary).into_iter().map(|n| n.threshold.sources);
    let messages = messages(diary).into_iter().map(|m| m.message.sources);
    let ladder = diary.ladder.iter().flat_map(|l| {
        [l.sources, l.runs.sources]
            .into_iter()
            .chain(ladder_messages(l).map(|(_, m)| m.sources))
            .chain(l.rungs.iter().map(|r| r.sources))
    });
    numbers
        .chain([diary.alarm.sources])
        .chain(messages)
        .chain(ladder)
        .flatten()
}

/// The messages of `[diary.ladder]` with their keys, in file order.
pub fn ladder_messages(ladder: &Ladder) -> [(&'static str, &Message); 6] {
    [
        ("start", &ladder.start),
        ("stay", &ladder.stay),
        ("ready", &ladder.ready),
        ("back", &ladder.back),
        ("ahead", &ladder.ahead),
        ("top", &ladder.top),
    ]
}
