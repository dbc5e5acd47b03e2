//! # credence-provenance
//!
//! Story clusters across a batch of scored news documents, without a neural model: which
//! documents are near-verbatim copies of one another (word-shingle MinHash with LSH banding, then
//! containment), which are wire republications, which retell the same content (paraphrase) or
//! report the same event with their own facts (entity, number and quote overlap, TF-IDF cosine),
//! which document is the origin and why.
//!
//! The pass streams: [`DocSketch::new`] summarises each document while it is scored (at most 1,360
//! bytes of sketch plus its id and URLs, whatever the text's length), then [`cluster`] places every sketch. Candidate pairs come from
//! an LSH index ([`CandidateIndex`]) and from rare names two documents share, so the work grows
//! with the number of similar pairs, not with the square of the batch.
//!
//! ```
//! use credence_extract::{extract, read, Hint};
//! use credence_heuristics::Heuristics;
//! use credence_provenance::{cluster, ClusterConfig, DocSketch, MinHasher, Relation, MINHASH_LEN};
//!
//! let story = "HALVEC (Reuters) - A magnitude 6.3 earthquake struck northern Morvania on Monday, \
//!     killing at least 27 people, Interior Minister Radomir Kesh said. Rescuers searched \
//!     the rubble of three apartment blocks on Lindenova Street in freezing temperatures.";
//! let other = "The Grayport council approved a 50-cent bus fare increase on Tuesday after a \
//!     four-hour meeting, Mayor Ellen Park said, despite objections from riders' groups.";
//! let hasher = MinHasher::new(MINHASH_LEN, 1);
//! let h = Heuristics::default();
//! let sketches: Vec<DocSketch> = [("a.txt", story), ("b.txt", story), ("c.txt", other)]
//!     .iter()
//!     .map(|(id, text)| {
//!         let doc = read(text.as_bytes(), &Hint::default()).unwrap();
//!         let x = extract(&doc, &Hint::default());
//!         let a = h.assess(&doc, &x);
//!         DocSketch::new(id, &x, Some(&a), &hasher)
//!     })
//!     .collect();
//! let placed = cluster(&sketches, &ClusterConfig::default());
//! assert_eq!(placed[0].cluster, placed[1].cluster);
//! assert_eq!(placed[1].relation, Relation::WireRepublication);
//! assert_eq!(placed[2].relation, Relation::Unique);
//! ```
#![deny(missing_docs)]

mod clustering;
mod compare;
mod lsh;
mod model;
mod origin;
mod sketch;
pub mod text;

pub use clustering::{cluster, ClusterConfig};
pub use compare::{Idf, Link, PairEvidence, Thresholds};
pub use lsh::{BandedLsh, CandidateIndex};
pub use model::{DateLag, Placement, Relation};
pub use sketch::{
    normalise_url, DocFacts, DocSketch, MinHasher, MINHASH_LEN, MINHASH_SEED, SHINGLE_WORDS,
};
