//! The page a physio's link opens: the programme it holds, checked against
//! the guide's exercises, with what keeping it will do (replace the one
//! kept, if any), "Keep this programme" and "Not now"; a link that does not
//! pass its checks says why, and nothing is saved.

use guide_core::exercise::programme::{decode, ProgrammeError as E};
use guide_core::route::ProgrammeAt;
use guide_core::session::Action;
use guide_core::texts::ExerciseTextKey as T;
use yew::prelude::*;

use crate::browser::programme as kept;
use crate::components::exercises::link;
use crate::components::programme::list;
use crate::components::text::page_text;
use crate::content::library;
use crate::props::PageProps;

#[derive(Clone, PartialEq, Properties)]
pub struct OfferProps {
    /// The link's text after `#/programme/`, unchecked.
    pub text: String,
    pub page: PageProps,
}

/// The message for a link refused with `error`.
fn refused(error: E) -> T {
    match error {
        E::NewerVersion => T::LinkNewer,
        E::UnknownExercise => T::LinkUnknown,
        E::OutOfRange | E::WrongKind => T::LinkDose,
        E::Empty | E::Damaged | E::Duplicate | E::TooMany => T::LinkDamaged,
    }
}

#[function_component]
pub fn Offer(props: &OfferProps) -> Html {
    let not_kept = use_state(bool::default);
    let page = &props.page;
    let text = |key| page_text(&page.config, key);
    let programme = match decode(library(), &props.text) {
        Ok(programme) => programme,
        Err(error) => {
            return html! {
                <div class="pg-offer">
                    <h1 tabindex="-1">{ text(T::OfferTitle) }</h1>
                    <p class="notice pg-problem" role="alert">{ text(refused(error)) }</p>
                    <p>{ link(page, None, html! { { text(T::LibraryLink) } }) }</p>
                </div>
            };
        }
    };
    let before = kept::text();
    let same = before.as_deref() == Some(props.text.as_str());
    let onkeep = {
        let (dispatch, link_text, not_kept) =
            (page.dispatch.clone(), props.text.clone(), not_kept.clone());
        Callback::from(move |_: MouseEvent| {
            if kept::save(&link_text) {
                dispatch.emit(Action::OpenProgramme(ProgrammeAt::Kept));
            } else {
                not_kept.set(true);
            }
        })
    };
    let onlater = {
        let dispatch = page.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Back))
    };
    let onsee = {
        let dispatch = page.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::OpenProgramme(ProgrammeAt::Kept)))
    };
    html! {
        <div class="pg-offer">
            <h1 tabindex="-1">{ text(T::OfferTitle) }</h1>
            <p>{ text(T::OfferIntro) }</p>
            if *not_kept {
                <p class="notice pg-problem" role="alert">{ text(T::NotKept) }</p>
            }
            if same {
                <p class="notice" role="status">{ text(T::OfferSame) }</p>
            } else if before.is_some() {
                <p class="notice pg-replaces" role="status">{ text(T::OfferReplaces) }</p>
            }
            { list(page, &programme) }
            <div class="button-group">
                if same {
                    <button type="button" class="button" onclick={onsee}>{ text(T::KeptTitle) }</button>
                } else {
                    <button type="button" class="button" onclick={onkeep}>{ text(T::Keep) }</button>
                }
                <button type="button" class="button button--secondary" onclick={onlater}>{ text(T::NotNow) }</button>
            </div>
        </div>
    }
}
