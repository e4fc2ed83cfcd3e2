//! Search over the real dataset's documents: builds the ×N dataset with the generator, turns
//! it into search documents with the app's own adapter, times the benchmark queries natively
//! and (with `--export FILE`) writes documents and queries as JSON, so the browser benchmark
//! can run MiniSearch and FlexSearch over exactly the same records.
//!
//! `cargo run --release --no-default-features --bin search_export -- --scale 100 [--export FILE]`
//!
//! `--build-only` builds the index once and stops: a small run to profile the build with
//! (`valgrind --tool=callgrind --toggle-collect='*SearchCorpus*build*'`).
//!
//! It also builds the corpus a unit of work per step, as the app does between frames, and
//! prints the number of units and the longest per stage (the app's tasks are units up to a
//! deadline, so the longest unit is how far a task can overrun it).

use std::time::{Duration, Instant};

use skills_atlas::core::atlas_search::{documents, SearchCorpus, SearchCorpusBuilder, SearchSort};
use skills_atlas::core::data::generate::{generate, DEFAULT_SEED};
use skills_atlas::core::data::Atlas;
use skills_atlas::core::search::{Field, Filter};
use skills_atlas::core::url_state::Lang;

/// Runs of each query, so the p95 shows slow outliers but noise averages out.
const RUNS: usize = 20;

/// Every prefix of `word`, as typed letter by letter.
fn typed(word: &str) -> Vec<String> {
    word.char_indices()
        .skip(1)
        .map(|(i, _)| word[..i].to_owned())
        .chain([word.to_owned()])
        .collect()
}

/// The benchmark's fixed queries: prefixes, typos, Chinese, German, codes, names.
fn queries() -> Vec<String> {
    let mut q = Vec::new();
    q.extend(typed("mechatronics"));
    q.extend(typed("schweißer"));
    q.extend(typed("汽车维修"));
    #[rustfmt::skip]
    let fixed = [
        "weldr", "weldng", "autmotive", "mechatronisc", "forklft", "photovoltaik", "maintenence",
        "tecnician", "汽车", "焊工", "焊接", "机器人", "物流", "养老护理", "人工智能", "德国", "泰国",
        "Schweißen", "schweissen", "Mechatronik", "Kfz-Mechatroniker", "Fachkraft", "Türkei",
        "Deutschland", "Altenpfleger", "BRS-AUTO-003", "brs-manu-00", "BRS-GREN", "TR-00001",
        "Bangkok University", "Youssef", "logistics", "automotive painter", "robot operator",
    ];
    q.extend(fixed.iter().map(|s| s.to_string()));
    q
}

/// Builds of the corpus in units, each unit timed in every build: the longest of a unit's
/// times is mostly the machine doing something else, the shortest is the unit's own.
const UNIT_RUNS: usize = 5;

/// Builds the corpus of `atlas` one unit of work per step, [`UNIT_RUNS`] times, and returns
/// each unit's stage and its shortest time, and each unit's time in the first build (which
/// alone touches fresh memory, as the app's one build does).
fn units(atlas: &Atlas) -> (Vec<(&'static str, Duration)>, Vec<Duration>) {
    let mut units: Vec<(&'static str, Duration)> = Vec::new();
    let mut first = Vec::new();
    for run in 0..UNIT_RUNS {
        let mut builder = SearchCorpusBuilder::new(atlas);
        for n in 0.. {
            let stage = builder.stage();
            let start = Instant::now();
            let corpus = builder.step(&mut || true);
            let took = start.elapsed();
            if run == 0 {
                first.push(took);
            }
            match units.get_mut(n) {
                Some((_, best)) => *best = (*best).min(took),
                None => units.push((stage, took)),
            }
            if corpus.is_some() {
                break;
            }
        }
    }
    (units, first)
}

/// Prints the number of units of each stage, their sum and the longest, then of them all.
fn print_units(units: &[(&'static str, Duration)], first: &[Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("  in units (one per step, the best of {UNIT_RUNS} builds for each):");
    let mut at = 0;
    while at < units.len() {
        let stage = units[at].0;
        let end = at + units[at..].iter().take_while(|(s, _)| *s == stage).count();
        let times = units[at..end].iter().map(|&(_, t)| t);
        let (sum, longest) = (
            times.clone().sum::<Duration>(),
            times.max().unwrap_or_default(),
        );
        println!(
            "    {stage:<12} {:>4} units, {:>6.2} ms, longest {:.2} ms",
            end - at,
            ms(sum),
            ms(longest)
        );
        at = end;
    }
    let longest = units.iter().map(|&(_, t)| t).max().unwrap_or_default();
    let sum: Duration = units.iter().map(|&(_, t)| t).sum();
    println!(
        "  units:        {}, longest {:.2} ms, sum {:.1} ms",
        units.len(),
        ms(longest),
        ms(sum)
    );
    if let Some((n, &took)) = first.iter().enumerate().max_by_key(|&(_, t)| *t) {
        println!(
            "  first build:  longest unit {:.2} ms ({}), sum {:.1} ms",
            ms(took),
            units[n].0,
            ms(first.iter().sum())
        );
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1e3
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let scale: u32 = arg("--scale").and_then(|s| s.parse().ok()).unwrap_or(1);
    let atlas = generate(DEFAULT_SEED, scale);
    if args.iter().any(|a| a == "--build-only") {
        let start = Instant::now();
        let corpus = SearchCorpus::build(&atlas);
        let build = start.elapsed();
        println!(
            "x{scale} build: {:.1} ms, {} terms",
            build.as_secs_f64() * 1e3,
            corpus.index.stats().terms
        );
        return;
    }
    let docs = documents(&atlas);
    let queries = queries();

    if let Some(path) = arg("--export") {
        let records: Vec<serde_json::Value> = docs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let text = |field: Field| {
                    let parts: Vec<&str> = d
                        .fields
                        .iter()
                        .filter(|(f, _)| *f == field)
                        .map(|(_, t)| &**t)
                        .collect();
                    parts.join(" ")
                };
                serde_json::json!({
                    "id": i, "title": text(Field::Title), "code": text(Field::Code),
                    "sector": text(Field::Sector), "body": text(Field::Body),
                })
            })
            .collect();
        let json = serde_json::json!({ "docs": records, "queries": queries });
        std::fs::write(&path, json.to_string()).expect("export file is writable");
        eprintln!("wrote {path}");
    }

    let start = Instant::now();
    let adapted = documents(&atlas);
    let adapt = start.elapsed();
    std::hint::black_box(adapted);
    let start = Instant::now();
    let corpus = SearchCorpus::build(&atlas);
    let build = start.elapsed();
    let stats = corpus.index.stats();
    let (units, first) = units(&atlas);
    let filter = Filter::default();
    let mut times = Vec::with_capacity(queries.len() * RUNS);
    for query in &queries {
        for _ in 0..RUNS {
            let start = Instant::now();
            // As the view asks: six hits per kind, with facet counts.
            let r = corpus.search(query, &filter, 6, SearchSort::Relevance, Lang::En);
            times.push(start.elapsed());
            std::hint::black_box(r);
        }
    }
    times.sort();
    println!("native engine, x{scale} dataset via the adapter");
    println!("  documents:    {}", stats.documents);
    println!("  terms:        {}", stats.terms);
    println!(
        "  build time:   {:.1} ms (of which the adapter {:.1} ms)",
        build.as_secs_f64() * 1e3,
        adapt.as_secs_f64() * 1e3
    );
    println!(
        "  index memory: {:.2} MiB (fst + postings)",
        (stats.dictionary_bytes + stats.postings_bytes) as f64 / 1048576.0
    );
    println!(
        "  queries:      {} x {RUNS}; p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        queries.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        percentile(&times, 1.0)
    );
    print_units(&units, &first);
}
