//! Nice class breaks, the zero class, missing data and legend labels.

use skills_atlas::core::geo::color_scale::{palette, NO_DATA_COLOR};
use skills_atlas::core::geo::Bins;

#[test]
fn counts_get_nice_breaks_and_labels() {
    let values: Vec<f64> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 25, 40]
        .iter()
        .map(|&v| f64::from(v))
        .collect();
    let bins = Bins::nice(&values, 4);
    assert_eq!(bins.thresholds(), &[1.0, 5.0, 10.0, 20.0]);
    assert_eq!(bins.labels(), ["1–4", "5–9", "10–19", "20+"]);
    assert_eq!(bins.bin_of(4.0), Some(0));
    assert_eq!(bins.bin_of(5.0), Some(1));
    assert_eq!(bins.bin_of(19.0), Some(2));
    assert_eq!(bins.bin_of(1000.0), Some(3));
    assert_eq!(bins.colors().len(), 4);
}

#[test]
fn zero_is_its_own_class_and_nan_is_no_data() {
    let bins = Bins::nice(&[0.0, 0.0, 1.0, 3.0, 8.0, 30.0], 4);
    assert_eq!(bins.labels()[0], "0");
    assert_eq!(bins.bin_of(0.0), Some(0));
    assert_eq!(bins.bin_of(1.0), Some(1));
    assert_eq!(bins.bin_of(f64::NAN), None);
    assert_eq!(bins.color_of(f64::NAN), NO_DATA_COLOR);
    assert_eq!(bins.color_of(0.0), bins.colors()[0]);
    assert_eq!(bins.labels().len(), bins.len());
}

#[test]
fn only_zeros_give_a_single_zero_class() {
    let bins = Bins::nice(&[0.0, 0.0], 5);
    assert_eq!(bins.len(), 1);
    assert_eq!(bins.labels(), ["0"]);
    assert_eq!(bins.bin_of(0.0), Some(0));
}

#[test]
fn a_single_value_gives_one_class() {
    let bins = Bins::nice(&[7.0], 5);
    assert_eq!(bins.thresholds(), &[5.0]);
    assert_eq!(bins.labels(), ["5+"]);
    assert_eq!(bins.bin_of(7.0), Some(0));
    assert_eq!(bins.colors().len(), 1);
}

#[test]
fn huge_values_use_compact_labels() {
    let bins = Bins::nice(&[1e3, 1e5, 1e7, 1e9], 4);
    assert_eq!(bins.labels(), ["1000–100k", "100k–5M", "5M–200M", "200M+"]);
    assert_eq!(bins.bin_of(1e9), Some(3));
}

#[test]
fn fractions_use_half_open_labels() {
    let bins = Bins::nice(&[0.15, 0.3, 0.6, 1.4, 2.5], 3);
    assert_eq!(bins.thresholds(), &[0.1, 0.5, 1.0]);
    assert_eq!(bins.labels(), ["0.1–0.5", "0.5–1", "1+"]);
}

#[test]
fn empty_input_bins_nothing() {
    let bins = Bins::nice(&[], 5);
    assert!(bins.is_empty());
    assert_eq!(bins.bin_of(3.0), None);
    assert!(bins.labels().is_empty());
    assert!(Bins::nice(&[f64::NAN, f64::INFINITY], 5).is_empty());
}

#[test]
fn palettes_run_light_to_dark_for_every_size() {
    for n in 1..=12 {
        let colors = palette(n);
        assert_eq!(colors.len(), n.min(9));
        let lightness = |c: &str| {
            u32::from_str_radix(&c[1..], 16).map(|v| (v >> 16) + ((v >> 8) & 255) + (v & 255))
        };
        let l: Vec<u32> = colors.iter().map(|c| lightness(c).unwrap()).collect();
        assert!(l.windows(2).all(|w| w[0] > w[1]), "{n}: {colors:?}");
    }
}
