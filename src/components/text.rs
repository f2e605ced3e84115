//! Content text with the clinic's details filled in.

use guide_core::clinic::Config;
use guide_core::texts::Key;

use crate::content::content;

/// The page text `key` from the content file, placeholders filled.
pub fn page_text(config: &Config, key: impl Key) -> String {
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
/// (Line by line: splitting at `"\n\n"` would bring the substring search
/// into the wasm for this alone.)
pub fn paragraphs(text: &str) -> yew::Html {
    let mut paragraphs = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim).chain([""]) {
        if !line.is_empty() {
            lines.push(line);
        } else if !lines.is_empty() {
            paragraphs.push(yew::html! { <p>{ lines.join("\n") }</p> });
            lines.clear();
        }
    }
    paragraphs.into_iter().collect()
}

/// `fields` in a form group, marked when it holds an error.
///
/// Two elements with literal classes rather than one computed `class`:
/// `html!` sends any computed class through Yew's `Classes` set, and that
/// machinery alone is about 1.7 KB of the wasm (gzip). Yew reconciles the
/// two as the same `<div>`, so the fields inside keep their state and focus.
pub fn form_group(error: bool, fields: yew::Html) -> yew::Html {
    if error {
        yew::html! { <div class="form-group form-group--error">{ fields }</div> }
    } else {
        yew::html! { <div class="form-group">{ fields }</div> }
    }
}
