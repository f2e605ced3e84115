//! Placeholders in content text that the clinic's configuration fills in:
//! `{clinic}`, `{phone}`, `{booking_url}` and `{emergency}`.

/// The clinic's details as the guide shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clinic {
    pub name: String,
    pub booking_url: String,
    pub phone: String,
    pub emergency_number: String,
}

/// The placeholders content text may use.
pub const PLACEHOLDERS: [&str; 4] = ["clinic", "phone", "booking_url", "emergency"];

impl Clinic {
    fn value(&self, key: &str) -> Option<&str> {
        match key {
            "clinic" => Some(&self.name),
            "phone" => Some(&self.phone),
            "booking_url" => Some(&self.booking_url),
            "emergency" => Some(&self.emergency_number),
            _ => None,
        }
    }

    /// `text` with every known `{placeholder}` replaced; unknown braces stay.
    pub fn fill(&self, text: &str) -> String {
        substitute(text, |name, out| {
            self.value(name).map(|value| out.push_str(value)).is_some()
        })
    }
}

/// `text` with each `{name}` in `values` replaced by its number; other
/// braces stay as they are.
pub fn fill_values(text: &str, values: &[(&str, u32)]) -> String {
    substitute(text, |name, out| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| out.push_str(&value.to_string()))
            .is_some()
    })
}

/// `text` with each `{name}` in `values` replaced by its words; other
/// braces stay as they are.
pub fn fill_words(text: &str, values: &[(&str, &str)]) -> String {
    substitute(text, |name, out| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| out.push_str(value))
            .is_some()
    })
}

/// `text` with each `{name}` that `put` knows written out by `put` (which
/// says whether it knew the name); other braces stay as they are.
fn substitute(text: &str, mut put: impl FnMut(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) if put(name, &mut out) => rest = tail,
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{names}` used in `text`, known or not.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clinic() -> Clinic {
        Clinic {
            name: "Test Physio".into(),
            booking_url: "https://example.test/book".into(),
            phone: "03 5555 0000".into(),
            emergency_number: "000".into(),
        }
    }

    #[test]
    fn fills_known_placeholders_and_keeps_others() {
        let text = "Call {emergency} or {phone} at {clinic}; {unknown} stays, { too";
        assert_eq!(
            clinic().fill(text),
            "Call 000 or 03 5555 0000 at Test Physio; {unknown} stays, { too"
        );
    }

    #[test]
    fn fills_numbers_and_keeps_other_braces() {
        assert_eq!(
            fill_values(
                "up to {limit} of 10, {clinic}, {days}{",
                &[("limit", 3), ("days", 7)]
            ),
            "up to 3 of 10, {clinic}, 7{"
        );
    }

    #[test]
    fn lists_placeholders() {
        let names: Vec<_> = placeholders("a {clinic} b {x} {phone").collect();
        assert_eq!(names, ["clinic", "x"]);
    }
}
