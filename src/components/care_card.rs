//! A care card: what to do, by when and why, coloured by urgency as the
//! NHS.UK care cards are (emergency red, urgent amber, non-urgent blue),
//! with the number to call (and on book-level red-flag cards, Book) as
//! full-width buttons.

use guide_core::model::CardStyle;
use yew::prelude::*;

use super::text::tel;

/// What a care card shows.
pub struct CareCard<'a> {
    pub style: CardStyle,
    /// The card's heading; the page's `<h1>` when `main` is set.
    pub title: String,
    pub main: bool,
    /// A number to call, shown as a full-width `tel:` button.
    pub call: Option<&'a str>,
}

/// A full-width button of a card: the number to call, or Book on a
/// book-level red-flag card (one `html!` for both keeps the first build
/// small).
pub fn button(href: String, label: String) -> Html {
    html! { <a class="care-card__call" {href}>{ label }</a> }
}

impl CareCard<'_> {
    /// The card around `body`.
    pub fn render(&self, body: Html) -> Html {
        let call = self
            .call
            .filter(|n| !n.is_empty())
            .map(|number| button(tel(number), format!("Call {number}")));
        let card = html! {
            <>
                <div class="care-card__top">
                    if self.main {
                        <h1 class="care-card__heading" tabindex="-1">{ &self.title }</h1>
                    } else {
                        <h2 class="care-card__heading">{ &self.title }</h2>
                    }
                </div>
                <div class="care-card__body">{ body }{ call }</div>
            </>
        };
        // One literal class per style (see `text::form_group` for why).
        match self.style {
            CardStyle::SelfCare => {
                html! { <div class="care-card care-card--self-care">{ card }</div> }
            }
            CardStyle::NonUrgent => {
                html! { <div class="care-card care-card--non-urgent">{ card }</div> }
            }
            CardStyle::Urgent => html! { <div class="care-card care-card--urgent">{ card }</div> },
            CardStyle::Emergency => {
                html! { <div class="care-card care-card--emergency">{ card }</div> }
            }
        }
    }
}
