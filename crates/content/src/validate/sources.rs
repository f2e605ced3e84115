//! Every source written out and cited by some statement.

use std::collections::BTreeSet;

use super::checker::Checker;
use crate::errors::Locator;

/// Every source is cited by some statement.
pub(super) fn sources_used(c: &mut Checker) {
    let content = c.content;
    let used: BTreeSet<&str> = content
        .care_levels
        .iter()
        .flat_map(|l| l.sources)
        .chain(content.red_flags.iter().flat_map(|r| r.sources))
        .chain(content.rules.iter().flat_map(|r| r.sources))
        .chain(
            content
                .sections
                .iter()
                .flat_map(|s| s.items)
                .flat_map(|i| i.sources),
        )
        .chain(content.diary.iter().flat_map(crate::diary::sources))
        .chain(c.library.exercises.iter().flat_map(|e| e.sources))
        .chain(c.library.starters.iter().flat_map(|s| s.sources))
        .copied()
        .collect();
    for source in content.sources {
        let at = Locator::Source(source.key.into());
        c.text(&at, "citation", source.citation);
        if !used.contains(source.key) {
            c.report(
                &at,
                None,
                "is never cited; cite it in some `sources` or remove it",
            );
        }
    }
}
