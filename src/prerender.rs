//! The guide as static HTML, rendered natively at build time by Yew's
//! server renderer (`cargo xtask dist` runs `examples/prerender.rs`):
//!
//! - the start page, placed in `index.html` so it paints before the wasm has
//!   arrived; the app replaces it with the same markup when it starts
//!   (`browser::handover`);
//! - the page shown when JavaScript is off: the content's essential advice
//!   and the clinic's contact details.

use std::rc::Rc;

use guide_core::session::Session;
use yew::prelude::*;

use crate::components::layout::Layout;
use crate::components::text::{page_text, paragraphs, tel};
use crate::content::{built_in_config, content};
use crate::pages::start;
use crate::props::{PageProps, SaveStatus};
use guide_core::texts::{FullTextKey, TextKey};

/// The start page exactly as the app first renders it with nothing saved.
#[function_component]
fn Start() -> Html {
    let config = Rc::new(built_in_config());
    let dispatch = Callback::noop();
    let page = start::start_page(&PageProps {
        session: Session::default(),
        config: config.clone(),
        dispatch: dispatch.clone(),
        clinician: false,
        retry_plan: None,
    });
    html! {
        <Layout {config} status={SaveStatus::Saving} {dispatch} standalone=true>{ page }</Layout>
    }
}

/// What to do while the guide cannot run (JavaScript off, or the guide
/// could not start: `assets/gate.js` shows it then): the emergency number,
/// the essentials, who to call, and what the guide is not.
#[function_component]
fn NoScript() -> Html {
    let config = built_in_config();
    let clinic = &config.clinic;
    let sections = content()
        .meta
        .essentials
        .iter()
        .filter_map(|id| content().sections.iter().find(|s| s.id == *id));
    html! {
        <div class="hg">
            <header class="hg-header">
                <p class="hg-header__clinic">{ &clinic.name }</p>
                <p class="hg-header__title">{ content().meta.title }</p>
                <p class="emergency-strip">
                    <a href={tel(&clinic.emergency_number)}>{ page_text(&config, TextKey::EmergencyStrip) }</a>
                </p>
            </header>
            <main class="hg-main">
                <h1>{ content().meta.title }</h1>
                { paragraphs(&page_text(&config, FullTextKey::NoscriptIntro)) }
                for section in sections {
                    <h2>{ section.title }</h2>
                    <ul>
                        for item in section.items {
                            <li>{ clinic.fill(item.text) }</li>
                        }
                    </ul>
                }
                <p><strong>{ page_text(&config, FullTextKey::NoscriptContact) }</strong></p>
                <ul>
                    <li><a href={tel(&clinic.phone)}>{ &clinic.phone }</a></li>
                    <li><a href={clinic.booking_url.clone()} rel="noopener noreferrer">{ &clinic.booking_url }</a></li>
                </ul>
            </main>
            <footer class="hg-footer">
                <p>{ page_text(&config, TextKey::FooterNot) }</p>
            </footer>
        </div>
    }
}

fn render<C: BaseComponent>() -> String
where
    C::Properties: Default,
{
    futures::executor::block_on(yew::ServerRenderer::<C>::new().hydratable(false).render())
}

/// The start page's HTML.
pub fn start_page() -> String {
    render::<Start>()
}

/// The HTML for `<noscript>`.
pub fn no_script() -> String {
    render::<NoScript>()
}
