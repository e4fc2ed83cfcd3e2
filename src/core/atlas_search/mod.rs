//! The dataset as search documents: standards, trainers, partners and countries turned into
//! the engine's generic [`Document`]s, whatever the interface language.
//!
//! Every name is indexed in English, Chinese and German, so `焊接`, `Schweißen` and `welding`
//! all find the welder standard; the UI then *displays* the text of its own language (see
//! [`present`]). Field order per kind is fixed ([`layout`]), so a hit's highlight ranges can be
//! mapped back to "the title in German" without searching the fields again.

pub mod corpus;
pub mod field_layout;
mod names;
mod own_texts;
pub mod present;
pub mod recent;
pub mod row_markup;
pub mod url_filter;
pub mod vocabulary_names;

pub use corpus::SearchCorpus;
pub use present::{meta_line, present_hit, Presented};
pub use recent::Recent;
pub use row_markup::{option_id, result_rows_markup};
pub use url_filter::filter_for;
pub use vocabulary_names::{partner_type_key, sector_key, sector_name};
// The URL state spells the result kinds and sort orders; the search is where readers look.
pub use crate::core::url_state::{kind_from_slug, kind_slug, SearchSort};

use crate::core::data::Atlas;
use crate::core::fast_hash::FastMap;
use crate::core::search::{DocKind, Document, Facets, Field};
use names::{List, Names};
use own_texts::OwnTexts;

/// All searchable documents of `atlas`: standards, then trainers, partners and countries.
pub fn documents(atlas: &Atlas) -> Vec<Document> {
    let mut docs = Vec::with_capacity(
        atlas.standards.len() + atlas.trainers.len() + atlas.partners.len() + atlas.countries.len(),
    );
    let mut names = Names::new(atlas);
    let mut own = OwnTexts::new(atlas);
    let first_years = partner_first_years(atlas);
    let mut make = Make {
        names: &mut names,
        own: &mut own,
        first_years: &first_years,
        docs: &mut docs,
    };
    for block in atlas.standards.chunks(BLOCK) {
        make.standards_block(block);
    }
    for block in atlas.trainers.chunks(BLOCK) {
        make.trainers_block(block);
    }
    for block in atlas.partners.chunks(BLOCK) {
        make.partners_block(block);
    }
    docs.extend(
        atlas
            .countries
            .iter()
            .map(|c| country(&mut names, &mut own, c)),
    );
    own.share(&mut docs);
    docs
}

/// Records per call of the `Make::…_block` methods: a call per block, not one loop over
/// every record, so the browser runs optimised code for most of them (see
/// `search::index::READ_BLOCK`).
const BLOCK: usize = 512;

/// What [`documents`] makes documents with, and where it puts them.
struct Make<'a, 'm> {
    names: &'m mut Names<'a>,
    own: &'m mut OwnTexts,
    first_years: &'m FastMap<&'a str, u16>,
    docs: &'m mut Vec<Document>,
}

impl<'a> Make<'a, '_> {
    #[inline(never)]
    fn standards_block(&mut self, records: &'a [crate::core::data::Standard]) {
        let (names, own) = (&mut *self.names, &mut *self.own);
        self.docs
            .extend(records.iter().map(|s| standard(names, own, s)));
    }

    #[inline(never)]
    fn trainers_block(&mut self, records: &'a [crate::core::data::Trainer]) {
        let (names, own) = (&mut *self.names, &mut *self.own);
        self.docs
            .extend(records.iter().map(|t| trainer(names, own, t)));
    }

    #[inline(never)]
    fn partners_block(&mut self, records: &'a [crate::core::data::Partner]) {
        let (names, own, first_years) = (&mut *self.names, &mut *self.own, self.first_years);
        self.docs.extend(records.iter().map(|p| {
            let since = first_years.get(p.id.as_str()).copied();
            partner(names, own, p, since)
        }));
    }
}

fn standard<'a>(
    names: &mut Names<'a>,
    own: &mut OwnTexts,
    s: &'a crate::core::data::Standard,
) -> Document {
    // The fields at their final size (growing reallocated 29,000 vectors at ×100).
    let mut fields = own.titles_and_code(&s.title, &s.code, 3);
    let (sector_names, sector) = names.sector(&s.sector).clone();
    fields.push((Field::Sector, sector_names));
    fields.push((Field::Sector, names.occupation(&s.occupation)));
    let (countries_names, countries) = names.list(List::Countries, &s.countries).clone();
    fields.push((Field::Body, countries_names));
    Document {
        id: String::from(s.code.as_str()),
        kind: DocKind::Standard,
        fields,
        facets: Facets {
            country: countries,
            sector: Some(sector),
            language: Vec::new(),
            level: Some(s.level),
            year: Some(s.year),
        },
    }
}

fn trainer<'a>(
    names: &mut Names<'a>,
    own: &mut OwnTexts,
    t: &'a crate::core::data::Trainer,
) -> Document {
    let (specialisms, sectors) = names.list(List::Sectors, &t.specialisms);
    let (specialisms, sector) = (specialisms.clone(), sectors.first().cloned());
    let (country_names, country) = names.country(&t.country).clone();
    let (languages, language) = names.list(List::Languages, &t.languages).clone();
    Document {
        id: String::from(t.id.as_str()),
        kind: DocKind::Trainer,
        fields: vec![
            (Field::Title, own.push(&t.display_name)),
            (Field::Code, own.push(&t.id)),
            (Field::Sector, specialisms),
            (Field::Body, country_names),
            (Field::Body, languages),
            (Field::Body, own.join(&t.standards)),
        ],
        facets: Facets {
            country: vec![country],
            sector,
            language,
            level: None,
            year: Some(t.year),
        },
    }
}

fn partner<'a>(
    names: &mut Names<'a>,
    own: &mut OwnTexts,
    p: &'a crate::core::data::Partner,
    since: Option<u16>,
) -> Document {
    let mut fields = own.titles_and_code(&p.name, &p.id, 2);
    fields.push((Field::Sector, names.partner_type(p.kind)));
    let (country_names, country) = names.country(&p.country).clone();
    fields.push((Field::Body, country_names));
    Document {
        id: String::from(p.id.as_str()),
        kind: DocKind::Partner,
        fields,
        facets: Facets {
            country: vec![country],
            year: since,
            ..Facets::default()
        },
    }
}

fn country<'a>(
    names: &mut Names<'a>,
    own: &mut OwnTexts,
    c: &'a crate::core::data::Country,
) -> Document {
    let mut fields = own.titles_and_code(&c.name, &c.id, 1);
    fields.push((Field::Body, c.region.replace('_', " ").into()));
    Document {
        id: c.id.clone(),
        kind: DocKind::Country,
        fields,
        facets: Facets {
            country: vec![names.country(&c.id).1.clone()],
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
