//! Browser modules and components, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`, run by `cargo xtask test`).
#![cfg(target_arch = "wasm32")]

use guide_core::diary::form::Draft;
use guide_core::diary::store::LogAndDraft;
use guide_core::diary::{day, trend, Activity, Entry, Log, Morning, RunKind};
use guide_core::engine::Answers;
use guide_core::route::Route;
use guide_core::saved::{encode, Saved};
use guide_core::session::Page;
use hamstring_guide::browser::{answers, clock, config, diary, route, ROOT_ID};
use hamstring_guide::components::trend_chart::{TrendChart, TrendChartProps};
use hamstring_guide::content::built_in_config;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

/// How many turns of the event loop a render may take. Yew renders in a
/// microtask after `render()` and, after each 16 ms of work, may yield to
/// the browser (`setTimeout(0)`) where the page is consistent; each turn
/// here lets it go on at least once.
const TURNS: u32 = 100;

/// Waits until `found` gives a value, checking once per turn of the event
/// loop, and returns it; fails naming `what` if it has not come after
/// [`TURNS`] turns.
async fn wait_for<T>(what: &str, mut found: impl FnMut() -> Option<T>) -> T {
    for _ in 0..TURNS {
        if let Some(value) = found() {
            return value;
        }
        gloo_timers::future::TimeoutFuture::new(0).await;
    }
    found().unwrap_or_else(|| panic!("{what} did not come in {TURNS} turns of the event loop"))
}

/// The first element under `root` that matches `selector`, once it is there.
async fn rendered(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    wait_for(&format!("an element `{selector}`"), || {
        root.query_selector(selector).unwrap()
    })
    .await
}

fn sample() -> Saved {
    let mut answers = Answers::new();
    answers.set("sitting", vec!["yes".into()]);
    Saved {
        answers,
        page: Page::Question("sitting".into()),
        content_version: "test".into(),
        fingerprints: [("sitting", "0123abcd")].into_iter().collect(),
    }
}

#[wasm_bindgen_test]
fn saves_and_loads_answers() {
    local().clear().unwrap();
    assert_eq!(answers::load(), answers::Loaded::Nothing);
    assert!(answers::save(&sample()));
    assert_eq!(answers::load(), answers::Loaded::Found(sample()));
}

#[wasm_bindgen_test]
fn empty_answers_are_not_stored() {
    local().clear().unwrap();
    assert!(answers::save(&sample()));
    assert!(answers::save(&Saved::empty()));
    assert_eq!(local().get_item(answers::KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn the_address_names_the_page() {
    root_with(&[("data-standalone", "")]);
    route::push(&Route::Guide(Page::Question("sitting".into())));
    assert_eq!(
        route::current(),
        Some(Route::Guide(Page::Question("sitting".into())))
    );
    assert!(gloo::utils::window()
        .location()
        .hash()
        .unwrap()
        .ends_with("#/q/sitting"));
    route::replace(&Route::Guide(Page::Result));
    assert_eq!(route::current(), Some(Route::Guide(Page::Result)));
}

#[wasm_bindgen_test]
fn embedded_the_route_lives_in_history_and_leaves_the_hosts_address_alone() {
    root_with(&[]);
    let location = gloo::utils::window().location();
    location.set_hash("contact").unwrap();
    let history = gloo::utils::window().history().unwrap();
    route::push(&Route::Guide(Page::Question("sitting".into())));
    assert_eq!(
        location.hash().unwrap(),
        "#contact",
        "the host's address stays"
    );
    assert_eq!(
        history.state().unwrap().as_string().as_deref(),
        Some("hamstring-guide:/q/sitting")
    );
    assert_eq!(
        route::current(),
        Some(Route::Guide(Page::Question("sitting".into())))
    );
    // An entry of the host's own (its `#` links) names no route.
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#team"))
        .unwrap();
    assert_eq!(route::current(), None);
    // Even one that looks like the guide's address.
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/diary"))
        .unwrap();
    assert_eq!(route::current(), None);
    root_with(&[("data-standalone", "")]);
    assert_eq!(route::current(), Some(Route::Diary));
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
    route::replace(&Route::Guide(Page::Start));
    let root = root_with(&[]);
    yew::Renderer::<hamstring_guide::app::App>::with_root(root.clone()).render();
    // The app marks itself ready in an effect, after its first render.
    wait_for("data-ready=\"true\" on the root", || {
        (root.get_attribute("data-ready").as_deref() == Some("true")).then_some(())
    })
    .await;
    let heading = root
        .query_selector("h1")
        .unwrap()
        .expect("an h1 on the start page");
    let title = hamstring_guide::content::content().text(guide_core::texts::TextKey::StartTitle);
    assert_eq!(heading.text_content().unwrap(), title);
    assert!(root.query_selector(".button--start").unwrap().is_some());
}

#[wasm_bindgen_test]
fn the_guide_mounts_in_a_shadow_root_with_its_own_styles() {
    let document = gloo::utils::document();
    let link = document.create_element("link").unwrap();
    link.set_attribute("rel", "stylesheet").unwrap();
    link.set_attribute("href", "./style-test.css").unwrap();
    document.head().unwrap().append_child(&link).unwrap();
    // On the guide's own page its stylesheet is copied in.
    let host = root_with(&[("data-standalone", "")]);
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
    // In a clinic's page (embed.js brings the guide's own), no stylesheet
    // of the host's is taken, even one named like the guide's.
    let host = root_with(&[]);
    hamstring_guide::browser::mount_point();
    let shadow = host.shadow_root().expect("an open shadow root");
    assert!(shadow.query_selector("link").unwrap().is_none());
    link.remove();
}

#[wasm_bindgen_test]
fn answers_saved_in_format_1_are_migrated() {
    local().clear().unwrap();
    local()
        .set_item(
            answers::KEY,
            "hamstring-guide 1\npage q/sitting\na sitting yes\n",
        )
        .unwrap();
    match answers::load() {
        answers::Loaded::Found(saved) => {
            assert_eq!(saved.answers, sample().answers);
            assert_eq!(saved.content_version, "");
        }
        other => panic!("format 1 was not migrated: {other:?}"),
    }
}

const TODAY: i32 = 20_782;

fn diary_sample() -> LogAndDraft {
    let entry = |day, pain, alarm| Entry {
        day,
        sitting: 3,
        activity: Activity::Run {
            minutes: 30,
            kind: RunKind::Tempo,
        },
        activity_pain: Some(pain),
        morning: Some(Morning::Same),
        alarm,
        exercises: Default::default(),
    };
    LogAndDraft {
        log: Log::from_entries([entry(TODAY - 1, 2, false), entry(TODAY, 4, true)]),
        draft: Draft {
            sitting: Some(5),
            ..Draft::default()
        },
    }
}

#[wasm_bindgen_test]
fn the_diary_is_kept_in_its_own_key_and_read_back() {
    local().clear().unwrap();
    assert_eq!(diary::load(), diary::Loaded::Nothing);
    assert!(diary::save(&diary_sample()));
    assert_eq!(diary::load(), diary::Loaded::Found(diary_sample()));
    assert_eq!(
        local().get_item(answers::KEY).unwrap(),
        None,
        "the answers' key is untouched"
    );
    // An empty diary is not stored at all.
    assert!(diary::save(&LogAndDraft::default()));
    assert_eq!(local().get_item(diary::KEY).unwrap(), None);
    // Erasing the diary leaves the answers.
    local().set_item(answers::KEY, &encode(&sample())).unwrap();
    assert!(diary::save(&diary_sample()));
    assert!(diary::erase());
    assert_eq!(local().get_item(diary::KEY).unwrap(), None);
    assert!(local().get_item(answers::KEY).unwrap().is_some());
}

const ANSWERS_ASIDE: &str = "hamstring-guide:set-aside";
const DIARY_ASIDE: &str = "hamstring-guide:diary:set-aside";

#[wasm_bindgen_test]
fn sets_aside_unreadable_data_and_keeps_it() {
    local().clear().unwrap();
    local().set_item(answers::KEY, "{not ours").unwrap();
    assert!(matches!(answers::load(), answers::Loaded::SetAside(_)));
    assert_eq!(local().get_item(answers::KEY).unwrap(), None);
    assert_eq!(
        local().get_item(ANSWERS_ASIDE).unwrap().as_deref(),
        Some("{not ours")
    );
    // A second bad blob is added to what was set aside, not written over it.
    local()
        .set_item(answers::KEY, "hamstring-guide 1\nbad line")
        .unwrap();
    assert!(matches!(answers::load(), answers::Loaded::SetAside(_)));
    let aside = local().get_item(ANSWERS_ASIDE).unwrap().unwrap();
    assert!(
        aside.starts_with("{not ours") && aside.ends_with("bad line"),
        "{aside}"
    );
}

/// Fills the origin's storage with a filler key until one more character
/// does not fit; returns the filler's key.
fn fill_storage() -> &'static str {
    let filler = "filler";
    let mut text = String::new();
    let mut chunk = "x".repeat(1 << 22);
    while !chunk.is_empty() {
        let longer = [text.as_str(), chunk.as_str()].concat();
        if local().set_item(filler, &longer).is_ok() {
            text = longer;
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    filler
}

#[wasm_bindgen_test]
fn unreadable_data_that_cannot_be_set_aside_stays_and_nothing_writes_over_it() {
    local().clear().unwrap();
    local().set_item(answers::KEY, "{not ours").unwrap();
    let filler = fill_storage();
    // No room for the set-aside copy: the original stays where it is, and
    // the guide is told it cannot save (so nothing is written over it).
    assert_eq!(answers::load(), answers::Loaded::Unavailable);
    assert_eq!(
        local().get_item(answers::KEY).unwrap().as_deref(),
        Some("{not ours")
    );
    assert_eq!(local().get_item(ANSWERS_ASIDE).unwrap(), None);
    // With room again, it is set aside as usual.
    local().remove_item(filler).unwrap();
    assert!(matches!(answers::load(), answers::Loaded::SetAside(_)));
    assert_eq!(
        local().get_item(ANSWERS_ASIDE).unwrap().as_deref(),
        Some("{not ours")
    );
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn each_erase_removes_its_own_data_and_what_was_set_aside_from_it() {
    local().clear().unwrap();
    local().set_item("host-page-key", "theirs").unwrap();
    local().set_item("hamstring-guides", "theirs too").unwrap();
    local().set_item(answers::KEY, &encode(&sample())).unwrap();
    local().set_item(ANSWERS_ASIDE, "old answers").unwrap();
    assert!(diary::save(&diary_sample()));
    local().set_item(DIARY_ASIDE, "old diary").unwrap();
    // Erasing the answers leaves the diary.
    assert!(answers::erase());
    assert_eq!(local().get_item(answers::KEY).unwrap(), None);
    assert_eq!(local().get_item(ANSWERS_ASIDE).unwrap(), None);
    assert!(local().get_item(diary::KEY).unwrap().is_some());
    assert!(local().get_item(DIARY_ASIDE).unwrap().is_some());
    // Erasing the diary leaves the answers.
    local().set_item(answers::KEY, &encode(&sample())).unwrap();
    assert!(diary::erase());
    assert_eq!(local().get_item(diary::KEY).unwrap(), None);
    assert_eq!(local().get_item(DIARY_ASIDE).unwrap(), None);
    assert!(local().get_item(answers::KEY).unwrap().is_some());
    // The host page's keys, even those that start like ours, stay.
    assert_eq!(
        local().get_item("hamstring-guides").unwrap().as_deref(),
        Some("theirs too")
    );
    assert_eq!(
        local().get_item("host-page-key").unwrap().as_deref(),
        Some("theirs")
    );
    // An empty diary is not stored at all.
    assert!(diary::save(&LogAndDraft::default()));
    assert_eq!(local().get_item(diary::KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn an_unreadable_diary_is_set_aside_apart_from_unreadable_answers() {
    local().clear().unwrap();
    local().set_item(ANSWERS_ASIDE, "{old answers").unwrap();
    local()
        .set_item(
            diary::KEY,
            "hamstring-guide-diary 1\ne 2026-02-30 3 rest - - - - -\n",
        )
        .unwrap();
    assert!(matches!(diary::load(), diary::Loaded::SetAside(_)));
    assert_eq!(local().get_item(diary::KEY).unwrap(), None);
    let aside = local().get_item(DIARY_ASIDE).unwrap().unwrap();
    assert!(aside.ends_with("2026-02-30 3 rest - - - - -\n"), "{aside}");
    assert_eq!(
        local().get_item(ANSWERS_ASIDE).unwrap().as_deref(),
        Some("{old answers")
    );
    // Then the diary starts clean.
    assert_eq!(diary::load(), diary::Loaded::Nothing);
}

#[wasm_bindgen_test]
fn the_diary_tells_when_another_tab_wrote_or_erased_it() {
    local().clear().unwrap();
    assert!(diary::save(&diary_sample()));
    assert!(!diary::changed(), "this page wrote it");
    // Another tab writes: changed, until this page reads it again.
    let mut other = diary_sample();
    other.log = Default::default();
    let text = guide_core::diary::store::encode(&other);
    local().set_item(diary::KEY, &text).unwrap();
    assert!(diary::changed());
    assert_eq!(diary::load(), diary::Loaded::Found(other));
    assert!(!diary::changed());
    // Another tab erases: changed too.
    local().remove_item(diary::KEY).unwrap();
    assert!(diary::changed());
    assert_eq!(diary::load(), diary::Loaded::Nothing);
    assert!(!diary::changed());
    // Nor does this page's own erase count as another tab's.
    assert!(diary::save(&diary_sample()));
    assert!(diary::erase());
    assert!(!diary::changed());
}

#[wasm_bindgen_test]
fn today_is_the_local_calendar_day() {
    let now = js_sys::Date::new_0();
    let expected = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    assert_eq!(day::iso(clock::today()), expected);
}

#[wasm_bindgen_test]
fn the_diary_has_its_own_address() {
    root_with(&[("data-standalone", "")]);
    route::push(&Route::Guide(Page::Result));
    gloo::utils::window().location().set_hash("/diary").unwrap();
    assert_eq!(route::current(), Some(Route::Diary));
    route::push(&Route::Guide(Page::Start));
    assert_eq!(route::current(), Some(Route::Guide(Page::Start)));
    route::push(&Route::Diary);
    assert!(gloo::utils::window()
        .location()
        .hash()
        .unwrap()
        .ends_with("#/diary"));
}

#[wasm_bindgen_test]
async fn the_trend_chart_is_one_named_image_with_a_mark_per_score() {
    let log = diary_sample().log;
    let chart = trend::chart(&log, 3, TODAY, 7);
    let root = root_with(&[]);
    yew::Renderer::<TrendChart>::with_root_and_props(
        root.clone(),
        TrendChartProps {
            chart: chart.clone(),
            name: "Pain chart – Last 7 days".into(),
            sitting: "Sitting".into(),
            activity: "During".into(),
            exercises: "Exercise".into(),
            limit: "Limit".into(),
        },
    )
    .render();
    // The chart is one render with no effects: once the svg is there, all is.
    let svg = rendered(&root, "svg.chart__svg").await;
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Pain chart – Last 7 days")
    );
    assert_eq!(
        svg.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    let count = |selector: &str| root.query_selector_all(selector).unwrap().length();
    assert_eq!(count(".chart__point--sitting"), 2);
    assert_eq!(count(".chart__point--activity"), 2);
    assert_eq!(
        count("path.chart__line--sitting"),
        1,
        "two days in a row: one line"
    );
    let limit = root
        .query_selector(".chart__svg .chart__limit")
        .unwrap()
        .unwrap();
    assert_eq!(limit.get_attribute("y1"), Some(chart.limit_y.to_string()));
    assert_eq!(
        count(".chart__svg text"),
        7 + 3,
        "a label per day and per 0, 5, 10"
    );
    let legend = root.query_selector("figcaption").unwrap().unwrap();
    assert_eq!(legend.text_content().unwrap(), "SittingDuringLimit");
}

#[derive(yew::Properties, PartialEq)]
struct TextProps {
    text: &'static str,
}

#[yew::function_component]
fn Paragraphs(props: &TextProps) -> yew::Html {
    hamstring_guide::components::text::paragraphs(props.text)
}

#[wasm_bindgen_test]
async fn blank_lines_separate_paragraphs_and_single_line_breaks_do_not() {
    let root = root_with(&[]);
    yew::Renderer::<Paragraphs>::with_root_and_props(
        root.clone(),
        TextProps {
            text: "  One line\nand the next.\n\n \nTwo.\r\n\r\nThree.\n\n",
        },
    )
    .render();
    // One render with no effects: once a paragraph is there, all are.
    rendered(&root, "p").await;
    let texts: Vec<String> = (0..root.children().length())
        .filter_map(|i| root.children().item(i))
        .map(|p| format!("{}:{}", p.tag_name(), p.text_content().unwrap_or_default()))
        .collect();
    assert_eq!(texts, ["P:One line\nand the next.", "P:Two.", "P:Three."]);
}

/// Bridge hold and prone curl at their lowest, as a link's text.
fn programme_sample() -> (guide_core::exercise::programme::Programme, String) {
    use guide_core::exercise::programme::{encode, Prescription, Programme};
    let library = hamstring_guide::content::library();
    let programme = Programme {
        items: ["bridge_hold", "prone_curl"]
            .map(|id| Prescription::lowest(library.exercise(id).unwrap()))
            .to_vec(),
    };
    let text = encode(&programme);
    (programme, text)
}

#[wasm_bindgen_test]
fn the_programme_is_kept_in_its_own_key_and_read_back_checked() {
    use hamstring_guide::browser::programme;
    local().clear().unwrap();
    let library = hamstring_guide::content::library();
    assert_eq!(programme::load(library), programme::Loaded::Nothing);
    assert!(!programme::exists());
    let (sample, text) = programme_sample();
    assert!(programme::save(&text));
    assert_eq!(
        local().get_item("hamstring-guide:programme").unwrap(),
        Some(text.clone())
    );
    assert!(programme::exists());
    assert_eq!(
        programme::load(library),
        programme::Loaded::Found(programme::Kept {
            text,
            checked: Ok(sample)
        })
    );
}

#[wasm_bindgen_test]
fn an_unreadable_programme_is_set_aside_and_one_the_guide_outgrew_stays() {
    use guide_core::exercise::programme::{checksum::crc32, ProgrammeError};
    use hamstring_guide::browser::programme;
    let library = hamstring_guide::content::library();
    local().clear().unwrap();
    local()
        .set_item(programme::KEY, "1~bridge_hold.4.h30")
        .unwrap();
    assert!(matches!(
        programme::load(library),
        programme::Loaded::SetAside(_)
    ));
    assert_eq!(local().get_item(programme::KEY).unwrap(), None);
    assert_eq!(
        local()
            .get_item("hamstring-guide:programme:set-aside")
            .unwrap()
            .as_deref(),
        Some("1~bridge_hold.4.h30")
    );
    assert_eq!(programme::load(library), programme::Loaded::Nothing);
    // Sound, but naming an exercise the guide no longer has: kept, and said.
    let body = "1~old_exercise.3.r8.60.2";
    let text = format!("{body}~{:08x}", crc32(body.as_bytes()));
    local().set_item(programme::KEY, &text).unwrap();
    assert_eq!(
        programme::load(library),
        programme::Loaded::Found(programme::Kept {
            text: text.clone(),
            checked: Err(ProgrammeError::UnknownExercise)
        })
    );
    assert_eq!(local().get_item(programme::KEY).unwrap(), Some(text));
}

#[wasm_bindgen_test]
fn removing_the_programme_leaves_the_answers_and_the_diary() {
    use hamstring_guide::browser::programme;
    local().clear().unwrap();
    assert!(answers::save(&sample()));
    assert!(diary::save(&diary_sample()));
    assert!(programme::save(&programme_sample().1));
    local()
        .set_item("hamstring-guide:programme:set-aside", "x")
        .unwrap();
    assert!(programme::erase());
    assert_eq!(local().get_item(programme::KEY).unwrap(), None);
    assert_eq!(
        local()
            .get_item("hamstring-guide:programme:set-aside")
            .unwrap(),
        None
    );
    assert!(local().get_item(answers::KEY).unwrap().is_some());
    assert!(local().get_item(diary::KEY).unwrap().is_some());
    // And erasing the answers leaves the programme.
    assert!(programme::save(&programme_sample().1));
    assert!(answers::erase());
    assert!(programme::exists());
}

#[wasm_bindgen_test]
fn a_programme_link_is_the_guides_address_without_the_clinician_view() {
    use guide_core::route::ProgrammeAt;
    let history = gloo::utils::window().history().unwrap();
    let here = gloo::utils::window().location().pathname().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{here}?clinician&lang=en#/programme/new")),
        )
        .unwrap();
    let link = route::link(&Route::Programme(ProgrammeAt::Link("1~x".into())));
    let origin = gloo::utils::window().location().origin().unwrap();
    assert_eq!(link, format!("{origin}{here}?lang=en#/programme/1~x"));
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here))
        .unwrap();
}

#[wasm_bindgen_test]
fn embedded_a_programme_link_in_the_hosts_address_names_its_page() {
    use guide_core::route::ProgrammeAt;
    root_with(&[]);
    let history = gloo::utils::window().history().unwrap();
    // The clinic's page opened from a physio's link: no entry of the guide's yet.
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/programme/1~x"))
        .unwrap();
    assert_eq!(
        route::current(),
        Some(Route::Programme(ProgrammeAt::Link("1~x".into())))
    );
    // Once the guide has its own entry, that names the route.
    route::push(&Route::Programme(ProgrammeAt::Kept));
    assert_eq!(route::current(), Some(Route::Programme(ProgrammeAt::Kept)));
    root_with(&[("data-standalone", "")]);
}
