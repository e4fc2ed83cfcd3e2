//! Search benchmark: builds a deterministic synthetic index of ~25,000 multilingual documents
//! and times queries typed letter by letter, with typos, in Chinese, German and as codes.
//!
//! Run with `cargo run --release --no-default-features --bin search_bench`.

use std::time::{Duration, Instant};

use skills_atlas::core::search::{DocKind, Document, Facets, Field, Filter, SearchIndex};

/// Times each query is repeated, so one slow run is visible in the p95 but noise is averaged.
const RUNS: usize = 30;
/// Hits requested per query, as the UI's result list would.
const LIMIT: usize = 20;

#[rustfmt::skip]
const EN: &[&str] = &[
    "automotive", "mechatronics", "technician", "welding", "electrician", "industrial", "repair",
    "maintenance", "robotics", "logistics", "nursing", "care", "hospitality", "cooking", "design",
    "digital", "network", "cloud", "computing", "construction", "carpentry", "plumbing", "energy",
    "solar", "installation", "inspection", "quality", "management", "training", "assessment",
    "vehicle", "body", "paint", "systems", "diagnosis", "machining", "cnc", "operator",
    "electronics", "automation", "engineering", "textile", "fashion", "agriculture", "food",
    "safety", "railway",
];
#[rustfmt::skip]
const DE: &[&str] = &[
    "Kraftfahrzeug", "Mechatroniker", "Schweißen", "Schweißtechnik", "Elektroniker",
    "Betriebstechnik", "Instandhaltung", "Fachkraft", "Lagerlogistik", "Pflegefachfrau", "Ärztin",
    "Köchin", "Gestaltung", "Anlagenmechaniker", "Zerspanungsmechaniker", "Tischler",
    "Straßenbauer", "Prüfung", "Ausbildung", "Fahrzeuglackierer", "Karosseriebau",
    "Industriemechaniker", "Mechatronik", "Energietechnik",
];
#[rustfmt::skip]
const ZH: &[&str] = &[
    "汽车", "维修", "技师", "焊接", "电工", "工业", "机器人", "物流", "护理", "烹饪", "设计", "数字", "网络", "建筑", "木工", "能源",
    "太阳能", "安装", "检验", "质量", "管理", "培训", "车身", "涂装", "数控", "电子", "自动化", "工程", "纺织", "农业", "食品",
    "安全", "铁路", "重庆", "职业", "学院",
];
#[rustfmt::skip]
const COUNTRIES: &[(&str, &str, &str, &str)] = &[
    ("DE", "Germany", "德国", "Deutschland"), ("TR", "Türkiye", "土耳其", "Türkei"),
    ("TH", "Thailand", "泰国", "Thailand"), ("CN", "China", "中国", "China"),
    ("AT", "Austria", "奥地利", "Österreich"), ("CH", "Switzerland", "瑞士", "Schweiz"),
    ("FR", "France", "法国", "Frankreich"), ("VN", "Vietnam", "越南", "Vietnam"),
    ("MY", "Malaysia", "马来西亚", "Malaysia"), ("RU", "Russia", "俄罗斯", "Russland"),
    ("KZ", "Kazakhstan", "哈萨克斯坦", "Kasachstan"), ("HU", "Hungary", "匈牙利", "Ungarn"),
];
#[rustfmt::skip]
const SECTORS: &[(&str, &str)] = &[
    ("AUTO", "Automotive"), ("WELD", "Manufacturing"), ("ELEC", "Electrical"),
    ("LOGI", "Logistics"), ("CARE", "Health care"), ("HOSP", "Hospitality"), ("DIGI", "Digital"),
    ("CONS", "Construction"),
];
#[rustfmt::skip]
const GIVEN: &[&str] = &[
    "Anna", "Jürgen", "Wei", "Li", "Ayşe", "Mehmet", "Somchai", "Olga", "Pierre", "Nguyen",
];
#[rustfmt::skip]
const FAMILY: &[&str] = &[
    "Müller", "Schmidt", "王", "李", "Yılmaz", "Kaya", "Srisuk", "Ivanova", "Dubois", "Tran",
];

/// A small deterministic generator (64-bit LCG), so every run indexes the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.next(list.len())]
    }

    /// A word of the synthetic vocabulary, rank drawn from a Zipf distribution like real text.
    fn zipf<'a>(&mut self, vocabulary: &'a Vocabulary) -> &'a str {
        let target = self.next(1 << 30) as f64 / f64::from(1 << 30) * vocabulary.total;
        let rank = vocabulary.cumulative.partition_point(|&c| c < target);
        &vocabulary.words[rank.min(vocabulary.words.len() - 1)]
    }

    /// `min` to `min + spread - 1` words from `list`.
    fn words(&mut self, list: &[&str], min: usize, spread: usize, sep: &str) -> String {
        let count = min + self.next(spread);
        (0..count)
            .map(|_| self.pick(list))
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// 8,000 made-up words (`kotaren`, `silumo`…) so bodies have a realistic long tail of rare
/// terms, instead of every document repeating the same fifty words.
struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
    total: f64,
}

impl Vocabulary {
    fn new(rng: &mut Rng) -> Vocabulary {
        const SYLLABLES: &[&str] = &[
            "ka", "to", "ren", "si", "lu", "mo", "ber", "gan", "ti", "ve", "ros", "na", "del",
            "qu", "ar", "en", "sch", "wei", "ma", "li", "po", "dor", "zen", "fu", "ha", "ek", "um",
            "tra",
        ];
        let words: Vec<String> = (0..8_000)
            .map(|_| {
                let parts = 2 + rng.next(3);
                (0..parts).map(|_| rng.pick(SYLLABLES)).collect()
            })
            .collect();
        let mut cumulative = Vec::with_capacity(words.len());
        let mut total = 0.0;
        for rank in 0..words.len() {
            total += 1.0 / (rank as f64 + 1.0);
            cumulative.push(total);
        }
        Vocabulary {
            words,
            cumulative,
            total,
        }
    }

    /// A body of `min` to `min + spread - 1` words: mostly long-tail words, some domain words.
    fn body(&self, rng: &mut Rng, min: usize, spread: usize) -> String {
        let count = min + rng.next(spread);
        let words: Vec<&str> = (0..count)
            .map(|_| {
                if rng.next(4) == 0 {
                    rng.pick(EN)
                } else {
                    rng.zipf(self)
                }
            })
            .collect();
        words.join(" ")
    }
}

fn corpus() -> Vec<Document> {
    let mut rng = Rng(42);
    let vocabulary = Vocabulary::new(&mut rng);
    let mut docs = Vec::with_capacity(25_000);
    for i in 0..25_000 {
        let (code, sector) = SECTORS[rng.next(SECTORS.len())];
        let country = COUNTRIES[rng.next(COUNTRIES.len())];
        let kind = match i % 25 {
            0..=17 => DocKind::Standard,
            18..=21 => DocKind::Trainer,
            _ => DocKind::Partner,
        };
        let fields = match kind {
            DocKind::Standard => vec![
                (Field::Title, rng.words(EN, 2, 4, " ")),
                (Field::Title, rng.words(ZH, 2, 2, "")),
                (Field::Title, rng.words(DE, 1, 2, " ")),
                (Field::Code, format!("BRS-{code}-{:04}", i)),
                (Field::Sector, sector.to_owned()),
                (Field::Body, vocabulary.body(&mut rng, 15, 20)),
            ],
            DocKind::Trainer => vec![
                (
                    Field::Title,
                    format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY)),
                ),
                (
                    Field::Sector,
                    format!("{}, {}", rng.words(EN, 2, 1, " "), rng.words(ZH, 2, 1, "")),
                ),
                (
                    Field::Body,
                    format!("{} {}", rng.words(DE, 3, 1, " "), rng.words(EN, 8, 1, " ")),
                ),
            ],
            _ => vec![
                (
                    Field::Title,
                    format!("{} {} College", country.1, rng.pick(EN)),
                ),
                (Field::Title, format!("{}{}学院", country.2, rng.pick(ZH))),
                (Field::Body, vocabulary.body(&mut rng, 10, 1)),
            ],
        };
        docs.push(Document {
            id: format!("doc-{i}"),
            kind,
            fields: fields.into_iter().map(|(f, t)| (f, t.into())).collect(),
            facets: Facets {
                country: vec![country.0.into()],
                sector: Some(sector.into()),
                language: vec!["en".into(), "zh-Hans".into(), "de".into()],
                level: Some(1 + rng.next(5) as u8),
                year: Some(2010 + rng.next(16) as u16),
            },
        });
    }
    for (code, en, zh, de) in COUNTRIES {
        docs.push(Document {
            id: format!("country-{code}"),
            kind: DocKind::Country,
            fields: vec![
                (Field::Title, (*en).into()),
                (Field::Title, (*zh).into()),
                (Field::Title, (*de).into()),
                (Field::Code, (*code).into()),
            ],
            facets: Facets {
                country: vec![(*code).into()],
                ..Facets::default()
            },
        });
    }
    docs
}

/// Every prefix of `word`, as typed letter by letter.
fn typed(word: &str) -> Vec<String> {
    word.char_indices()
        .skip(1)
        .map(|(i, _)| word[..i].to_owned())
        .chain([word.to_owned()])
        .collect()
}

/// The benchmark's queries: words typed letter by letter, typos, Chinese, German, codes.
fn queries(docs: &[Document]) -> Vec<String> {
    let mut queries = Vec::new();
    queries.extend(typed("mechatronics"));
    queries.extend(typed("schweißtechnik"));
    queries.extend(typed("welding tech"));
    #[rustfmt::skip]
    let fixed = [
        "mechatronisc", "weldnig", "elektroniekr", "automotiv", "maintenence", "instandhaltnug",
        "tecnician ", "汽车", "汽车维修", "焊接", "机器人", "维", "重庆职业学院", "自动化工程",
        "Schweißen", "schweissen", "Kraftfahrzeug", "Ärztin", "Türkiye", "turkei", "Österreich",
        "BRS-DIGI", "welding technician chongqing", "solar energy installation",
        "cnc machining operator", "Müller", "digital 数字",
    ];
    queries.extend(fixed.iter().map(|q| q.to_string()));
    // Real codes from the corpus: one pasted whole, one lowercase and still being typed.
    let codes = docs
        .iter()
        .flat_map(|d| &d.fields)
        .filter(|(f, _)| *f == Field::Code);
    for (n, (_, code)) in codes.step_by(5_000).take(3).enumerate() {
        queries.push(code.to_string());
        if n == 0 {
            queries.push(code[..code.len() - 1].to_lowercase());
        }
    }
    queries
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Writes the corpus and queries as JSON, so other engines (MiniSearch) can run the same test.
fn export(path: &str, docs: &[Document], queries: &[String]) {
    let docs: Vec<serde_json::Value> = docs
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
    let json = serde_json::json!({ "docs": docs, "queries": queries });
    std::fs::write(path, json.to_string()).expect("export file is writable");
}

fn main() {
    let docs = corpus();
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--export") {
        let path = args.get(at + 1).map_or("search_bench.json", String::as_str);
        export(path, &docs, &queries(&docs));
        println!("wrote {path}");
        return;
    }
    let start = Instant::now();
    let index = SearchIndex::build(&docs);
    let build = start.elapsed();
    let stats = index.stats();
    let text_bytes: usize = docs
        .iter()
        .flat_map(|d| &d.fields)
        .map(|(_, t)| t.len())
        .sum();

    let queries = queries(&docs);
    let filter = Filter::default();
    let mut times = Vec::with_capacity(queries.len() * RUNS);
    let mut worst = (Duration::ZERO, String::new());
    let mut matched = 0;
    let verbose = args.iter().any(|a| a == "--verbose");
    for query in &queries {
        let first = times.len();
        for _ in 0..RUNS {
            let start = Instant::now();
            let results = index.search(query, &filter, LIMIT);
            let took = start.elapsed();
            matched += results.total.min(1);
            if took > worst.0 {
                worst = (took, query.clone());
            }
            times.push(took);
        }
        if verbose {
            let mut mine = times[first..].to_vec();
            mine.sort();
            let total = index.search(query, &filter, LIMIT).total;
            println!(
                "{:>9.3} ms  {total:>6} hits  {query}",
                percentile(&mine, 0.5).as_secs_f64() * 1e3
            );
        }
    }
    times.sort();

    println!("documents:        {}", stats.documents);
    println!("terms:            {}", stats.terms);
    println!("postings:         {}", stats.postings);
    println!("build time:       {:.1} ms", build.as_secs_f64() * 1e3);
    println!(
        "fst bytes:        {:.1} KiB",
        stats.dictionary_bytes as f64 / 1024.0
    );
    println!(
        "postings bytes:   {:.1} KiB",
        stats.postings_bytes as f64 / 1024.0
    );
    println!(
        "index memory:     {:.1} MiB (fst + postings; stored document text adds {:.1} MiB)",
        (stats.dictionary_bytes + stats.postings_bytes) as f64 / 1048576.0,
        text_bytes as f64 / 1048576.0
    );
    println!(
        "queries:          {} distinct x {} runs ({} with results)",
        queries.len(),
        RUNS,
        matched / RUNS
    );
    println!(
        "p50 latency:      {:.3} ms",
        percentile(&times, 0.50).as_secs_f64() * 1e3
    );
    println!(
        "p95 latency:      {:.3} ms",
        percentile(&times, 0.95).as_secs_f64() * 1e3
    );
    println!(
        "max latency:      {:.3} ms ({:?})",
        worst.0.as_secs_f64() * 1e3,
        worst.1
    );
}
