//! Integration tests: they run the real `credence` binary on real files.

mod cli;
mod errors;
mod hostile;
mod interrupt;
mod properties;
mod samples;
mod seeds;
mod util;
