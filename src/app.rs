//! The root component: wiring only. It owns the session (through the core's
//! reducer), lets the hooks keep the address, the device's storage, focus
//! and title in step with it, and renders the route inside the layout.

use guide_core::route::Route;
use guide_core::session::{Action, Page, Session};
use yew::prelude::*;

use crate::browser::{self, route};
use crate::components::layout::Layout;
use crate::content::{built_in_config, content};
use crate::hooks::address::use_address;
use crate::hooks::announcer::use_page_announcer;
use crate::hooks::saving::{use_other_tabs, use_saved_answers, use_saving};
use crate::pages::{
    diary::diary_page, exercises::exercises_page, question::QuestionPage, result::result_page,
    start::start_page,
};
use crate::props::PageProps;
use crate::state::State;
use crate::variant;

#[function_component]
pub fn App() -> Html {
    let found = use_saved_answers();
    // Read at each render: the host's data-* attributes, checked (cheap,
    // and one hook less in the wasm than keeping it).
    let config = std::rc::Rc::new(browser::config::effective(built_in_config()));
    let state = use_reducer(|| {
        let session = match &found.restored {
            Some(restored) => Session::new(restored.answers.clone()),
            None => Session::default(),
        };
        let arrive = match route::current() {
            Some(Route::Diary) if variant::HAS_DIARY => Action::OpenDiary,
            Some(Route::Guide(page)) => Action::Visit(page),
            Some(route) if variant::HAS_EXERCISES => Action::to(route),
            _ => Action::Visit(Page::Start),
        };
        State {
            session: session.reduce(content(), arrive),
        }
    });
    let session = &state.session;
    let dispatch = Callback::from({
        let state = state.clone();
        move |action| state.dispatch(action)
    });
    use_address(session, &dispatch);
    let status = use_saving(session, &found);
    use_other_tabs(&dispatch);
    use_page_announcer(session);
    let retry_plan = variant::use_full_build(session);

    let props = PageProps {
        session: session.clone(),
        config: config.clone(),
        dispatch: dispatch.clone(),
        clinician: variant::clinician_view(),
        retry_plan,
    };
    let page = match session.route() {
        Route::Diary => diary_page(&props),
        Route::Guide(Page::Start) => start_page(&props),
        Route::Guide(Page::Question(id)) => html! { <QuestionPage key={id} ..props /> },
        Route::Guide(Page::Result) => result_page(&props),
        // The exercise library and a physio's programme (the full build's
        // only routes beside these).
        #[allow(unreachable_patterns)]
        route => exercises_page(&props, route),
    };
    html! {
        <Layout config={config} {status} {dispatch} standalone={browser::standalone()}>{ page }</Layout>
    }
}
