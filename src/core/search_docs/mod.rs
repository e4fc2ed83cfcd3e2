//! The dataset as search documents: standards, trainers, partners and countries turned into
//! the engine's generic [`Document`]s, whatever the interface language.
//!
//! Every name is indexed in English, Chinese and German, so `焊接`, `Schweißen` and `welding`
//! all find the welder standard; the UI then *displays* the text of its own language (see
//! [`present`]). Field order per kind is fixed ([`layout`]), so a hit's highlight ranges can be
//! mapped back to "the title in German" without searching the fields again.

pub mod corpus;
pub mod filter;
pub mod labels;
pub mod layout;
pub mod markup;
pub mod present;
pub mod recent;
pub mod vocab;

pub use corpus::SearchCorpus;
pub use filter::filter_for;
pub use labels::{partner_type_key, sector_key, sector_name};
pub use markup::{option_id, result_rows_markup};
pub use present::{meta_line, present_hit, Presented};
pub use recent::Recent;
pub use vocab::{kind_from_slug, kind_slug, SearchSort};

use crate::core::data::i18n_text::LANGS;
use crate::core::data::Atlas;
use crate::core::fast_hash::FastMap;
use crate::core::search::{DocKind, Document, Facets, Field};

/// All searchable documents of `atlas`: standards, then trainers, partners and countries.
pub fn documents(atlas: &Atlas) -> Vec<Document> {
    let mut docs = Vec::with_capacity(
        atlas.standards.len() + atlas.trainers.len() + atlas.partners.len() + atlas.countries.len(),
    );
    let mut names = Names::new(atlas);
    docs.extend(atlas.standards.iter().map(|s| standard(&mut names, s)));
    docs.extend(atlas.trainers.iter().map(|t| trainer(&mut names, t)));
    let first_years = partner_first_years(atlas);
    docs.extend(
        atlas
            .partners
            .iter()
            .map(|p| partner(&mut names, p, first_years.get(p.id.as_str()).copied())),
    );
    docs.extend(atlas.countries.iter().map(country));
    docs
}

/// Country and sector names in every language, built once per id: 45,000 documents name the
/// same few dozen countries and sectors over and over.
struct Names<'a> {
    atlas: &'a Atlas,
    countries: FastMap<&'a str, String>,
    sectors: FastMap<&'a str, String>,
}

impl<'a> Names<'a> {
    fn new(atlas: &'a Atlas) -> Self {
        Names {
            atlas,
            countries: FastMap::default(),
            sectors: FastMap::default(),
        }
    }

    /// The country's name in the three languages, as one body text.
    fn country(&mut self, id: &'a str) -> &str {
        let atlas = self.atlas;
        self.countries.entry(id).or_insert_with(|| {
            let names: Vec<&str> = LANGS.iter().map(|l| atlas.country_name(id, l)).collect();
            format!("{} {} {}", names[0], names[1], names[2])
        })
    }

    /// A sector's names in every language plus its id, so `automotive`, `汽车` and
    /// `Kraftfahrzeug` all match it.
    fn sector(&mut self, id: &'a str) -> &str {
        self.sectors.entry(id).or_insert_with(|| {
            let names: Vec<String> = crate::core::url_state::Lang::ALL
                .iter()
                .map(|&l| sector_name(id, l))
                .collect();
            names.join(" ")
        })
    }
}

fn standard<'a>(names: &mut Names<'a>, s: &'a crate::core::data::Standard) -> Document {
    let mut fields: Vec<(Field, String)> = LANGS
        .iter()
        .map(|l| (Field::Title, s.title.get(l).to_owned()))
        .collect();
    fields.push((Field::Code, s.code.clone()));
    fields.push((Field::Sector, names.sector(&s.sector).to_owned()));
    fields.push((Field::Sector, s.occupation.replace('_', " ")));
    let countries: Vec<String> = s
        .countries
        .iter()
        .map(|c| names.country(c).to_owned())
        .collect();
    fields.push((Field::Body, countries.join(" · ")));
    Document {
        id: s.code.clone(),
        kind: DocKind::Standard,
        fields,
        facets: Facets {
            country: s.countries.clone(),
            sector: Some(s.sector.clone()),
            language: Vec::new(),
            level: Some(s.level),
            year: Some(s.year),
        },
    }
}

fn trainer<'a>(names: &mut Names<'a>, t: &'a crate::core::data::Trainer) -> Document {
    let specialisms: Vec<String> = t
        .specialisms
        .iter()
        .map(|s| names.sector(s).to_owned())
        .collect();
    let country = names.country(&t.country).to_owned();
    Document {
        id: t.id.clone(),
        kind: DocKind::Trainer,
        fields: vec![
            (Field::Title, t.display_name.clone()),
            (Field::Code, t.id.clone()),
            (Field::Sector, specialisms.join(" · ")),
            (Field::Body, country),
            (Field::Body, t.languages.join(" ")),
            (Field::Body, t.standards.join(" ")),
        ],
        facets: Facets {
            country: vec![t.country.clone()],
            sector: t.specialisms.first().cloned(),
            language: t.languages.clone(),
            level: None,
            year: Some(t.year),
        },
    }
}

fn partner<'a>(
    names: &mut Names<'a>,
    p: &'a crate::core::data::Partner,
    since: Option<u16>,
) -> Document {
    let mut fields: Vec<(Field, String)> = LANGS
        .iter()
        .map(|l| (Field::Title, p.name.get(l).to_owned()))
        .collect();
    fields.push((Field::Code, p.id.clone()));
    let key = partner_type_key(p.kind);
    let types: Vec<&str> = crate::core::url_state::Lang::ALL
        .iter()
        .map(|&l| crate::core::i18n::text(l, key))
        .collect();
    fields.push((Field::Sector, types.join(" ")));
    fields.push((Field::Body, names.country(&p.country).to_owned()));
    Document {
        id: p.id.clone(),
        kind: DocKind::Partner,
        fields,
        facets: Facets {
            country: vec![p.country.clone()],
            year: since,
            ..Facets::default()
        },
    }
}

fn country(c: &crate::core::data::Country) -> Document {
    let mut fields: Vec<(Field, String)> = LANGS
        .iter()
        .map(|l| (Field::Title, c.name.get(l).to_owned()))
        .collect();
    fields.push((Field::Code, c.id.clone()));
    fields.push((Field::Body, c.region.replace('_', " ")));
    Document {
        id: c.id.clone(),
        kind: DocKind::Country,
        fields,
        facets: Facets {
            country: vec![c.id.clone()],
            ..Facets::default()
        },
    }
}

/// The year each partner's first cooperation began (its year facet).
fn partner_first_years(atlas: &Atlas) -> FastMap<&str, u16> {
    let mut first = FastMap::default();
    for ps in &atlas.partnerships {
        first
            .entry(ps.partner.as_str())
            .and_modify(|y: &mut u16| *y = (*y).min(ps.since))
            .or_insert(ps.since);
    }
    first
}
