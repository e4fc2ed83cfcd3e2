//! Foreign partners, the partnerships tying them to Chongqing institutions, and the
//! "Chinese + Automobile" workshops they host.

use std::collections::HashMap;

use super::rng::SplitMix64;
use super::standards::SECTORS;
use crate::core::data::countries::{CountryRef, COUNTRIES};
use crate::core::data::{I18nText, Institution, Partner, PartnerType, Partnership, Workshop};

/// Number of foreign partners (published, exact) at ×1.
pub const PARTNERS: usize = 211;
/// Countries hosting a workshop: more than 30 published.
pub const WORKSHOP_COUNTRIES: usize = 33;

/// Name templates per partner type; `{c}` is the city in that language.
const NAMES: [(PartnerType, &str, &str, &str); 10] = [
    (
        PartnerType::College,
        "{c} Technical College",
        "{c}技术学院",
        "Technisches College {c}",
    ),
    (
        PartnerType::College,
        "{c} Polytechnic",
        "{c}理工学院",
        "Polytechnikum {c}",
    ),
    (
        PartnerType::College,
        "{c} Vocational Training Institute",
        "{c}职业培训学院",
        "Berufsbildungsinstitut {c}",
    ),
    (
        PartnerType::University,
        "{c} University of Applied Sciences",
        "{c}应用科技大学",
        "Hochschule für angewandte Wissenschaften {c}",
    ),
    (
        PartnerType::University,
        "{c} University of Technology",
        "{c}科技大学",
        "Technische Universität {c}",
    ),
    (
        PartnerType::Enterprise,
        "{c} Motors Ltd.",
        "{c}汽车有限公司",
        "{c} Motoren GmbH",
    ),
    (
        PartnerType::Enterprise,
        "{c} Logistics Group",
        "{c}物流集团",
        "Logistikgruppe {c}",
    ),
    (
        PartnerType::Enterprise,
        "{c} Solar Engineering Ltd.",
        "{c}太阳能工程有限公司",
        "{c} Solartechnik GmbH",
    ),
    (
        PartnerType::Government,
        "{c} Regional Vocational Training Authority",
        "{c}地区职业培训局",
        "Regionale Berufsbildungsbehörde {c}",
    ),
    (
        PartnerType::Association,
        "{c} Chamber of Skilled Trades",
        "{c}技能行业协会",
        "Fachkräftekammer {c}",
    ),
];

/// `partners_total` partners; every country gets at least one.
pub fn partners(rng: &mut SplitMix64, partners_total: usize) -> Vec<Partner> {
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut out = Vec::with_capacity(partners_total);
    while out.len() < partners_total {
        let country = match COUNTRIES.get(out.len()) {
            Some(c) => c,
            None => rng.pick(&COUNTRIES),
        };
        let (kind, en, zh, de) = *rng.pick(&NAMES);
        let fill = |t: &str, lang: usize| t.replace("{c}", country.city[lang]);
        let campus = seen.entry(fill(en, 0)).and_modify(|n| *n += 1).or_insert(1);
        let name = if *campus == 1 {
            I18nText::new(fill(en, 0), fill(zh, 1), fill(de, 2))
        } else {
            // A second partner of the same kind in one city gets a campus number.
            I18nText::new(
                format!("{} (Campus {campus})", fill(en, 0)),
                format!("{}（第{campus}校区）", fill(zh, 1)),
                format!("{} (Standort {campus})", fill(de, 2)),
            )
        };
        let id = format!("FP-{:05}", out.len() + 1);
        out.push(Partner {
            id: id.into(),
            name,
            country: country.id.into(),
            kind,
        });
    }
    out
}

/// Partnerships such that every institution and every partner appears at least once.
pub fn partnerships(
    rng: &mut SplitMix64,
    institutions: &[Institution],
    partners: &[Partner],
) -> Vec<Partnership> {
    let mut order: Vec<usize> = (0..institutions.len()).collect();
    rng.shuffle(&mut order);
    let mut out = Vec::new();
    for (i, p) in partners.iter().enumerate() {
        let first = order
            .get(i)
            .copied()
            .unwrap_or_else(|| rng.below(institutions.len()));
        let mut links = vec![first];
        if rng.chance(30) {
            let second = rng.below(institutions.len());
            if second != first {
                links.push(second);
            }
        }
        for inst in links {
            let n_fields = 1 + rng.below(3);
            let mut fields = rng.sample(&SECTORS, n_fields);
            fields.sort_unstable();
            out.push(Partnership {
                id: format!("PS-{:05}", out.len() + 1).into(),
                institution: institutions[inst].id.clone(),
                partner: p.id.clone(),
                since: rng.range(2015, 2025),
                fields: fields.iter().map(|&f| f.into()).collect(),
            });
        }
    }
    // Partners beyond the institution count may leave some institutions unlinked
    // only if there are fewer partners than institutions; cover them explicitly.
    for inst in order.iter().skip(partners.len()) {
        let p = rng.pick(partners);
        out.push(Partnership {
            id: format!("PS-{:05}", out.len() + 1).into(),
            institution: institutions[*inst].id.clone(),
            partner: p.id.clone(),
            since: rng.range(2015, 2025),
            fields: vec!["automotive".into()],
        });
    }
    out
}

/// One workshop in each of [`WORKSHOP_COUNTRIES`] Belt and Road countries, hosted by a
/// college or university there when there is one.
pub fn workshops(rng: &mut SplitMix64, partners: &[Partner]) -> Vec<Workshop> {
    let bri: Vec<&CountryRef> = COUNTRIES.iter().filter(|c| c.belt_and_road).collect();
    let mut chosen = rng.sample(&bri, WORKSHOP_COUNTRIES);
    chosen.sort_by_key(|c| c.id);
    let mut out = Vec::new();
    for c in chosen {
        let local: Vec<&Partner> = partners.iter().filter(|p| p.country == c.id).collect();
        let schools: Vec<&Partner> = local
            .iter()
            .copied()
            .filter(|p| matches!(p.kind, PartnerType::College | PartnerType::University))
            .collect();
        let host = if schools.is_empty() {
            rng.pick(&local)
        } else {
            rng.pick(&schools)
        };
        out.push(Workshop {
            id: format!("WS-{:02}", out.len() + 1).into(),
            country: c.id.into(),
            city: I18nText::new(c.city[0], c.city[1], c.city[2]),
            partner: host.id.clone(),
            year: rng.range(2018, 2025),
        });
    }
    out
}
