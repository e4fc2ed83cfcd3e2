use skills_atlas::core::data::load_bytes;
use skills_atlas::core::search::SearchIndex;
fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let out = load_bytes(&bytes);
    let atlas = out.atlas().unwrap();
    for _ in 0..6 {
        let t = std::time::Instant::now();
        let docs = skills_atlas::core::search_docs::documents(atlas);
        let a = t.elapsed();
        let t = std::time::Instant::now();
        let index = SearchIndex::from_documents(docs);
        eprintln!("docs {:?} index {:?} {:?}", a, t.elapsed(), index.stats());
    }
}
