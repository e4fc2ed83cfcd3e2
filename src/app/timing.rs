//! Performance measures the benchmarks (and the browser's performance panel) read.

/// Runs `f` between two performance marks and records a `name` measure, so the benchmark
/// (and a person in the browser's performance panel) can see how long it took.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}
