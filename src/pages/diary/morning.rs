//! "How did yesterday's run feel this morning?" at the top of the diary: one tap on Better, Same as usual or Worse saves the answer into yesterday's entry.

use guide_core::diary::form::Action;
use guide_core::diary::view::View;
use guide_core::diary::{Day, Morning};
use guide_core::texts::DiaryTextKey;
use yew::prelude::*;

use crate::browser::input::focus_id;

/// The question for `day` (yesterday), whose answer `send` saves at once;
/// focus then moves to the advice for that day.
pub fn section(view: &View, day: Day, question: &str, send: &Callback<Action>) -> Html {
    let answer = |id: &'static str, morning: Morning| {
        let send = send.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            send.emit(Action::Morning(day, morning));
            focus_id("hg-diary-advice");
        });
        html! {
            <button type="button" class="button button--secondary diary-ask__answer"
                    id={["hg-diary-ask-", id].concat()} {onclick}>{ view.morning(Some(morning)).to_owned() }</button>
        }
    };
    html! {
        <section class="diary-ask" aria-labelledby="hg-diary-ask">
            <h2 id="hg-diary-ask" class="diary-ask__question">{ question.to_owned() }</h2>
            <p id="hg-diary-ask-hint" class="hint">{ view.text(DiaryTextKey::MorningQuestionHint).to_owned() }</p>
            <div class="button-group diary-ask__answers" role="group" aria-labelledby="hg-diary-ask" aria-describedby="hg-diary-ask-hint">
                { answer("better", Morning::Better) }
                { answer("same", Morning::Same) }
                { answer("worse", Morning::Worse) }
            </div>
        </section>
    }
}
