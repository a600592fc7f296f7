//! A country's stances over time: one dot per claim on a strip of article dates, one lane per
//! stance, with the same facts as a list for screen readers.

use super::claim_parts::swatch;
use crate::{format, stances};
use atlas_core::date::Date;
use atlas_core::decimal::{shortest, Shortest};
use atlas_core::model::{Certainty, Stance};
use atlas_core::query::TimelineEntry;
use yew::prelude::*;

const LEFT: f32 = 84.0;
const WIDTH: f32 = 320.0;
const LANE: f32 = 15.0;
const TOP: f32 = 9.0;

/// Horizontal position of a day on the strip.
fn x_of(day: i32, (first, last): (i32, i32)) -> f32 {
    let span = (last - first).max(1) as f32;
    LEFT + (day - first).clamp(0, last - first) as f32 / span * (WIDTH - LEFT - 8.0) + 4.0
}

fn entry_text(e: &TimelineEntry) -> String {
    let mut text = format!("{}: {}", format::article_date(e.date, false), e.stance.label());
    if e.date.is_undated() && !e.in_range {
        text.push_str(", in no period of the chosen dates");
        return text;
    }
    if e.certainty == Certainty::Speculative {
        text.push_str(" (speculative)");
    }
    if let Some(bloc) = e.via {
        text.push_str(&format!(" via {bloc}"));
    }
    if !e.in_range {
        text.push_str(", outside the chosen dates");
    }
    text
}

/// The strip and the list of `entries`; `bounds` are the corpus's first and last article dates, so
/// every country's strip spans the same years. A function, not a component: it has no state, and
/// a component costs its own copy of Yew's mounting code in the wasm.
pub fn stance_timeline(all: &[TimelineEntry], bounds: (Date, Date)) -> Html {
    if all.is_empty() {
        return html! { <p class="timeline-empty">{ "No claim to place in time under the current filters." }</p> };
    }
    // Undated claims have no place on the strip: they are listed, and counted beside it.
    let undated = all.iter().filter(|e| e.date.is_undated()).count();
    let undated_note = (undated > 0).then(|| {
        html! {
            <p class="timeline-undated" title={format::UNDATED_TITLE}>
                { format!("{} from undated articles, not on the strip.", format::count(undated, "claim", "claims")) }
            </p>
        }
    });
    let entries: Vec<TimelineEntry> = all.iter().filter(|e| !e.date.is_undated()).copied().collect();
    let entries = &entries[..];
    let (first, last) = bounds;
    let days = (first.days_since_epoch(), last.days_since_epoch().max(first.days_since_epoch()));
    let height = TOP + LANE * Stance::ALL.len() as f32 + 14.0;
    let lanes = Stance::ALL.into_iter().enumerate().map(|(i, stance)| {
        let y = TOP + LANE * i as f32;
        html! {
            <g class="timeline-lane">
                <line x1={shortest(LEFT)} x2={shortest(WIDTH)} y1={shortest(y)} y2={shortest(y)} class="timeline-rule" />
                <text x="0" y={shortest(y + 4.0)} class="timeline-label">{ stance.label() }</text>
            </g>
        }
    });
    let dots = entries.iter().map(|e| {
        let y = TOP + LANE * e.stance.index() as f32;
        let colour = stances::colour(e.stance);
        let speculative = e.certainty == Certainty::Speculative;
        html! {
            <circle
                class={classes!("timeline-dot", (!e.in_range).then_some("is-outside"), e.via.is_some().then_some("is-via"))}
                cx={shortest(x_of(e.date.days_since_epoch(), days))}
                cy={shortest(y)}
                r="4.5"
                fill={if speculative { "#ffffff" } else { colour }}
                stroke={colour}
                stroke-width="2"
                stroke-dasharray={speculative.then_some("2 1.5")}
            >
                <title>{ entry_text(e) }</title>
            </circle>
        }
    });
    // Claims on the same day and lane draw one on another; a count beside them says how many.
    let mut stacks: Vec<(Stance, i32, usize)> = Vec::new();
    for e in entries.iter() {
        let x = x_of(e.date.days_since_epoch(), days).round() as i32;
        match stacks.iter_mut().find(|(s, sx, _)| *s == e.stance && (*sx - x).abs() <= 3) {
            Some(stack) => stack.2 += 1,
            None => stacks.push((e.stance, x, 1)),
        }
    }
    let counts = stacks.into_iter().filter(|&(_, _, n)| n > 1).map(|(stance, x, n)| {
        let y = TOP + LANE * stance.index() as f32 + 3.5;
        // Beside the dot, on whichever side has room.
        let (tx, anchor) = if x as f32 > WIDTH - 24.0 { (x - 7, "end") } else { (x + 7, "start") };
        html! { <text class="timeline-count" x={tx.to_string()} y={shortest(y)} text-anchor={anchor}>{ format!("×{n}") }</text> }
    });
    let axis_y = height - 2.0;
    let items = all.iter().map(|e| html! { <li>{ swatch(e.stance) }{ entry_text(e) }</li> });
    html! {
        <div class="timeline">
            { undated_note }
            if !entries.is_empty() {
                <svg class="timeline-strip" viewBox={format!("0 0 {} {}", Shortest(WIDTH), Shortest(height))} aria-hidden="true" focusable="false">
                    { for lanes }
                    { for dots }
                    { for counts }
                    <text x={shortest(LEFT)} y={shortest(axis_y)} class="timeline-year">{ first.year }</text>
                    <text x={shortest(WIDTH)} y={shortest(axis_y)} class="timeline-year" text-anchor="end">{ last.year }</text>
                </svg>
            }
            <details class="timeline-text">
                <summary>{ "Timeline as a list" }</summary>
                <ol>{ for items }</ol>
            </details>
        </div>
    }
}
