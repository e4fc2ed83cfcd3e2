//! A bar or column chart drawn as plain SVG from the core's layout, with a roving tab
//! stop, accessible names, tooltips and country selection.

use super::marks::{mark_name, MarkTooltip, Tip};
use crate::app::i18n::tr;
use crate::core::charts::{
    layout_bars, move_in_list, series_colour, BarData, ChartBody, ChartData, Orientation,
};
use crate::core::url_state::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses mark `index` inside `svg`.
pub fn focus_mark(svg: NodeRef<leptos::svg::Svg>, index: usize) {
    let Some(svg) = svg.get_untracked() else {
        return;
    };
    let element: web_sys::Element = svg.unchecked_into();
    if let Ok(Some(mark)) = element.query_selector(&format!("[data-i=\"{index}\"]")) {
        let _ = mark.unchecked_into::<web_sys::SvgElement>().focus();
    }
}

/// The chart's SVG.
#[component]
pub fn BarChartSvg(
    /// The chart's data.
    data: Memo<ChartData>,
    /// The `<svg>` element, for export.
    svg: NodeRef<leptos::svg::Svg>,
    /// Id of the element naming the chart.
    labelled_by: String,
    /// Called with a country code when its bar is chosen.
    on_select: Callback<String>,
) -> impl IntoView {
    let lang = crate::app::i18n::use_lang();
    let bars = Memo::new(move |_| {
        data.with(|d| match &d.body {
            ChartBody::Bars(b) => Some(b.clone()),
            ChartBody::Matrix(_) => None,
        })
    });
    let layout = Memo::new(move |_| bars.with(|b| b.as_ref().map(layout_bars)));
    let (active, set_active) = signal(0usize);
    let (tip, set_tip) = signal(None::<Tip>);
    let slug = data.with_untracked(|d| d.kind.slug());
    let hatch = format!("sa-hatch-{slug}");
    let hatch_url = format!("url(#{hatch})");
    let choose = move |i: usize| {
        let chosen = bars.with_untracked(|b| {
            let b = b.as_ref()?;
            let mark = layout.with_untracked(|l| l.as_ref()?.marks.get(i).cloned())?;
            let c = b.categories.get(mark.category)?;
            c.selects_country.then(|| c.key.clone())
        });
        if let Some(code) = chosen {
            on_select.run(code);
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let len = layout.with_untracked(|l| l.as_ref().map_or(0, |l| l.marks.len()));
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            choose(active.get_untracked());
            return;
        }
        if let Some(next) = move_in_list(&key, active.get_untracked(), len) {
            ev.prevent_default();
            ev.stop_propagation();
            set_active.set(next);
            focus_mark(svg, next);
        }
    };
    let show_tip = move |i: usize| {
        let t = layout.with_untracked(|l| {
            let l = l.as_ref()?;
            let m = l.marks.get(i)?;
            let text = bars.with_untracked(|b| mark_name(b.as_ref()?, m, lang.get_untracked()))?;
            Some(Tip {
                left: (m.x + m.width / 2.0) / l.width * 100.0,
                top: m.y / l.height * 100.0,
                text,
            })
        });
        set_tip.set(t);
    };
    let drawing = move || {
        let (Some(l), Some(b)) = (layout.get(), bars.get()) else {
            return ().into_any();
        };
        let lang: Lang = lang.get();
        let horizontal = b.orientation == Orientation::Horizontal;
        let (px0, py0, px1, py1) = l.plot;
        let grid = l
            .value_ticks
            .iter()
            .map(|t| {
                if horizontal {
                    view! {
                        <line class="sa-grid" x1=t.pos x2=t.pos y1=py0 y2=py1 />
                        <text class="sa-tick" x=t.pos y=py1 + 16.0 text-anchor="middle">{t.text.clone()}</text>
                    }
                    .into_any()
                } else {
                    view! {
                        <line class="sa-grid" x1=px0 x2=px1 y1=t.pos y2=t.pos />
                        <text class="sa-tick" x=px0 - 6.0 y=t.pos + 4.0 text-anchor="end">{t.text.clone()}</text>
                    }
                    .into_any()
                }
            })
            .collect_view();
        let highlighted: Vec<String> = b
            .categories
            .iter()
            .filter(|c| c.highlight)
            .map(|c| c.label.clone())
            .collect();
        let labels = l
            .category_labels
            .iter()
            .map(|c| {
                let strong = highlighted.iter().any(|h| c.text.starts_with(h.trim_end_matches('…')));
                if horizontal {
                    view! {
                        <text class="sa-cat" class:sa-cat-strong=strong x=px0 - 6.0 y=c.pos + 4.0 text-anchor="end">{c.text.clone()}</text>
                    }
                    .into_any()
                } else {
                    view! {
                        <text class="sa-cat" class:sa-cat-strong=strong x=c.pos y=py1 + 16.0 text-anchor="middle">{c.text.clone()}</text>
                    }
                    .into_any()
                }
            })
            .collect_view();
        let zero = if horizontal {
            view! { <line class="sa-axis" x1=l.zero x2=l.zero y1=py0 y2=py1 /> }.into_any()
        } else {
            view! { <line class="sa-axis" x1=px0 x2=px1 y1=l.zero y2=l.zero /> }.into_any()
        };
        let hatch_url = hatch_url.clone();
        let marks = l
            .marks
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let c = &b.categories[m.category];
                let colour = series_colour(m.series);
                let name = mark_name(&b, m, lang).unwrap_or_default();
                let role = if c.selects_country { "button" } else { "img" };
                let fill = if c.target { hatch_url.clone() } else { colour.to_string() };
                let target_label = c.target.then(|| {
                    let (x, y) = if horizontal {
                        (m.x + m.width + 4.0, m.y + m.height / 2.0 + 4.0)
                    } else {
                        (m.x + m.width / 2.0, m.y - 6.0)
                    };
                    let anchor = if horizontal { "start" } else { "middle" };
                    view! {
                        <text class="sa-target-label" x=x y=y text-anchor=anchor>{tr("charts_target_word")}</text>
                    }
                });
                view! {
                    <rect
                        class="sa-mark"
                        class:sa-mark-highlight=c.highlight
                        class:sa-mark-target=c.target
                        class:sa-mark-selectable=c.selects_country
                        data-i=i
                        x=m.x
                        y=m.y
                        width=m.width.max(0.0)
                        height=m.height.max(0.0)
                        fill=fill
                        stroke=colour
                        role=role
                        aria-label=name
                        aria-pressed=c.selects_country.then(|| c.highlight.to_string())
                        tabindex=move || if active.get() == i { "0" } else { "-1" }
                        on:click=move |_| {
                            set_active.set(i);
                            choose(i);
                        }
                        on:focus=move |_| {
                            set_active.set(i);
                            show_tip(i);
                        }
                        on:blur=move |_| set_tip.set(None)
                        on:mouseenter=move |_| show_tip(i)
                        on:mouseleave=move |_| set_tip.set(None)
                    />
                    {target_label}
                }
            })
            .collect_view();
        view! {
            {grid}
            {zero}
            {labels}
            <g class="sa-marks">{marks}</g>
        }
        .into_any()
    };
    let size = move || layout.with(|l| l.as_ref().map_or((640.0, 200.0), |l| (l.width, l.height)));
    view! {
        <div class="sa-chart-canvas">
            <svg
                node_ref=svg
                class="sa-chart-svg"
                width=move || size().0
                height=move || size().1
                viewBox=move || format!("0 0 {} {}", size().0, size().1)
                role="group"
                aria-labelledby=labelled_by
                on:keydown=on_keydown
            >
                <defs>
                    <pattern id=hatch patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                        <rect width="8" height="8" fill="#ffffff" />
                        <line x1="0" y1="0" x2="0" y2="8" stroke=series_colour(0) stroke-width="4" />
                    </pattern>
                </defs>
                {drawing}
            </svg>
            <MarkTooltip tip=tip />
        </div>
    }
}

/// The categories' series count, for legends.
pub fn series_of(data: &BarData) -> Vec<(String, &'static str)> {
    data.series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), series_colour(i)))
        .collect()
}
