//! Integration tests: they run the real `credence` binary on real files.

mod cli;
mod errors;
mod provenance;
mod samples;
mod seeds;
mod util;
