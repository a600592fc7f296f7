//! The downloadable map picture: the map's own SVG framed by a title, the filter summary, a legend
//! with counts and a sources line, so the image still says what it shows when it travels alone.
//!
//! Pure string work (the browser side clones and serialises the live map, see
//! [`crate::download`]); every text is XML-escaped here.

use crate::stances;
use atlas_core::date::Date;
use atlas_core::fixed::Fixed;
use atlas_core::model::Stance;
use std::fmt::Write;

/// Width of the picture in CSS pixels; the PNG is drawn at twice this.
pub const WIDTH: f32 = 1200.0;
const PAD: f32 = 24.0;
const HEADER: f32 = 84.0;
/// Legend row and the line that explains stripes and the subject.
const FOOTER: f32 = 76.0;
const SOURCE_LINE: f32 = 16.0;
/// Characters of 12 px text that fit across the picture.
const SOURCE_CHARS: usize = 165;
/// What the map's fills mean beyond the colours.
const KEY: &str = "Stripes: a country holding several stances. Hatched: a stance reported only as speculation. Venezuela, the subject, is outlined.";

/// Where the map goes inside the picture, and how tall the picture is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub map_x: f32,
    pub map_y: f32,
    pub map_width: f32,
    pub map_height: f32,
    pub height: f32,
}

/// Fits a map of `map_width` × `map_height` (its viewBox size) to the picture's width, with room for
/// `source_lines` lines of sources.
pub fn layout(map_width: f32, map_height: f32, source_lines: usize) -> Layout {
    let inner = WIDTH - 2.0 * PAD;
    let ratio = if map_width > 0.0 && map_height > 0.0 { map_height / map_width } else { 0.5 };
    let map_height = (inner * ratio).round();
    let footer = FOOTER + SOURCE_LINE * source_lines as f32 + 8.0;
    Layout { map_x: PAD, map_y: HEADER, map_width: inner, map_height, height: HEADER + map_height + footer }
}

/// The sources text cut into lines that fit the picture, on spaces.
pub fn source_lines(sources: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in sources.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > SOURCE_CHARS {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// What frames the map.
pub struct Frame<'a> {
    pub title: &'a str,
    /// The active filters in words ([`atlas_core::export::summary`]).
    pub summary: &'a str,
    /// Countries per stance under the filters, in [`Stance::ALL`] order.
    pub legend: [usize; 4],
    pub sources: &'a str,
}

/// The whole picture: `map_svg` (a serialised `<svg>` already placed at `layout`'s map box) inside a
/// white page with the frame's texts.
pub fn compose(layout: Layout, map_svg: &str, frame: &Frame<'_>) -> String {
    let (w, h, pad) = (Fixed::short(WIDTH, 2), Fixed::short(layout.height, 2), Fixed::short(PAD, 2));
    let mut out = String::with_capacity(map_svg.len() + 2048);
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">"##
    );
    let _ = write!(out, r##"<rect width="{w}" height="{h}" fill="#ffffff"/>"##);
    let _ = write!(
        out,
        r##"<text x="{pad}" y="40" font-size="24" font-weight="700" fill="#1b2430">{}</text>"##,
        escape(frame.title)
    );
    let _ = write!(
        out,
        r##"<text x="{pad}" y="66" font-size="14" fill="#4b5867">{}</text>"##,
        escape(frame.summary)
    );
    out.push_str(map_svg);
    let legend_y = layout.map_y + layout.map_height + 24.0;
    let step = (WIDTH - 2.0 * PAD) / Stance::ALL.len() as f32;
    for (i, stance) in Stance::ALL.into_iter().enumerate() {
        let x = PAD + step * i as f32;
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="14" height="14" rx="2" fill="{}"/><text x="{}" y="{}" font-size="14" fill="#1b2430">{} ({})</text>"##,
            Fixed::short(x, 2),
            Fixed::short(legend_y - 12.0, 2),
            stances::colour(stance),
            Fixed::short(x + 20.0, 2),
            Fixed::short(legend_y, 2),
            escape(stance.label()),
            frame.legend[stance.index()],
        );
    }
    let _ = write!(
        out,
        r##"<text x="{pad}" y="{}" font-size="12" fill="#4b5867">{}</text>"##,
        Fixed::short(legend_y + 24.0, 2),
        escape(KEY)
    );
    for (i, line) in source_lines(frame.sources).iter().enumerate() {
        let _ = write!(
            out,
            r##"<text x="{pad}" y="{}" font-size="12" fill="#4b5867">{}</text>"##,
            Fixed::short(legend_y + 46.0 + SOURCE_LINE * i as f32, 2),
            escape(line)
        );
    }
    out.push_str("</svg>");
    out
}

/// A list of stroke lengths as the browser computes it (`0.5px`, `2px, 1.5px`), each times
/// `factor`; `None` for anything else (`none`, percentages), which is left as it is.
pub fn scaled_lengths(value: &str, factor: f32) -> Option<String> {
    let mut out = String::new();
    for part in value.split([',', ' ']).filter(|part| !part.is_empty()) {
        let length = atlas_core::fixed::parse(part.strip_suffix("px").unwrap_or(part), 4)?;
        if !out.is_empty() {
            out.push(' ');
        }
        let _ = write!(out, "{}", Fixed::short(length * factor, 3));
    }
    (!out.is_empty()).then_some(out)
}

/// `stance-atlas-claims-2026-11-23.csv`: what, and the day it was taken.
pub fn file_name(what: &str, day: Date, extension: &str) -> String {
    format!("stance-atlas-{what}-{day}.{extension}")
}

/// Text as XML character data or attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 at all.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_keeps_its_proportions_between_header_and_footer() {
        let l = layout(960.0, 480.0, 1);
        assert_eq!(l.map_width, WIDTH - 2.0 * PAD);
        assert_eq!(l.map_height, ((WIDTH - 2.0 * PAD) / 2.0).round());
        assert!(l.height > l.map_y + l.map_height);
        assert_eq!(layout(960.0, 480.0, 3).height - l.height, 2.0 * SOURCE_LINE, "room for each source line");
        // A degenerate viewBox still gives a drawable picture.
        assert!(layout(0.0, 0.0, 1).map_height > 0.0);
    }

    #[test]
    fn the_picture_carries_title_summary_legend_counts_and_sources_as_escaped_text() {
        let frame = Frame {
            title: "Stance Atlas <test>",
            summary: "Reject · asserted only & more",
            legend: [1, 22, 3, 0],
            sources: "Sources: 5 articles",
        };
        let svg = compose(layout(100.0, 50.0, 1), "<svg id=\"map\"></svg>", &frame);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        for expected in [
            "Stance Atlas &lt;test&gt;",
            "Reject · asserted only &amp; more",
            "Recognize (1)",
            "Reject (22)",
            "Break ties (3)",
            "Offer asylum (0)",
            "Sources: 5 articles",
            "<svg id=\"map\"></svg>",
            "Stripes: a country holding several stances",
        ] {
            assert!(svg.contains(expected), "missing {expected}");
        }
        for stance in Stance::ALL {
            assert!(svg.contains(stances::colour(stance)), "no swatch for {stance:?}");
        }
    }

    #[test]
    fn long_sources_wrap_on_spaces_into_lines_that_fit() {
        let long = "word ".repeat(100);
        let lines = source_lines(&long);
        assert!(lines.len() >= 3);
        assert!(lines.iter().all(|l| l.chars().count() <= SOURCE_CHARS && !l.starts_with(' ')));
        assert_eq!(lines.join(" "), long.trim());
        assert_eq!(source_lines("Sources: one."), vec!["Sources: one."]);
        assert!(source_lines("").is_empty());
    }

    #[test]
    fn escaping_leaves_no_markup_and_drops_control_characters() {
        let cases = [
            ("a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c&apos;"),
            ("bell\u{7}line\nnext", "bellline\nnext"),
            ("Perú", "Perú"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape(input), expected);
        }
    }

    #[test]
    fn stroke_lengths_are_scaled_and_anything_else_left_alone() {
        let cases = [
            ("0.5px", Some("1")),
            ("1.6px", Some("3.2")),
            ("2px, 1.5px", Some("4 3")),
            ("2 1.5", Some("4 3")),
            ("none", None),
            ("10%", None),
            ("", None),
        ];
        for (value, expected) in cases {
            assert_eq!(scaled_lengths(value, 2.0).as_deref(), expected, "{value}");
        }
    }

    #[test]
    fn file_names_say_what_and_when() {
        assert_eq!(file_name("claims", Date::new(2026, 11, 3), "csv"), "stance-atlas-claims-2026-11-03.csv");
    }
}
