//! The map's toggleable layers and the set of those shown.

/// One layer of the map; the legend's checkboxes toggle them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// Certifications per country, as a choropleth.
    Certifications,
    /// Partner institutions: arcs from the hub plus a circle sized by their number.
    Partners,
    /// "Chinese + Automobile" workshops (squares).
    Workshops,
    /// Service stations (triangles) and centres (diamonds).
    Stations,
    /// Talent flows: professionals trained (inbound) and sent abroad (outbound).
    Flows,
}

impl Layer {
    /// Every layer, in legend order.
    pub const ALL: [Layer; 5] = [
        Layer::Certifications,
        Layer::Partners,
        Layer::Workshops,
        Layer::Stations,
        Layer::Flows,
    ];

    /// The i18n key of the layer's name in the legend.
    pub fn label_key(self) -> &'static str {
        match self {
            Layer::Certifications => "map_layer_cert",
            Layer::Partners => "map_layer_partners",
            Layer::Workshops => "map_layer_workshops",
            Layer::Stations => "map_layer_stations",
            Layer::Flows => "map_layer_flows",
        }
    }

    /// The value used in the URL (`layers=cert,partners,…`).
    pub fn slug(self) -> &'static str {
        match self {
            Layer::Certifications => "cert",
            Layer::Partners => "partners",
            Layer::Workshops => "workshops",
            Layer::Stations => "stations",
            Layer::Flows => "flows",
        }
    }

    /// Parses a URL slug; `None` for anything else.
    pub fn from_slug(slug: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.slug() == slug)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of layers, small and `Copy` so signals can hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayerSet(u8);

impl Default for LayerSet {
    /// Everything but talent flows, whose extra arcs would crowd the first view.
    fn default() -> Self {
        LayerSet::EMPTY
            .with(Layer::Certifications, true)
            .with(Layer::Partners, true)
            .with(Layer::Workshops, true)
            .with(Layer::Stations, true)
    }
}

impl LayerSet {
    /// No layer shown.
    pub const EMPTY: LayerSet = LayerSet(0);

    /// Every layer shown.
    pub fn all() -> LayerSet {
        Layer::ALL
            .into_iter()
            .fold(LayerSet::EMPTY, |s, l| s.with(l, true))
    }

    /// Whether `layer` is shown.
    pub fn contains(self, layer: Layer) -> bool {
        self.0 & layer.bit() != 0
    }

    /// The set with `layer` shown (`on`) or hidden.
    pub fn with(self, layer: Layer, on: bool) -> LayerSet {
        if on {
            LayerSet(self.0 | layer.bit())
        } else {
            LayerSet(self.0 & !layer.bit())
        }
    }

    /// The shown layers, in legend order.
    pub fn layers(self) -> impl Iterator<Item = Layer> {
        Layer::ALL.into_iter().filter(move |l| self.contains(*l))
    }

    /// The URL value: slugs joined by commas, in legend order (`""` when empty).
    pub fn to_slugs(self) -> String {
        self.layers().map(Layer::slug).collect::<Vec<_>>().join(",")
    }
}
