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
use crate::core::data::PartnerType;
use crate::core::fast_hash::FastMap;
use crate::core::search::{DocKind, Document, Facets, Field, Text};
use compact_str::CompactString;
use std::sync::Arc;

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

/// The texts only one document has (its titles, its code, a trainer's standards), written
/// one after the other into one string that all their [`Text`]s are pieces of, instead of
/// one allocation each. The string is shared once complete ([`OwnTexts::share`]); until
/// then the pieces point at a placeholder and must not be read.
struct OwnTexts {
    text: String,
    pending: Arc<str>,
}

impl OwnTexts {
    fn new(atlas: &Atlas) -> Self {
        let titles =
            |t: &crate::core::data::i18n_text::I18nText| t.en.len() + t.zh_hans.len() + t.de.len();
        let bytes = atlas
            .standards
            .iter()
            .map(|s| titles(&s.title) + s.code.len())
            .sum::<usize>()
            + atlas
                .trainers
                .iter()
                .map(|t| t.display_name.len() + t.id.len() + t.standards.len() * 18)
                .sum::<usize>()
            + atlas
                .partners
                .iter()
                .map(|p| titles(&p.name) + p.id.len())
                .sum::<usize>()
            + atlas
                .countries
                .iter()
                .map(|c| titles(&c.name) + c.id.len())
                .sum::<usize>();
        OwnTexts {
            text: String::with_capacity(bytes),
            // An allocation of its own, so no other text is mistaken for a pending one.
            pending: Arc::from(String::from("pending")),
        }
    }

    /// A copy of `text`.
    fn push(&mut self, text: &str) -> Text {
        let start = self.text.len();
        self.text.push_str(text);
        Text::pending(&self.pending, start..self.text.len())
    }

    /// `items` joined by spaces.
    fn join(&mut self, items: &[CompactString]) -> Text {
        let start = self.text.len();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            self.text.push_str(item);
        }
        Text::pending(&self.pending, start..self.text.len())
    }

    /// Shares the string and points the pending texts of `docs` at it.
    fn share(self, docs: &mut [Document]) {
        let text: Arc<str> = Arc::from(self.text);
        for doc in docs {
            for (_, field) in &mut doc.fields {
                field.move_to(&self.pending, &text);
            }
        }
    }
}

/// The texts many documents share, built once each and handed out as shared [`Text`]s:
/// 45,000 documents name the same few dozen countries, sectors and languages over and over,
/// and the index builder tokenizes a shared text once however many documents carry it.
/// Each comes with the facet values it stands for (a country's id, a list's ids), found
/// by the same lookup.
struct Names<'a> {
    atlas: &'a Atlas,
    /// A country's names and its id.
    countries: FastMap<&'a str, (Text, Text)>,
    /// A sector's names and its id.
    sectors: FastMap<&'a str, (Text, Text)>,
    /// Joined lists (a standard's countries, a trainer's specialisms or languages), by
    /// what they join and which list it is, and the ids they join.
    lists: FastMap<(List, &'a [CompactString]), usize>,
    /// Each list's text and ids, by its number in `lists`.
    list_values: Vec<(Text, Vec<Text>)>,
    occupations: FastMap<&'a str, Text>,
    partner_types: FastMap<PartnerType, Text>,
    /// Language tags, as facet values.
    languages: FastMap<&'a str, Text>,
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
            list_values: Vec::new(),
            occupations: FastMap::default(),
            partner_types: FastMap::default(),
            languages: FastMap::default(),
        }
    }

    /// The country's name in the three languages, as one body text, and its id.
    fn country(&mut self, id: &'a str) -> &(Text, Text) {
        let atlas = self.atlas;
        self.countries.entry(id).or_insert_with(|| {
            let names: Vec<&str> = LANGS.iter().map(|l| atlas.country_name(id, l)).collect();
            let names = format!("{} {} {}", names[0], names[1], names[2]);
            (names.into(), id.into())
        })
    }

    /// A sector's names in every language plus its id, so `automotive`, `汽车` and
    /// `Kraftfahrzeug` all match it, and its id.
    fn sector(&mut self, id: &'a str) -> &(Text, Text) {
        self.sectors.entry(id).or_insert_with(|| {
            let names: Vec<String> = crate::core::url_state::Lang::ALL
                .iter()
                .map(|&l| sector_name(id, l))
                .collect();
            (names.join(" ").into(), id.into())
        })
    }

    /// The items of `ids` named and joined (countries and sectors by ` · `, languages by a
    /// space), once per distinct list, and the items as facet values.
    fn list(&mut self, kind: List, ids: &'a [CompactString]) -> &(Text, Vec<Text>) {
        if let Some(&at) = self.lists.get(&(kind, ids)) {
            return &self.list_values[at];
        }
        let list = match (kind, ids) {
            // One item is the item's own text, shared with everything else that names it.
            (List::Countries, [id]) => {
                let (names, id) = self.country(id).clone();
                (names, vec![id])
            }
            (List::Sectors, [id]) => {
                let (names, id) = self.sector(id).clone();
                (names, vec![id])
            }
            (List::Countries, _) => {
                let items: Vec<(Text, Text)> =
                    ids.iter().map(|c| self.country(c).clone()).collect();
                joined(&items)
            }
            (List::Sectors, _) => {
                let items: Vec<(Text, Text)> = ids.iter().map(|c| self.sector(c).clone()).collect();
                joined(&items)
            }
            (List::Languages, _) => {
                let languages = &mut self.languages;
                let values = ids
                    .iter()
                    .map(|l| {
                        let l: &'a str = l;
                        languages.entry(l).or_insert_with(|| l.into()).clone()
                    })
                    .collect();
                (ids.join(" ").into(), values)
            }
        };
        self.lists.insert((kind, ids), self.list_values.len());
        self.list_values.push(list);
        &self.list_values[self.list_values.len() - 1]
    }

    /// A standard's occupation id as words (`vehicle_repair` → `vehicle repair`).
    fn occupation(&mut self, id: &'a str) -> Text {
        self.occupations
            .entry(id)
            .or_insert_with(|| id.replace('_', " ").into())
            .clone()
    }

    /// A partner type's names in every language.
    fn partner_type(&mut self, kind: PartnerType) -> Text {
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

/// Items' names joined by ` · `, and their ids.
fn joined(items: &[(Text, Text)]) -> (Text, Vec<Text>) {
    let names: Vec<&str> = items.iter().map(|(names, _)| names.as_str()).collect();
    let ids = items.iter().map(|(_, id)| id.clone()).collect();
    (names.join(" · ").into(), ids)
}

fn standard<'a>(
    names: &mut Names<'a>,
    own: &mut OwnTexts,
    s: &'a crate::core::data::Standard,
) -> Document {
    // The titles and up to four more fields, at their final size (growing reallocated
    // 29,000 vectors at ×100).
    let mut fields: Vec<(Field, Text)> = Vec::with_capacity(LANGS.len() + 4);
    fields.extend(
        LANGS
            .iter()
            .map(|l| (Field::Title, own.push(s.title.get(l)))),
    );
    fields.push((Field::Code, own.push(&s.code)));
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
    let mut fields: Vec<(Field, Text)> = Vec::with_capacity(LANGS.len() + 4);
    fields.extend(
        LANGS
            .iter()
            .map(|l| (Field::Title, own.push(p.name.get(l)))),
    );
    fields.push((Field::Code, own.push(&p.id)));
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
    let mut fields: Vec<(Field, Text)> = Vec::with_capacity(LANGS.len() + 4);
    fields.extend(
        LANGS
            .iter()
            .map(|l| (Field::Title, own.push(c.name.get(l)))),
    );
    fields.push((Field::Code, own.push(&c.id)));
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
