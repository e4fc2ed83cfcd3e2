//! Names of the dataset's closed vocabularies (sectors, partner types) in the interface
//! languages. The texts live in the `search` locale catalogue so translators find them with
//! the rest; the keys are written out literally so the catalogue test sees them.

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
