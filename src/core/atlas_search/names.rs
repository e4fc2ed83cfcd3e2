//! The texts many search documents share (country and sector names, joined lists), made
//! once each.

use super::vocabulary_names::{occupation_names, partner_type_key, sector_name};
use crate::core::data::{Atlas, PartnerType};
use crate::core::fast_hash::FastMap;
use crate::core::lang::Lang;
use crate::core::search::Text;
use compact_str::CompactString;

/// The texts many documents share, built once each and handed out as shared [`Text`]s:
/// 45,000 documents name the same few dozen countries, sectors and languages over and over,
/// and the index builder tokenizes a shared text once however many documents carry it.
/// Each comes with the facet values it stands for (a country's id, a list's ids), found
/// by the same lookup. The keys are copies of the dataset's ids (mostly short enough to be
/// stored inline), so a build can keep the names between slices of its work.
#[derive(Default)]
pub(super) struct Names {
    /// A country's names and its id.
    countries: FastMap<CompactString, (Text, Text)>,
    /// A sector's names and its id.
    sectors: FastMap<CompactString, (Text, Text)>,
    /// Joined lists (a standard's countries, a trainer's specialisms or languages), per
    /// kind of list ([`List`]), by the ids they join.
    lists: [FastMap<Box<[CompactString]>, usize>; 3],
    /// Each list's text and ids, by its number in `lists`.
    list_values: Vec<(Text, Vec<Text>)>,
    occupations: FastMap<CompactString, Text>,
    partner_types: FastMap<PartnerType, Text>,
    /// Language tags, as facet values.
    languages: FastMap<CompactString, Text>,
}

/// The kinds of joined lists in [`Names::lists`] (numbered, to index it).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum List {
    Countries = 0,
    Sectors = 1,
    Languages = 2,
}

impl Names {
    /// The country's name in the three languages of `atlas`, as one body text, and its id.
    pub(super) fn country(&mut self, atlas: &Atlas, id: &str) -> (Text, Text) {
        if let Some(names) = self.countries.get(id) {
            return names.clone();
        }
        let [en, zh, de] = Lang::ALL.map(|l| atlas.country_name(id, l));
        let names: (Text, Text) = (format!("{en} {zh} {de}").into(), id.into());
        self.countries.insert(id.into(), names.clone());
        names
    }

    /// A sector's names in every language plus its id, so `automotive`, `汽车` and
    /// `Kraftfahrzeug` all match it, and its id.
    pub(super) fn sector(&mut self, id: &str) -> (Text, Text) {
        if let Some(names) = self.sectors.get(id) {
            return names.clone();
        }
        let names: Vec<String> = Lang::ALL.iter().map(|&l| sector_name(id, l)).collect();
        let names: (Text, Text) = (names.join(" ").into(), id.into());
        self.sectors.insert(id.into(), names.clone());
        names
    }

    /// The items of `ids` named (countries in the languages of `atlas`) and joined
    /// (countries and sectors by ` · `, languages by a space), once per distinct list, and
    /// the items as facet values.
    pub(super) fn list(
        &mut self,
        atlas: &Atlas,
        kind: List,
        ids: &[CompactString],
    ) -> &(Text, Vec<Text>) {
        if let Some(&at) = self.lists[kind as usize].get(ids) {
            return &self.list_values[at];
        }
        let list = match (kind, ids) {
            // One item is the item's own text, shared with everything else that names it.
            (List::Countries, [id]) => {
                let (names, id) = self.country(atlas, id);
                (names, vec![id])
            }
            (List::Sectors, [id]) => {
                let (names, id) = self.sector(id);
                (names, vec![id])
            }
            (List::Countries, _) => {
                let items: Vec<(Text, Text)> = ids.iter().map(|c| self.country(atlas, c)).collect();
                joined(&items)
            }
            (List::Sectors, _) => {
                let items: Vec<(Text, Text)> = ids.iter().map(|c| self.sector(c)).collect();
                joined(&items)
            }
            (List::Languages, _) => {
                let languages = &mut self.languages;
                let values = ids
                    .iter()
                    .map(|l| match languages.get(l.as_str()) {
                        Some(tag) => tag.clone(),
                        None => {
                            let tag = Text::from(l.as_str());
                            languages.insert(l.clone(), tag.clone());
                            tag
                        }
                    })
                    .collect();
                (ids.join(" ").into(), values)
            }
        };
        self.lists[kind as usize].insert(ids.into(), self.list_values.len());
        self.list_values.push(list);
        &self.list_values[self.list_values.len() - 1]
    }

    /// A standard's occupation as words, with its other names in every language (see
    /// [`occupation_names`]).
    pub(super) fn occupation(&mut self, id: &str) -> Text {
        if let Some(words) = self.occupations.get(id) {
            return words.clone();
        }
        let words = Text::from(occupation_names(id));
        self.occupations.insert(id.into(), words.clone());
        words
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
