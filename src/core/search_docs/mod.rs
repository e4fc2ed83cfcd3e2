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

use compact_str::CompactString;

use crate::core::data::i18n_text::LANGS;
use crate::core::data::Atlas;
use crate::core::data::PartnerType;
use crate::core::fast_hash::FastMap;
use crate::core::search::{DocKind, Document, Facets, Field};
use std::sync::Arc;

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

/// The texts many documents share, built once each and handed out as shared [`Arc`]s: 45,000
/// documents name the same few dozen countries, sectors and languages over and over, and
/// the index builder tokenizes a shared text once however many documents carry it.
struct Names<'a> {
    atlas: &'a Atlas,
    countries: FastMap<&'a str, Arc<str>>,
    sectors: FastMap<&'a str, Arc<str>>,
    /// Joined lists (a standard's countries, a trainer's specialisms or languages), by
    /// what they join and which list it is.
    lists: FastMap<(List, &'a [CompactString]), Arc<str>>,
    occupations: FastMap<&'a str, Arc<str>>,
    partner_types: FastMap<PartnerType, Arc<str>>,
}

/// The kinds of joined lists in [`Names::lists`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum List {
    Countries,
    Sectors,
    Languages,
}

impl<'a> Names<'a> {
    fn new(atlas: &'a Atlas) -> Self {
        Names {
            atlas,
            countries: FastMap::default(),
            sectors: FastMap::default(),
            lists: FastMap::default(),
            occupations: FastMap::default(),
            partner_types: FastMap::default(),
        }
    }

    /// The country's name in the three languages, as one body text.
    fn country(&mut self, id: &'a str) -> Arc<str> {
        let atlas = self.atlas;
        self.countries
            .entry(id)
            .or_insert_with(|| {
                let names: Vec<&str> = LANGS.iter().map(|l| atlas.country_name(id, l)).collect();
                format!("{} {} {}", names[0], names[1], names[2]).into()
            })
            .clone()
    }

    /// A sector's names in every language plus its id, so `automotive`, `汽车` and
    /// `Kraftfahrzeug` all match it.
    fn sector(&mut self, id: &'a str) -> Arc<str> {
        self.sectors
            .entry(id)
            .or_insert_with(|| {
                let names: Vec<String> = crate::core::url_state::Lang::ALL
                    .iter()
                    .map(|&l| sector_name(id, l))
                    .collect();
                names.join(" ").into()
            })
            .clone()
    }

    /// The items of `ids` named and joined (countries and sectors by ` · `, languages by a
    /// space), once per distinct list.
    fn list(&mut self, kind: List, ids: &'a [CompactString]) -> Arc<str> {
        if let Some(text) = self.lists.get(&(kind, ids)) {
            return text.clone();
        }
        let text: Arc<str> = match (kind, ids) {
            // One item is the item's own text, shared with everything else that names it.
            (List::Countries, [id]) => self.country(id),
            (List::Sectors, [id]) => self.sector(id),
            (List::Countries, _) => {
                let names: Vec<Arc<str>> = ids.iter().map(|c| self.country(c)).collect();
                names.join(" · ").into()
            }
            (List::Sectors, _) => {
                let names: Vec<Arc<str>> = ids.iter().map(|c| self.sector(c)).collect();
                names.join(" · ").into()
            }
            (List::Languages, _) => ids.join(" ").into(),
        };
        self.lists.insert((kind, ids), text.clone());
        text
    }

    /// A standard's occupation id as words (`vehicle_repair` → `vehicle repair`).
    fn occupation(&mut self, id: &'a str) -> Arc<str> {
        self.occupations
            .entry(id)
            .or_insert_with(|| id.replace('_', " ").into())
            .clone()
    }

    /// A partner type's names in every language.
    fn partner_type(&mut self, kind: PartnerType) -> Arc<str> {
        self.partner_types
            .entry(kind)
            .or_insert_with(|| {
                let key = partner_type_key(kind);
                let types: Vec<&str> = crate::core::url_state::Lang::ALL
                    .iter()
                    .map(|&l| crate::core::i18n::text(l, key))
                    .collect();
                types.join(" ").into()
            })
            .clone()
    }
}

fn standard<'a>(names: &mut Names<'a>, s: &'a crate::core::data::Standard) -> Document {
    // The titles and up to four more fields, at their final size (growing reallocated
    // 29,000 vectors at ×100).
    let mut fields: Vec<(Field, Arc<str>)> = Vec::with_capacity(LANGS.len() + 4);
    fields.extend(LANGS.iter().map(|l| (Field::Title, s.title.get(l).into())));
    fields.push((Field::Code, s.code.as_str().into()));
    fields.push((Field::Sector, names.sector(&s.sector)));
    fields.push((Field::Sector, names.occupation(&s.occupation)));
    fields.push((Field::Body, names.list(List::Countries, &s.countries)));
    Document {
        id: s.code.to_string(),
        kind: DocKind::Standard,
        fields,
        facets: Facets {
            country: s.countries.iter().map(|c| c.to_string()).collect(),
            sector: Some(s.sector.to_string()),
            language: Vec::new(),
            level: Some(s.level),
            year: Some(s.year),
        },
    }
}

fn trainer<'a>(names: &mut Names<'a>, t: &'a crate::core::data::Trainer) -> Document {
    Document {
        id: t.id.to_string(),
        kind: DocKind::Trainer,
        fields: vec![
            (Field::Title, t.display_name.as_str().into()),
            (Field::Code, t.id.as_str().into()),
            (Field::Sector, names.list(List::Sectors, &t.specialisms)),
            (Field::Body, names.country(&t.country)),
            (Field::Body, names.list(List::Languages, &t.languages)),
            (Field::Body, t.standards.join(" ").into()),
        ],
        facets: Facets {
            country: vec![t.country.to_string()],
            sector: t.specialisms.first().map(|s| s.to_string()),
            language: t.languages.iter().map(|l| l.to_string()).collect(),
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
    let mut fields: Vec<(Field, Arc<str>)> = Vec::with_capacity(LANGS.len() + 4);
    fields.extend(LANGS.iter().map(|l| (Field::Title, p.name.get(l).into())));
    fields.push((Field::Code, p.id.as_str().into()));
    fields.push((Field::Sector, names.partner_type(p.kind)));
    fields.push((Field::Body, names.country(&p.country)));
    Document {
        id: p.id.to_string(),
        kind: DocKind::Partner,
        fields,
        facets: Facets {
            country: vec![p.country.to_string()],
            year: since,
            ..Facets::default()
        },
    }
}

fn country(c: &crate::core::data::Country) -> Document {
    let mut fields: Vec<(Field, Arc<str>)> = Vec::with_capacity(LANGS.len() + 4);
    fields.extend(LANGS.iter().map(|l| (Field::Title, c.name.get(l).into())));
    fields.push((Field::Code, c.id.as_str().into()));
    fields.push((Field::Body, c.region.replace('_', " ").into()));
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
    let mut first = FastMap::with_capacity_and_hasher(atlas.partners.len(), Default::default());
    for ps in &atlas.partnerships {
        first
            .entry(ps.partner.as_str())
            .and_modify(|y: &mut u16| *y = (*y).min(ps.since))
            .or_insert(ps.since);
    }
    first
}
