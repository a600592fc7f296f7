//! Time as a reader thinks of it: the map "as of" a month (a slider over the months the articles
//! cover, the crisis's episodes marked under it, a play button that steps through the months), the
//! period the map shows said above it, and "what changed" between two months.

use crate::format;
use atlas_core::date::{Date, MONTH_NAMES};
use atlas_core::query::{Change, ClaimIndex};
use atlas_core::view::{Action, StanceSet, ViewState, EPISODES};
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the map shows each month while playing.
const PLAY_STEP_MS: u32 = 1_200;
/// Id of the line that says which period the map shows.
const PERIOD_ID: &str = "time-period";

/// The months from `first` to `last`, as indexes from `first`'s month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Months {
    first: i32,
    count: i32,
}

impl Months {
    /// The months a claim index covers; `None` when no article has a date.
    pub fn of(index: &ClaimIndex) -> Option<Months> {
        let (first, last) = index.date_bounds()?;
        let first = month_number(first);
        Some(Months { first, count: month_number(last) - first + 1 })
    }

    /// The month `date` falls in, as an index, clamped to the months covered.
    fn index(self, date: Date) -> i32 {
        (month_number(date) - self.first).clamp(0, self.count - 1)
    }

    /// The last day of month `i`: the map as of it shows everything that month said.
    fn last_day(self, i: i32) -> Date {
        let n = self.first + i.clamp(0, self.count - 1);
        Date::new((n / 12) as u16, (n % 12 + 1) as u8, 0).last_day()
    }

    fn last(self) -> i32 {
        self.count - 1
    }
}

fn month_number(date: Date) -> i32 {
    i32::from(date.year) * 12 + i32::from(date.month.max(1)) - 1
}

/// `March 2019`.
fn month_name(date: Date) -> String {
    format!("{} {}", MONTH_NAMES[usize::from(date.month.clamp(1, 12)) - 1], date.year)
}

/// What the map shows, in words: the line above it.
pub fn period(view: &ViewState) -> String {
    let day = |d: Date| format::article_date(d, false);
    let range = match (view.from, view.to) {
        (Some(f), Some(t)) => Some(format!("{} – {}", day(f), day(t))),
        (Some(f), None) => Some(format!("from {}", day(f))),
        (None, Some(t)) => Some(format!("until {}", day(t))),
        (None, None) => None,
    };
    match (view.as_of, range) {
        (Some(d), None) => format!("As of {}: each country's latest recognition or rejection", day(d)),
        (Some(d), Some(r)) => {
            format!("As of {} ({r}): each country's latest recognition or rejection", day(d))
        }
        (None, Some(r)) => format!("Articles dated {r}"),
        (None, None) => "Every date".into(),
    }
}

/// Whether the months are playing, and the timer that steps them: a hook of the page's, so the
/// bar can be a plain function (a component costs its own copy of Yew's mounting code).
#[hook]
pub fn use_play(
    as_of: Option<Date>,
    index: &'static ClaimIndex,
    on_action: &Callback<Action>,
) -> UseStateHandle<bool> {
    let playing = use_state(|| false);
    let months = Months::of(index);
    // While playing, each month is shown for a moment, then the next; the last one stops.
    {
        let (playing, on_action) = (playing.clone(), on_action.clone());
        use_effect_with((*playing, as_of, months), move |&(on, as_of, months)| {
            let timer = months.filter(|_| on).map(|m| {
                Timeout::new(PLAY_STEP_MS, move || match as_of.map(|d| m.index(d)) {
                    Some(i) if i < m.last() => on_action.emit(Action::SetAsOf(Some(m.last_day(i + 1)))),
                    _ => playing.set(false),
                })
            });
            move || drop(timer)
        });
    }
    playing
}

/// The line above the map: the period it shows, when it is not every date (the first view, whose
/// map is not pushed down on a phone).
pub fn time_period(view: &ViewState) -> Html {
    if !view.has_time() {
        return html! {};
    }
    html! { <p class="time-period" id={PERIOD_ID}>{ period(view) }</p> }
}

/// The bar under the map (over the table): play, the as-of slider, "what changed". Under, not
/// over: the first frame draws the map without it (it holds form controls) and it arrives without
/// moving the map.
pub fn time_bar(
    view: &ViewState,
    index: &'static ClaimIndex,
    playing: &UseStateHandle<bool>,
    on_action: &Callback<Action>,
) -> Html {
    let months = Months::of(index);
    let Some(months) = months else {
        return html! {};
    };
    // The slider's last stop is "every date", past the last month.
    let all = months.count;
    let value = view.as_of.map_or(all, |d| months.index(d));
    let oninput = {
        let (on_action, playing) = (on_action.clone(), playing.clone());
        Callback::from(move |e: InputEvent| {
            let i: i32 =
                e.target_unchecked_into::<web_sys::HtmlInputElement>().value().parse().unwrap_or(all);
            playing.set(false);
            on_action.emit(Action::SetAsOf((i < all).then(|| months.last_day(i))));
        })
    };
    let toggle_play = {
        let (on_action, playing, as_of) = (on_action.clone(), playing.clone(), view.as_of);
        Callback::from(move |_: MouseEvent| {
            if *playing {
                playing.set(false);
                return;
            }
            // From the start when the map is at the end (or shows every date).
            if as_of.is_none_or(|d| months.index(d) >= months.last()) {
                on_action.emit(Action::SetAsOf(Some(months.last_day(0))));
            }
            playing.set(true);
        })
    };
    // Hundredths of a percent, in integers: formatting a float would bring core's float printing
    // into the wasm.
    let percent = |i: i32| {
        let p = i * 10_000 / all;
        format!("{}.{:02}%", p / 100, p % 100)
    };
    let first_day = months.last_day(0).first_day();
    let last_day = months.last_day(months.last());
    // Drawn in SVG, whose positions are attributes: the page's style policy refuses style
    // attributes. The filters' episode buttons are the way to choose one; these only show them.
    let shown: Vec<_> = EPISODES
        .iter()
        .filter(|e| e.to >= first_day && e.from <= last_day)
        .map(|e| (e, months.index(e.from.max(first_day)), months.index(e.to.min(last_day))))
        .collect();
    // A label ends a tenth of the track before the next one starts, so none overlaps; where two
    // are closer, the later (the longer-lived episodes) keeps its label.
    let mut next_label = i32::MAX;
    let mut labelled = vec![false; shown.len()];
    for (i, &(_, start, _)) in shown.iter().enumerate().rev() {
        if (start + all / 10) <= next_label {
            labelled[i] = true;
            next_label = start;
        }
    }
    let marks = shown.iter().zip(labelled).map(|(&(e, start, end), labelled)| {
        let (x, width) = (percent(start), percent(end - start + 1));
        let short = e.label.split(' ').next().unwrap_or(e.label);
        html! {
            <g>
                <title>{ e.label }</title>
                <rect x={x.clone()} y="0" {width} height="3" />
                if labelled {
                    <text {x} y="15">{ short }</text>
                }
            </g>
        }
    });
    let text = view.as_of.map_or_else(|| "Every date".to_string(), |d| format!("As of {}", month_name(d)));
    let since_toggle = {
        let on_action = on_action.clone();
        let (since, later) = (view.since, view.as_of.map_or(months.last(), |d| months.index(d)));
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetSince(match since {
                Some(_) => None,
                None => Some(months.last_day((later - 12).max(0))),
            }))
        })
    };
    html! {
        <div class="time-bar">
            <div class="time-controls">
                <button type="button" class="chip time-play" aria-pressed={(**playing).to_string()} onclick={toggle_play}>
                    { if **playing { "❚❚ Pause" } else { "▶ Play" } }
                </button>
                <div class="time-track">
                    <input type="range" class="time-slider" min="0" max={all.to_string()} step="1"
                        value={value.to_string()} aria-label="Map as of" aria-valuetext={text}
                        {oninput} />
                    <svg class="time-episodes" width="100%" height="18" aria-hidden="true" focusable="false">
                        { for marks }
                    </svg>
                </div>
                <button type="button" class="chip" aria-expanded={view.since.is_some().to_string()} onclick={since_toggle}>
                    { "What changed?" }
                </button>
            </div>
            if let Some(since) = view.since {
                { what_changed(index, view, months, since, on_action) }
            }
        </div>
    }
}

/// The countries that gained or lost a stance between `since` and the as-of month (or the last).
fn what_changed(
    index: &ClaimIndex,
    view: &ViewState,
    months: Months,
    since: Date,
    on_action: &Callback<Action>,
) -> Html {
    let later = view.as_of.unwrap_or(months.last_day(months.last()));
    let changes = index.changes(view, since, later);
    let chosen = months.index(since);
    let onchange = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let i: i32 = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().unwrap_or(0);
            on_action.emit(Action::SetSince(Some(months.last_day(i))));
        })
    };
    let options = (0..months.count).map(|i| {
        let label = month_name(months.last_day(i));
        html! { <option value={i.to_string()} selected={i == chosen}>{ label }</option> }
    });
    let stances = |set: StanceSet, sign: &'static str| {
        set.iter().map(move |s| {
            html! { <span class="change-stance">{ super::map_legend::swatch(s) }{ format!("{sign} {}", s.label()) }</span> }
        })
    };
    let rows = changes.iter().map(|c: &Change| {
        let select = super::send::<MouseEvent>(on_action, Action::Select(Some(c.code)));
        html! {
            <li>
                <button type="button" class="bloc-name" onclick={select}>{ c.name }</button>
                { for stances(c.gained, "+") }
                { for stances(c.lost, "−") }
            </li>
        }
    });
    let close = super::send::<MouseEvent>(on_action, Action::SetSince(None));
    html! {
        <section class="what-changed" aria-labelledby="what-changed-title">
            <h3 id="what-changed-title">{ "What changed" }</h3>
            <p>
                <label>{ "Between the end of " }
                    <select {onchange}>{ for options }</select>
                </label>
                { format!(" and {}: ", format::article_date(later, false)) }
                { format::count(changes.len(), "country or bloc", "countries and blocs") }
                { " gained (+) or lost (−) a stance under the filters." }
            </p>
            if changes.is_empty() {
                <p class="what-changed-none">{ "No country gained or lost a stance between these dates." }</p>
            } else {
                <ul class="what-changed-list">{ for rows }</ul>
            }
            <button type="button" class="chip" onclick={close}>{ "Close" }</button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_run_from_the_first_to_the_last_month_and_clamp_outside() {
        let m = Months { first: month_number(Date::new(2017, 11, 21)), count: 3 };
        assert_eq!(m.last_day(0), Date::new(2017, 11, 30));
        assert_eq!(m.last_day(2), Date::new(2018, 1, 31));
        assert_eq!(m.index(Date::new(2018, 1, 5)), 2);
        assert_eq!(m.index(Date::new(2030, 1, 1)), 2);
        assert_eq!(m.index(Date::new(2001, 1, 1)), 0);
        assert_eq!(month_name(Date::new(2019, 3, 31)), "March 2019");
    }

    #[test]
    fn the_period_line_says_what_the_map_shows() {
        let v = ViewState::default();
        assert_eq!(period(&v), "Every date");
        let v = v.reduce(Action::SetAsOf(Some(Date::new(2019, 3, 31))));
        assert_eq!(period(&v), "As of 31 March 2019: each country's latest recognition or rejection");
        let v = ViewState::default().reduce(Action::ApplyEpisode(&EPISODES[2]));
        assert_eq!(period(&v), "Articles dated 1 January 2024 – 10 January 2025");
    }
}
