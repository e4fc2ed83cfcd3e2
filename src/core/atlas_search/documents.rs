//! Making the dataset's search documents, a block of records at a time: what
//! [`documents`] does at once, and what a sliced build of the search corpus does a unit of
//! work per call, so the browser can paint between them.

use super::names::{List, Names};
use super::own_texts::OwnTexts;
use crate::core::data::{Atlas, Country, Partner, Standard, Trainer};
use crate::core::fast_hash::FastMap;
use crate::core::search::{DocKind, Document, Facets, Field};
use compact_str::CompactString;

/// All searchable documents of `atlas`: standards, then trainers, partners and countries.
pub fn documents(atlas: &Atlas) -> Vec<Document> {
    let mut builder = DocumentsBuilder::new(atlas);
    while !builder.unit(atlas) {}
    builder.finish()
}

/// Records per unit of work, and per call of the `…_block` methods: a call per block, not
/// one loop over every record, so the browser runs optimised code for most of them (see
/// `search::reader::READ_BLOCK`). At most about 0.7 ms natively at ×100.
const BLOCK: usize = 256;
/// Partnerships per unit of the first pass (their first years).
const PASS_BLOCK: usize = 4096;

/// The documents of a dataset being made, a unit of work per [`DocumentsBuilder::unit`]. It
/// keeps no reference to the dataset: each call is given it (always the same one).
pub(super) struct DocumentsBuilder {
    stage: DocumentsStage,
    /// The next record (or document) of the current stage.
    at: usize,
    names: Names,
    own: OwnTexts,
    /// The year each partner's first cooperation began (its year facet).
    first_years: FastMap<CompactString, u16>,
    docs: Vec<Document>,
}

/// The stages of [`DocumentsBuilder`], in order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DocumentsStage {
    FirstYears,
    Standards,
    Trainers,
    Partners,
    Countries,
    Done,
}

impl DocumentsBuilder {
    /// Nothing made yet, with room for the documents of `atlas`.
    pub(super) fn new(atlas: &Atlas) -> DocumentsBuilder {
        let records = atlas.standards.len()
            + atlas.trainers.len()
            + atlas.partners.len()
            + atlas.countries.len();
        DocumentsBuilder {
            stage: DocumentsStage::FirstYears,
            at: 0,
            names: Names::default(),
            own: OwnTexts::new(),
            first_years: FastMap::with_capacity_and_hasher(
                atlas.partners.len(),
                Default::default(),
            ),
            docs: Vec::with_capacity(records),
        }
    }

    /// Does one unit of work over `atlas`; true once every document is made.
    pub(super) fn unit(&mut self, atlas: &Atlas) -> bool {
        let (stage, records) = match self.stage {
            DocumentsStage::FirstYears => {
                let block = next_block(&mut self.at, atlas.partnerships.len(), PASS_BLOCK);
                for ps in &atlas.partnerships[block] {
                    match self.first_years.get_mut(ps.partner.as_str()) {
                        Some(year) => *year = (*year).min(ps.since),
                        None => {
                            self.first_years.insert(ps.partner.clone(), ps.since);
                        }
                    }
                }
                (DocumentsStage::Standards, atlas.partnerships.len())
            }
            DocumentsStage::Standards => {
                let block = next_block(&mut self.at, atlas.standards.len(), BLOCK);
                self.standards_block(atlas, &atlas.standards[block]);
                (DocumentsStage::Trainers, atlas.standards.len())
            }
            DocumentsStage::Trainers => {
                let block = next_block(&mut self.at, atlas.trainers.len(), BLOCK);
                self.trainers_block(atlas, &atlas.trainers[block]);
                (DocumentsStage::Partners, atlas.trainers.len())
            }
            DocumentsStage::Partners => {
                let block = next_block(&mut self.at, atlas.partners.len(), BLOCK);
                self.partners_block(atlas, &atlas.partners[block]);
                (DocumentsStage::Countries, atlas.partners.len())
            }
            DocumentsStage::Countries => {
                let block = next_block(&mut self.at, atlas.countries.len(), BLOCK);
                self.countries_block(atlas, &atlas.countries[block]);
                if self.at == atlas.countries.len() {
                    self.own.share(&mut self.docs);
                }
                (DocumentsStage::Done, atlas.countries.len())
            }
            DocumentsStage::Done => return true,
        };
        if self.at == records {
            (self.stage, self.at) = (stage, 0);
        }
        self.stage == DocumentsStage::Done
    }

    /// What the build is doing now, for benchmarks and profiles.
    pub(super) fn stage(&self) -> &'static str {
        match self.stage {
            DocumentsStage::FirstYears => "first years",
            DocumentsStage::Standards => "standards",
            DocumentsStage::Trainers => "trainers",
            DocumentsStage::Partners => "partners",
            DocumentsStage::Countries => "countries",
            DocumentsStage::Done => "documents made",
        }
    }

    /// The documents (call once [`DocumentsBuilder::unit`] has returned true).
    pub(super) fn finish(self) -> Vec<Document> {
        debug_assert!(self.stage == DocumentsStage::Done);
        self.docs
    }

    #[inline(never)]
    fn standards_block(&mut self, atlas: &Atlas, records: &[Standard]) {
        for s in records {
            let doc = standard(atlas, &mut self.names, &mut self.own, s);
            self.add(doc);
        }
    }

    #[inline(never)]
    fn trainers_block(&mut self, atlas: &Atlas, records: &[Trainer]) {
        for t in records {
            let doc = trainer(atlas, &mut self.names, &mut self.own, t);
            self.add(doc);
        }
    }

    #[inline(never)]
    fn partners_block(&mut self, atlas: &Atlas, records: &[Partner]) {
        for p in records {
            let since = self.first_years.get(p.id.as_str()).copied();
            let doc = partner(atlas, &mut self.names, &mut self.own, p, since);
            self.add(doc);
        }
    }

    #[inline(never)]
    fn countries_block(&mut self, atlas: &Atlas, records: &[Country]) {
        for c in records {
            let doc = country(atlas, &mut self.names, &mut self.own, c);
            self.add(doc);
        }
    }

    /// Adds a document just made.
    fn add(&mut self, doc: Document) {
        self.docs.push(doc);
        self.own.document_made(&mut self.docs);
    }
}

/// The next `size` of `len` items from `at`, moving `at` past them.
fn next_block(at: &mut usize, len: usize, size: usize) -> std::ops::Range<usize> {
    let start = *at;
    *at = (start + size).min(len);
    start..*at
}

fn standard(atlas: &Atlas, names: &mut Names, own: &mut OwnTexts, s: &Standard) -> Document {
    // The fields at their final size (growing reallocated 29,000 vectors at ×100).
    let mut fields = own.titles_and_code(&s.title, &s.code, 3);
    let (sector_names, sector) = names.sector(&s.sector);
    fields.push((Field::Sector, sector_names));
    fields.push((Field::Sector, names.occupation(&s.occupation)));
    let (countries_names, countries) = names.list(atlas, List::Countries, &s.countries).clone();
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

fn trainer(atlas: &Atlas, names: &mut Names, own: &mut OwnTexts, t: &Trainer) -> Document {
    let (specialisms, sectors) = names.list(atlas, List::Sectors, &t.specialisms);
    let (specialisms, sector) = (specialisms.clone(), sectors.first().cloned());
    let (country_names, country) = names.country(atlas, &t.country);
    let (languages, language) = names.list(atlas, List::Languages, &t.languages).clone();
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

fn partner(
    atlas: &Atlas,
    names: &mut Names,
    own: &mut OwnTexts,
    p: &Partner,
    since: Option<u16>,
) -> Document {
    let mut fields = own.titles_and_code(&p.name, &p.id, 2);
    fields.push((Field::Sector, names.partner_type(p.kind)));
    let (country_names, country) = names.country(atlas, &p.country);
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

fn country(atlas: &Atlas, names: &mut Names, own: &mut OwnTexts, c: &Country) -> Document {
    let mut fields = own.titles_and_code(&c.name, &c.id, 1);
    fields.push((Field::Body, c.region.replace('_', " ").into()));
    Document {
        id: c.id.clone(),
        kind: DocKind::Country,
        fields,
        facets: Facets {
            country: vec![names.country(atlas, &c.id).1],
            ..Facets::default()
        },
    }
}
