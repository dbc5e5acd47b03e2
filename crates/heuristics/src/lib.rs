//! # credence-heuristics
//!
//! Measures credibility signals on an [`credence_extract::Extraction`], each with a stable code, a
//! value, points and evidence a reviewer can find in the text, and combines them into per-axis
//! risks (aggregator spam, AI text), a 0–100 credibility and a [`Verdict`].
//!
//! Signals live one to a module under `signals/` (see [`REGISTRY`]); the [`Policy`] (weights,
//! caps, thresholds) is data, compiled in from `data/policy.toml` and overridable.
//!
//! ```
//! use credence_extract::{read, extract, Hint};
//! use credence_heuristics::{Heuristics, Verdict};
//!
//! let text = "Title: Harbor Reopens\nAs an AI language model, I cannot write news.";
//! let doc = read(text.as_bytes(), &Hint::default()).unwrap();
//! let x = extract(&doc, &Hint::default());
//! let a = Heuristics::default().assess(&doc, &x);
//! assert!(a.signals.iter().any(|s| s.code == "B007"));
//! assert_eq!(a.verdict, Verdict::AiGenerated);
//! ```
#![deny(missing_docs)]

mod context;
mod decimal;
mod lexicons;
mod model;
mod policy;
mod reputation;
mod scoring;
mod signals;
mod spam_marks;
pub mod text_stats;

use std::sync::Arc;

pub use lexicons::{Lexicons, StockPhrase};
pub use model::*;
pub use policy::{LexiconFiles, Policy, PolicyError, Rule, DEFAULT_POLICY_TOML};
pub use reputation::{lookup as lookup_reputation, SourceReputation};
pub use signals::{SignalInfo, REGISTRY};

/// A policy with its lexicons, ready to assess documents. Cheap to clone and share across threads.
#[derive(Debug, Clone)]
pub struct Heuristics {
    policy: Arc<Policy>,
    lexicons: Arc<Lexicons>,
}

impl Default for Heuristics {
    fn default() -> Self {
        Heuristics::new(Policy::default())
    }
}

impl Heuristics {
    /// Heuristics with this policy and the built-in lexicons.
    pub fn new(policy: Policy) -> Heuristics {
        Heuristics {
            policy: Arc::new(policy),
            lexicons: Arc::new(lexicons::BUILTIN.clone()),
        }
    }

    /// Adds stock phrases from a user's lexicon file (one phrase a line).
    pub fn with_extra_stock_phrases(mut self, text: &str) -> Heuristics {
        Arc::make_mut(&mut self.lexicons).add_stock_phrases(text);
        self
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Measures every signal and scores the document.
    pub fn assess(
        &self,
        doc: &credence_extract::Document,
        x: &credence_extract::Extraction,
    ) -> Assessment {
        let cx = context::Context::new(doc, x, &self.policy, &self.lexicons);
        let signals = signals::measure_all(&cx);
        let mut a = scoring::assess(x, signals, &self.policy);
        a.source = signals::r001_source_reputation::own_url(&cx).and_then(reputation::lookup);
        a
    }

    /// Measures only the signals `select` accepts, in registry order, without scoring them: for a
    /// caller that needs one family (`|s| s.code.starts_with('B')`: the AI-text statistics) and
    /// for `cargo bench`, which times each family apart. `|_| false` measures nothing and costs
    /// what every assessment shares (the article's sentences, words and their types).
    pub fn measure_selected(
        &self,
        doc: &credence_extract::Document,
        x: &credence_extract::Extraction,
        select: impl Fn(&SignalInfo) -> bool,
    ) -> Vec<Signal> {
        let cx = context::Context::new(doc, x, &self.policy, &self.lexicons);
        REGISTRY
            .iter()
            .filter(|s| select(s))
            .filter_map(|s| (s.measure)(&cx))
            .collect()
    }

    /// Scores a document again with what a batch pass found about it (`credence-provenance`):
    /// A009 `copy_date_lag` when it is a copy dated long after its origin, A021
    /// `uncredited_copy` when it is another outlet's copy crediting no one, P003 `batch_copy` when
    /// it is a near-verbatim copy, P004 `batch_paraphrase` when it is a paraphrase. `signals` are
    /// the document's own, from [`Heuristics::assess`].
    pub fn rescore(
        &self,
        x: &credence_extract::Extraction,
        mut signals: Vec<Signal>,
        batch: &BatchFacts,
    ) -> Assessment {
        signals.retain(|s| !matches!(s.code.as_str(), "A009" | "A021" | "P003" | "P004"));
        if let Some((days, summary)) = &batch.date_lag {
            signals.extend(signals::a009_copy_date_lag::from_lag(
                &self.policy,
                *days,
                summary,
            ));
        }
        if let Some(summary) = &batch.uncredited {
            signals.push(signals::a021_uncredited_copy::of(&self.policy, summary));
        }
        if let Some(summary) = &batch.copy_of {
            signals.push(signals::p003_batch_copy::of(summary));
        }
        if let Some(summary) = &batch.paraphrase_of {
            signals.push(signals::p004_batch_paraphrase::of(summary));
        }
        // Keep registry order, as `assess` does.
        signals.sort_by_key(|s| REGISTRY.iter().position(|r| r.code == s.code));
        scoring::assess(x, signals, &self.policy)
    }
}

/// What a batch pass (provenance) found about one document, for [`Heuristics::rescore`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchFacts {
    /// Days after its origin the document is dated, with the evidence in words ("dated
    /// 2025-04-19, 13 months after its origin a.html (2024-03-14)").
    pub date_lag: Option<(i64, String)>,
    /// Set when the document is a near-verbatim copy: the evidence in words.
    pub copy_of: Option<String>,
    /// Set when the copy is another outlet's and credits no one: the evidence in words.
    pub uncredited: Option<String>,
    /// Set when the document is a paraphrase of another in the batch: the evidence in words.
    pub paraphrase_of: Option<String>,
}

/// Repeatable random inputs for the tests that hold a faster routine to the one it replaced (a
/// xorshift generator from a fixed seed: no dependency, the same cases every run; the extract
/// crate keeps its twin for its own tests).
#[cfg(test)]
pub(crate) struct Xorshift(u64);

#[cfg(test)]
impl Xorshift {
    pub(crate) fn seeded(seed: u64) -> Xorshift {
        Xorshift(seed)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Fewer than `max_pieces` pieces drawn from `pieces`, end to end.
    pub(crate) fn string(&mut self, pieces: &[&str], max_pieces: usize) -> String {
        let len = self.below(max_pieces);
        (0..len).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Heuristics;
    use credence_extract::{extract, read, Hint};

    #[test]
    fn a_family_measured_alone_is_what_the_assessment_measures() {
        let text = "Ferry fares to rise\n\nBy Mara Quill\n\n\
            The island ferry will raise its fares by a fifth in March, the operator said on Tuesday. \
            But commuters said they could not pay more. Related: Ferry strike ends. \
            The council will discuss a discount at its next meeting, the mayor said. \
            It is important to note that the ferry is the only link to the mainland.\n";
        let doc = read(text.as_bytes(), &Hint::default()).expect("text");
        let x = extract(&doc, &Hint::default());
        let h = Heuristics::default();
        let all = h.assess(&doc, &x).signals;
        for family in ['A', 'B', 'P', 'R'] {
            let alone = h.measure_selected(&doc, &x, |s| s.code.starts_with(family));
            let want: Vec<_> = all
                .iter()
                .filter(|s| s.code.starts_with(family))
                .cloned()
                .collect();
            assert_eq!(alone, want, "family {family}");
        }
        assert!(h.measure_selected(&doc, &x, |_| false).is_empty());
        assert!(all.iter().any(|s| s.code.starts_with('B')));
    }

    #[test]
    fn a_page_that_says_ai_wrote_it_is_called_so_however_short() {
        let text = "Ferry fares to rise\n\n\
            The island ferry will raise its fares by a fifth in March, the operator said.\n\n\
            This article was generated with the assistance of AI and reviewed by an editor.\n";
        let doc = read(text.as_bytes(), &Hint::default()).expect("text");
        let x = extract(&doc, &Hint::default());
        let a = Heuristics::default().assess(&doc, &x);
        assert!(
            a.signals.iter().any(|s| s.code == "B017"),
            "{:?}",
            a.signals
        );
        assert_eq!(a.verdict, super::Verdict::AiGenerated);
    }
}
