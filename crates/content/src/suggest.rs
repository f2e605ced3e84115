//! "Did you mean …?": the closest known id to a misspelt one.

/// What to write instead of the unknown `id`: the closest known id when one
/// is a likely typo (at most 2 edits, and fewer than half its characters),
/// otherwise the whole list.
pub fn suggest(id: &str, known: &[&str]) -> String {
    let near = known
        .iter()
        .map(|k| (strsim::levenshtein(id, k), *k))
        .filter(|(d, _)| *d <= 2 && *d * 2 < id.chars().count().max(2))
        .min();
    match near {
        Some((_, k)) => format!("did you mean \"{k}\"?"),
        None if known.is_empty() => "there are none yet".to_owned(),
        None => format!("known: {}", known.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_a_close_id_or_lists_them_all() {
        let known = ["driving", "sitting", "running"];
        assert_eq!(suggest("drivng", &known), "did you mean \"driving\"?");
        assert_eq!(suggest("siting", &known), "did you mean \"sitting\"?");
        assert_eq!(
            suggest("swimming", &known),
            "known: driving, sitting, running"
        );
        assert_eq!(
            suggest("ab", &["xy"]),
            "known: xy",
            "short ids need a closer match"
        );
        assert_eq!(suggest("x", &[]), "there are none yet");
        assert_eq!(suggest("étre", &["être"]), "did you mean \"être\"?");
    }
}
