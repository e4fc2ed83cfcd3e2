//! What a chart shows, independent of how it is drawn: categories, series and values,
//! already aggregated and labelled. Layout, tables and CSV all read this one structure.

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

/// How bars run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Categories down the side, bars to the right (long labels such as country names).
    Horizontal,
    /// Categories along the bottom, columns upwards (years).
    Vertical,
}

/// How several series share a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrangement {
    /// Side by side within the category's band.
    Grouped,
    /// On top of each other, adding up.
    Stacked,
    /// The first series to the left of zero, the second to the right.
    Diverging,
}

/// One category: a country, year, sector or region.
#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    /// Stable id (`THA`, `2024`, `automotive`, `others`).
    pub key: String,
    /// Text shown, in the chosen language.
    pub label: String,
    /// A planned figure, not an achieved one: drawn hatched and labelled "target".
    pub target: bool,
    /// Marked (the selected country or year).
    pub highlight: bool,
    /// Clicking it selects this country (`key` is an alpha-3 code).
    pub selects_country: bool,
}

impl Category {
    /// A plain category.
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            label: label.into(),
            target: false,
            highlight: false,
            selects_country: false,
        }
    }
}

/// One series of values, one per category.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Stable id (`certifications`, `trained`).
    pub key: String,
    /// Text shown in legend, tooltips and tables.
    pub label: String,
    /// One value per category, in category order.
    pub values: Vec<f64>,
}

/// A bar chart's data.
#[derive(Clone, Debug, PartialEq)]
pub struct BarData {
    /// The categories, in display order.
    pub categories: Vec<Category>,
    /// The series (at least one).
    pub series: Vec<Series>,
    /// Which way bars run.
    pub orientation: Orientation,
    /// How series share a category.
    pub arrangement: Arrangement,
}

/// A matrix: rows × columns with a count per cell (0 = nothing).
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixData {
    /// Row headers.
    pub rows: Vec<Category>,
    /// Column headers.
    pub columns: Vec<Category>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<f64>>,
    /// How many rows exist before the cap (the chart says when some are left out).
    pub total_rows: usize,
}

/// A chart's body.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartBody {
    /// Bars or columns.
    Bars(BarData),
    /// A heat grid.
    Matrix(MatrixData),
}

/// A chart ready to lay out: which chart and its data.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// Which chart.
    pub kind: ChartKind,
    /// What it shows.
    pub body: ChartBody,
}

impl ChartData {
    /// True when there is nothing to draw for the current filters.
    pub fn is_empty(&self) -> bool {
        match &self.body {
            ChartBody::Bars(b) => {
                b.categories.is_empty()
                    || b.series.iter().all(|s| s.values.iter().all(|v| *v == 0.0))
            }
            ChartBody::Matrix(m) => m.cells.iter().flatten().all(|v| *v == 0.0),
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
