//! "Copy link" and "Reset": the link in the address bar always holds the view, so copying it shares
//! exactly what the reader sees. Where the clipboard is not available, the link is shown selected
//! in a read-only field to copy by hand.

use crate::link;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub enum Copied {
    Not,
    Done,
    /// The clipboard refused; the link is offered in a field.
    ByHand(String),
}

/// What the bar remembers, held by the page: whether the link was copied, and the field that
/// offers it to copy by hand.
pub struct ShareState {
    copied: UseStateHandle<Copied>,
    field: NodeRef,
}

#[hook]
pub fn use_share_state() -> ShareState {
    let copied = use_state(|| Copied::Not);
    let field = use_node_ref();
    // Select the link for copying by hand as soon as its field shows.
    {
        let field = field.clone();
        use_effect_with((*copied).clone(), move |c| {
            if let (Copied::ByHand(_), Some(input)) = (c, field.cast::<web_sys::HtmlInputElement>()) {
                let _ = input.focus();
                input.select();
            }
        });
    }
    ShareState { copied, field }
}

/// The bar; `changed`: whether the view differs from the first-visit view (Reset is then useful);
/// `add`: the "Add article" button and its dialog, at hand above the map on every screen.
/// A function, not a component: a component costs its own copy of Yew's mounting code in the wasm.
pub fn share_bar(share: &ShareState, on_reset: Callback<MouseEvent>, changed: bool, add: Html) -> Html {
    let ShareState { copied, field } = share;
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let href = link::href();
            let copied = copied.clone();
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            wasm_bindgen_futures::spawn_local(async move {
                let done = match clipboard {
                    Some(c) => JsFuture::from(c.write_text(&href)).await.is_ok(),
                    None => false,
                };
                copied.set(if done { Copied::Done } else { Copied::ByHand(href) });
            });
        })
    };
    let status = match &**copied {
        Copied::Not => html! {},
        Copied::Done => html! { <span class="share-status">{ "Link copied." }</span> },
        Copied::ByHand(href) => html! {
            <label class="share-manual">
                <span>{ "Copy this link (Ctrl+C or ⌘C):" }</span>
                <input ref={field.clone()} type="text" readonly=true value={href.clone()}
                    onfocus={Callback::from(|e: FocusEvent| {
                        if let Some(i) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); }
                    })} />
            </label>
        },
    };
    html! {
        <div class="share-bar">
            <button type="button" class="button" onclick={copy}>{ "Copy link" }</button>
            <button type="button" class="button button-quiet" onclick={on_reset} disabled={!changed}>{ "Reset" }</button>
            { add }
            <span aria-live="polite">{ status }</span>
        </div>
    }
}
