//! Readers for the per-record sections. Each reads every field first, so a broken
//! field never hides the problems of the fields after it.

use super::field_reader::{FieldReader, Obj};
use super::problems::{join, ProblemKind};
use super::records::{
    Certification, Institution, Partner, Partnership, Platform, Standard, TalentFlow, Trainer,
    Workshop,
};
use super::vocabularies::{InstitutionType, PartnerType, PlatformKind, StandardStatus};

/// Allowed spellings, listed in messages.
fn names<T: Copy>(all: &[T], as_str: fn(&T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(as_str).collect()
}

pub(crate) fn platform(r: &mut FieldReader, o: Obj, p: &str) -> Option<Platform> {
    let kind = r.choice(o, p, "kind", PlatformKind::parse, || {
        names(PlatformKind::ALL, PlatformKind::as_str)
    });
    let platform = Platform {
        id: r.id(o, p, "id"),
        kind: PlatformKind::CertificationCenter,
        name: r.text(o, p, "name"),
        city: r.text(o, p, "city"),
        country: r.id(o, p, "country"),
        lat: r.number(o, p, "lat", -90.0, 90.0),
        lon: r.number(o, p, "lon", -180.0, 180.0),
        year: r.year(o, p, "year"),
    };
    Some(Platform {
        kind: kind?,
        ..platform
    })
}

pub(crate) fn institution(r: &mut FieldReader, o: Obj, p: &str) -> Option<Institution> {
    let kind = r.choice(o, p, "type", InstitutionType::parse, || {
        names(InstitutionType::ALL, InstitutionType::as_str)
    });
    let id = r.id(o, p, "id");
    let name = r.text(o, p, "name");
    let district = r.string(o, p, "district");
    Some(Institution {
        id,
        name,
        kind: kind?,
        district,
    })
}

pub(crate) fn partner(r: &mut FieldReader, o: Obj, p: &str) -> Option<Partner> {
    let kind = r.choice(o, p, "type", PartnerType::parse, || {
        names(PartnerType::ALL, PartnerType::as_str)
    });
    let id = r.id(o, p, "id");
    let name = r.text(o, p, "name");
    let country = r.id(o, p, "country");
    Some(Partner {
        id,
        name,
        country,
        kind: kind?,
    })
}

pub(crate) fn partnership(r: &mut FieldReader, o: Obj, p: &str) -> Option<Partnership> {
    Some(Partnership {
        id: r.id(o, p, "id"),
        institution: r.id(o, p, "institution"),
        partner: r.id(o, p, "partner"),
        since: r.year(o, p, "since"),
        fields: r.strings(o, p, "fields"),
    })
}

pub(crate) fn workshop(r: &mut FieldReader, o: Obj, p: &str) -> Option<Workshop> {
    Some(Workshop {
        id: r.id(o, p, "id"),
        country: r.id(o, p, "country"),
        city: r.text(o, p, "city"),
        partner: r.id(o, p, "partner"),
        year: r.year(o, p, "year"),
    })
}

pub(crate) fn standard(r: &mut FieldReader, o: Obj, p: &str) -> Option<Standard> {
    let status = r.choice(o, p, "status", StandardStatus::parse, || {
        vec!["recognised", "in_development"]
    });
    let level = r.integer(o, p, "level").unwrap_or(1);
    if !(1..=5).contains(&level) {
        r.error(
            join(p, "level"),
            ProblemKind::OutOfRange,
            format!("level {level} is outside 1..=5"),
        );
    }
    let standard = Standard {
        code: r.id(o, p, "code"),
        title: r.text(o, p, "title"),
        sector: r.string(o, p, "sector"),
        occupation: r.string(o, p, "occupation"),
        level: level.clamp(1, 5) as u8,
        year: r.year(o, p, "year"),
        countries: r.ids(o, p, "countries"),
        status: StandardStatus::Recognised,
    };
    Some(Standard {
        status: status?,
        ..standard
    })
}

pub(crate) fn trainer(r: &mut FieldReader, o: Obj, p: &str) -> Option<Trainer> {
    Some(Trainer {
        id: r.id(o, p, "id"),
        display_name: r.string(o, p, "display_name"),
        country: r.id(o, p, "country"),
        specialisms: r.strings(o, p, "specialisms"),
        languages: r.strings(o, p, "languages"),
        standards: r.ids(o, p, "standards"),
        year: r.year(o, p, "year"),
        institution: r.id(o, p, "institution"),
    })
}

pub(crate) fn certification(r: &mut FieldReader, o: Obj, p: &str) -> Option<Certification> {
    Some(Certification {
        country: r.id(o, p, "country"),
        year: r.year(o, p, "year"),
        standard: r.id(o, p, "standard"),
        count: r.count(o, p, "count"),
    })
}

pub(crate) fn talent_flow(r: &mut FieldReader, o: Obj, p: &str) -> Option<TalentFlow> {
    Some(TalentFlow {
        country: r.id(o, p, "country"),
        year: r.year(o, p, "year"),
        trained: r.count(o, p, "trained"),
        sent_abroad: r.count(o, p, "sent_abroad"),
    })
}
