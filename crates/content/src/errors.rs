//! What is wrong with the content and where: [`Problem`] (an item, the key
//! concerned and the reason, found by `validate`) and [`ContentError`] (a
//! problem placed at a file, line and column, made by `parse`).

use std::fmt;

use annotate_snippets::{Level, Renderer, Snippet};

/// The item a problem is about, by its id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locator {
    /// `[meta]`, or the file as a whole.
    Meta,
    Source(String),
    CareLevel(String),
    RedFlag(String),
    Question(String),
    /// An option: question id, option id.
    AnswerOption(String, String),
    Rule(String),
    Section(String),
    /// A piece of advice: section id and its number in the section, from 1.
    Item(String, usize),
    Text(String),
    /// `[diary]`.
    Diary,
    /// `[summary]`.
    Summary,
    /// A question's entry in `[summary]`, by the question's id.
    SummaryQuestion(String),
    /// An exercise of the library.
    Exercise(String),
    /// `[starters]`.
    Starters,
    /// A rung of the return-to-running ladder, by its kind of run.
    Rung(String),
}

impl fmt::Display for Locator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Locator::Meta => write!(f, "[meta]"),
            Locator::Source(id) => write!(f, "source \"{id}\""),
            Locator::CareLevel(id) => write!(f, "care level \"{id}\""),
            Locator::RedFlag(id) => write!(f, "red flag \"{id}\""),
            Locator::Question(id) => write!(f, "question \"{id}\""),
            Locator::AnswerOption(q, o) => write!(f, "question \"{q}\", option \"{o}\""),
            Locator::Rule(id) => write!(f, "rule \"{id}\""),
            Locator::Section(id) => write!(f, "section \"{id}\""),
            Locator::Item(id, n) => write!(f, "section \"{id}\", item {n}"),
            Locator::Text(key) => write!(f, "text \"{key}\""),
            Locator::Diary => write!(f, "[diary]"),
            Locator::Summary => write!(f, "[summary]"),
            Locator::SummaryQuestion(id) => write!(f, "[summary] question \"{id}\""),
            Locator::Exercise(id) => write!(f, "exercise \"{id}\""),
            Locator::Starters => write!(f, "[starters]"),
            Locator::Rung(run) => write!(f, "[diary.ladder] rung \"{run}\""),
        }
    }
}

/// One thing wrong with the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Locator,
    /// The key of the item the problem is about (`"next"`, `"sources"`,
    /// `"when.any"`, …); `None` for the item as a whole.
    pub field: Option<&'static str>,
    /// Which of the items with this locator, when an id is repeated (0 = the
    /// first in the file).
    pub occurrence: usize,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

/// A problem placed in a file:
/// `content/guide.toml:42:1: question "sitting": next "drivng" is not …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based; 0 when the file could not be read at all.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

impl ContentError {
    /// The error for a person editing the file: the message, then the line
    /// it points at with the place marked (`source` is the file's text).
    /// `Display` stays one plain line, which the tests match.
    pub fn report(&self, source: &str) -> String {
        let Some(line) = self.line.checked_sub(1).and_then(|i| source.lines().nth(i)) else {
            return self.to_string();
        };
        // The column counts characters; the span is bytes, to the line's end.
        let start = line
            .char_indices()
            .nth(self.column.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i);
        let end = line.trim_end().len().max(start);
        let message = Level::Error.title(&self.message).snippet(
            Snippet::source(line)
                .line_start(self.line)
                .origin(&self.file)
                .annotation(Level::Error.span(start..end)),
        );
        Renderer::plain().render(message).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_shows_its_item_and_reason() {
        let problem = Problem {
            at: Locator::Item("sitting".into(), 2),
            field: Some("sources"),
            occurrence: 0,
            reason: "has no sources".into(),
        };
        assert_eq!(
            problem.to_string(),
            "section \"sitting\", item 2: has no sources"
        );
        let error = ContentError {
            file: "content/guide.toml".into(),
            line: 42,
            column: 3,
            message: problem.to_string(),
        };
        assert_eq!(
            error.to_string(),
            "content/guide.toml:42:3: section \"sitting\", item 2: has no sources"
        );
    }

    #[test]
    fn a_report_shows_the_line_and_marks_the_place() {
        let error = ContentError {
            file: "content/guide.toml".into(),
            line: 2,
            column: 8,
            message: "question \"sitting\": next \"drivng\" is not a question".into(),
        };
        let source = "[[questions]]\nnext = \"drivng\"  \nid = \"sitting\"\n";
        let report = error.report(source);
        let lines: Vec<&str> = report.lines().collect();
        assert_eq!(
            lines,
            [
                "error: question \"sitting\": next \"drivng\" is not a question",
                " --> content/guide.toml:2:8",
                "  |",
                "2 | next = \"drivng\"  ",
                "  |        ^^^^^^^^",
                "  |",
            ],
            "{report}"
        );
        // Without a line, the plain message.
        let whole = ContentError { line: 0, ..error };
        assert_eq!(whole.report(source), whole.to_string());
    }
}
