//! The page header: the title, what the page shows, and the help: what the stances mean.

use atlas_core::model::Stance;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What each stance means, in one sentence each: the legend's note and the help say the same.
pub const fn stance_meaning(stance: Stance) -> &'static str {
    match stance {
        Stance::Recognize => "treats Maduro's government as legitimate: recognises it, congratulates it, supports or shields it.",
        Stance::Reject => "does not recognise Maduro's government: questions its election, demands a recount or his departure, or recognises a rival such as Guaidó.",
        Stance::BreakTies => "diplomatic relations cut or suspended, or diplomats expelled or withdrawn, by either side.",
        Stance::OfferAsylum => "offers, grants or is reported willing to give asylum or protection, to Maduro's officials or to opponents.",
    }
}

/// What "speculative" means.
pub const SPECULATIVE_MEANING: &str = "the article hedges the claim (could, may, reportedly, allegedly, a request not yet granted). Speculative claims are hidden until you include them, and a country shown only by them is hatched.";

/// The help's other terms: one loop renders them (each element written out is code in the wasm).
const MORE_TERMS: [(&str, &str); 4] = [
    ("Speculative", SPECULATIVE_MEANING),
    ("Several stances", "a country reported taking more than one (at different times, or by different accounts) is striped."),
    ("Undated", "an article that gives no date. Its claims count when no dates are chosen, and in no period when some are."),
    ("Original", "the link to the article where it was published, when its address is known; it opens in a new tab."),
];

/// The dialog inside the closest `near` (a CSS selector) around the element an event came from.
fn dialog_near(e: &MouseEvent, near: &str) -> Option<web_sys::HtmlDialogElement> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target.closest(near).ok()??.query_selector("dialog").ok()??.dyn_into().ok()
}

/// Opens the dialog inside the closest `near` around an event's element as a modal, or closes it
/// if it is open: one function for every button that opens or closes a dialog of a section (the
/// help, the confirmation of discarding damaged data), so the wasm carries it once.
pub fn toggle_dialog(e: &MouseEvent, near: &str) {
    if let Some(d) = dialog_near(e, near) {
        if d.open() {
            d.close();
        } else if d.show_modal().is_err() {
            d.set_open(true);
        }
    }
}

/// A function, not a component: it has no state (the dialog keeps its own), and a component costs
/// its own copy of Yew's mounting code in the wasm. The help is a modal `<dialog>`: the keyboard
/// reaches its close button, Escape closes it, and focus returns to the button that opened it.
pub fn site_header() -> Html {
    let toggle = Callback::from(|e: MouseEvent| toggle_dialog(&e, ".site-header"));
    let stances = Stance::ALL.into_iter().map(|s| {
        html! {
            <div class="help-term">
                <dt class={format!("stance-{}", s.id())}>{ super::map_legend::swatch(s) }{ s.label() }</dt>
                <dd>{ stance_meaning(s) }</dd>
            </div>
        }
    });
    html! {
        <header class="site-header">
            <div class="site-title-row">
                <h1 class="site-title">{ "Stance Atlas" }</h1>
                <button type="button" class="help-open" onclick={toggle.clone()} aria-haspopup="dialog">{ "What the stances mean" }</button>
            </div>
            <p class="site-lede">
                { "Where the world's governments stand on Nicolás Maduro's government in Venezuela, read from news articles — with the sentence behind every country." }
            </p>
            <dialog class="help" aria-labelledby="help-heading">
                <div class="dialog-head">
                    <h2 id="help-heading">{ "What the map shows" }</h2>
                    <button type="button" class="button button-quiet help-close" onclick={toggle}>{ "Close" }</button>
                </div>
                <p>{ "Each country is coloured by the stances toward Nicolás Maduro's government that news articles report it taking. Every colour traces to a sentence: select a country to read it." }</p>
                <dl class="help-stances">{ for stances }</dl>
                <dl class="help-stances">{ for MORE_TERMS.iter().map(|&(term, meaning)| html! {
                    <div class="help-term"><dt>{ term }</dt><dd>{ meaning }</dd></div>
                }) }</dl>
                <p>{ "Stances are read by rules, not by people: open the evidence, and untick a wrong one in your own articles." }</p>
            </dialog>
        </header>
    }
}
