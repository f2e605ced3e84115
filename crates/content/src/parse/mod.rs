//! Reads the TOML content file into the model, then checks it, placing
//! every error at a file, line and column:
//!
//! 1. the text is parsed once into a TOML document that keeps the position
//!    of every key (syntax errors stop here, with their position);
//! 2. every key is checked against the keys the format knows ([`index`]),
//!    so each misspelt or unknown key is reported, not just the first;
//! 3. the document is read into the [`raw`] structs (wrong types and missing
//!    keys stop here) and converted to the `'static` model;
//! 4. with a folder, each exercise's drawing is read and checked
//!    ([`drawings`]);
//! 5. [`validate::check_with`] runs on the model and the exercise library,
//!    and each problem is placed at the key it concerns (`next`, `sources`,
//!    …) or else at the item's id.

mod drawings;
mod index;
mod raw;

use std::path::Path;

use guide_core::clinic::Config;
use guide_core::exercise::Library;
use guide_core::model::Content;
use toml_edit::ImDocument;

use crate::errors::ContentError;
use crate::validate;
use index::Index;

/// Reads, converts and checks the content file at `path`. Errors name the
/// file relative to the current directory when it is inside it.
pub fn load(path: &Path) -> Result<Content, Vec<ContentError>> {
    load_library(path).map(|(content, _)| content)
}

/// Like [`load`], with the exercise library, whose drawings are read from
/// the `exercises/` folder beside the file (`exercises/<id>.svg`) and
/// checked (`crate::drawing`).
pub fn load_library(path: &Path) -> Result<(Content, Library), Vec<ContentError>> {
    let label = display_path(path);
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![ContentError {
            file: label.clone(),
            line: 0,
            column: 0,
            message: format!("cannot read the content file: {e}"),
        }]
    })?;
    read(&label, &text, true, path.parent())
}

/// The path as a person would write it: relative to the current directory,
/// or `content/<name>` for a file in a `content` folder, or as given.
fn display_path(path: &Path) -> String {
    if let Some(relative) = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
    {
        return relative.display().to_string();
    }
    match (path.parent().and_then(Path::file_name), path.file_name()) {
        (Some(dir), Some(name)) if dir == "content" => {
            format!("content/{}", name.to_string_lossy())
        }
        _ => path.display().to_string(),
    }
}

/// Converts and checks content text; `file_label` names the file in errors.
/// (Without a folder, the exercises' drawings are neither read nor checked:
/// the build reads the file with [`load_library`].)
pub fn parse(file_label: &str, text: &str) -> Result<Content, Vec<ContentError>> {
    read(file_label, text, true, None).map(|(content, _)| content)
}

/// Converts an earlier edition of the content, to compare the current one
/// with (`review::changes`): it passed the checks of its own day, so keys
/// and checks added since (a page text, say) do not stop it; only what
/// cannot be read at all does.
pub fn parse_earlier(file_label: &str, text: &str) -> Result<Content, Vec<ContentError>> {
    read(file_label, text, false, None).map(|(content, _)| content)
}

/// Reads, converts and (when `checked`) checks the text; with `folder`, the
/// exercises' drawings are read from its `exercises/` folder and checked.
fn read(
    file_label: &str,
    text: &str,
    checked: bool,
    folder: Option<&Path>,
) -> Result<(Content, Library), Vec<ContentError>> {
    let place = |offset: usize, message: String| {
        let (line, column) = line_column(text, offset);
        ContentError {
            file: file_label.to_owned(),
            line,
            column,
            message,
        }
    };
    let document = ImDocument::parse(text.to_owned())
        .map_err(|e| vec![toml_error(&place, e.message(), e.span(), None)])?;
    if let Some(offset) = index::first_date(document.as_item()) {
        return Err(vec![place(
            offset,
            "this is read as a date; write text in quotes, like `\"2026-11-25\"`".to_owned(),
        )]);
    }
    let index = Index::of(document.as_table());
    if checked && !index.unknown.is_empty() {
        return Err(index
            .unknown
            .iter()
            .map(|(at, message)| place(*at, message.clone()))
            .collect());
    }
    let raw = toml_edit::de::from_document(document)
        .map_err(|e| vec![toml_error(&place, e.message(), e.span(), Some(&index))])?;
    let mut errors = Vec::new();
    let (content, mut library) = raw::convert(raw, &mut |offset, message| {
        errors.push(place(offset, message))
    });
    let mut problems = Vec::new();
    if let Some(folder) = folder.filter(|_| checked) {
        library = drawings::read(library, folder, &mut problems);
    }
    if checked {
        problems.extend(validate::check_with(&content, &library));
    }
    errors.extend(
        problems
            .into_iter()
            .map(|problem| place(index.offset_of(&problem), problem.to_string())),
    );
    if errors.is_empty() {
        Ok((content, library))
    } else {
        errors.sort_by_key(|e| (e.line, e.column));
        Err(errors)
    }
}

/// The shipped content and clinic configuration from a `content/` folder
/// (`guide.toml`, `clinic.toml`), for tools and tests; every error listed.
pub fn load_folder(dir: &Path) -> Result<(Content, Config), Vec<String>> {
    let content = load(&dir.join("guide.toml"));
    let clinic = crate::clinic::load(&dir.join("clinic.toml"));
    match (content, clinic) {
        (Ok(content), Ok(clinic)) => Ok((content, clinic)),
        (content, clinic) => Err(content
            .err()
            .into_iter()
            .flatten()
            .map(|e| e.to_string())
            .chain(clinic.err().into_iter().flatten())
            .collect()),
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// An error from the TOML reader, named by the item it is in when known.
fn toml_error(
    place: &impl Fn(usize, String) -> ContentError,
    message: &str,
    span: Option<std::ops::Range<usize>>,
    index: Option<&Index>,
) -> ContentError {
    let offset = span.map_or(0, |s| s.start);
    let message = explain(message);
    match index.and_then(|i| i.item_at(offset)) {
        Some(item) => place(offset, format!("{item}: {message}")),
        None => place(offset, message),
    }
}

/// The TOML reader's message on one line, with what to do for a missing key.
fn explain(message: &str) -> String {
    let message = message.trim().replace('\n', "; ");
    match message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        Some("next") => {
            "`next` is missing: every question needs one (a question id, or \"end\" where the questions stop)".to_owned()
        }
        Some(key) => format!("`{key}` is missing; add `{key} = ...`"),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = include_str!("../../tests/fixtures/valid.toml");

    fn errors(text: &str) -> Vec<String> {
        parse("guide.toml", text)
            .expect_err("broken content was accepted")
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "a\nbé = 1\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 2), (2, 1));
        assert_eq!(line_column(text, text.find('=').unwrap()), (2, 4));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn the_keys_of_a_table_come_from_its_raw_struct() {
        assert_eq!(
            raw::keys_at("rules.when"),
            Some(&["all", "any", "none"][..])
        );
        assert!(raw::keys_at("questions.options")
            .unwrap()
            .contains(&"brings"));
        assert_eq!(raw::keys_at("texts"), None);
    }

    #[test]
    fn a_wrong_value_names_its_item() {
        let text = VALID.replacen("kind = \"single\"", "kind = \"singel\"", 1);
        let errors = errors(&text);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(
                "guide.toml:122:8: question \"injury\": unknown variant `singel`, expected `single` or `multi`"
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn diary_keys_are_checked_like_every_other_key() {
        assert!(raw::keys_at("diary").unwrap().contains(&"steady_days"));
        assert_eq!(raw::keys_at("diary.limit"), Some(&["value", "sources"][..]));
        assert!(raw::keys_at("diary.keep_going").unwrap().contains(&"title"));
        assert_eq!(raw::keys_at("diary.nothing"), None);
        let text = VALID
            .replacen("steady_days = {", "stedy_days = {", 1)
            .replacen("  title = \"Keep going\"", "  titel = \"Keep going\"", 1);
        let errors = errors(&text);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0]
                .contains(": [diary]: unknown key \"stedy_days\"; did you mean \"steady_days\"?"),
            "{errors:?}"
        );
        assert!(
            errors[1].contains(": [diary]: unknown key \"titel\"; did you mean \"title\"?"),
            "{errors:?}"
        );
        // A wrong type names the diary too.
        let text = VALID.replacen("value = 7,", "value = \"seven\",", 1);
        let wrong = super::tests::errors(&text);
        assert!(wrong[0].contains("[diary]: invalid type"), "{wrong:?}");
    }

    #[test]
    fn an_unquoted_date_is_explained() {
        let text = VALID.replacen("version = \"test-1\"", "version = 2026-11-25", 1);
        let errors = errors(&text);
        assert!(
            errors[0].starts_with("guide.toml:15:11: this is read as a date; write text in quotes, like `\"2026-11-25\"`"),
            "{errors:?}"
        );
    }

    #[test]
    fn an_answer_must_be_written_question_dot_option() {
        let text = VALID.replacen("all = [\"duration.months\"]", "all = [\"months\"]", 1);
        let errors = errors(&text);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors
                .iter()
                .any(|e| e
                    .starts_with("guide.toml:279:10: \"months\" must be written question.option")),
            "{errors:?}"
        );
    }

    #[test]
    fn dotted_keys_and_implicit_tables_are_read_like_any_other_table() {
        let text = VALID.replacen("kind = \"single\"", "kind.sub = \"single\"", 1);
        let found = errors(&text);
        assert!(
            found[0].contains(
                ": question \"injury\": unknown variant `sub`, expected `single` or `multi`"
            ),
            "{found:?}"
        );
        let text = VALID.replacen("[[questions.options]]", "[[questons.options]]", 1);
        let found = errors(&text);
        assert!(
            found[0].contains(": top level: unknown key \"questons\"; did you mean \"questions\"?"),
            "{found:?}"
        );
    }
}
