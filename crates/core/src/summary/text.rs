//! The summary for the physio as plain text, for copy and the text file:
//! the clinic, the title, the blank lines, the facts, then each group under
//! its name with one "- label: value" line per row.

use super::Document;

/// The line a blank is written on.
pub const BLANK: &str = "______________________________";

/// The summary as plain text, ending with a newline.
pub fn plain(document: &Document) -> String {
    let mut out = format!("{}\n{}\n\n", document.clinic, document.title);
    for blank in &document.blanks {
        out.push_str(&format!("{blank}: {BLANK}\n"));
    }
    for fact in &document.facts {
        out.push_str(&format!("{}: {}\n", fact.label, fact.value));
    }
    for group in &document.groups {
        out.push_str(&format!("\n{}\n", group.title));
        for row in &group.rows {
            out.push_str(&format!("- {}: {}\n", row.label, row.value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::{Group, Row};

    #[test]
    fn each_group_is_named_and_each_row_is_one_line() {
        let document = Document {
            clinic: "Test Physio".into(),
            title: "Summary".into(),
            blanks: vec!["Name".into(), "Date of birth".into()],
            facts: vec![Row::new("Date", "2026-11-25")],
            groups: vec![
                Group {
                    title: "Safety screen".into(),
                    rows: vec![
                        Row::new("Emergency signs", "none of 4"),
                        Row::new("Age", "25+"),
                    ],
                },
                Group {
                    title: "Tried".into(),
                    rows: vec![Row::new("Tried so far", "rest, stretching")],
                },
            ],
        };
        assert_eq!(
            plain(&document),
            [
                "Test Physio\n",
                "Summary\n",
                "\n",
                "Name: ______________________________\n",
                "Date of birth: ______________________________\n",
                "Date: 2026-11-25\n",
                "\n",
                "Safety screen\n",
                "- Emergency signs: none of 4\n",
                "- Age: 25+\n",
                "\n",
                "Tried\n",
                "- Tried so far: rest, stretching\n",
            ]
            .concat()
        );
    }
}
