//! The smallest Yew app: one button that counts. `cargo xtask bench` builds
//! it for wasm exactly as the guide is built (same profile, allocator,
//! wasm-bindgen and wasm-opt) and prints its size, so the bytes that any Yew
//! app costs stand beside the guide's own, measured rather than remembered.

// The guide's library, for its allocator: the floor is measured with it.
use hamstring_guide as _;
use yew::prelude::*;

#[function_component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! { <button {onclick}>{ *count }</button> }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
