//! The clinician view's provenance: source keys beside each statement, with
//! the full citation on hover and in the reference list.

use yew::prelude::*;

use crate::content::content;

/// "[seed; goom2016]" after a statement, or nothing outside the clinician
/// view. The first build never shows it (see `crate::variant`).
pub fn cite(on: bool, keys: &[&str]) -> Html {
    if !on || !crate::variant::HAS_SOURCES {
        return html! {};
    }
    let items = keys.iter().enumerate().map(|(i, key)| {
        let citation = content().source(key).map_or("", |s| s.citation);
        html! { <>{ if i > 0 { "; " } else { "" } }<abbr title={citation}>{ *key }</abbr></> }
    });
    html! { <span class="source">{ " [" }{ for items }{ "]" }</span> }
}

/// Every source in the content, for the clinician view.
pub fn reference_list(on: bool) -> Html {
    if !on {
        return html! {};
    }
    html! {
        <section class="references" aria-labelledby="hg-references">
            <h2 id="hg-references">{ "Sources" }</h2>
            <dl>
                { for content().sources.iter().map(|s| html! {
                    <><dt>{ s.key }</dt><dd>{ s.citation }</dd></>
                }) }
            </dl>
        </section>
    }
}
