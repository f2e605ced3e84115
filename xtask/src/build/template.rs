//! Fills the release build's own templates (`xtask/page/`): each `{{name}}`
//! must be given, and each value given must be used, so a renamed slot
//! fails the build instead of shipping a page with a hole in it.

/// `template` with every `{{name}}` replaced by its value.
pub fn fill(file: &str, template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    let mut used = vec![false; values.len()];
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("}}")
            .unwrap_or_else(|| panic!("{file}: a {{{{ slot is not closed"));
        let name = &rest[start + 2..start + end];
        let index = values
            .iter()
            .position(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("{file}: no value for {{{{{name}}}}}"));
        used[index] = true;
        out.push_str(values[index].1);
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    if let Some(unused) = used.iter().position(|u| !u) {
        panic!("{file} has no {{{{{}}}}} slot", values[unused].0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_every_slot() {
        assert_eq!(
            fill("t", "a {{x}} b {{y}}{{x}}", &[("x", "1"), ("y", "2")]),
            "a 1 b 21"
        );
    }

    #[test]
    #[should_panic(expected = "no value for {{y}}")]
    fn a_slot_without_a_value_fails() {
        fill("t", "{{y}}", &[]);
    }

    #[test]
    #[should_panic(expected = "has no {{z}} slot")]
    fn a_value_without_a_slot_fails() {
        fill("t", "{{x}}", &[("x", ""), ("z", "")]);
    }
}
