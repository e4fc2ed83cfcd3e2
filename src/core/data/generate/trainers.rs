//! International trainers: invented people, shown only as a given name and an initial
//! so that no entry can be mistaken for (or identify) a real person.

use compact_str::CompactString;

use super::rng::SplitMix64;
use super::shape::{long_tail, pick_year, repeated};
use super::standards::SECTORS;
use crate::core::data::countries::CountryRef;
use crate::core::data::{Institution, Standard, StandardStatus, Trainer};

/// Trainers at ×1: "almost 200" published.
pub const TRAINERS: usize = 196;
/// The first and last year a trainer can qualify.
const TRAINER_YEARS: (u16, u16) = (2016, 2025);

/// Given names common in each region.
fn given_names(region: &str) -> &'static [&'static str] {
    match region {
        "southeast_asia" => &[
            "Somchai", "Nattaya", "Minh", "Linh", "Sokha", "Dara", "Aung", "Thida", "Siti", "Arif",
            "Dewi", "Rizal",
        ],
        "south_asia" => &[
            "Imran", "Ayesha", "Rahim", "Nusrat", "Kasun", "Nimali", "Sagar", "Anjali", "Bilal",
            "Farzana",
        ],
        "central_asia" | "east_asia" => &[
            "Aibek", "Dilnoza", "Nurlan", "Aigerim", "Bakhodir", "Zarina", "Temuulen", "Oyuna",
            "Rustam", "Gulnara",
        ],
        "west_asia" => &[
            "Emre", "Elif", "Omar", "Layla", "Yusuf", "Mariam", "Reza", "Shirin", "Farid", "Leyla",
            "Nino",
        ],
        "africa" => &[
            "Kwame", "Ama", "Tesfaye", "Hana", "Wanjiru", "Otieno", "Chinedu", "Ngozi", "Thabo",
            "Lerato", "Amani", "Youssef", "Salma",
        ],
        "europe" => &[
            "Lukas", "Anna", "Dmitri", "Olga", "Marko", "Jelena", "Bence", "Zsófia", "Piotr",
            "Kasia", "Giulia", "Matteo", "Oliver",
        ],
        "latin_america" => &["João", "Mariana", "Diego", "Camila", "Rafael", "Valentina"],
        _ => &["Mere", "Tane", "Litia", "Jone", "Aroha", "Sione"],
    }
}

/// [`TRAINERS`] × `scale` trainers from the `ranked` countries (strongest first) along the
/// long tail, each certified on 1–3 recognised standards of their specialisms.
pub fn trainers(
    rng: &mut SplitMix64,
    scale: usize,
    ranked: &[&'static CountryRef],
    institutions: &[Institution],
    standards: &[Standard],
) -> Vec<Trainer> {
    let recognised: Vec<&Standard> = standards
        .iter()
        .filter(|s| s.status == StandardStatus::Recognised)
        .collect();
    // Per-sector pools, built once: the ×100 variant has thousands of standards.
    let by_sector: Vec<Vec<&Standard>> = SECTORS
        .iter()
        .map(|sector| {
            recognised
                .iter()
                .copied()
                .filter(|s| s.sector == *sector)
                .collect()
        })
        .collect();
    let counts: Vec<u64> = long_tail(TRAINERS as u64, ranked.len(), 0)
        .into_iter()
        .map(|n| n * scale as u64)
        .collect();
    let homes = repeated(rng, ranked, &counts);
    let mut out = Vec::with_capacity(homes.len());
    for (i, country) in homes.into_iter().enumerate() {
        let initial = char::from(b'A' + rng.below(26) as u8);
        let display_name = format!("{} {initial}.", rng.pick(given_names(country.region)));
        let k = 1 + rng.below(2);
        let mut specialisms = rng.sample(&SECTORS, k);
        specialisms.sort_unstable();
        let fitting: Vec<&Standard> = SECTORS
            .iter()
            .zip(&by_sector)
            .filter(|(sector, _)| specialisms.contains(sector))
            .flat_map(|(_, pool)| pool.iter().copied())
            .collect();
        let pool = if fitting.is_empty() {
            &recognised
        } else {
            &fitting
        };
        let k = 1 + rng.below(3);
        let mut certified: Vec<CompactString> =
            rng.sample(pool, k).iter().map(|s| s.code.clone()).collect();
        certified.sort_unstable();
        let mut languages = vec![CompactString::from(country.lang)];
        for extra in ["en", "zh"] {
            if !languages.iter().any(|l| l == extra) && (extra == "en" || rng.chance(35)) {
                languages.push(extra.into());
            }
        }
        out.push(Trainer {
            id: format!("TR-{:05}", i + 1).into(),
            display_name: display_name.into(),
            country: country.id.into(),
            specialisms: specialisms.iter().map(|&s| s.into()).collect(),
            languages,
            standards: certified,
            year: pick_year(rng, TRAINER_YEARS.0, TRAINER_YEARS.1),
            institution: rng.pick(institutions).id.clone(),
        });
    }
    out
}
