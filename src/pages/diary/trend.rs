//! The trend over the last 7 or 28 days: a sentence, the chart and the table of entries, each with a way to change it.

use guide_core::diary::form::Action;
use guide_core::diary::view::{View, Window};
use guide_core::texts::DiaryTextKey;
use yew::prelude::*;

use crate::browser::input::focus_id;
use crate::components::trend_chart::TrendChart;

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
    let rows = window.rows.iter().rev().map(|row| {
        let change = {
            let send = send.clone();
            let d = row.day;
            Callback::from(move |_: MouseEvent| {
                send.emit(Action::Change(d));
                focus_id("hg-diary-date");
            })
        };
        html! {
            <tr>
                <th scope="row">{ row.label.clone() }</th>
                <td>{ row.sitting.to_string() }</td>
                <td>{ row.activity.clone() }</td>
                <td>{ row.activity_pain.map(|p| p.to_string()).unwrap_or_default() }</td>
                <td>{ row.morning.clone() }</td>
                <td>{ if row.alarm { "Yes" } else { "" } }</td>
                <td>
                    <button type="button" class="link-button" onclick={change}>
                        { "Change" }<span class="visually-hidden">{ [" – ", &row.label].concat() }</span>
                    </button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="diary-trend" aria-labelledby="hg-diary-trend">
            <h2 id="hg-diary-trend">{ text(DiaryTextKey::Trend) }</h2>
            <div class="button-group diary-trend__toggle">
                { toggle(7, "Last 7 days") }
                { toggle(28, "Last 28 days") }
            </div>
            <p class="diary-summary">{ window.sentence }</p>
            <TrendChart chart={window.chart} name={name}
                        sitting={text(DiaryTextKey::Sitting)} activity={text(DiaryTextKey::ActivityPain)} limit={text(DiaryTextKey::LimitLine)} />
            if window.rows.is_empty() {
                <p>{ text(DiaryTextKey::Empty) }</p>
            } else {
                <div class="table-wrap" role="region" aria-labelledby="hg-diary-table" tabindex="0">
                    <table class="diary-table">
                        <caption id="hg-diary-table">{ text(DiaryTextKey::Table) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Date" }</th>
                                <th scope="col">{ "Sitting" }</th>
                                <th scope="col">{ "Activity" }</th>
                                <th scope="col">{ "During" }</th>
                                <th scope="col">{ "Next morning" }</th>
                                <th scope="col">{ "New symptoms" }</th>
                                <th scope="col"><span class="visually-hidden">{ "Change" }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
