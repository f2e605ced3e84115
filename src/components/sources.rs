//! The clinician view's provenance: source keys beside each statement, each
//! a link to its full citation in the list of sources on the same page.

use guide_core::model::Source;
use guide_core::texts::FullTextKey;
use yew::prelude::*;

use crate::browser::focus;
use crate::content::content;

/// The id of a source's entry in the list.
fn entry_id(key: &str) -> String {
    format!("hg-source-{key}")
}

/// "[seed; goom2016]" after a statement, each key a link to its citation
/// in the list of sources, or nothing outside the clinician view. The first
/// build never shows it (see `crate::variant`).
pub fn cite(on: bool, keys: &[&str]) -> Html {
    if !on || !crate::variant::HAS_SOURCES {
        return html! {};
    }
    let items = keys.iter().enumerate().map(|(i, key)| {
        let target = entry_id(key);
        // In the page, not by the address: `#…` is the guide's route, and
        // the list is inside the guide's shadow root.
        let onclick = {
            let target = target.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                focus::reveal(&target);
            })
        };
        html! {
            <>
                { if i > 0 { "; " } else { "" } }
                <a class="source__link" href={format!("#{target}")} {onclick}>{ *key }</a>
            </>
        }
    });
    html! { <span class="source">{ " [" }{ for items }{ "]" }</span> }
}

/// Every source in the content, for the clinician view.
pub fn reference_list(on: bool) -> Html {
    list(on, content().sources.iter())
}

/// `page` followed by the list of the sources of `keys` (in the content's
/// order), for a page that cites only those; `page` as it is outside the
/// clinician view (so the first build renders exactly the page).
pub fn with_cited(page: Html, on: bool, keys: &[&str]) -> Html {
    if !on || !crate::variant::HAS_SOURCES {
        return page;
    }
    let cited = content().sources.iter().filter(|s| keys.contains(&s.key));
    html! { <>{ page }{ list(on, cited) }</> }
}

fn list<'a>(on: bool, sources: impl Iterator<Item = &'a Source>) -> Html {
    if !on || !crate::variant::HAS_SOURCES {
        return html! {};
    }
    html! {
        <section class="references" aria-labelledby="hg-references">
            <h2 id="hg-references">{ content().text(FullTextKey::ClinicianSources) }</h2>
            <dl>
                { for sources.map(|s| html! {
                    <><dt id={entry_id(s.key)} tabindex="-1">{ s.key }</dt><dd>{ s.citation }</dd></>
                }) }
            </dl>
        </section>
    }
}
