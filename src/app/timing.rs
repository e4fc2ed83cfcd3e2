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

/// The page's clock, in ms (`performance.now()`); 0 without a `performance` object.
pub fn now() -> f64 {
    clock()()
}

/// [`now`] through one handle, for a loop that reads the clock after every unit of work.
pub fn clock() -> impl Fn() -> f64 {
    let performance = web_sys::window().and_then(|w| w.performance());
    move || performance.as_ref().map_or(0.0, |p| p.now())
}

/// A `name` measure for work that runs in many tasks: marked at [`WorkSpan::start`] and
/// measured, from then to now, at [`WorkSpan::end`], the time in between included.
pub struct WorkSpan {
    name: &'static str,
    /// When it started, on the page's clock.
    started: f64,
}

impl WorkSpan {
    /// Marks the start of `name`.
    pub fn start(name: &'static str) -> WorkSpan {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(&format!("{name}-start"));
        }
        WorkSpan {
            name,
            started: now(),
        }
    }

    /// Records the `name` measure from the start to now, and a `work` measure of `worked` ms
    /// from the start: the time spent working, without the waits between the tasks.
    pub fn end(self, work: &str, worked: f64) {
        let Some(p) = web_sys::window().and_then(|w| w.performance()) else {
            return;
        };
        let start = format!("{}-start", self.name);
        let _ = p.measure_with_start_mark(self.name, &start);
        p.clear_marks_with_mark_name(&start);
        // `performance.measure(name, { start, duration })`: web-sys has no binding for the
        // options without another feature, so it is called by name.
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"start".into(), &self.started.into());
        let _ = js_sys::Reflect::set(&options, &"duration".into(), &worked.into());
        if let Ok(measure) = js_sys::Reflect::get(&p, &"measure".into()) {
            let measure: js_sys::Function = measure.into();
            let _ = measure.call2(&p, &work.into(), &options);
        }
    }
}
