//! Content text with the clinic's details filled in.

use guide_core::clinic::Config;

use crate::content::content;

/// The page text `key` from the content file, placeholders filled.
pub fn page_text(config: &Config, key: &str) -> String {
    config.clinic.fill(content().text(key))
}

/// A `tel:` address for a phone number as written for people.
pub fn tel(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// Text that may hold several paragraphs (separated by blank lines) as `<p>`s.
pub fn paragraphs(text: &str) -> yew::Html {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| yew::html! { <p>{ p.to_owned() }</p> })
        .collect()
}

/// The class of a form group, marked when it holds an error.
pub fn form_group(error: bool) -> &'static str {
    if error {
        "form-group form-group--error"
    } else {
        "form-group"
    }
}
