//! The return-to-running ladder's rungs as an ordered list, the current one
//! marked: in the plan's running part and on the diary.

use guide_core::diary::ladder::View;
use yew::prelude::*;

use crate::components::sources::cite;

/// The rungs of `ladder`, `current` (an index) marked as the patient's step.
pub fn rungs(ladder: &View, current: Option<usize>, clinician: bool) -> Html {
    html! {
        <ol class="ladder">
            { for ladder.rungs.iter().enumerate().map(|(i, (name, said))| {
                let here = current == Some(i);
                html! {
                    <li class="ladder__rung" aria-current={here.then_some("step")}>
                        <strong>{ name.clone() }</strong>{ ": " }{ said.text.clone() }{ cite(clinician, said.sources) }
                    </li>
                }
            }) }
        </ol>
    }
}

/// The ladder as the plan shows it: its intro, then its rungs.
pub fn in_plan(ladder: &View, clinician: bool) -> Html {
    html! {
        <div class="ladder-part">
            <h3>{ ladder.title.clone() }</h3>
            <p>{ ladder.intro.text.clone() }{ cite(clinician, ladder.intro.sources) }</p>
            { rungs(ladder, None, clinician) }
        </div>
    }
}
