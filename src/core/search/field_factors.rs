//! BM25F's per-document field factors: each field's weight over its length normalisation,
//! precomputed so a posting is scored with four multiplications.

use super::document::Field;

/// BM25 length normalisation strength.
const B: f32 = 0.75;

/// Documents per unit of work.
const UNIT: usize = 8192;

/// Field weight over BM25 length normalisation `1 - b + b * len / avg_len`, per document,
/// computed a bounded unit at a time: first each field's average length over the documents
/// that have it, then the factors.
#[derive(Default)]
pub(super) struct FieldFactors {
    /// Lengths added up so far, per field, and how many were not zero.
    sums: [f32; 4],
    present: [usize; 4],
    /// Each field's average length, once every length has been added up.
    averages: Option<[f32; 4]>,
    at: usize,
    factors: Vec<[f32; 4]>,
}

impl FieldFactors {
    /// Does one unit of work over `lengths` (each document's field lengths, always the same
    /// ones); true once done.
    pub fn unit(&mut self, lengths: &[[f32; 4]]) -> bool {
        let end = (self.at + UNIT).min(lengths.len());
        match self.averages {
            None => {
                // Summed in document order, the same additions as summing all at once.
                for l in &lengths[self.at..end] {
                    for (f, &len) in l.iter().enumerate() {
                        if len > 0.0 {
                            self.sums[f] += len;
                            self.present[f] += 1;
                        }
                    }
                }
                self.at = end;
                if end == lengths.len() {
                    self.averages = Some(std::array::from_fn(|f| {
                        (self.sums[f] / self.present[f].max(1) as f32).max(1.0)
                    }));
                    self.at = 0;
                    self.factors = Vec::with_capacity(lengths.len());
                }
                false
            }
            Some(averages) => {
                self.factors.extend(lengths[self.at..end].iter().map(|l| {
                    std::array::from_fn(|f| {
                        Field::ALL[f].weight() / (1.0 - B + B * l[f] / averages[f])
                    })
                }));
                self.at = end;
                end == lengths.len()
            }
        }
    }

    /// The factors (call once [`FieldFactors::unit`] has returned true).
    pub fn finish(self) -> Vec<[f32; 4]> {
        self.factors
    }
}
