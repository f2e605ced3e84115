//! The diary's trend chart, drawn as SVG from the core's geometry: pain when
//! sitting (rings, solid line), pain during activity (squares, dashed line),
//! the highest pain during an exercise (diamonds, no line) and the limit (a
//! dotted line). A ring around a square: both the same. The picture is one image with an
//! accessible name; the page gives the same data as the entries' cards and sentences.

use guide_core::diary::trend::{path, Chart};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub chart: Chart,
    /// The image's accessible name.
    pub name: AttrValue,
    pub sitting: AttrValue,
    pub activity: AttrValue,
    /// The exercises' marks, in the legend only when some day has one.
    pub exercises: AttrValue,
    pub limit: AttrValue,
}

fn n(value: i32) -> AttrValue {
    AttrValue::from(value.to_string())
}

#[function_component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let c = &props.chart;
    let (left, top, right, bottom) = c.plot;
    let view_box = ["0 0 ", &c.width.to_string(), " ", &c.height.to_string()].concat();
    let grid = c.y_labels.iter().map(|(y, pain)| {
        html! {
            <>
                <line class="chart__grid" x1={n(left)} x2={n(right)} y1={n(*y)} y2={n(*y)} />
                <text class="chart__axis" x={n(left - 6)} y={n(y + 4)} text-anchor="end">{ pain.to_string() }</text>
            </>
        }
    });
    let x_labels = c.x_labels.iter().map(|(x, label)| {
        html! {
            <text class="chart__axis" x={n(*x)} y={n(bottom + 18)} text-anchor="middle">{ label.clone() }</text>
        }
    });
    // Literal classes throughout (see `text::form_group` for why).
    let lines = |runs: &[Vec<(i32, i32)>], sitting: bool| -> Html {
        runs.iter()
            .filter(|run| run.len() > 1)
            .map(|run| {
                if sitting {
                    html! { <path class="chart__line chart__line--sitting" d={path(run)} /> }
                } else {
                    html! { <path class="chart__line chart__line--activity" d={path(run)} /> }
                }
            })
            .collect()
    };
    let circles: Html = c
        .sitting
        .iter()
        .flatten()
        .map(|(x, y)| html! { <circle class="chart__point chart__point--sitting" cx={n(*x)} cy={n(*y)} r={n(c.mark)} /> })
        .collect();
    // A square just inside the ring, so a ring around a square shows both.
    let side = c.mark * 4 / 3;
    let squares: Html = c
        .activity
        .iter()
        .flatten()
        .map(|(x, y)| html! { <rect class="chart__point chart__point--activity" x={n(x - side / 2)} y={n(y - side / 2)} width={n(side)} height={n(side)} /> })
        .collect();
    let diamond = |x: i32, y: i32, r: i32| {
        [
            "M",
            &x.to_string(),
            " ",
            &(y - r).to_string(),
            "L",
            &(x + r).to_string(),
            " ",
            &y.to_string(),
            "L",
            &x.to_string(),
            " ",
            &(y + r).to_string(),
            "L",
            &(x - r).to_string(),
            " ",
            &y.to_string(),
            "Z",
        ]
        .concat()
    };
    let diamonds: Html = c
        .exercises
        .iter()
        .map(|(x, y)| html! { <path class="chart__point chart__point--exercise" d={diamond(*x, *y, c.mark)} /> })
        .collect();
    let swatch = |line: Html| {
        html! {
            <svg class="chart__swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">{ line }</svg>
        }
    };
    html! {
           <figure class="chart">
               <svg class="chart__svg" viewBox={view_box} role="img" aria-label={props.name.clone()}>
                   { for grid }
                   <line class="chart__limit" x1={n(left)} x2={n(right)} y1={n(c.limit_y)} y2={n(c.limit_y)} />
                   { lines(&c.sitting, true) }
                   { lines(&c.activity, false) }
                   { squares }
                   { circles }
                   { diamonds }
                   { for x_labels }
                   <line class="chart__axis-line" x1={n(left)} x2={n(right)} y1={n(bottom)} y2={n(bottom)} />
                   <line class="chart__axis-line" x1={n(left)} x2={n(left)} y1={n(top)} y2={n(bottom)} />
               </svg>
               <figcaption class="chart__legend">
                   <span class="chart__key">
                       { swatch(html! { <line class="chart__line chart__line--sitting" x1="0" x2="24" y1="6" y2="6" /> }) }
                       { props.sitting.clone() }
                   </span>
                   <span class="chart__key">
                       { swatch(html! { <line class="chart__line chart__line--activity" x1="0" x2="24" y1="6" y2="6" /> }) }
                       { props.activity.clone() }
                   </span>
    if !c.exercises.is_empty() {
                       <span class="chart__key">
                           { swatch(html! { <path class="chart__point chart__point--exercise" d={diamond(12, 6, 5)} /> }) }
                           { props.exercises.clone() }
                       </span>
                   }
                   <span class="chart__key">
                       { swatch(html! { <line class="chart__line chart__limit" x1="0" x2="24" y1="6" y2="6" /> }) }
                       { props.limit.clone() }
                   </span>
               </figcaption>
           </figure>
       }
}
