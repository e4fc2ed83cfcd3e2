//! The charts' choices a link names: which chart (`chart=growth`) and how the growth chart
//! counts (`mode=yearly`). The charts draw them; the URL state spells them.

/// The charts of the atlas, in the order the charts view and the presenter show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Certifications per partner country, sorted, top N + others.
    CertificationsByCountry,
    /// Certifications, trainers, workshops and partners per year.
    Growth,
    /// Standards per sector, recognised and in development.
    StandardsBySector,
    /// Which standard is recognised in which country.
    RecognitionMatrix,
    /// Partnerships by partner region and field of cooperation.
    Partnerships,
    /// Professionals trained vs sent abroad, by region.
    TalentFlows,
    /// Certifications per year beside the 2026–2030 yearly target.
    TargetCertifications,
    /// New standards per year beside the 2026–2030 yearly target.
    TargetStandards,
}

impl ChartKind {
    /// Every chart, in display order.
    pub const ALL: [ChartKind; 8] = [
        ChartKind::CertificationsByCountry,
        ChartKind::Growth,
        ChartKind::StandardsBySector,
        ChartKind::RecognitionMatrix,
        ChartKind::Partnerships,
        ChartKind::TalentFlows,
        ChartKind::TargetCertifications,
        ChartKind::TargetStandards,
    ];

    /// The chart's name in URLs and file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartKind::CertificationsByCountry => "certifications-by-country",
            ChartKind::Growth => "growth",
            ChartKind::StandardsBySector => "standards-by-sector",
            ChartKind::RecognitionMatrix => "recognition-matrix",
            ChartKind::Partnerships => "partnerships",
            ChartKind::TalentFlows => "talent-flows",
            ChartKind::TargetCertifications => "targets-certifications",
            ChartKind::TargetStandards => "targets-standards",
        }
    }

    /// The chart named `slug`, if any.
    pub fn from_slug(slug: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The i18n key of the chart's title.
    pub fn title_key(self) -> &'static str {
        match self {
            ChartKind::CertificationsByCountry => "charts_title_certifications",
            ChartKind::Growth => "charts_title_growth",
            ChartKind::StandardsBySector => "charts_title_standards",
            ChartKind::RecognitionMatrix => "charts_title_matrix",
            ChartKind::Partnerships => "charts_title_partnerships",
            ChartKind::TalentFlows => "charts_title_talent",
            ChartKind::TargetCertifications => "charts_title_target_certifications",
            ChartKind::TargetStandards => "charts_title_target_standards",
        }
    }

    /// The i18n key of the value axis label (what is counted, with its unit).
    pub fn value_axis_key(self) -> &'static str {
        match self {
            ChartKind::CertificationsByCountry | ChartKind::TargetCertifications => {
                "charts_axis_certifications"
            }
            ChartKind::Growth => "charts_axis_count",
            ChartKind::StandardsBySector | ChartKind::TargetStandards => "charts_axis_standards",
            ChartKind::RecognitionMatrix => "charts_axis_recognised",
            ChartKind::Partnerships => "charts_axis_partnerships",
            ChartKind::TalentFlows => "charts_axis_people",
        }
    }

    /// The i18n key of the category axis label.
    pub fn category_axis_key(self) -> &'static str {
        match self {
            ChartKind::CertificationsByCountry => "charts_axis_country",
            ChartKind::Growth | ChartKind::TargetCertifications | ChartKind::TargetStandards => {
                "charts_axis_year"
            }
            ChartKind::StandardsBySector => "charts_axis_sector",
            ChartKind::RecognitionMatrix => "charts_axis_standard",
            ChartKind::Partnerships | ChartKind::TalentFlows => "charts_axis_region",
        }
    }
}

/// How the growth chart counts (a URL parameter: `mode=yearly`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GrowthMode {
    /// Running totals.
    #[default]
    Cumulative,
    /// Each year on its own.
    Yearly,
}

impl GrowthMode {
    /// The mode's name in URLs and file names.
    pub fn slug(self) -> &'static str {
        match self {
            GrowthMode::Cumulative => "cumulative",
            GrowthMode::Yearly => "yearly",
        }
    }
}
