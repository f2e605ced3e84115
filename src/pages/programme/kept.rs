//! The programme kept on this device (`#/programme`): the exercises with
//! their drawings and doses, Print (one A4 page, the programme alone) and
//! Remove; it says so when the guide's exercises changed since the physio
//! set it, and takes what another tab kept or removed.

use guide_core::exercise::programme::Programme;
use guide_core::texts::ExerciseTextKey as T;
use yew::prelude::*;

use crate::browser::programme::{self as kept, Kept as Found, Loaded};
use crate::browser::{share, store};
use crate::components::exercises::link;
use crate::components::programme::list;
use crate::components::text::page_text;
use crate::content::library;
use crate::hooks::use_listener;
use crate::props::PageProps;

#[function_component]
pub fn Kept(props: &PageProps) -> Html {
    let removed = use_state(bool::default);
    let update = use_force_update();
    use_listener(move || store::on_change(move || update.force_update()));
    let text = |key| page_text(&props.config, key);
    let loaded = kept::load(library());
    let onprint = Callback::from(|_: MouseEvent| share::print("programme"));
    let onremove = {
        let removed = removed.clone();
        Callback::from(move |_: MouseEvent| removed.set(kept::erase()))
    };
    let remove = html! {
        <div class="button-group pg-actions">
            <button type="button" class="button button--secondary" onclick={onremove.clone()}>{ text(T::Remove) }</button>
        </div>
    };
    let body = match loaded {
        Loaded::Found(Found {
            checked: Ok(programme),
            ..
        }) => shown(props, &programme, onprint, onremove),
        Loaded::Found(Found {
            checked: Err(_), ..
        }) => html! {
            <>
                <p class="notice pg-problem" role="alert">{ text(T::Stale) }</p>
                { remove }
            </>
        },
        Loaded::SetAside(_) => {
            html! { <p class="notice pg-problem" role="alert">{ text(T::SetAside) }</p> }
        }
        Loaded::Unavailable => {
            html! { <p class="notice pg-problem" role="alert">{ text(T::NotKept) }</p> }
        }
        Loaded::Nothing if *removed => {
            html! { <p class="notice" role="status">{ text(T::Removed) }</p> }
        }
        Loaded::Nothing => html! { <p>{ text(T::NoneKept) }</p> },
    };
    html! {
        <div class="pg-kept">
            <h1 tabindex="-1">{ text(T::KeptTitle) }</h1>
            { body }
            <p class="pg-more">{ link(props, None, html! { { text(T::LibraryLink) } }) }</p>
        </div>
    }
}

/// The programme, Print and Remove.
fn shown(
    props: &PageProps,
    programme: &Programme,
    onprint: Callback<MouseEvent>,
    onremove: Callback<MouseEvent>,
) -> Html {
    let text = |key| page_text(&props.config, key);
    html! {
        <>
            <p>{ text(T::KeptIntro) }</p>
            <p class="tag tag--starter pg-saved">{ text(T::Kept) }</p>
            { list(props, programme) }
            <div class="button-group pg-actions">
                <button type="button" class="button" onclick={onprint}>{ text(T::Print) }</button>
                <button type="button" class="button button--secondary" onclick={onremove}>{ text(T::Remove) }</button>
            </div>
        </>
    }
}
