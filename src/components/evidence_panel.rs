//! The evidence behind one country (or bloc): its stances under the current filters, each claim
//! with the sentence it was read from, the article, the rule, and the country's timeline.

use super::article_reader::ArticleReader;
use super::claim_parts::{
    article_time, certainty_badge, editorial_mark, evidence, party, source_link, stance_badge,
};
use super::stance_timeline::stance_timeline;
use crate::{focus, format};
use atlas_core::model::Certainty;
use atlas_core::query::{ClaimIndex, Filtered};
use atlas_core::view::{Action, StanceSet, ViewState};
use std::rc::Rc;
use yew::prelude::*;

/// Id of the panel's heading, which names it.
pub const EVIDENCE_HEADING: &str = "evidence-heading";

#[derive(Properties)]
pub struct EvidencePanelProps {
    /// The selected country or bloc.
    pub code: &'static str,
    pub state: Rc<ViewState>,
    pub index: &'static ClaimIndex,
    /// The claims under the view's filters (`index.filter(&state)`).
    pub filtered: Rc<Filtered<'static>>,
    pub on_action: Callback<Action>,
}

impl PartialEq for EvidencePanelProps {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
            && self.state == other.state
            && std::ptr::eq(self.index, other.index)
            && Rc::ptr_eq(&self.filtered, &other.filtered)
            && self.on_action == other.on_action
    }
}

#[function_component]
pub fn EvidencePanel(props: &EvidencePanelProps) -> Html {
    let heading = use_node_ref();
    let reading = use_state(|| None::<u32>);

    // Focus moves into the panel when it opens (or shows another country) and back when it closes.
    {
        let heading = heading.clone();
        use_effect_with(props.code, move |_| {
            let returns_to = focus::active();
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            move || {
                let inside_panel = returns_to
                    .as_ref()
                    .is_some_and(|e| e.closest(".evidence-panel").ok().flatten().is_some());
                if let Some(element) = returns_to.filter(|_| !inside_panel) {
                    focus::restore(&element);
                }
            }
        });
    }

    let close = super::send::<MouseEvent>(&props.on_action, Action::Select(None));
    let keydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_action.emit(Action::Select(None));
            }
        })
    };

    let index = props.index;
    let gazetteer = index.gazetteer();
    let name = gazetteer.actor_name(props.code);
    let claims = props.filtered.claims_of(props.code);
    let held =
        claims.iter().filter_map(|r| index.claim(r.id)).fold(StanceSet::NONE, |set, c| set.with(c.stance));
    let timeline = index.timeline(props.code, &props.state);
    let bounds = index.date_bounds();

    let items = claims.iter().filter_map(|r| {
        let claim = *index.claim(r.id)?;
        let article = *index.article_of(r.id)?;
        let id = r.id;
        let read = {
            let reading = reading.setter();
            Callback::from(move |_: MouseEvent| reading.set(Some(id)))
        };
        let speculative = claim.certainty == Certainty::Speculative;
        Some(html! {
            <li class={if speculative { "claim is-speculative" } else { "claim" }} key={id}>
                <p class="claim-head">
                    { stance_badge(claim.stance) }
                    { certainty_badge(claim.certainty) }
                    if let Some((role, who)) = party(&claim, gazetteer) {
                        <span class="claim-party">{ format!("{role}: {who}") }</span>
                    }
                    if let Some(bloc) = r.via {
                        <span class="via" title={format!("A claim about {}, shown for its member states", gazetteer.actor_name(bloc))}>
                            { format!("via {bloc}") }
                        </span>
                    }
                </p>
                <blockquote class="evidence">{ evidence(&claim, &article, None) }</blockquote>
                <p class="claim-source">
                    <cite>{ article.title }</cite>{ " " }{ editorial_mark(&article) }
                    <span class="claim-outlet">{ article.outlet }</span>
                    { article_time(&article) }
                    { source_link(&article, "Original article") }
                </p>
                <p class="claim-foot">
                    <span class="claim-rule">{ "Rule " }<code>{ claim.rule }</code></span>
                    <button type="button" class="read-in-article" onclick={read}>{ "Read in article" }</button>
                </p>
            </li>
        })
    });

    let reader = reading.and_then(|id| {
        let claim = *index.claim(id)?;
        let article = *index.article_of(id)?;
        let on_close = {
            let reading = reading.setter();
            Callback::from(move |()| reading.set(None))
        };
        Some(html! { <ArticleReader claim={Some(claim)} {article} index={claim.article} {on_close} /> })
    });

    html! {
        <>
            <aside id="panel" class="evidence-panel" role="dialog" aria-labelledby={EVIDENCE_HEADING} data-selected={props.code} onkeydown={keydown}>
                <header class="evidence-head">
                    <h2 id={EVIDENCE_HEADING} tabindex="-1" ref={heading}>{ name }</h2>
                    <button type="button" class="evidence-close" onclick={close} aria-label={format!("Close the evidence for {name}")}>
                        <span aria-hidden="true">{ "×" }</span>
                    </button>
                </header>
                <p class="evidence-stances">
                    if held.is_empty() {
                        { "No stance under the current filters." }
                    } else {
                        { for held.iter().map(stance_badge) }
                    }
                </p>
                <p class="evidence-count">{ format!("{} under the current filters", format::count(claims.len(), "claim", "claims")) }</p>
                if let Some(bounds) = bounds {
                    <section class="evidence-timeline" aria-label={format!("{name} over time")}>
                        <h3>{ "Over time" }</h3>
                        { stance_timeline(&timeline, bounds) }
                    </section>
                }
                <ol class="claim-list">{ for items }</ol>
            </aside>
            // Its own element: an optional sibling of the panel would make Yew re-create the panel,
            // losing the button that focus returns to.
            <div class="reader-slot">{ for reader }</div>
        </>
    }
}
