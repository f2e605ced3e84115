//! The root component: owns the session (through the core's reducer), keeps
//! it in step with the address bar and the device's storage, and renders the
//! page for it inside the shared layout. The pain diary (`#/diary`) is a page
//! of its own beside the questions; the session stays as it was.

use std::rc::Rc;

use guide_core::clinic::Config;
use guide_core::saved::{restore, Saved};
use guide_core::session::{Action, Page, Session};
use yew::prelude::*;

use crate::browser::route::Place;
use crate::browser::{self, focus, route, storage};
use crate::components::layout::Layout;
use crate::content::{built_in_config, content};
#[cfg(feature = "diary")]
use crate::pages::diary::DiaryPage;
use crate::pages::{
    check::check_page, question::QuestionPage, result::result_page, start::start_page,
};
use crate::props::{PageProps, SaveStatus};
use crate::state::State;

#[function_component]
pub fn App() -> Html {
    // What was saved, and those answers as this build's content can use them.
    let loaded = use_memo((), |_| {
        let loaded = storage::load();
        let restored = match &loaded {
            storage::Loaded::Found(saved) => Some(restore(saved, content())),
            _ => None,
        };
        (loaded, restored)
    });
    let config = use_memo((), |_| browser::config::effective(built_in_config()));
    let state = use_reducer(|| {
        let session = match &loaded.1 {
            Some(restored) => Session::new(restored.answers.clone()),
            None => Session::default(),
        };
        let page = route::current().unwrap_or(Page::Start);
        State {
            session: session.reduce(content(), Action::Visit(page)),
        }
    });
    let status = use_state(|| match &*loaded {
        (storage::Loaded::SetAside(_), _) => SaveStatus::SetAside,
        (storage::Loaded::Unavailable, _) => SaveStatus::Unavailable,
        (_, Some(r)) if !r.asked_again.is_empty() => SaveStatus::Updated,
        _ => SaveStatus::Saving,
    });
    let diary_open = use_state(|| cfg!(feature = "diary") && route::diary_open());
    // Bumped when "Erase my answers" restarts, so an open diary reloads (empty).
    let restarts = use_state(|| 0u32);
    let dispatch = {
        let (state, restarts) = (state.clone(), restarts.clone());
        Callback::from(move |action: Action| {
            if action == Action::Restart {
                restarts.set(*restarts + 1);
            }
            state.dispatch(action)
        })
    };

    // Browser Back and Forward move between pages, and to and from the diary.
    {
        let (dispatch, diary_open) = (dispatch.clone(), diary_open.clone());
        use_effect_with((), move |_| {
            let listener = route::listen(move |place| match place {
                Place::Diary => open_diary(&diary_open),
                Place::Guide(page) => {
                    diary_open.set(false);
                    dispatch.emit(Action::Visit(page));
                }
            });
            // The address may have turned to the diary after the loader
            // chose the first build and before the listener above was
            // there: then nothing else would ever open it.
            if leaving_for_diary() {
                route::reload();
            }
            browser::mark_ready();
            move || drop(listener)
        });
    }

    // The first build leaves the plan out: on the results page it asks for
    // the full build, which takes over in place (`browser::upgrade`).
    let plan_failed = use_state(|| false);
    let load_plan = {
        let plan_failed = plan_failed.clone();
        Callback::from(move |()| {
            plan_failed.set(false);
            let plan_failed = plan_failed.clone();
            browser::upgrade::start(move || plan_failed.set(true));
        })
    };

    // After each page change: address bar, storage, focus and title.
    {
        let status = status.clone();
        let load_plan = load_plan.clone();
        let first = use_mut_ref(|| true);
        let loaded = loaded.clone();
        use_effect_with(
            (state.session.clone(), *diary_open),
            move |(session, diary)| {
                if !*diary && !leaving_for_diary() {
                    route::push(&session.page);
                }
                // Answers to questions this content no longer has keep the
                // fingerprint they were saved with.
                let none = Saved::empty();
                let earlier = match &loaded.0 {
                    storage::Loaded::Found(saved) => saved,
                    _ => &none,
                };
                let saved = Saved::of(&session.answers, &session.page, content(), earlier);
                if *status != SaveStatus::Unavailable && !storage::save(&saved) {
                    status.set(SaveStatus::Unavailable);
                }
                if std::mem::replace(&mut *first.borrow_mut(), false) {
                    focus::name_page(content().meta.title, false);
                } else {
                    focus::announce_page(content().meta.title, false);
                }
                if !cfg!(feature = "plan") && !*diary && session.page == Page::Result {
                    load_plan.emit(());
                }
            },
        );
    }

    let standalone = use_memo((), |_| browser::standalone());
    let props = PageProps {
        session: state.session.clone(),
        config: config.clone(),
        dispatch: dispatch.clone(),
        clinician: *use_memo((), |_| browser::clinician_view()),
        retry_plan: (*plan_failed).then_some(load_plan),
    };
    let on_close = {
        let diary_open = diary_open.clone();
        Callback::from(move |()| diary_open.set(false))
    };
    let page = match &state.session.page {
        _ if *diary_open => diary_page(*restarts, config.clone(), props.clinician, on_close),
        Page::Start => start_page(&props),
        Page::Question(id) => html! { <QuestionPage key={id.clone()} ..props /> },
        Page::Check => check_page(&props),
        Page::Result => result_page(&props),
    };
    html! {
        <Layout config={config} status={*status} {dispatch} standalone={*standalone}>{ page }</Layout>
    }
}

/// Opens the diary: in place in the build that has it. The guide's own
/// build leaves the diary out (a lighter first load), so it reloads, and
/// the page's loader starts the build with the diary for `#/diary`.
fn open_diary(open: &UseStateHandle<bool>) {
    if cfg!(feature = "diary") {
        open.set(true);
    } else {
        route::reload();
    }
}

/// Whether this build has no diary and the address asks for it, so the
/// page reloads (and must not write the guide's address over the diary's).
fn leaving_for_diary() -> bool {
    !cfg!(feature = "diary") && route::diary_open()
}

#[cfg(feature = "diary")]
fn diary_page(restarts: u32, config: Rc<Config>, clinician: bool, on_close: Callback<()>) -> Html {
    html! { <DiaryPage key={restarts.to_string()} {config} {clinician} {on_close} /> }
}

#[cfg(not(feature = "diary"))]
fn diary_page(_: u32, _: Rc<Config>, _: bool, _: Callback<()>) -> Html {
    Html::default()
}
