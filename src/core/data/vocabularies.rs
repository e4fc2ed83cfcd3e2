//! The closed vocabularies of the dataset (platform kinds, partner types, qualifiers, …).
//!
//! Each enum serialises as its snake_case string and can be parsed from it, so the
//! loader can report an unknown value with the list of allowed ones.

use serde::Serialize;

/// Defines a string-valued enum with `as_str`, `parse` and `ALL`.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The value as written in the JSON file.
            pub fn as_str(&self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// Parses the JSON spelling; `None` for anything else.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}

string_enum! {
    /// How a published figure relates to the true number.
    Qualifier {
        /// The number is exact.
        Exactly = "exactly",
        /// The true number is strictly greater ("more than 500").
        MoreThan = "more_than",
        /// The true number is a little below ("almost 200").
        Almost = "almost",
    }
}

string_enum! {
    /// Whether a key figure reports something done or something planned.
    FigureKind {
        /// Achieved by 2025.
        Achievement = "achievement",
        /// A 2026–2030 target; never shown as achieved.
        Target = "target",
    }
}

string_enum! {
    /// What a platform is.
    PlatformKind {
        /// The "Belt and Road" International Skills Certification Center.
        CertificationCenter = "certification_center",
        /// The Chongqing International Skills Exchange Center.
        ExchangeCenter = "exchange_center",
        /// A skills training centre.
        TrainingCenter = "training_center",
        /// A service station outside the centre, within China.
        StationExternal = "station_external",
        /// A service station in a partner country.
        StationOverseas = "station_overseas",
    }
}

string_enum! {
    /// What a foreign partner is.
    PartnerType {
        /// A vocational or technical college.
        College = "college",
        /// A university.
        University = "university",
        /// A company.
        Enterprise = "enterprise",
        /// A government body.
        Government = "government",
        /// A trade or industry association.
        Association = "association",
    }
}

string_enum! {
    /// What a Chongqing institution is.
    InstitutionType {
        /// A higher vocational college.
        VocationalCollege = "vocational_college",
        /// A technician college.
        TechnicianCollege = "technician_college",
        /// A secondary vocational school.
        SecondarySchool = "secondary_school",
        /// A company that trains.
        Enterprise = "enterprise",
    }
}

string_enum! {
    /// Where a skills standard stands.
    StandardStatus {
        /// Mutually recognised; counts towards `standards_mutual`.
        Recognised = "recognised",
        /// Still being drafted; does not count.
        InDevelopment = "in_development",
    }
}
