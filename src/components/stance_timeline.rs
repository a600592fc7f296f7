//! A country's stances over time: one dot per claim on a strip of article dates, one lane per
//! stance, with the same facts as a list for screen readers.

use super::claim_parts::swatch;
use crate::{format, stances};
use atlas_core::date::Date;
use atlas_core::fixed::Fixed;
use atlas_core::model::{Certainty, Stance};
use atlas_core::query::TimelineEntry;
use yew::prelude::*;

/// A coordinate of the strip, to a hundredth of a unit.
fn short(x: f32) -> String {
    Fixed::short(x, 2).to_string()
}

const LEFT: f32 = 84.0;
const WIDTH: f32 = 320.0;
const LANE: f32 = 15.0;
const TOP: f32 = 9.0;
/// A dot's radius plus half its stroke: how far it reaches from its centre.
const DOT_REACH: f32 = 5.5;
/// From a dot's centre to its count label.
const LABEL_GAP: f32 = 7.0;
/// Room right of the last day for a dot and a count of up to two digits, so neither is cut off.
const RIGHT: f32 = DOT_REACH + LABEL_GAP + 18.0;

/// Horizontal position of a day on the strip: from just right of the lane labels to [`RIGHT`]
/// before the end.
fn x_of(day: i32, (first, last): (i32, i32)) -> f32 {
    let span = (last - first).max(1) as f32;
    let start = LEFT + DOT_REACH + 1.0;
    start + (day - first).clamp(0, last - first) as f32 / span * (WIDTH - RIGHT - start)
}

/// Width of a count label (`×12`, 9 px bold) in strip units, generously.
fn label_width(n: usize) -> f32 {
    let digits = std::iter::successors(Some(n), |&m| (m >= 10).then_some(m / 10)).count();
    6.0 * (1 + digits) as f32
}

/// The count labels of one lane: `stacks` are its dots drawn one on another, as (centre, claims),
/// sorted by centre. Each label goes right of its stack; a stack whose label would reach the
/// next stack's dot takes that stack in, and the label counts both, right of the last. So labels
/// never overlap each other or a dot ("×5×3"). Returns (label x, count) for groups of two or more.
fn count_labels(stacks: &[(f32, usize)]) -> Vec<(f32, usize)> {
    let mut groups: Vec<(f32, usize)> = Vec::new();
    for &(x, n) in stacks {
        match groups.last_mut() {
            Some((last, count))
                if *count > 1 && x - DOT_REACH < *last + LABEL_GAP + label_width(*count) + 1.0 =>
            {
                (*last, *count) = (x, *count + n);
            }
            _ => groups.push((x, n)),
        }
    }
    groups.into_iter().filter(|&(_, n)| n > 1).map(|(x, n)| (x + LABEL_GAP, n)).collect()
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
                <line x1={short(LEFT)} x2={short(WIDTH)} y1={short(y)} y2={short(y)} class="timeline-rule" />
                <text x="0" y={short(y + 4.0)} class="timeline-label">{ stance.label() }</text>
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
                cx={short(x_of(e.date.days_since_epoch(), days))}
                cy={short(y)}
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
    let mut stacks: Vec<(Stance, f32, usize)> = Vec::new();
    for e in entries.iter() {
        let x = x_of(e.date.days_since_epoch(), days);
        match stacks.iter_mut().find(|(s, sx, _)| *s == e.stance && (*sx - x).abs() <= 3.0) {
            Some(stack) => stack.2 += 1,
            None => stacks.push((e.stance, x, 1)),
        }
    }
    // The entries come oldest first (`ClaimIndex::timeline`), so each lane's stacks are in order
    // of position, as `count_labels` wants them.
    let mut counts: Vec<Html> = Vec::new();
    for stance in Stance::ALL {
        let lane: Vec<(f32, usize)> = stacks.iter().filter(|s| s.0 == stance).map(|s| (s.1, s.2)).collect();
        let y = short(TOP + LANE * stance.index() as f32 + 3.5);
        for (x, n) in count_labels(&lane) {
            counts.push(
                html! { <text class="timeline-count" x={short(x)} y={y.clone()}>{ format!("×{n}") }</text> },
            );
        }
    }
    let axis_y = height - 2.0;
    let items = all.iter().map(|e| html! { <li>{ swatch(e.stance) }{ entry_text(e) }</li> });
    html! {
        <div class="timeline">
            { undated_note }
            if !entries.is_empty() {
                <svg class="timeline-strip" viewBox={format!("0 0 {} {}", Fixed::short(WIDTH, 2), Fixed::short(height, 2))} aria-hidden="true" focusable="false">
                    { for lanes }
                    { for dots }
                    { for counts }
                    <text x={short(LEFT)} y={short(axis_y)} class="timeline-year">{ first.year }</text>
                    <text x={short(WIDTH)} y={short(axis_y)} class="timeline-year" text-anchor="end">{ last.year }</text>
                </svg>
            }
            <details class="timeline-text">
                <summary>{ "Timeline as a list" }</summary>
                <ol>{ for items }</ol>
            </details>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each label's span, from its x to its end.
    fn spans(labels: &[(f32, usize)]) -> Vec<(f32, f32)> {
        labels.iter().map(|&(x, n)| (x, x + label_width(n))).collect()
    }

    #[test]
    fn the_first_and_last_days_keep_their_dot_and_count_inside_the_strip() {
        let days = (0, 3000);
        let (first, last) = (x_of(0, days), x_of(3000, days));
        assert!(first - DOT_REACH > LEFT, "the first dot runs into the lane labels: {first}");
        assert!(last + LABEL_GAP + label_width(99) <= WIDTH, "the last day's count is cut off: {last}");
        assert_eq!(
            [label_width(2), label_width(10), label_width(99), label_width(100)],
            [12.0, 18.0, 18.0, 24.0]
        );
        assert!(last + DOT_REACH < WIDTH, "the last dot is cut off: {last}");
        assert!(x_of(-10, days) == first && x_of(4000, days) == last, "days outside are not clamped");
    }

    #[test]
    fn count_labels_never_overlap_each_other_or_a_dot() {
        // What drew "×5×3": five claims and three claims a few units apart.
        assert_eq!(count_labels(&[(200.0, 5), (210.0, 3)]), [(217.0, 8)]);
        // Far enough apart, each keeps its own count; singles get none.
        assert_eq!(count_labels(&[(100.0, 2), (160.0, 1), (250.0, 3)]), [(107.0, 2), (257.0, 3)]);
        // A dense lane: every label clear of every other label and of every dot.
        let stacks: Vec<(f32, usize)> = (0..40).map(|i| (100.0 + 4.0 * i as f32, 1 + i % 4)).collect();
        let labels = count_labels(&stacks);
        let total: usize = stacks.iter().map(|s| s.1).sum();
        let labelled: usize = labels.iter().map(|l| l.1).sum();
        assert!(labelled <= total && !labels.is_empty());
        let spans = spans(&labels);
        for pair in spans.windows(2) {
            assert!(pair[0].1 < pair[1].0, "labels overlap: {pair:?}");
        }
        for &(start, end) in &spans {
            for &(x, _) in &stacks {
                assert!(
                    x + DOT_REACH <= start || x - DOT_REACH >= end,
                    "a label at {start}..{end} covers the dot at {x}"
                );
            }
        }
    }
}
