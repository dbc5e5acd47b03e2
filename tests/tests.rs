//! Integration tests: they run the real `credence` binary on real files.

mod cli;
/// Every command reads WARC and JSON Lines record by record; empty containers; repeated paths.
mod containers;
mod errors;
mod hostile;
mod interrupt;
/// Long cells, overlapping paths, terminal escapes, names that choose formats, policy values.
mod output_safety;
mod outputs;
mod properties;
mod provenance;
mod report_page;
mod samples;
mod seeds;
/// A site's own sidebar: teasers' dates before the story, a theme's widgets in its wrapper.
mod sidebar_pages;
/// WARC, JSON Lines and gzip inputs, truncated streams.
mod sources;
mod util;
/// Link farms and reaction counters in sidebars and footers of aggregator templates.
mod widget_spam;
