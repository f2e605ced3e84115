//! "Help your physio" under the plan: a link to the questions for the
//! physio (`group = "for_physio"`), asked after the result and optional,
//! while one of them is still unanswered.

use guide_core::engine::walk;
use guide_core::session::{Action, Page};
use guide_core::texts::FullTextKey;
use yew::prelude::*;

use crate::browser::route;
use crate::components::text::page_text;
use crate::content::content;
use crate::props::PageProps;

/// The invitation, or nothing once every question for the physio is answered.
pub fn for_physio(props: &PageProps) -> Html {
    let Some(next) = walk(content(), &props.session.answers).more else {
        return Html::default();
    };
    let page = Page::Question(next.id.to_owned());
    let address = route::address(&guide_core::route::Route::Guide(page.clone()));
    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::Visit(page.clone()));
        })
    };
    let text = |key| page_text(&props.config, key);
    html! {
        <section class="plan-section for-physio" aria-labelledby="hg-for-physio">
            <h2 id="hg-for-physio">{ text(FullTextKey::ResultForPhysio) }</h2>
            <p>{ text(FullTextKey::ResultForPhysioIntro) }</p>
            <p><a class="link for-physio__link" href={address} {onclick}>{ text(FullTextKey::ResultForPhysioLink) }</a></p>
        </section>
    }
}
