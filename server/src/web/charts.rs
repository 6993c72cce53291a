//! Charts drawn on the server as SVG with plotters. Text stays text (`<text>` elements,
//! escaped by plotters' SVG backend), so the browser shapes every script: Arabic joined
//! and right to left, Devanagari conjuncts, CJK. Every chart is drawn beside a table with
//! the same numbers; the SVG is a picture of it (`role="img"` with a label).

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::i18n::{Locale, format_number};

/// One bar: its label and value.
pub struct Bar {
    pub label: String,
    pub value: i64,
}

const WIDTH: u32 = 720;
const BAR: u32 = 28;
/// plotters writes a font size of this over 1.24: 18 is 14.5 px.
const FONT: (&str, u32) = ("sans-serif", 18);
const FILL: RGBColor = RGBColor(0x1f, 0x5f, 0x99);
const INK: RGBColor = RGBColor(0x1b, 0x25, 0x30);

fn failed<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow::anyhow!("drawing a chart: {e:?}")
}

/// Labels on one side, bars across, the value at each bar's end.
pub fn horizontal_bars(bars: &[Bar], l: Locale) -> anyhow::Result<String> {
    let n = bars.len().max(1);
    let height = 40 + BAR * u32::try_from(n).unwrap_or(1);
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    // Room after the longest bar for its value.
    let top = max + (max / 6).max(1);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(6)
            .x_label_area_size(26)
            .y_label_area_size(230)
            .build_cartesian_2d(0..top, (0..n).into_segmented())
            .map_err(failed)?;
        // plotters counts segments from the bottom; the first bar goes on top, as in the
        // table beside the chart.
        let row = |i: usize| (n - 1).saturating_sub(i);
        let label = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(i) if *i < n => bars
                .get(row(*i))
                .map(|b| b.label.clone())
                .unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&label)
            .x_labels(5)
            .x_label_formatter(&|v| format_number(*v, l))
            .label_style(FONT.into_font().color(&INK))
            .light_line_style(RGBColor(0xe3, 0xe8, 0xee))
            .draw()
            .map_err(failed)?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                let mut bar = Rectangle::new(
                    [
                        (0, SegmentValue::Exact(row(i))),
                        (b.value, SegmentValue::Exact(row(i) + 1)),
                    ],
                    FILL.filled(),
                );
                bar.set_margin(4, 4, 0, 0);
                bar
            }))
            .map_err(failed)?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                Text::new(
                    format!(" {}", format_number(b.value, l)),
                    (b.value, SegmentValue::CenterOf(row(i))),
                    FONT.into_font()
                        .color(&INK)
                        .pos(Pos::new(HPos::Left, VPos::Center)),
                )
            }))
            .map_err(failed)?;
        root.present().map_err(failed)?;
    }
    Ok(svg)
}

/// A column per day (or any ordered step), labelled every few columns.
pub fn columns(bars: &[Bar], l: Locale) -> anyhow::Result<String> {
    let n = bars.len().max(1);
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let every = n.div_ceil(8).max(1);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 300)).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(8)
            .x_label_area_size(30)
            .y_label_area_size(56)
            .build_cartesian_2d((0..n).into_segmented(), 0..max + (max / 8).max(1))
            .map_err(failed)?;
        let label = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(i) if i % every == 0 => {
                bars.get(*i).map(|b| b.label.clone()).unwrap_or_default()
            }
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(n)
            .x_label_formatter(&label)
            .y_labels(5)
            .y_label_formatter(&|v| format_number(*v, l))
            .label_style(FONT.into_font().color(&INK))
            .light_line_style(RGBColor(0xe3, 0xe8, 0xee))
            .draw()
            .map_err(failed)?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(i), 0),
                        (SegmentValue::Exact(i + 1), b.value),
                    ],
                    FILL.filled(),
                );
                bar.set_margin(0, 0, 1, 1);
                bar
            }))
            .map_err(failed)?;
        root.present().map_err(failed)?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_text_in_their_own_script_and_escaped() {
        let l = Locale::from_code("ar").expect("ar");
        let svg = horizontal_bars(
            &[
                Bar {
                    label: "ألعاب".into(),
                    value: 12,
                },
                Bar {
                    label: "ゲーム <script>".into(),
                    value: 3,
                },
            ],
            l,
        )
        .expect("chart");
        assert!(svg.starts_with("<svg"), "{svg}");
        // (y, text) of every label: the first bar's label is above the second's.
        let texts: Vec<(f64, &str)> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| {
                let y = t.split("y=\"").nth(1)?.split('"').next()?.parse().ok()?;
                let text = t.split_once('>')?.1.split("</text>").next()?.trim();
                Some((y, text))
            })
            .collect();
        let y_of = |label: &str| {
            texts
                .iter()
                .find(|(_, t)| t.starts_with(label))
                .map(|(y, _)| *y)
                .expect("a label")
        };
        assert!(
            y_of("ألعاب") < y_of("ゲーム"),
            "top to bottom in the table's order: {texts:?}"
        );
        // The bars stand where their labels are: the first (12) on top and longer.
        let bars: Vec<(f64, f64)> = svg
            .split("<rect")
            .skip(1)
            .filter(|r| r.contains("fill=\"#1F5F99\""))
            .filter_map(|r| {
                let attr = |name: &str| -> Option<f64> {
                    r.split(&format!(" {name}=\""))
                        .nth(1)?
                        .split('"')
                        .next()?
                        .parse()
                        .ok()
                };
                Some((attr("y")?, attr("width")?))
            })
            .collect();
        assert_eq!(bars.len(), 2, "{svg}");
        let (top, bottom) = if bars[0].0 < bars[1].0 {
            (bars[0], bars[1])
        } else {
            (bars[1], bars[0])
        };
        assert!(
            top.1 > bottom.1,
            "the longer bar (12) is on top, by its label: {bars:?}"
        );
        assert!(svg.contains("ゲーム &lt;script&gt;"), "{svg}");
        assert!(!svg.contains("<script"), "{svg}");
        assert!(
            svg.contains(&format_number(12, l)),
            "values as the locale writes them"
        );
        let days = columns(
            &(0..30)
                .map(|i| Bar {
                    label: format!("d{i}"),
                    value: i,
                })
                .collect::<Vec<_>>(),
            Locale::from_code("ja").expect("ja"),
        )
        .expect("columns");
        let label = |t: &str| days.contains(&format!("\n{t}\n</text>"));
        assert!(
            label("d0") && label("d4") && !label("d1"),
            "every few days: {days}"
        );
    }
}
