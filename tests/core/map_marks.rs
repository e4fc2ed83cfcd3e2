//! How a country's arcs and glyphs are styled in a year: widths and radii grow with the
//! figures, start at the smallest visible size, and are zero (nothing drawn) without any.

use skills_atlas::core::map_model::marks::{
    arc_style, arc_width, arc_widths, glyph_at, partner_glyph_style, partner_radius,
    workshop_glyph_style, GLYPH_NONE,
};
use skills_atlas::core::map_model::Metrics;

#[test]
fn arc_widths_are_zero_without_activity_and_grow_by_square_root() {
    assert_eq!(arc_width(0, 100), 0.0);
    assert!((arc_width(1, 100) - 1.12).abs() < 1e-9);
    assert!((arc_width(25, 100) - 2.4).abs() < 1e-9);
    assert!((arc_width(100, 100) - 4.0).abs() < 1e-9);
    // A zero maximum (a dataset without any flow) does not divide by zero.
    assert!(arc_width(3, 0).is_finite());
}

#[test]
fn each_kind_of_arc_has_its_width_as_its_style() {
    let m = Metrics {
        partners: 25,
        sent_abroad: 0,
        trained: 100,
        ..Metrics::default()
    };
    let widths = arc_widths(&m, 100, 100);
    assert_eq!(
        widths.map(arc_style),
        [
            "stroke-width:2.40",
            "stroke-width:0.00",
            "stroke-width:4.00"
        ]
    );
    assert_eq!(arc_widths(&Metrics::default(), 100, 100), [0.0; 3]);
}

#[test]
fn glyphs_are_placed_counter_scaled_or_taken_out() {
    assert_eq!(
        glyph_at(10.04, 20.0, 1.0),
        "transform:translate(10.0px,20.0px) scale(var(--sa-inv-k,1))"
    );
    assert_eq!(partner_radius(0, 10), 0.0);
    assert!((partner_radius(10, 10) - 7.0).abs() < 1e-9);
    assert_eq!(
        partner_glyph_style((1.0, 2.0), 10, 10),
        "transform:translate(1.0px,2.0px) scale(calc(var(--sa-inv-k,1)*7.00))"
    );
    assert_eq!(partner_glyph_style((1.0, 2.0), 0, 10), GLYPH_NONE);
    assert_eq!(workshop_glyph_style((1.0, 2.0), 0), GLYPH_NONE);
    assert_eq!(
        workshop_glyph_style((1.0, 20.0), 2),
        "transform:translate(8.0px,13.0px) scale(var(--sa-inv-k,1))"
    );
}
