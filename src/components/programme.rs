//! A physio's programme as the patient sees it, on the link's page, the
//! kept programme's page and its print: each exercise with its drawing, a
//! link to its page, the dose the physio chose in words and the pain rule;
//! and the link to the kept programme (the full build only).

use guide_core::exercise::programme::Programme;
use guide_core::exercise::words;
use guide_core::route::{ProgrammeAt, Route};
use guide_core::texts::ExerciseTextKey as T;
use yew::prelude::*;

use crate::browser::programme as kept;
use crate::components::exercises::{link, route_link};
use crate::components::text::page_text;
use crate::content::content;
use crate::props::PageProps;

/// Every exercise of `programme`, in its order.
pub fn list(props: &PageProps, programme: &Programme) -> Html {
    html! {
        <ol class="pg-list">
            { for programme.items.iter().map(|p| {
                let e = p.exercise;
                let dose = words::dose(content(), &p.dose());
                html! {
                    <li class="pg-item">
                        <figure class="ex-drawing pg-drawing">
                            { Html::from_html_unchecked(AttrValue::Static(e.drawing)) }
                        </figure>
                        <div>
                            <h2 class="pg-name">{ link(props, Some(e.id), html! { { e.name } }) }</h2>
                            <ul class="list ex-dose">
                                <li>{ dose.amount }</li>
                                <li>{ dose.rest }</li>
                                <li>{ dose.per_week }</li>
                            </ul>
                            <p class="pg-rule">{ e.not_feel }</p>
                        </div>
                    </li>
                }
            }) }
        </ol>
    }
}

/// A link to a programme page.
pub fn to(props: &PageProps, at: ProgrammeAt, label: String) -> Html {
    route_link(props, Route::Programme(at), html! { { label } })
}

/// "Your physio's programme", when one is kept on this device.
pub fn kept_link(props: &PageProps) -> Html {
    if !kept::exists() {
        return Html::default();
    }
    html! {
        <p class="pg-kept-link">{ to(props, ProgrammeAt::Kept, page_text(&props.config, T::ProgrammeLink)) }</p>
    }
}
