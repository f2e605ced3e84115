//! What the patient may choose to share with their physio, and its shape.
//! Nothing here sends anything; the app offers it to print, copy or
//! download.
//!
//! - this module: the shape of the summary for the physio ([`Document`]):
//!   labelled rows in named groups, every word filled in;
//! - [`document`]: the summary built, in the clinician's terms (the
//!   content's `[summary]`): the clinic, blank name and date-of-birth lines,
//!   the outcome, then [`findings`] (the safety screen, aggravating factors,
//!   irritability, history, what was tried), the advice given, and
//!   [`diary`] (the pain diary's last week);
//! - [`text`]: the document as plain text, for copy and the text file (the
//!   app prints the same rows);
//! - [`fhir`]: the answers as FHIR R4 resources.

pub mod diary;
pub mod document;
pub mod fhir;
pub mod findings;
pub mod text;

pub use document::document;
pub use fhir::{questionnaire, questionnaire_response, questionnaire_url};

/// The summary for the physio, every word filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The clinic's name, at the top.
    pub clinic: String,
    pub title: String,
    /// Lines left blank for the physio: "Name", "Date of birth".
    pub blanks: Vec<String>,
    /// The date and the guide's version.
    pub facts: Vec<Row>,
    pub groups: Vec<Group>,
}

/// A named group of rows: "Safety screen".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub title: String,
    pub rows: Vec<Row>,
}

/// One line of the summary: "Emergency signs: none of 4".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: String,
    pub value: String,
}

impl Row {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Row {
        Row {
            label: label.into(),
            value: value.into(),
        }
    }
}

impl Document {
    /// The group titled `title`, if the summary has one.
    pub fn group(&self, title: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.title == title)
    }
}

impl Group {
    /// The value of the row labelled `label`, if the group has one.
    pub fn value(&self, label: &str) -> Option<&str> {
        self.rows
            .iter()
            .find(|r| r.label == label)
            .map(|r| r.value.as_str())
    }
}
