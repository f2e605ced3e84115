//! The first build's stand-in for the results page's plan (`pages::plan`
//! in the full build; see `crate::variant`): the care card at once, while
//! the full build loads and takes over in place.

use guide_core::engine::Outcome;
use guide_core::texts::TextKey;
use yew::prelude::*;

use crate::components::care_card::CareCard;
use crate::components::text::page_text;
use crate::props::PageProps;

/// The care card now, while the full build with the plan loads and takes
/// over (`browser::upgrade`); "Try again" if it could not be loaded.
pub fn plan(props: &PageProps, outcome: &Outcome) -> Html {
    let clinic = &props.config.clinic;
    let (status, retry) = match props.retry_plan.clone() {
        None => (page_text(&props.config, TextKey::PlanLoading), None),
        Some(retry) => (
            page_text(&props.config, TextKey::PlanFailed),
            Some(html! {
                <button type="button" class="button" onclick={Callback::from(move |_: MouseEvent| retry.emit(()))}>
                    { "Try again" }
                </button>
            }),
        ),
    };
    html! {
        <div class="result">
            { CareCard { style: outcome.care.style, title: clinic.fill(outcome.care.title), main: true, call: None }.render(html! {
                <p>{ clinic.fill(outcome.care.action) }</p>
            }) }
            <p class="plan-status" role="status">{ status }</p>
            { retry }
        </div>
    }
}

/// The physio summary is the full build's.
pub fn share_panel(_: &PageProps) -> Html {
    Html::default()
}
