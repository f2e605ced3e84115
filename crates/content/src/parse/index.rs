//! Where each item and each of its keys is in the file, read from the TOML
//! document's spans: the places problems are reported at, and every key the
//! format does not know.

use std::collections::HashMap;

use toml_edit::{Item, TableLike, Value};

use super::raw::keys_at;
use crate::errors::{Locator, Problem};
use crate::suggest::suggest;

/// Where each item and each of its keys is, and the unknown keys found.
#[derive(Default)]
pub(super) struct Index {
    /// Byte offsets of each (item, key) in file order; key `None` is the
    /// item's id (or its header when it has none).
    keys: HashMap<(Locator, Option<String>), Vec<usize>>,
    /// The start of each item and top-level table, in file order; `None`
    /// for tables that are not an item (`[texts]`).
    items: Vec<(usize, Option<Locator>)>,
    meta: Option<usize>,
    texts: Option<usize>,
    /// Each key the format does not know, with its message, in file order.
    pub(super) unknown: Vec<(usize, String)>,
}

/// The start of a span; spans are missing only for tables written with
/// dotted keys, placed at their key instead.
fn start(span: Option<std::ops::Range<usize>>, or: usize) -> usize {
    span.map_or(or, |s| s.start)
}

/// A table, inline or not, with where it starts.
fn as_table(item: &Item) -> Option<(&dyn TableLike, Option<std::ops::Range<usize>>)> {
    item.as_table_like().map(|t| (t, item.span()))
}

/// The elements of an array of tables (`[[questions]]`, or inline) that are
/// tables, with their positions in the array and where they start.
fn tables_in(item: &Item) -> Vec<(usize, &dyn TableLike, Option<std::ops::Range<usize>>)> {
    match item {
        Item::ArrayOfTables(tables) => tables
            .iter()
            .enumerate()
            .map(|(n, t)| (n, t as &dyn TableLike, t.span()))
            .collect(),
        Item::Value(Value::Array(values)) => values
            .iter()
            .enumerate()
            .filter_map(|(n, v)| Some((n, v.as_inline_table()? as &dyn TableLike, v.span())))
            .collect(),
        _ => Vec::new(),
    }
}

/// Where the first date in `item` is, in the order the file is read: no
/// value of the format is a date, so an unquoted one is a mistake.
pub(super) fn first_date(item: &Item) -> Option<usize> {
    fn in_value(value: &Value) -> Option<usize> {
        match value {
            Value::Datetime(_) => Some(start(value.span(), 0)),
            Value::Array(values) => values.iter().find_map(in_value),
            Value::InlineTable(table) => table.iter().find_map(|(_, v)| in_value(v)),
            _ => None,
        }
    }
    match item {
        Item::Value(value) => in_value(value),
        Item::Table(table) => table.iter().find_map(|(_, item)| first_date(item)),
        Item::ArrayOfTables(tables) => tables
            .iter()
            .find_map(|t| t.iter().find_map(|(_, item)| first_date(item))),
        Item::None => None,
    }
}

impl Index {
    /// The index of a whole document (its root table).
    pub(super) fn of(root: &dyn TableLike) -> Index {
        let mut index = Index::default();
        index.table(root, "", None, "");
        index.unknown.sort_by_key(|(offset, _)| *offset);
        index
    }

    fn record(&mut self, at: &Locator, field: Option<String>, offset: usize) {
        self.keys
            .entry((at.clone(), field))
            .or_default()
            .push(offset);
    }

    fn find(&self, at: &Locator, field: Option<&str>, occurrence: usize) -> Option<usize> {
        let offsets = self.keys.get(&(at.clone(), field.map(str::to_owned)))?;
        offsets.get(occurrence).or(offsets.first()).copied()
    }

    /// Where to place `problem`: its key, else its item, else the item it
    /// belongs to, else the table it would be in.
    pub(super) fn offset_of(&self, problem: &Problem) -> usize {
        let at = &problem.at;
        let parent = match at {
            Locator::AnswerOption(q, _) => Some(Locator::Question(q.clone())),
            Locator::Item(s, _) => Some(Locator::Section(s.clone())),
            _ => None,
        };
        problem
            .field
            .and_then(|f| self.find(at, Some(f), problem.occurrence))
            // A missing `limit.sources`: at `limit`.
            .or_else(|| {
                let (head, _) = problem.field?.rsplit_once('.')?;
                self.find(at, Some(head), problem.occurrence)
            })
            .or_else(|| self.find(at, None, problem.occurrence))
            .or_else(|| parent.and_then(|p| self.find(&p, None, 0)))
            .or(match at {
                Locator::Text(_) => self.texts.or(self.meta),
                _ => self.meta,
            })
            .unwrap_or(0)
    }

    /// The item whose table holds `offset`: the last one starting at or
    /// before it (in TOML, keys belong to the table header above them).
    pub(super) fn item_at(&self, offset: usize) -> Option<&Locator> {
        self.items
            .iter()
            .filter(|(start, _)| *start <= offset)
            .max_by_key(|(start, _)| *start)
            .and_then(|(_, item)| item.as_ref())
    }

    /// Indexes the keys of a table at `shape`, inside `item`, with `prefix`
    /// before its key names (`"when."` for a rule's condition).
    fn table(&mut self, table: &dyn TableLike, shape: &str, item: Option<&Locator>, prefix: &str) {
        let allowed = keys_at(shape);
        for (name, value) in table.iter() {
            let offset = start(table.key(name).and_then(|k| k.span()), 0);
            let field = format!("{prefix}{name}");
            if let Some(item) = item {
                self.record(item, Some(field.clone()), offset);
            }
            if let Some(allowed) = allowed.filter(|a| !a.contains(&name)) {
                let place = item.map_or("top level".to_owned(), Locator::to_string);
                self.unknown.push((
                    offset,
                    format!(
                        "{place}: unknown key \"{name}\"; {}",
                        suggest(name, allowed).replace("known:", "the keys here are:")
                    ),
                ));
                continue;
            }
            let child = if shape.is_empty() {
                name.to_owned()
            } else {
                format!("{shape}.{name}")
            };
            let table =
                as_table(value).map(|(inner, span)| (inner, start(span, offset).min(offset)));
            match table {
                Some((inner, begins)) if child == "texts" => {
                    self.texts = Some(begins);
                    self.items.push((begins, None));
                    for (key, _) in inner.iter() {
                        let at = Locator::Text(key.to_owned());
                        self.record(&at, None, start(inner.key(key).and_then(|k| k.span()), 0));
                    }
                    continue;
                }
                _ if keys_at(&child).is_none() => continue,
                Some((inner, begins)) if shape.is_empty() => {
                    // A top-level table: [meta], [diary], [summary] or [starters].
                    let at = match child.as_str() {
                        "diary" => Locator::Diary,
                        "summary" => Locator::Summary,
                        "starters" => Locator::Starters,
                        _ => {
                            self.meta = Some(begins);
                            Locator::Meta
                        }
                    };
                    self.items.push((begins, Some(at.clone())));
                    self.record(&at, None, begins);
                    self.table(inner, &child, Some(&at), "");
                    continue;
                }
                Some((inner, _)) => {
                    self.table(inner, &child, item, &format!("{field}."));
                    continue;
                }
                None => {}
            }
            for (n, inner, span) in tables_in(value) {
                let begins = start(span, offset);
                let at = locator(&child, inner, n, item);
                let id = inner
                    .iter()
                    .find(|(key, _)| *key == "id" || *key == "key")
                    .and_then(|(key, _)| inner.key(key)?.span())
                    .map_or(begins, |s| s.start);
                self.record(&at, None, id);
                self.items.push((begins, Some(at.clone())));
                self.table(inner, &child, Some(&at), "");
            }
        }
    }
}

/// The locator of the `n`th table of an array of tables at `shape`.
fn locator(shape: &str, table: &dyn TableLike, n: usize, parent: Option<&Locator>) -> Locator {
    let value = |key: &str| {
        table
            .get(key)
            .and_then(Item::as_str)
            .map_or_else(|| format!("#{}", n + 1), str::to_owned)
    };
    let parent_id = || match parent {
        Some(Locator::Question(id) | Locator::Section(id)) => id.clone(),
        _ => String::new(),
    };
    match shape {
        "sources" => Locator::Source(value("key")),
        "care_levels" => Locator::CareLevel(value("id")),
        "red_flags" => Locator::RedFlag(value("id")),
        "questions" => Locator::Question(value("id")),
        "questions.options" => Locator::AnswerOption(parent_id(), value("id")),
        "rules" => Locator::Rule(value("id")),
        "sections.items" => Locator::Item(parent_id(), n + 1),
        "summary.questions" => Locator::SummaryQuestion(value("id")),
        "exercises" => Locator::Exercise(value("id")),
        "diary.ladder.rungs" => Locator::Rung(value("run")),
        _ => Locator::Section(value("id")),
    }
}
