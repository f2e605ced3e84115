//! Browser modules and components, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`, run by `cargo xtask test`).
#![cfg(target_arch = "wasm32")]

use guide_core::engine::Answers;
use guide_core::saved::{encode, Saved};
use guide_core::session::Page;
use hamstring_guide::browser::{config, route, storage, ROOT_ID};
use hamstring_guide::content::built_in_config;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

fn sample() -> Saved {
    let mut answers = Answers::new();
    answers.set("sitting", vec!["yes".into()]);
    Saved {
        answers,
        page: Page::Question("sitting".into()),
        content_version: "test".into(),
    }
}

#[wasm_bindgen_test]
fn saves_and_loads_answers() {
    local().clear().unwrap();
    assert_eq!(storage::load(), storage::Loaded::Nothing);
    assert!(storage::save(&sample()));
    assert_eq!(storage::load(), storage::Loaded::Saved(sample()));
}

#[wasm_bindgen_test]
fn sets_aside_unreadable_data_and_keeps_it() {
    local().clear().unwrap();
    local().set_item(storage::KEY, "{not ours").unwrap();
    assert!(matches!(storage::load(), storage::Loaded::SetAside(_)));
    assert_eq!(local().get_item(storage::KEY).unwrap(), None);
    assert_eq!(
        local().get_item(storage::ASIDE_KEY).unwrap().as_deref(),
        Some("{not ours")
    );
    // A second bad blob is added to what was set aside, not written over it.
    local()
        .set_item(storage::KEY, "hamstring-guide 1\nbad line")
        .unwrap();
    assert!(matches!(storage::load(), storage::Loaded::SetAside(_)));
    let aside = local().get_item(storage::ASIDE_KEY).unwrap().unwrap();
    assert!(
        aside.starts_with("{not ours") && aside.ends_with("bad line"),
        "{aside}"
    );
}

#[wasm_bindgen_test]
fn erase_removes_everything_the_guide_stored() {
    local().clear().unwrap();
    local().set_item("host-page-key", "theirs").unwrap();
    local().set_item(storage::KEY, &encode(&sample())).unwrap();
    local().set_item(storage::ASIDE_KEY, "old").unwrap();
    assert!(storage::erase());
    assert_eq!(local().get_item(storage::KEY).unwrap(), None);
    assert_eq!(local().get_item(storage::ASIDE_KEY).unwrap(), None);
    assert_eq!(
        local().get_item("host-page-key").unwrap().as_deref(),
        Some("theirs")
    );
}

#[wasm_bindgen_test]
fn empty_answers_are_not_stored() {
    local().clear().unwrap();
    assert!(storage::save(&sample()));
    assert!(storage::save(&Saved {
        answers: Answers::new(),
        page: Page::Start,
        content_version: "test".into(),
    }));
    assert_eq!(local().get_item(storage::KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn the_address_names_the_page() {
    route::push(&Page::Question("sitting".into()));
    assert_eq!(route::current(), Some(Page::Question("sitting".into())));
    assert!(gloo::utils::window()
        .location()
        .hash()
        .unwrap()
        .ends_with("#/q/sitting"));
    route::replace(&Page::Check);
    assert_eq!(route::current(), Some(Page::Check));
}

fn root_with(attributes: &[(&str, &str)]) -> web_sys::Element {
    let document = gloo::utils::document();
    if let Some(old) = document.get_element_by_id(ROOT_ID) {
        old.remove();
    }
    let root = document.create_element("div").unwrap();
    root.set_id(ROOT_ID);
    for (name, value) in attributes {
        root.set_attribute(name, value).unwrap();
    }
    gloo::utils::body().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
fn data_attributes_override_the_clinic_config_when_safe() {
    root_with(&[
        ("data-phone", "03 9999 1111"),
        ("data-booking-url", "javascript:alert(1)"),
        ("data-brand-color", "not-a-colour"),
        ("data-unknown-thing", "x"),
    ]);
    let built_in = built_in_config();
    let config = config::effective(built_in.clone());
    assert_eq!(config.clinic.phone, "03 9999 1111");
    assert_eq!(config.clinic.booking_url, built_in.clinic.booking_url);
    assert_eq!(config.brand_color, built_in.brand_color);
}

#[wasm_bindgen_test]
async fn the_app_renders_the_start_page() {
    local().clear().unwrap();
    route::replace(&Page::Start);
    let root = root_with(&[]);
    yew::Renderer::<hamstring_guide::app::App>::with_root(root.clone()).render();
    gloo_timers::future::sleep(std::time::Duration::from_millis(50)).await;
    let heading = root
        .query_selector("h1")
        .unwrap()
        .expect("an h1 on the start page");
    let title = hamstring_guide::content::content().text("start_title");
    assert_eq!(heading.text_content().unwrap(), title);
    assert_eq!(root.get_attribute("data-ready").as_deref(), Some("true"));
    assert!(root.query_selector(".button--start").unwrap().is_some());
}

#[wasm_bindgen_test]
fn the_guide_mounts_in_a_shadow_root_with_its_own_styles() {
    let document = gloo::utils::document();
    let link = document.create_element("link").unwrap();
    link.set_attribute("rel", "stylesheet").unwrap();
    link.set_attribute("href", "./style-test.css").unwrap();
    document.head().unwrap().append_child(&link).unwrap();
    let host = root_with(&[]);
    let container = hamstring_guide::browser::mount_point();
    let shadow = host.shadow_root().expect("an open shadow root");
    assert!(shadow.contains(Some(&container)));
    assert!(shadow
        .query_selector("link[href='./style-test.css']")
        .unwrap()
        .is_some());
    assert!(
        !host.contains(Some(&container)),
        "the container is not in the host's light DOM"
    );
    link.remove();
}

#[wasm_bindgen_test]
fn answers_saved_in_format_1_are_migrated() {
    local().clear().unwrap();
    local()
        .set_item(
            storage::KEY,
            "hamstring-guide 1\npage q/sitting\na sitting yes\n",
        )
        .unwrap();
    match storage::load() {
        storage::Loaded::Saved(saved) => {
            assert_eq!(saved.answers, sample().answers);
            assert_eq!(saved.content_version, "");
        }
        other => panic!("format 1 was not migrated: {other:?}"),
    }
}
