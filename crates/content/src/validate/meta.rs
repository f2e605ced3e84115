//! `[meta]`: its title and version written, its default care level and its
//! essential sections known.

use super::checker::Checker;
use crate::errors::Locator;
use crate::suggest::suggest;

/// `[meta]` is written and names a known care level and known sections.
pub(super) fn meta(c: &mut Checker) {
    let meta = &c.content.meta;
    c.text(&Locator::Meta, "title", meta.title);
    c.text(&Locator::Meta, "version", meta.version);
    c.care(&Locator::Meta, "default_care", meta.default_care);
    let known: Vec<&str> = c.content.sections.iter().map(|s| s.id).collect();
    for id in meta.essentials {
        if !known.contains(id) {
            c.report(
                &Locator::Meta,
                Some("essentials"),
                format!("section \"{id}\" does not exist; {}", suggest(id, &known)),
            );
        }
    }
}
