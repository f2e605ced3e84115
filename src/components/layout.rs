//! The frame around every page: the clinic's header, the emergency route
//! (one tap away on every page), notices about saving, and the footer that
//! says what the guide is not and lets the patient erase their answers
//! (after saying what goes and what stays: a `<details>`, so the browser
//! opens and closes it, keyboard and screen readers included).

use std::rc::Rc;

use guide_core::clinic::Config;
use guide_core::session::Action;
use yew::prelude::*;

use super::text::{page_text, tel};
use crate::browser::answers;
use crate::content::content;
use crate::props::SaveStatus;
use guide_core::texts::TextKey;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub config: Rc<Config>,
    pub status: SaveStatus,
    pub dispatch: Callback<Action>,
    /// The guide is the whole page (it then owns the `<main>` landmark).
    pub standalone: bool,
    pub children: Html,
}

#[function_component]
pub fn Layout(props: &LayoutProps) -> Html {
    let config = &props.config;
    let erased = use_state(bool::default);
    let onerase = {
        let (dispatch, erased) = (props.dispatch.clone(), erased.clone());
        Callback::from(move |_: MouseEvent| {
            erased.set(answers::erase());
            dispatch.emit(Action::Restart);
        })
    };
    let notice = match (props.status, *erased) {
        (_, true) => Some(page_text(config, TextKey::NoticeErased)),
        (SaveStatus::SetAside, _) => Some(page_text(config, TextKey::NoticeSetAside)),
        (SaveStatus::Updated, _) => Some(page_text(config, TextKey::NoticeUpdated)),
        (SaveStatus::Unavailable, _) => Some(page_text(config, TextKey::NoticeCannotSave)),
        (SaveStatus::Saving, _) => None,
    };
    let logo = (!config.logo.is_empty()).then(|| {
        html! { <img class="hg-header__logo" src={config.logo.clone()} alt="" /> }
    });
    html! {
        <div class="hg">
            <header class="hg-header">
                { logo }
                <p class="hg-header__clinic">{ &config.clinic.name }</p>
                <p class="hg-header__title">{ content().meta.title }</p>
                <p class="emergency-strip">
                    <a href={tel(&config.clinic.emergency_number)}>{ page_text(config, TextKey::EmergencyStrip) }</a>
                </p>
            </header>
            <@{ if props.standalone { "main" } else { "section" } }
                class="hg-main" aria-label={(!props.standalone).then_some(content().meta.title)}>
                <div class="hg-notices" role="status">
                    if let Some(notice) = notice { <p class="notice">{ notice }</p> }
                </div>
                { props.children.clone() }
            </@>
            <footer class="hg-footer">
                <p>{ page_text(config, TextKey::FooterNot) }</p>
                <details class="erase">
                    <summary class="button button--secondary">{ "Erase my answers" }</summary>
                    <p>{ page_text(config, TextKey::EraseConfirm) }</p>
                    <button type="button" class="button" onclick={onerase}>{ "Yes, erase my answers" }</button>
                </details>
            </footer>
        </div>
    }
}
