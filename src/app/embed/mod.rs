//! Embedding: the embed dialog, and the height messages an embedded view posts to its host.

mod dialog;
mod resize;

pub use dialog::EmbedButton;
pub use resize::post_height_to_parent;
