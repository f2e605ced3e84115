//! The saved form of a session, as kept on the patient's device.
//!
//! A small line format, so the wasm needs no serialisation library:
//!
//! ```text
//! hamstring-guide 2
//! content 2026-11-25
//! page q/sitting
//! a sitting yes
//! a running_kinds speed,hills
//! ```
//!
//! The first line names the format and its version. Decoding never panics:
//! anything unreadable is an error the caller sets aside, never drops.
//!
//! Versions: 1 had no `content` line; it migrates to 2 with the content
//! version unknown (empty) and every answer kept. Answers to questions a
//! later content file no longer has are kept but never used (see `engine`).

use crate::engine::Answers;
use crate::session::Page;

/// The current format version.
pub const VERSION: u32 = 2;
const MAGIC: &str = "hamstring-guide";

/// What is saved between visits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub answers: Answers,
    pub page: Page,
    /// The content version the answers were given under; empty if unknown.
    pub content_version: String,
}

/// Why saved data could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    NotOurs,
    /// Saved by a newer version of the guide.
    TooNew(u32),
    BadLine(usize),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotOurs => write!(f, "not this guide's format"),
            DecodeError::TooNew(v) => write!(f, "saved by a newer version ({v})"),
            DecodeError::BadLine(n) => write!(f, "line {n} cannot be read"),
        }
    }
}

/// A page as the last part of an address: `start`, `q/<id>`, `check`, `result`.
pub fn page_to_path(page: &Page) -> String {
    match page {
        Page::Start => "start".into(),
        Page::Question(id) => format!("q/{id}"),
        Page::Check => "check".into(),
        Page::Result => "result".into(),
    }
}

/// The page an address names, if any.
pub fn page_from_path(path: &str) -> Option<Page> {
    match path.trim_matches('/') {
        "" | "start" => Some(Page::Start),
        "check" => Some(Page::Check),
        "result" => Some(Page::Result),
        other => {
            let id = other.strip_prefix("q/")?;
            valid_id(id).then(|| Page::Question(id.to_owned()))
        }
    }
}

fn valid_version(v: &str) -> bool {
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

pub fn encode(saved: &Saved) -> String {
    let mut out = format!("{MAGIC} {VERSION}\n");
    if valid_version(&saved.content_version) {
        out.push_str(&format!("content {}\n", saved.content_version));
    }
    out.push_str(&format!("page {}\n", page_to_path(&saved.page)));
    for (question, choices) in saved.answers.iter() {
        out.push_str(&format!("a {question} {}\n", choices.join(",")));
    }
    out
}

/// Reads saved data of this or an older format version.
pub fn decode(text: &str) -> Result<Saved, DecodeError> {
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
    let mut saved = Saved {
        answers: Answers::new(),
        page: Page::Start,
        content_version: String::new(),
    };
    for (i, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let bad = DecodeError::BadLine(i + 2);
        match line.split_once(' ') {
            Some(("page", path)) => saved.page = page_from_path(path).ok_or(bad)?,
            // Version 1 had no content line.
            Some(("content", v)) if version >= 2 && valid_version(v) => {
                saved.content_version = v.to_owned()
            }
            Some(("a", rest)) => {
                let (question, choices) = rest.split_once(' ').ok_or(bad.clone())?;
                let choices: Vec<String> = choices.split(',').map(str::to_owned).collect();
                if !valid_id(question) || !choices.iter().all(|c| valid_id(c)) {
                    return Err(bad);
                }
                saved.answers.set(question, choices);
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
        }
    }

    #[test]
    fn version_1_migrates_with_every_answer_kept() {
        let v1 = "hamstring-guide 1\npage q/sitting\na running_kinds speed,hills\na sitting yes\n";
        let migrated = decode(v1).expect("version 1 is read");
        assert_eq!(migrated.answers, sample().answers);
        assert_eq!(migrated.page, sample().page);
        assert_eq!(migrated.content_version, "");
        // Saved again, it is version 2 and reads back the same.
        let again = encode(&migrated);
        assert!(again.starts_with("hamstring-guide 2\n"));
        assert_eq!(decode(&again), Ok(migrated));
        // A content line was not part of version 1.
        assert_eq!(
            decode("hamstring-guide 1\ncontent 2026\n"),
            Err(DecodeError::BadLine(2))
        );
        assert_eq!(decode("hamstring-guide 0\n"), Err(DecodeError::NotOurs));
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

    #[test]
    fn pages_and_paths_agree() {
        for page in [
            Page::Start,
            Page::Check,
            Page::Result,
            Page::Question("a_b".into()),
        ] {
            assert_eq!(page_from_path(&page_to_path(&page)), Some(page));
        }
        assert_eq!(page_from_path("q/<script>"), None);
    }
}
