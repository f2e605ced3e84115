//! Form inputs: what an input holds when its event fires, and moving focus to an input by id.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::events::Event;

/// What an `<input>` holds.
pub struct Input {
    pub value: String,
    /// Ticked (a checkbox or radio button).
    pub checked: bool,
}

/// The `<input>` an event came from, if it came from one.
pub fn of(event: &Event) -> Option<Input> {
    let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
    Some(Input {
        value: input.value(),
        checked: input.checked(),
    })
}

/// Focuses the element with this id inside the guide.
pub fn focus_id(id: &str) {
    if let Some(element) = super::find(&["#", id].concat()) {
        let _ = element.focus();
    }
}
