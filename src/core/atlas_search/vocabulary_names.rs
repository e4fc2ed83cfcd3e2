//! Names of the dataset's vocabularies (sectors, partner types, occupations) in the
//! interface languages. The texts live in the `search` locale catalogue so translators find
//! them with the rest; the keys of the closed vocabularies are written out literally so the
//! catalogue test sees them, and a test checks that every occupation has its key.

use crate::core::data::PartnerType;
use crate::core::i18n;
use crate::core::lang::Lang;

/// The catalogue key naming a sector id, if the sector is a known one.
pub fn sector_key(id: &str) -> Option<&'static str> {
    Some(match id {
        "automotive" => "search_sector_automotive",
        "advanced_manufacturing" => "search_sector_advanced_manufacturing",
        "ai" => "search_sector_ai",
        "green_low_carbon" => "search_sector_green_low_carbon",
        "logistics" => "search_sector_logistics",
        "construction" => "search_sector_construction",
        "tourism" => "search_sector_tourism",
        "health_care" => "search_sector_health_care",
        _ => return None,
    })
}

/// A sector's name in `lang`; an unknown sector id is shown with spaces for underscores.
pub fn sector_name(id: &str, lang: Lang) -> String {
    match sector_key(id) {
        Some(key) => i18n::text(lang, key).to_owned(),
        None => id.replace('_', " "),
    }
}

/// The catalogue key naming a partner type.
pub fn partner_type_key(kind: PartnerType) -> &'static str {
    match kind {
        PartnerType::College => "search_partner_college",
        PartnerType::University => "search_partner_university",
        PartnerType::Enterprise => "search_partner_enterprise",
        PartnerType::Government => "search_partner_government",
        PartnerType::Association => "search_partner_association",
    }
}

/// The catalogue key of an occupation's other names (`search_occupation_` and its id), if
/// the catalogue has them: what people call it in each language besides the words of its
/// standard's title (`厨师` for the `中式烹调师`, `Pflegekraft` for the `Altenpfleger`), so a
/// visitor's everyday word finds it. Only searched, never shown. Occupations are an open
/// vocabulary, so unlike sectors their keys are made from the id.
pub fn occupation_key(id: &str) -> Option<String> {
    let key = format!("search_occupation_{id}");
    // A missing key reads as the key itself.
    (i18n::text(Lang::En, &key) != key).then_some(key)
}

/// An occupation's id as words (`vehicle_repair` → `vehicle repair`), then its other names
/// in every language (see [`occupation_key`]).
pub fn occupation_names(id: &str) -> String {
    let mut names = id.replace('_', " ");
    if let Some(key) = occupation_key(id) {
        for lang in Lang::ALL {
            names.push(' ');
            names.push_str(i18n::text(lang, &key));
        }
    }
    names
}
