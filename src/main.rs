//! Entry point of the web app: everything lives in the library.

fn main() {
    skills_atlas::app::start();
}
