//! A bar or column chart drawn as plain SVG from the core's layout, with a roving tab
//! stop, accessible names, tooltips and country selection.

use super::marks::{MarksCanvas, Tip};
use crate::app::markup_host::focus_mark;
use crate::core::charts::chart_markup::{bars_markup, mark_name};
use crate::core::charts::{
    layout_bars, series_colour, BarData, BarLayout, ChartBody, ChartData, CHART_WIDTH,
};
use crate::core::lang::Lang;
use crate::core::list_keys::{ListKeys, ListMove};
use leptos::prelude::*;

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
    let LaidOut { bars, layout, room } = bars_laid_out(data, lang);
    let active = RwSignal::new(0usize);
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
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let len = layout.with_untracked(|l| l.as_ref().map_or(0, |l| l.marks.len()));
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            choose(active.get_untracked());
            return;
        }
        let next = ListMove::from_key(&key, ListKeys::All)
            .and_then(|m| m.apply(Some(active.get_untracked()), len));
        if let Some(next) = next {
            ev.prevent_default();
            ev.stop_propagation();
            active.set(next);
            if let Some(svg) = svg.get_untracked() {
                focus_mark(&svg, next);
            }
        }
    };
    let tip_for = move |i: usize| {
        layout.with_untracked(|l| {
            let l = l.as_ref()?;
            let m = l.marks.get(i)?;
            let text = bars.with_untracked(|b| mark_name(b.as_ref()?, m, lang.get_untracked()))?;
            Some(Tip {
                left: (m.x + m.width / 2.0) / l.width * 100.0,
                top: m.y / l.height * 100.0,
                text,
            })
        })
    };
    let markup = Memo::new(move |_| {
        let lang = lang.get();
        layout.with(|l| {
            bars.with(|b| match (l, b) {
                (Some(l), Some(b)) => bars_markup(b, l, lang, &hatch_url, active.get_untracked()),
                _ => String::new(),
            })
        })
    });
    let size = Signal::derive(move || {
        layout.with(|l| {
            l.as_ref()
                .map_or((CHART_WIDTH, 200.0), |l| (l.width, l.height))
        })
    });
    view! {
        <MarksCanvas
            svg=svg
            size=size
            room=room
            labelled_by=labelled_by
            active=active
            on_keydown=Callback::new(on_keydown)
            choose=Callback::new(choose)
            tip_for=Callback::new(tip_for)
            markup=markup
        >
            <defs>
                <pattern id=hatch patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                    <rect width="8" height="8" fill="#ffffff" />
                    <line x1="0" y1="0" x2="0" y2="8" stroke=series_colour(0) stroke-width="4" />
                </pattern>
            </defs>
        </MarksCanvas>
    }
}

/// A bar chart's data and its layout at the width of its card.
struct LaidOut {
    bars: Memo<Option<BarData>>,
    layout: Memo<Option<BarLayout>>,
    /// The width to lay the chart out at: its card's, once measured (see
    /// [`crate::core::charts::chart_width`]). A phone's chart is laid out as narrow as its
    /// card, so its labels keep their size instead of being scaled down with the drawing.
    room: RwSignal<f64>,
}

/// The chart's bars, laid out at the card's width (see [`LaidOut::room`]).
fn bars_laid_out(data: Memo<ChartData>, lang: Memo<Lang>) -> LaidOut {
    let bars = Memo::new(move |_| {
        data.with(|d| match &d.body {
            ChartBody::Bars(b) => Some(b.clone()),
            ChartBody::Matrix(_) => None,
        })
    });
    let room = RwSignal::new(CHART_WIDTH);
    let layout = Memo::new(move |_| {
        let lang = lang.get();
        let width = room.get();
        bars.with(|b| b.as_ref().map(|b| layout_bars(b, lang, width)))
    });
    LaidOut { bars, layout, room }
}

/// The categories' series count, for legends.
pub fn series_of(data: &BarData) -> Vec<(String, &'static str)> {
    data.series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), series_colour(i)))
        .collect()
}
