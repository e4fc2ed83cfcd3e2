//! Cross-record checks on a decoded [`Atlas`]: unknown countries, dangling references,
//! duplicate ids, unused records and totals that disagree with the key figures.

use super::dataset::Atlas;
use super::figures::{check_qualifier, recompute};
use super::id_sets::{ids, CountryCodes, Ids};
use super::problems::{index, join, Problem, ProblemKind, Problems, Severity};
use super::vocabularies::{FigureKind, PlatformKind};

/// Every cross-record problem in `atlas`, in section order (the first
/// [`super::problems::MAX_PROBLEMS`] kept, the rest counted).
pub fn validate(atlas: &Atlas) -> Problems {
    let mut out = Problems::default();
    let countries = ids(
        &mut out,
        "countries",
        atlas.countries.iter().map(|c| c.id.as_str()),
    );
    ids(
        &mut out,
        "key_figures",
        atlas.key_figures.iter().map(|f| f.id.as_str()),
    );
    ids(
        &mut out,
        "platforms",
        atlas.platforms.iter().map(|p| p.id.as_str()),
    );
    let institutions = ids(
        &mut out,
        "institutions",
        atlas.institutions.iter().map(|i| i.id.as_str()),
    );
    let partners = ids(
        &mut out,
        "partners",
        atlas.partners.iter().map(|p| p.id.as_str()),
    );
    ids(
        &mut out,
        "partnerships",
        atlas.partnerships.iter().map(|p| p.id.as_str()),
    );
    ids(
        &mut out,
        "workshops",
        atlas.workshops.iter().map(|w| w.id.as_str()),
    );
    let standards = ids(
        &mut out,
        "standards",
        atlas.standards.iter().map(|s| s.code.as_str()),
    );
    ids(
        &mut out,
        "trainers",
        atlas.trainers.iter().map(|t| t.id.as_str()),
    );
    // The country of the last partner listed with `id` (an empty id included), as a map
    // from every id to its partner's country, built for the workshops' check, would answer.
    let host_country = |id: &str| {
        let last = if id.is_empty() {
            atlas.partners.iter().rposition(|p| p.id.is_empty())
        } else {
            partners.last_of(id)
        };
        last.map(|k| atlas.partners[k].country.as_str())
    };
    let country_codes = CountryCodes::new(&countries);
    let mut check = Refs {
        out: &mut out,
        countries: &country_codes,
        hub: &atlas.hub.country,
    };

    for (i, f) in atlas.key_figures.iter().enumerate() {
        if !f.source.is_empty() && f.source != atlas.meta.source.id {
            let msg = format!(
                "source \"{}\" is not meta.source.id \"{}\"",
                f.source, atlas.meta.source.id
            );
            check.out.push(Problem::error(
                join(&index("key_figures", i), "source"),
                ProblemKind::DanglingReference,
                msg,
            ));
        }
    }
    for (i, p) in atlas.platforms.iter().enumerate() {
        let path = || index("platforms", i);
        let domestic = p.kind != PlatformKind::StationOverseas;
        if domestic && !p.country.is_empty() && p.country != atlas.hub.country {
            let msg = format!(
                "a {} must be in {}, not \"{}\"",
                p.kind.as_str(),
                atlas.hub.country,
                p.country
            );
            check.out.push(Problem::error(
                join(&path(), "country"),
                ProblemKind::Inconsistent,
                msg,
            ));
        } else if !domestic {
            check.country(|| join(&path(), "country"), &p.country);
        }
    }
    for (i, p) in atlas.partners.iter().enumerate() {
        check.country(|| join(&index("partners", i), "country"), &p.country);
    }
    // Whether something refers to an institution or partner, by the position of the first
    // entry with its id: the lookup that checks a reference also marks it, instead of a
    // second set of the 54,000 references of a ×100 dataset.
    let mut used_inst = vec![false; atlas.institutions.len()];
    let mut used_partner = vec![false; atlas.partners.len()];
    for (i, ps) in atlas.partnerships.iter().enumerate() {
        let path = || index("partnerships", i);
        let inst = check.id(
            || join(&path(), "institution"),
            &ps.institution,
            &institutions,
            "institution",
        );
        let partner = check.id(
            || join(&path(), "partner"),
            &ps.partner,
            &partners,
            "partner",
        );
        if let Some(k) = inst {
            used_inst[k] = true;
        }
        if let Some(k) = partner {
            used_partner[k] = true;
        }
    }
    for (i, w) in atlas.workshops.iter().enumerate() {
        let path = || index("workshops", i);
        check.country(|| join(&path(), "country"), &w.country);
        check.id(
            || join(&path(), "partner"),
            &w.partner,
            &partners,
            "partner",
        );
        if let Some(home) = host_country(&w.partner) {
            if !w.country.is_empty() && home != w.country {
                let msg = format!(
                    "host partner \"{}\" is in {home}, not in {}",
                    w.partner, w.country
                );
                check.out.push(Problem::error(
                    join(&path(), "partner"),
                    ProblemKind::Inconsistent,
                    msg,
                ));
            }
        }
    }
    for (i, s) in atlas.standards.iter().enumerate() {
        for (j, c) in s.countries.iter().enumerate() {
            check.country(
                || format!("{}[{j}]", join(&index("standards", i), "countries")),
                c,
            );
        }
    }
    for (i, t) in atlas.trainers.iter().enumerate() {
        let path = || index("trainers", i);
        check.country(|| join(&path(), "country"), &t.country);
        check.id(
            || join(&path(), "institution"),
            &t.institution,
            &institutions,
            "institution",
        );
        for (j, code) in t.standards.iter().enumerate() {
            check.id(
                || join(&path(), &format!("standards[{j}]")),
                code,
                &standards,
                "standard",
            );
        }
    }
    for (i, c) in atlas.certifications.iter().enumerate() {
        let path = || index("certifications", i);
        check.country(|| join(&path(), "country"), &c.country);
        check.id(
            || join(&path(), "standard"),
            &c.standard,
            &standards,
            "standard",
        );
    }
    for (i, t) in atlas.talent_flows.iter().enumerate() {
        check.country(|| join(&index("talent_flows", i), "country"), &t.country);
    }
    unused(
        &mut out,
        "institutions",
        atlas.institutions.iter().map(|x| x.id.as_str()),
        &institutions,
        &used_inst,
    );
    unused(
        &mut out,
        "partners",
        atlas.partners.iter().map(|x| x.id.as_str()),
        &partners,
        &used_partner,
    );
    totals(atlas, &mut out);
    out
}

/// Warns about records nothing refers to (`used` by the position of each id's first entry).
fn unused<'a>(
    out: &mut Problems,
    section: &str,
    all: impl Iterator<Item = &'a str>,
    ids: &Ids,
    used: &[bool],
) {
    let first = &ids.first[..];
    for (i, id) in all.enumerate() {
        if !id.is_empty() && !used[first[i]] {
            out.push_with(Severity::Warning, || {
                let msg = format!("\"{id}\" has no partnership");
                Problem::warning(join(&index(section, i), "id"), ProblemKind::Unused, msg)
            });
        }
    }
}

/// Compares each achievement figure with its recomputed value.
fn totals(atlas: &Atlas, out: &mut Problems) {
    let actual = recompute(atlas);
    for (i, f) in atlas.key_figures.iter().enumerate() {
        let (Some(published), FigureKind::Achievement) = (f.value, f.kind) else {
            continue;
        };
        let Some((_, value)) = actual.iter().find(|(id, _)| *id == f.id) else {
            continue;
        };
        if !check_qualifier(f.qualifier, published, *value) {
            let msg = format!(
                "the records add up to {value}, which is not {} {published}",
                f.qualifier.as_str().replace('_', " ")
            );
            out.push(Problem::error(
                join(&index("key_figures", i), "value"),
                ProblemKind::TotalMismatch,
                msg,
            ));
        }
    }
    for (id, _) in &actual {
        if !atlas.key_figures.iter().any(|f| f.id == *id) {
            let msg = format!("no key figure \"{id}\"; its total cannot be checked");
            out.push(Problem::warning("key_figures", ProblemKind::Missing, msg));
        }
    }
}

/// Reference checks against known country codes and id sets.
struct Refs<'a, 'b> {
    out: &'b mut Problems,
    countries: &'b CountryCodes<'a, 'b>,
    hub: &'b str,
}

impl Refs<'_, '_> {
    /// Reports `id` (at the path `at` gives, only written when needed) unless it is a listed
    /// country; the hub's country is not a partner.
    fn country(&mut self, at: impl FnOnce() -> String, id: &str) {
        if id.is_empty() || self.countries.contains(id) {
            return;
        }
        let hub = self.hub;
        self.out.push_with(Severity::Error, || {
            let msg = if id == hub {
                format!("\"{id}\" is the hub's own country, not a partner country")
            } else {
                format!("\"{id}\" is not a known country")
            };
            Problem::error(at(), ProblemKind::UnknownCountry, msg)
        });
    }

    /// Reports `id` unless it is one of `known`; the position of its first entry if it is.
    fn id(
        &mut self,
        at: impl FnOnce() -> String,
        id: &str,
        known: &Ids,
        what: &str,
    ) -> Option<usize> {
        if id.is_empty() {
            return None;
        }
        let found = known.first_of(id);
        if found.is_none() {
            self.out.push_with(Severity::Error, || {
                let msg = format!("\"{id}\" is not a known {what}");
                Problem::error(at(), ProblemKind::DanglingReference, msg)
            });
        }
        found
    }
}
