//! The signals, one module each (ruff's per-rule layout). Each module documents what it measures,
//! declares its [`SignalInfo`] and measures a [`Context`]. `credence signals` prints [`REGISTRY`].

use crate::context::Context;
use crate::model::{Axis, Evidence, Signal};

mod a001_unrelated_headline_list;
mod a002_engagement_widget;
mod a003_scraper_residue;
mod a004_title_brand_mismatch;
mod a005_weekday_mismatch;
mod a006_url_date_mismatch;
mod a007_missing_provenance;
mod a008_wire_on_unknown_brand;
pub(crate) mod a009_copy_date_lag;
mod a010_niche_brand_mismatch;
mod a011_stale_lead_date;
mod a012_placeholder_poster;
mod a013_feed_hand_off;
mod a014_feed_disclaimer;
mod a015_clickbait_title;
mod a016_engagement_bait;
mod a017_ad_density;
mod a018_link_farm_anchors;
mod a019_link_selling;
mod a020_slideshow_pager;
pub(crate) mod a021_uncredited_copy;
mod a022_parasite_path;
mod b001_stock_phrases;
mod b002_uniform_sentences;
mod b003_low_lexical_diversity;
mod b004_few_direct_quotes;
mod b005_repetition;
mod b006_chat_title_prefix;
mod b007_chatbot_leakage;
mod b008_low_specificity;
mod b009_few_attributions;
mod b010_long_words;
mod b011_participle_clauses;
mod b012_few_asides;
pub(crate) mod b013_ornate_attribution;
mod b014_long_paragraphs;
mod b015_explainer_headings;
mod b016_few_plain_openers;
mod b017_ai_disclosure;
mod p001_wire_credit;
mod p002_declared_copy;
pub(crate) mod p003_batch_copy;
pub(crate) mod p004_batch_paraphrase;
pub(crate) mod r001_source_reputation;

/// What a signal is, for the registry and the docs.
#[derive(Debug, Clone, Copy)]
pub struct SignalInfo {
    /// Stable code.
    pub code: &'static str,
    /// Stable name.
    pub name: &'static str,
    /// Axis it scores on.
    pub axis: Axis,
    /// What it measures, in one or two sentences.
    pub doc: &'static str,
    /// The signal's measuring function.
    pub measure: fn(&Context) -> Option<Signal>,
}

/// Every signal, in the stable order of the CSV's `sig_` columns.
pub static REGISTRY: &[SignalInfo] = &[
    a001_unrelated_headline_list::INFO,
    a002_engagement_widget::INFO,
    a003_scraper_residue::INFO,
    a004_title_brand_mismatch::INFO,
    a005_weekday_mismatch::INFO,
    a006_url_date_mismatch::INFO,
    a007_missing_provenance::INFO,
    a008_wire_on_unknown_brand::INFO,
    a009_copy_date_lag::INFO,
    a010_niche_brand_mismatch::INFO,
    a011_stale_lead_date::INFO,
    a012_placeholder_poster::INFO,
    a013_feed_hand_off::INFO,
    a014_feed_disclaimer::INFO,
    a015_clickbait_title::INFO,
    a016_engagement_bait::INFO,
    a017_ad_density::INFO,
    a018_link_farm_anchors::INFO,
    a019_link_selling::INFO,
    a020_slideshow_pager::INFO,
    a021_uncredited_copy::INFO,
    a022_parasite_path::INFO,
    b001_stock_phrases::INFO,
    b002_uniform_sentences::INFO,
    b003_low_lexical_diversity::INFO,
    b004_few_direct_quotes::INFO,
    b005_repetition::INFO,
    b006_chat_title_prefix::INFO,
    b007_chatbot_leakage::INFO,
    b008_low_specificity::INFO,
    b009_few_attributions::INFO,
    b010_long_words::INFO,
    b011_participle_clauses::INFO,
    b012_few_asides::INFO,
    b013_ornate_attribution::INFO,
    b014_long_paragraphs::INFO,
    b015_explainer_headings::INFO,
    b016_few_plain_openers::INFO,
    b017_ai_disclosure::INFO,
    p001_wire_credit::INFO,
    p002_declared_copy::INFO,
    p003_batch_copy::INFO,
    p004_batch_paraphrase::INFO,
    r001_source_reputation::INFO,
];

impl SignalInfo {
    /// A signal of this kind.
    pub fn signal(
        &self,
        value: f64,
        points: f64,
        summary: String,
        evidence: Vec<Evidence>,
    ) -> Signal {
        Signal {
            code: self.code.into(),
            name: self.name.into(),
            axis: self.axis,
            value,
            points,
            human_rate: None,
            summary,
            evidence,
        }
    }
}

impl Signal {
    /// The signal with the human-news median it is measured against, shown to `decimals` places.
    pub(crate) fn against_median(mut self, median: f64, decimals: usize) -> Signal {
        self.human_rate = Some(policy_label((median.to_bits(), decimals, "median"), || {
            format!("human news median = {median:.decimals$}")
        }));
        self
    }
}

/// What a `policy_label` is made of: a parameter's bits, the decimals shown, the label's name.
pub(crate) type LabelKey = (u64, usize, &'static str);

/// How many labels `policy_label` keeps a thread (the default policy makes about a dozen).
const POLICY_LABELS: usize = 64;

/// A label made from a policy's parameters alone (a `human_rate`: "human news median = 0.42"),
/// formatted by `make` the first time a thread meets its `key` and cloned after. `key` is what
/// the label is made of: the bits of the parameter, the decimals shown, and a name telling the
/// labels apart; equal keys make equal labels, as formatting is a function of its inputs.
/// Formatting a float to fixed decimals is about 1K instructions, on every signal of every
/// document; the copy a tenth of it. A thread meeting more than `POLICY_LABELS` labels (many
/// policies) formats the rest each time.
pub(crate) fn policy_label(key: LabelKey, make: impl FnOnce() -> String) -> String {
    thread_local! {
        static LABELS: std::cell::RefCell<Vec<(LabelKey, String)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    LABELS.with_borrow_mut(|labels| {
        if let Some((_, label)) = labels.iter().find(|(k, _)| *k == key) {
            return label.clone();
        }
        let label = make();
        if labels.len() < POLICY_LABELS {
            labels.push((key, label.clone()));
        }
        label
    })
}

/// Measures every signal that applies.
pub fn measure_all(cx: &Context) -> Vec<Signal> {
    REGISTRY.iter().filter_map(|s| (s.measure)(cx)).collect()
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs signals on fixture text.
    use crate::context::Context;
    use crate::model::Signal;

    /// Extracts `src` (text, or HTML when it starts with '<') and measures one signal.
    pub fn run(code: &str, src: &str) -> Option<Signal> {
        run_with(code, src, &crate::policy::Policy::default())
    }

    /// [`run`] with the signal's weight and cap set (for a signal the default policy shows
    /// without scoring: its points rule is still tested).
    pub fn run_weighted(code: &str, src: &str, weight: f64, cap: f64) -> Option<Signal> {
        let mut policy = crate::policy::Policy::default();
        let rule = policy
            .signals
            .entry(code.to_string())
            .or_insert_with(|| crate::policy::Rule {
                weight: 0.0,
                cap: 0.0,
                floor: 0.0,
                params: Default::default(),
            });
        rule.weight = weight;
        rule.cap = cap;
        run_with(code, src, &policy)
    }

    fn run_with(code: &str, src: &str, policy: &crate::policy::Policy) -> Option<Signal> {
        let hint = credence_extract::Hint {
            crawl_date: jiff::civil::Date::new(2026, 1, 1).ok(),
            ..Default::default()
        };
        let doc = credence_extract::read(src.as_bytes(), &hint).expect("fixture reads");
        let x = credence_extract::extract(&doc, &hint);
        let cx = Context::new(&doc, &x, policy, &crate::lexicons::BUILTIN);
        let info = super::REGISTRY
            .iter()
            .find(|s| s.code == code)
            .expect("known code");
        (info.measure)(&cx)
    }
}

#[cfg(test)]
mod tests {
    /// `policy_label` gives what formatting each time gives, on seeded random parameters met
    /// again and again, more of them than it keeps.
    #[test]
    fn policy_labels_as_formatted() {
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        let values: Vec<f64> = (0..super::POLICY_LABELS * 2)
            .map(|_| rng.below(1_000_000) as f64 / 997.0 - 300.0)
            .collect();
        for _ in 0..5_000 {
            let v = values[rng.below(values.len())];
            let decimals = rng.below(4);
            let (name, label) = match rng.below(2) {
                0 => (
                    "median",
                    super::policy_label((v.to_bits(), decimals, "median"), || {
                        format!("human news median = {v:.decimals$}")
                    }),
                ),
                _ => (
                    "cut",
                    super::policy_label((v.to_bits(), decimals, "cut"), || {
                        format!("cut = {v:.decimals$}")
                    }),
                ),
            };
            let formatted = match name {
                "median" => format!("human news median = {v:.decimals$}"),
                _ => format!("cut = {v:.decimals$}"),
            };
            assert_eq!(label, formatted);
        }
    }
}
