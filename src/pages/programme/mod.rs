//! A physio's programme (the full build only): the physio's builder
//! ([`build`], the clinician view), the page a patient's link opens
//! ([`offer`]) and the programme kept on the device ([`kept`]).

pub mod build;
pub mod kept;
pub mod offer;

use guide_core::route::{ProgrammeAt, Route};
use guide_core::session::Action;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::props::PageProps;

/// The programme page `route` names.
pub fn programme_page(props: &PageProps, route: Route) -> Html {
    let Route::Programme(at) = route else {
        return Html::default();
    };
    let onback = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |()| dispatch.emit(Action::Back))
    };
    let page = match at {
        ProgrammeAt::Build => html! { <build::Builder ..props.clone() /> },
        ProgrammeAt::Kept => html! { <kept::Kept ..props.clone() /> },
        ProgrammeAt::Link(text) => {
            html! { <offer::Offer key={text.as_str()} text={text.clone()} page={props.clone()} /> }
        }
    };
    html! {
        <>
            { back_link(onback, "Back") }
            { page }
        </>
    }
}
