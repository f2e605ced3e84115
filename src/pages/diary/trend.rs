//! The trend over the last 7 or 28 days: which way each measure is going, a sentence, the chart, and the entries newest first, each a card in the NHS summary list pattern (the card variant: the date and a visible Change in its head, each measure named in its rows), so nothing is wider than a phone.

use guide_core::diary::exercise_view::name;
use guide_core::diary::form::Action;
use guide_core::diary::view::{Row, View, Window};
use guide_core::texts::DiaryTextKey;
use yew::prelude::*;

use crate::browser::input::focus_id;
use crate::components::trend_chart::TrendChart;
use crate::content::{content, library};

/// The exercises of a day with the pain during each: "Bridge hold, 2 out
/// of 10; …".
fn exercises_done(view: &View, row: &Row) -> String {
    let each = row.exercises.iter().map(|done| {
        let pain = done.pain.map(|p| view.score(p)).unwrap_or_default();
        [name(content(), library(), done.id.as_str()), pain].join(", ")
    });
    each.collect::<Vec<_>>().join("; ")
}

/// The trend section: `window` is the view's window of `days` days (7 or 28).
pub fn section(
    view: &View,
    window: Window,
    days: &UseStateHandle<u32>,
    send: &Callback<Action>,
) -> Html {
    let text = |key: DiaryTextKey| view.text(key).to_owned();
    let shown = **days;
    let toggle = |n: u32, label: &'static str| {
        let days = days.clone();
        let onclick = Callback::from(move |_: MouseEvent| days.set(n));
        html! {
            <button type="button" class="button button--secondary button--toggle"
                    aria-pressed={if shown == n { "true" } else { "false" }} {onclick}>{ label }</button>
        }
    };
    let label = if shown == 7 {
        "Last 7 days"
    } else {
        "Last 28 days"
    };
    let name = [view.text(DiaryTextKey::Chart), " – ", label].concat();
    let score = |pain: u8| view.score(pain);
    // Newest first, each day a card: its date and Change in the card's head,
    // every measure named in its summary list.
    let entries = window.rows.iter().rev().map(|row| {
        let change = {
            let send = send.clone();
            let d = row.day;
            Callback::from(move |_: MouseEvent| {
                send.emit(Action::Change(d));
                focus_id("hg-diary-date");
            })
        };
        let item = |key: String, value: String| {
            html! {
                <div class="diary-entry__row">
                    <dt class="diary-entry__key">{ key }</dt>
                    <dd class="diary-entry__value">{ value }</dd>
                </div>
            }
        };
        html! {
            <li class="diary-entry">
                <div class="diary-entry__head">
                    <h4 class="diary-entry__title">{ row.label.clone() }</h4>
                    <button type="button" class="link-button diary-entry__change" onclick={change}>
                        { "Change" }<span class="visually-hidden">{ [" ", &row.label].concat() }</span>
                    </button>
                </div>
                <dl class="diary-entry__rows">
                    { item(text(DiaryTextKey::Sitting), score(row.sitting)) }
                    { item(text(DiaryTextKey::KeyActivity), row.activity.clone()) }
                    if let Some(pain) = row.activity_pain {
                        { item(text(DiaryTextKey::ActivityPain), score(pain)) }
                    }
                    { item(text(DiaryTextKey::KeyMorning), row.morning.clone()) }
                    if !row.exercises.is_empty() {
                        { item(text(DiaryTextKey::ExKey), exercises_done(view, row)) }
                    }
                    if row.alarm {
                        { item(text(DiaryTextKey::KeyAlarm), "Yes".to_owned()) }
                    }
                </dl>
            </li>
        }
    });
    html! {
        <section class="diary-trend" aria-labelledby="hg-diary-trend">
            <h2 id="hg-diary-trend">{ text(DiaryTextKey::Trend) }</h2>
            <div class="button-group diary-trend__toggle">
                { toggle(7, "Last 7 days") }
                { toggle(28, "Last 28 days") }
            </div>
            if !window.directions.is_empty() {
                <ul class="list diary-directions">
                    { for window.directions.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
            }
            <p class="diary-summary">{ window.sentence }</p>
            <TrendChart chart={window.chart} name={name}
                        sitting={text(DiaryTextKey::Sitting)} activity={text(DiaryTextKey::ActivityPain)}
                        exercises={text(DiaryTextKey::ExChart)} limit={text(DiaryTextKey::LimitLine)} />
            <h3 id="hg-diary-table" class="diary-entries__title">{ text(DiaryTextKey::Table) }</h3>
            if window.rows.is_empty() {
                <p>{ text(DiaryTextKey::Empty) }</p>
            } else {
                <ol class="diary-entries" aria-labelledby="hg-diary-table">{ for entries }</ol>
            }
        </section>
    }
}
