//! Loading benchmark: times `load_bytes` (parse, decode, validate) on a dataset file and
//! counts the heap allocations one load makes.
//!
//! ```text
//! cargo run --release --no-default-features --bin generate -- --scale 100 --out /tmp/x100.json
//! cargo run --release --no-default-features --bin load_bench -- /tmp/x100.json [RUNS]
//! ```
//! For a repeatable count of instructions, run one load under callgrind and collect only
//! inside `measured_load`:
//! `valgrind --tool=callgrind --toggle-collect='*measured_load*' target/release/load_bench FILE 1`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Instant;

use skills_atlas::core::data::{load_bytes, LoadOutcome};

/// The system allocator, counting calls (a few instructions each; the same in every build).
struct Counting;

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static REALLOCS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        FREES.fetch_add(1, Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        REALLOCS.fetch_add(1, Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// One load, kept out of line so callgrind can collect inside it alone.
#[inline(never)]
fn measured_load(bytes: &[u8]) -> LoadOutcome {
    load_bytes(bytes)
}

fn counts() -> [u64; 3] {
    [
        ALLOCS.load(Relaxed),
        REALLOCS.load(Relaxed),
        FREES.load(Relaxed),
    ]
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: load_bench FILE [RUNS]");
        return ExitCode::from(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };

    let before = counts();
    let outcome = measured_load(&bytes);
    let after = counts();
    let [allocs, reallocs, frees] = [0, 1, 2].map(|i| after[i] - before[i]);
    let verdict = match &outcome {
        LoadOutcome::Loaded { .. } => "loaded",
        LoadOutcome::Failed { .. } => "failed",
    };
    println!(
        "{path}: {verdict}, {} problem(s); one load: {allocs} allocations, {reallocs} reallocations, {frees} frees",
        outcome.problems().len()
    );
    drop(outcome);

    let mut times: Vec<f64> = (1..runs)
        .map(|_| {
            let start = Instant::now();
            let outcome = measured_load(&bytes);
            let ms = start.elapsed().as_secs_f64() * 1e3;
            drop(outcome);
            ms
        })
        .collect();
    if times.is_empty() {
        return ExitCode::SUCCESS;
    }
    times.sort_by(f64::total_cmp);
    println!(
        "load over {} runs: median {:.1} ms, min {:.1} ms, max {:.1} ms",
        times.len(),
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    );
    ExitCode::SUCCESS
}
