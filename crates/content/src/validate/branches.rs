//! The question graph: every question reached from the first, and no path
//! going round in a circle.

use std::collections::{BTreeMap, BTreeSet};

use guide_core::model::Next;

use super::checker::Checker;
use crate::errors::Locator;

/// Every question is reached from the first, and no path goes round in a
/// circle (with every `next` known, every path then ends at "end").
pub(super) fn graph(c: &mut Checker) {
    let content = c.content;
    // The ways on from each question: its own `next`, then each option's.
    let edges: BTreeMap<&str, Vec<(Next, Option<&str>)>> = content
        .questions
        .iter()
        .map(|q| {
            let mut next = vec![(q.next, None)];
            next.extend(
                q.options
                    .iter()
                    .filter_map(|o| o.next.map(|n| (n, Some(o.id)))),
            );
            (q.id, next)
        })
        .collect();
    let Some(first) = content.questions.first() else {
        return;
    };
    // Depth first; a way on to a question on the current stack closes a cycle.
    let mut reached = BTreeSet::from([first.id]);
    let mut stack: Vec<(&str, usize)> = vec![(first.id, 0)];
    while let Some(&(id, i)) = stack.last() {
        let Some(&(next, option)) = edges.get(id).and_then(|e| e.get(i)) else {
            stack.pop();
            continue;
        };
        stack.last_mut().expect("not empty").1 += 1;
        let Next::Question(to) = next else {
            continue;
        };
        if let Some(at) = stack.iter().position(|(q, _)| *q == to) {
            let mut cycle: Vec<&str> = stack[at..].iter().map(|(q, _)| *q).collect();
            cycle.push(to);
            let locator = match option {
                None => Locator::Question(id.into()),
                Some(option) => Locator::AnswerOption(id.into(), option.into()),
            };
            c.report(
                &locator,
                Some("next"),
                format!(
                    "next \"{to}\" goes back to an earlier question, so this path never ends: {}; point it at a later question or \"end\"",
                    cycle.join(" → ")
                ),
            );
        } else if edges.contains_key(to) && reached.insert(to) {
            stack.push((to, 0));
        }
    }
    // A `next` that names no question cuts every path through it; the
    // questions beyond are reported once it is fixed, not as a cascade now.
    let every_next_known = edges.values().flatten().all(|(next, _)| {
        matches!(next, Next::End) || matches!(next, Next::Question(q) if edges.contains_key(q))
    });
    for question in content.questions.iter().filter(|_| every_next_known) {
        if !reached.contains(question.id) {
            c.report(
                &Locator::Question(question.id.into()),
                None,
                format!(
                    "cannot be reached from the first question (\"{}\"); point a `next` at it or remove it",
                    first.id
                ),
            );
        }
    }
}
