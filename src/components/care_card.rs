//! A care card: what to do, by when and why, coloured by urgency as the
//! NHS.UK care cards are (emergency red, urgent amber, non-urgent blue).

use guide_core::model::CardStyle;
use yew::prelude::*;

use super::text::tel;

#[derive(Properties, PartialEq)]
pub struct CareCardProps {
    pub style: CardStyle,
    /// The card's heading; the page's `<h1>` when `main` is set.
    pub title: String,
    #[prop_or_default]
    pub main: bool,
    pub children: Html,
    /// A number to call, shown as a large `tel:` link.
    #[prop_or_default]
    pub call: Option<String>,
}

pub fn style_class(style: CardStyle) -> &'static str {
    match style {
        CardStyle::SelfCare => "care-card--self-care",
        CardStyle::NonUrgent => "care-card--non-urgent",
        CardStyle::Urgent => "care-card--urgent",
        CardStyle::Emergency => "care-card--emergency",
    }
}

#[function_component]
pub fn CareCard(props: &CareCardProps) -> Html {
    let heading = if props.main {
        html! { <h1 class="care-card__heading" tabindex="-1">{ &props.title }</h1> }
    } else {
        html! { <h2 class="care-card__heading">{ &props.title }</h2> }
    };
    let call = props.call.as_ref().filter(|n| !n.is_empty()).map(|number| {
        html! { <p><a class="care-card__call" href={tel(number)}>{ format!("☎ {number}") }</a></p> }
    });
    html! {
        <div class={classes!("care-card", style_class(props.style))}>
            <div class="care-card__top">{ heading }</div>
            <div class="care-card__body">{ props.children.clone() }{ call }</div>
        </div>
    }
}
