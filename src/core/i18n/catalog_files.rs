// Where the interface strings live, shared by `core::i18n` and `build.rs`, which
// `include!`s this file to compile the catalogues (`$OUT_DIR/catalogs.rs`): one folder per
// language under `src/locales/`, one JSON file per namespace in each. No imports and no
// inner doc comments, so it can be included.

/// The namespaces, one file each per language; each feature owns one and prefixes its keys
/// with it.
pub const NAMESPACES: [&str; 6] = ["shell", "about", "map", "search", "charts", "embed"];

/// Each interface language's folder under `src/locales/` (its BCP 47 tag), in the order
/// of `Lang::ALL`; the compiled tables and sources follow this order.
pub const LANG_FOLDERS: [&str; 3] = ["en", "zh-Hans", "de"];
