//! The saved form of a session, as kept on the patient's device.
//!
//! A small line format, so the wasm needs no serialisation library:
//!
//! ```text
//! hamstring-guide 3
//! content 2026-12-02
//! page q/sitting
//! a sitting yes 1f0c9a2e
//! a running_type speed,hills 7b3e0d14
//! ```
//!
//! The first line names the format and its version. Each answer keeps the
//! fingerprint of the question it answered (`Question::fingerprint`), so
//! [`restore`] can ask again every question that has changed since.
//! Decoding never panics: anything unreadable is an error the caller sets
//! aside, never drops.
//!
//! Versions: 1 had no `content` line; 2 had no fingerprints. Both are read,
//! and [`restore`] asks their safety questions again. Answers to questions a
//! later content file no longer has are kept but never used (see `engine`).

use crate::engine::Answers;
use crate::model::{Content, Question, SAFETY_GROUP};
use crate::route::{page_from_path, page_to_path, valid_id, Page};

/// The current format version.
pub const VERSION: u32 = 3;
const MAGIC: &str = "hamstring-guide";

/// What is saved between visits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub answers: Answers,
    pub page: Page,
    /// The content version the answers were given under; empty if unknown.
    pub content_version: String,
    /// The fingerprint of each answered question when it was answered;
    /// none in saves from before format 3.
    pub fingerprints: Fingerprints,
}

impl Saved {
    /// What to save for `answers` and `page` under `content`: each answer
    /// with its question's fingerprint. An answer to a question this content
    /// does not have keeps the fingerprint it was saved with, if any.
    pub fn of(answers: &Answers, page: &Page, content: &Content, earlier: &Saved) -> Saved {
        let fingerprints = answers
            .iter()
            .filter_map(|(question, _)| {
                let fingerprint = match content.question(question) {
                    Some(q) => q.fingerprint,
                    None => earlier.fingerprints.get(question)?,
                };
                Some((question, fingerprint))
            })
            .collect();
        Saved {
            answers: answers.clone(),
            page: page.clone(),
            content_version: content.meta.version.to_owned(),
            fingerprints,
        }
    }

    /// Nothing saved yet.
    pub fn empty() -> Saved {
        Saved {
            answers: Answers::new(),
            page: Page::Start,
            content_version: String::new(),
            fingerprints: Fingerprints::default(),
        }
    }
}

/// Question id → the fingerprint its answer was given under, in order of
/// question id. (A sorted list rather than a `BTreeMap`, as `Answers` is: a
/// few dozen entries, and the map's code would weigh on the first load.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fingerprints(Vec<(String, String)>);

impl Fingerprints {
    pub fn get(&self, question: &str) -> Option<&str> {
        let at = self.find(question).ok()?;
        Some(self.0[at].1.as_str())
    }

    /// Sets the fingerprint of `question`, replacing any earlier one.
    pub fn insert(&mut self, question: &str, fingerprint: &str) {
        match self.find(question) {
            Ok(at) => self.0[at].1 = fingerprint.to_owned(),
            Err(at) => self
                .0
                .insert(at, (question.to_owned(), fingerprint.to_owned())),
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find(&self, question: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(q, _)| q.as_str().cmp(question))
    }
}

impl<Q: AsRef<str>, F: AsRef<str>> FromIterator<(Q, F)> for Fingerprints {
    fn from_iter<T: IntoIterator<Item = (Q, F)>>(iter: T) -> Self {
        let mut all = Self::default();
        for (question, fingerprint) in iter {
            all.insert(question.as_ref(), fingerprint.as_ref());
        }
        all
    }
}

/// Saved answers as this build's content can use them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub answers: Answers,
    /// Questions whose saved answer was dropped because the question has
    /// changed since: they will be asked again. In content order.
    pub asked_again: Vec<&'static str>,
}

/// The saved answers that still mean what they meant when given.
///
/// An answer is dropped, so its question is asked again, when its question
/// has a different fingerprint now; or, in saves without fingerprints
/// (formats 1 and 2), when its question is in the safety screen or has a
/// red-flag option, since a red-flag option may have been added since.
/// Answers to questions this content does not have are kept (unused).
pub fn restore(saved: &Saved, content: &'static Content) -> Restored {
    let mut answers = saved.answers.clone();
    let mut asked_again = Vec::new();
    for question in content.questions {
        if answers.get(question.id).is_none() {
            continue;
        }
        let same = match saved.fingerprints.get(question.id) {
            Some(fingerprint) => fingerprint == question.fingerprint,
            None => !screens_for_red_flags(question),
        };
        if !same {
            answers.remove(question.id);
            asked_again.push(question.id);
        }
    }
    Restored {
        answers,
        asked_again,
    }
}

fn screens_for_red_flags(question: &Question) -> bool {
    question.group == SAFETY_GROUP || question.options.iter().any(|o| o.red_flag.is_some())
}

/// Why saved data could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    NotOurs,
    /// Saved by a newer version of the guide.
    TooNew(u32),
    BadLine(usize),
    /// Larger than this kind of data could ever honestly be
    /// ([`MAX_BYTES`], `diary::store::MAX_BYTES`): set aside unread.
    TooLarge,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotOurs => write!(f, "not this guide's format"),
            DecodeError::TooNew(v) => write!(f, "saved by a newer version ({v})"),
            DecodeError::BadLine(n) => write!(f, "line {n} cannot be read"),
            DecodeError::TooLarge => write!(f, "too large"),
        }
    }
}

fn valid_version(v: &str) -> bool {
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn valid_fingerprint(f: &str) -> bool {
    !f.is_empty() && f.chars().all(|c| c.is_ascii_hexdigit())
}

pub fn encode(saved: &Saved) -> String {
    let mut out = format!("{MAGIC} {VERSION}\n");
    if valid_version(&saved.content_version) {
        out.push_str(&format!("content {}\n", saved.content_version));
    }
    out.push_str(&format!("page {}\n", page_to_path(&saved.page)));
    for (question, choices) in saved.answers.iter() {
        out.push_str(&format!("a {question} {}", choices.join(",")));
        match saved.fingerprints.get(question) {
            Some(f) if valid_fingerprint(f) => out.push_str(&format!(" {f}\n")),
            _ => out.push('\n'),
        }
    }
    out
}

/// The most saved answers can take: a few dozen questions fill about 2 KB,
/// so anything past this is not the guide's and is set aside unread (and
/// reading stays quick: each answer goes into a sorted list).
pub const MAX_BYTES: usize = 16 * 1024;

/// Reads saved data of this or an older format version.
pub fn decode(text: &str) -> Result<Saved, DecodeError> {
    if text.len() > MAX_BYTES {
        return Err(DecodeError::TooLarge);
    }
    let mut lines = text.lines();
    let version = lines
        .next()
        .and_then(|l| l.strip_prefix(MAGIC))
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|v| *v >= 1)
        .ok_or(DecodeError::NotOurs)?;
    if version > VERSION {
        return Err(DecodeError::TooNew(version));
    }
    let mut saved = Saved::empty();
    for (i, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let bad = DecodeError::BadLine(i + 2);
        match line.split_once(' ') {
            Some(("page", path)) => saved.page = page_from_path(path).ok_or(bad)?,
            // Version 1 had no content line.
            Some(("content", v)) if version >= 2 && valid_version(v) => {
                saved.content_version = v.to_owned()
            }
            Some(("a", rest)) => {
                let (question, rest) = rest.split_once(' ').ok_or(bad.clone())?;
                // Version 3 adds the question's fingerprint.
                let (choices, fingerprint) = match rest.split_once(' ') {
                    Some((choices, f)) if version >= 3 && valid_fingerprint(f) => {
                        (choices, Some(f))
                    }
                    Some(_) => return Err(bad),
                    None => (rest, None),
                };
                let choices: Vec<String> = choices.split(',').map(str::to_owned).collect();
                if !valid_id(question) || !choices.iter().all(|c| valid_id(c)) {
                    return Err(bad);
                }
                saved.answers.set(question, choices);
                if let Some(f) = fingerprint {
                    saved.fingerprints.insert(question, f);
                }
            }
            _ => return Err(bad),
        }
    }
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Saved {
        let mut answers = Answers::new();
        answers.set("sitting", vec!["yes".into()]);
        answers.set("running_kinds", vec!["speed".into(), "hills".into()]);
        Saved {
            answers,
            page: Page::Question("sitting".into()),
            content_version: "2026-11-25".into(),
            fingerprints: [("sitting", "0a1b2c3d")].into_iter().collect(),
        }
    }

    #[test]
    fn version_1_migrates_with_every_answer_kept() {
        let v1 = "hamstring-guide 1\npage q/sitting\na running_kinds speed,hills\na sitting yes\n";
        let migrated = decode(v1).expect("version 1 is read");
        assert_eq!(migrated.answers, sample().answers);
        assert_eq!(migrated.page, sample().page);
        assert_eq!(migrated.content_version, "");
        assert!(migrated.fingerprints.is_empty());
        // Saved again, it is version 3 and reads back the same.
        let again = encode(&migrated);
        assert!(again.starts_with("hamstring-guide 3\n"));
        assert_eq!(decode(&again), Ok(migrated));
        // A content line was not part of version 1.
        assert_eq!(
            decode("hamstring-guide 1\ncontent 2026\n"),
            Err(DecodeError::BadLine(2))
        );
        assert_eq!(decode("hamstring-guide 0\n"), Err(DecodeError::NotOurs));
    }

    #[test]
    fn fingerprints_are_read_from_version_3_only() {
        let v3 = "hamstring-guide 3\na sitting yes 0a1b2c3d\na stairs no\n";
        let saved = decode(v3).expect("version 3 is read");
        assert_eq!(saved.fingerprints.get("sitting"), Some("0a1b2c3d"));
        assert_eq!(saved.fingerprints.get("stairs"), None);
        assert_eq!(saved.answers.get("stairs"), Some(&["no".to_owned()][..]));
        // Version 2 had no fingerprints; a third field there is not ours.
        assert_eq!(
            decode("hamstring-guide 2\na sitting yes 0a1b2c3d\n"),
            Err(DecodeError::BadLine(2))
        );
        assert_eq!(
            decode("hamstring-guide 3\na sitting yes not-hex\n"),
            Err(DecodeError::BadLine(2))
        );
        assert_eq!(
            decode("hamstring-guide 3\na sitting yes 0a1b2c3d extra\n"),
            Err(DecodeError::BadLine(2))
        );
    }

    #[test]
    fn round_trips() {
        let saved = sample();
        assert_eq!(decode(&encode(&saved)), Ok(saved));
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert_eq!(decode(""), Err(DecodeError::NotOurs));
        assert_eq!(decode("{\"answers\":{}}"), Err(DecodeError::NotOurs));
        assert_eq!(decode("hamstring-guide 9\n"), Err(DecodeError::TooNew(9)));
        assert_eq!(
            decode("hamstring-guide 1\npage q/\n"),
            Err(DecodeError::BadLine(2))
        );
        assert_eq!(
            decode("hamstring-guide 1\na sitting\n"),
            Err(DecodeError::BadLine(2))
        );
        assert_eq!(
            decode("hamstring-guide 1\na sit ting yes no\n"),
            Err(DecodeError::BadLine(2))
        );
    }
}
