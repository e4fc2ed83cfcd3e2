//! The texts many search documents share (country and sector names, joined lists), made
//! once each.

use super::vocabulary_names::{partner_type_key, sector_name};
use crate::core::data::{Atlas, PartnerType};
use crate::core::fast_hash::FastMap;
use crate::core::lang::Lang;
use crate::core::search::Text;
use compact_str::CompactString;

/// The texts many documents share, built once each and handed out as shared [`Text`]s:
/// 45,000 documents name the same few dozen countries, sectors and languages over and over,
/// and the index builder tokenizes a shared text once however many documents carry it.
/// Each comes with the facet values it stands for (a country's id, a list's ids), found
/// by the same lookup.
pub(super) struct Names<'a> {
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
pub(super) enum List {
    Countries,
    Sectors,
    Languages,
}

impl<'a> Names<'a> {
    pub(super) fn new(atlas: &'a Atlas) -> Self {
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
    pub(super) fn country(&mut self, id: &'a str) -> &(Text, Text) {
        let atlas = self.atlas;
        self.countries.entry(id).or_insert_with(|| {
            let [en, zh, de] = Lang::ALL.map(|l| atlas.country_name(id, l));
            (format!("{en} {zh} {de}").into(), id.into())
        })
    }

    /// A sector's names in every language plus its id, so `automotive`, `汽车` and
    /// `Kraftfahrzeug` all match it, and its id.
    pub(super) fn sector(&mut self, id: &'a str) -> &(Text, Text) {
        self.sectors.entry(id).or_insert_with(|| {
            let names: Vec<String> = Lang::ALL.iter().map(|&l| sector_name(id, l)).collect();
            (names.join(" ").into(), id.into())
        })
    }

    /// The items of `ids` named and joined (countries and sectors by ` · `, languages by a
    /// space), once per distinct list, and the items as facet values.
    pub(super) fn list(&mut self, kind: List, ids: &'a [CompactString]) -> &(Text, Vec<Text>) {
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
    pub(super) fn occupation(&mut self, id: &'a str) -> Text {
        self.occupations
            .entry(id)
            .or_insert_with(|| id.replace('_', " ").into())
            .clone()
    }

    /// A partner type's names in every language.
    pub(super) fn partner_type(&mut self, kind: PartnerType) -> Text {
        self.partner_types
            .entry(kind)
            .or_insert_with(|| {
                let key = partner_type_key(kind);
                let types: Vec<&str> = Lang::ALL
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
