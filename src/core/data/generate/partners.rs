//! Foreign partners, the partnerships tying them to Chongqing institutions, and the
//! "Chinese + Automobile" workshops they host.

use std::collections::HashMap;

use super::rng::SplitMix64;
use super::shape::{long_tail, pick_year, repeated};
use super::standards::SECTORS;
use crate::core::data::countries::CountryRef;
use crate::core::data::{I18nText, Institution, Partner, PartnerType, Partnership, Workshop};

/// Number of foreign partners (published, exact) at ×1.
pub const PARTNERS: usize = 211;
/// Countries hosting a workshop: more than 30 published.
pub const WORKSHOP_COUNTRIES: usize = 33;
/// The first and last year a partnership can start.
const PARTNERSHIP_YEARS: (u16, u16) = (2015, 2025);
/// The first and last year a workshop can open.
const WORKSHOP_YEARS: (u16, u16) = (2018, 2025);

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

/// [`PARTNERS`] × `scale` partners in the `ranked` countries (strongest first): every
/// country at least `scale`, the rest along the long tail, in random order.
pub fn partners(
    rng: &mut SplitMix64,
    ranked: &[&'static CountryRef],
    scale: usize,
) -> Vec<Partner> {
    let counts: Vec<u64> = long_tail(PARTNERS as u64, ranked.len(), 1)
        .into_iter()
        .map(|n| n * scale as u64)
        .collect();
    let homes = repeated(rng, ranked, &counts);
    // How many partners of each name template every city has.
    let mut seen: HashMap<(&str, usize), u32> = HashMap::new();
    let mut out = Vec::with_capacity(homes.len());
    for country in homes {
        // A strong partner country has many partners in its city: one of the templates it
        // has used least is picked, so a name repeats (with a campus number) only once every
        // template is taken.
        let fewest = (0..NAMES.len())
            .map(|t| seen.get(&(country.id, t)).copied().unwrap_or(0))
            .min()
            .unwrap_or(0);
        let free: Vec<usize> = (0..NAMES.len())
            .filter(|&t| seen.get(&(country.id, t)).copied().unwrap_or(0) == fewest)
            .collect();
        let template = *rng.pick(&free);
        let (kind, en, zh, de) = NAMES[template];
        let fill = |t: &str, lang: usize| t.replace("{c}", country.city[lang]);
        let campus = seen
            .entry((country.id, template))
            .and_modify(|n| *n += 1)
            .or_insert(1);
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
                since: pick_year(rng, PARTNERSHIP_YEARS.0, PARTNERSHIP_YEARS.1),
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
            since: pick_year(rng, PARTNERSHIP_YEARS.0, PARTNERSHIP_YEARS.1),
            fields: vec!["automotive".into()],
        });
    }
    out
}

/// One workshop in each of the [`WORKSHOP_COUNTRIES`] strongest Belt and Road countries of
/// `ranked` (the partners' order), hosted by a college or university there when there is one.
pub fn workshops(
    rng: &mut SplitMix64,
    ranked: &[&'static CountryRef],
    partners: &[Partner],
) -> Vec<Workshop> {
    let mut chosen: Vec<&CountryRef> = ranked
        .iter()
        .copied()
        .filter(|c| c.belt_and_road)
        .take(WORKSHOP_COUNTRIES)
        .collect();
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
            year: pick_year(rng, WORKSHOP_YEARS.0, WORKSHOP_YEARS.1),
        });
    }
    out
}
