//! The scoring policy: weights, caps, thresholds. Data, versioned, compiled in, overridable.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The default policy, `data/policy.toml`.
pub const DEFAULT_POLICY_TOML: &str = include_str!("../../../data/policy.toml");

/// One axis's intercept and verdict threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AxisPolicy {
    /// Log-odds before any signal.
    pub intercept: f64,
    /// Risk at or above which the axis decides the verdict.
    pub threshold: f64,
    /// Words below which the axis abstains (0: never).
    #[serde(default)]
    pub min_words: usize,
}

/// Both axes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axes {
    /// Aggregator axis.
    pub aggregator: AxisPolicy,
    /// AI axis.
    pub ai: AxisPolicy,
}

/// Verdict rule parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictPolicy {
    /// Hard-wrap joins that, with [`VerdictPolicy::copy_min_marks`] marks of a conversion, mark
    /// a converted copy.
    pub copy_min_wrapped_lines: usize,
    /// Hyphen joins and mismatched quotes, together, that a converted copy shows beside its hard
    /// wraps: a scraper wraps lines and breaks URLs too; a PDF's or a print edition's text also
    /// hyphenates words at line ends and splits quotes.
    pub copy_min_marks: usize,
    /// Points the `ai_generated` verdict needs from the signals that find machine style in the
    /// text itself ([`crate::scoring::AI_STYLE_CODES`]), whatever the AI risk: the absence of
    /// quotes, attributions and specifics describes essays and how-tos as well as chat output.
    #[serde(default)]
    pub ai_min_style_points: f64,
    /// The AI risk at which a paraphrase of another document of the batch (P004, with
    /// `--provenance`) is called `ai_generated`, below the AI axis' own threshold: the rewording
    /// is checkable against the other document, and a rewrite that adds no facts of its own is
    /// what a model asked to rewrite a story writes. Absent: the axis' threshold.
    #[serde(default)]
    pub ai_paraphrase_threshold: Option<f64>,
}

/// Credibility rule parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredibilityPolicy {
    /// How much the AI risk lowers credibility (0–1).
    pub ai_weight: f64,
    /// Factor for a copy.
    pub copy_factor: f64,
    /// Factor when the page names no author, date, agency or URL.
    pub missing_provenance_factor: f64,
    /// The highest credibility a page called `aggregator_spam` keeps: the verdict threshold sits
    /// below a risk of 0.5, so the risk alone would leave such a page up to about 70.
    pub spam_max: f64,
}

/// One signal's weight, cap and parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// Points per unit of the measurement.
    pub weight: f64,
    /// Most points the signal may add.
    pub cap: f64,
    /// Most points the signal may take away, when the text is more like human news than the
    /// signal's reference (0: the signal never lowers a risk).
    #[serde(default)]
    pub floor: f64,
    /// Signal-specific parameters (thresholds, reference rates).
    #[serde(flatten)]
    pub params: BTreeMap<String, f64>,
}

impl Rule {
    /// A parameter, or `default` when the policy does not set it.
    pub fn param(&self, key: &str, default: f64) -> f64 {
        self.params.get(key).copied().unwrap_or(default)
    }

    /// `weight * units`, between `-floor` and `cap`.
    pub fn points(&self, units: f64) -> f64 {
        let lowest = if self.floor > 0.0 { -self.floor } else { 0.0 };
        // `+ 0.0` turns the -0 of a zero weight times a negative measure into 0 (printed "-0").
        (self.weight * units).clamp(lowest, self.cap) + 0.0
    }
}

/// The whole policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Version string, reported with every assessment.
    pub version: String,
    /// Axis settings.
    pub axes: Axes,
    /// Verdict rule.
    pub verdict: VerdictPolicy,
    /// Credibility rule.
    pub credibility: CredibilityPolicy,
    /// Per-signal rules, by code.
    pub signals: BTreeMap<String, Rule>,
    /// A user's lexicon files, added to the built-in lexicons (none by default).
    #[serde(default, skip_serializing_if = "LexiconFiles::is_empty")]
    pub lexicons: LexiconFiles,
}

/// Lexicon files a policy adds to the built-in lexicons, by path. A relative path is relative to
/// the policy file; the caller that reads the policy file reads these files (the library does no
/// I/O), see `credence::Config`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFiles {
    /// Extra stock phrases (B001), one a line.
    #[serde(default)]
    pub stock_phrases: Vec<String>,
    /// Extra headline-list headings (A001), one a line.
    #[serde(default)]
    pub headline_headings: Vec<String>,
    /// Extra news agencies, `code<TAB>name<TAB>marker|marker` a line (then, optionally,
    /// `<TAB>` and its strict markers), as `data/lexicons/agencies.tsv`.
    #[serde(default)]
    pub agencies: Vec<String>,
}

impl LexiconFiles {
    /// True when no file is named.
    pub fn is_empty(&self) -> bool {
        self.stock_phrases.is_empty()
            && self.headline_headings.is_empty()
            && self.agencies.is_empty()
    }
}

/// Why a policy file was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyError(pub String);

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PolicyError {}

impl Default for Policy {
    fn default() -> Self {
        Policy::from_toml(DEFAULT_POLICY_TOML).expect("the compiled-in policy is valid")
    }
}

impl Policy {
    /// Parses a complete policy.
    pub fn from_toml(s: &str) -> Result<Policy, PolicyError> {
        toml::from_str(s).map_err(|e| PolicyError(e.to_string()))
    }

    /// The default policy with the values of `overrides` (a partial policy file) laid over it.
    ///
    /// The file is first read against the policy's shape with every field optional, so a wrong
    /// type, an unknown field or a syntax error is reported with its line in the user's own file.
    pub fn with_overrides(overrides: &str) -> Result<Policy, PolicyError> {
        let shape: PolicyOverride = toml::from_str(overrides)
            .map_err(|e| PolicyError(e.to_string().trim_end().to_string()))?;
        // Checked on the user's file, before the merge: an unknown code was reported as a
        // missing field at a line of the merged default, not of the file.
        for code in shape.signals.iter().flat_map(|s| s.keys()) {
            if crate::signals::REGISTRY.iter().all(|s| s.code != code) {
                return Err(PolicyError(format!(
                    "unknown signal code '{code}' in [signals.{code}]: no signal has that code (see `credence signals`)"
                )));
            }
        }
        let mut base: toml::Value =
            toml::from_str(DEFAULT_POLICY_TOML).map_err(|e| PolicyError(e.to_string()))?;
        let over: toml::Value =
            toml::from_str(overrides).map_err(|e| PolicyError(e.to_string()))?;
        refuse_non_finite(&over, &mut Vec::new())?;
        merge(&mut base, over);
        let text = toml::to_string(&base).map_err(|e| PolicyError(e.to_string()))?;
        // A failure here is in the merged text, whose lines are not the user's: the message only.
        let policy: Policy =
            toml::from_str(&text).map_err(|e| PolicyError(e.message().trim_end().to_string()))?;
        policy.validate()?;
        Ok(policy)
    }

    /// Checks values that parse but make no sense: unknown signal codes, numbers that are not
    /// finite, thresholds and factors outside [0, 1], a credibility cap outside [0, 100],
    /// negative weights, caps, floors or signal parameters.
    pub fn validate(&self) -> Result<(), PolicyError> {
        for code in self.signals.keys() {
            if crate::signals::REGISTRY.iter().all(|s| s.code != code) {
                return Err(PolicyError(format!(
                    "unknown signal code '{code}' in [signals.{code}] (see `credence signals`)"
                )));
            }
        }
        for (name, axis) in [("aggregator", &self.axes.aggregator), ("ai", &self.axes.ai)] {
            if !axis.intercept.is_finite() {
                return Err(PolicyError(format!(
                    "[axes.{name}] intercept = {} must be a finite number (log-odds)",
                    axis.intercept
                )));
            }
            if !(0.0..=1.0).contains(&axis.threshold) {
                return Err(PolicyError(format!(
                    "[axes.{name}] threshold = {} is outside 0..1",
                    axis.threshold
                )));
            }
        }
        if let Some(t) = self.verdict.ai_paraphrase_threshold {
            if !(0.0..=1.0).contains(&t) {
                return Err(PolicyError(format!(
                    "[verdict] ai_paraphrase_threshold = {t} is outside 0..1"
                )));
            }
        }
        let c = &self.credibility;
        for (key, value, max) in [
            ("ai_weight", c.ai_weight, 1.0),
            ("copy_factor", c.copy_factor, 1.0),
            (
                "missing_provenance_factor",
                c.missing_provenance_factor,
                1.0,
            ),
            // Credibility is 0-100: a cap above it caps nothing.
            ("spam_max", c.spam_max, 100.0),
        ] {
            if !(0.0..=max).contains(&value) {
                return Err(PolicyError(format!(
                    "[credibility] {key} = {value} is outside 0..{max}"
                )));
            }
        }
        for (code, rule) in &self.signals {
            if rule.cap < 0.0 || !rule.cap.is_finite() || !rule.weight.is_finite() {
                return Err(PolicyError(format!(
                    "[signals.{code}] weight and cap must be finite and the cap not negative"
                )));
            }
            if rule.weight < 0.0 {
                return Err(PolicyError(format!(
                    "[signals.{code}] weight = {} must not be negative (a signal adds risk; set \
                     floor to let it take some away)",
                    rule.weight
                )));
            }
            // Every parameter is a threshold, a count or a reference rate: none is negative.
            for (key, value) in &rule.params {
                if !value.is_finite() || *value < 0.0 {
                    return Err(PolicyError(format!(
                        "[signals.{code}] {key} = {value} must be a finite number, not negative"
                    )));
                }
            }
            if rule.floor < 0.0 || !rule.floor.is_finite() {
                return Err(PolicyError(format!(
                    "[signals.{code}] floor = {} must be finite and not negative (it is the most \
                     points the signal may take away)",
                    rule.floor
                )));
            }
        }
        let m = self.verdict.ai_min_style_points;
        if m < 0.0 || !m.is_finite() {
            return Err(PolicyError(format!(
                "[verdict] ai_min_style_points = {m} must be finite and not negative"
            )));
        }
        Ok(())
    }

    /// The policy as TOML (what `credence policy show` prints).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_else(|e| format!("# cannot print the policy: {e}\n"))
    }

    /// The rule for a signal code (a zero rule when absent, so an unlisted signal scores nothing).
    /// Borrowed, not cloned: a clone copied the rule's parameter map, its keys allocated one by
    /// one, about 450 instructions a look-up and some 20 look-ups a document.
    pub fn rule(&self, code: &str) -> &Rule {
        static ZERO: Rule = Rule {
            weight: 0.0,
            cap: 0.0,
            floor: 0.0,
            params: BTreeMap::new(),
        };
        self.signals.get(code).unwrap_or(&ZERO)
    }
}

/// The policy's shape with every field optional: what an override file may contain.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read only to validate the file's shape
struct PolicyOverride {
    version: Option<String>,
    axes: Option<AxesOverride>,
    verdict: Option<VerdictOverride>,
    credibility: Option<CredibilityOverride>,
    signals: Option<BTreeMap<String, RuleOverride>>,
    lexicons: Option<LexiconFiles>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct AxesOverride {
    aggregator: Option<AxisOverride>,
    ai: Option<AxisOverride>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct AxisOverride {
    intercept: Option<f64>,
    threshold: Option<f64>,
    min_words: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct VerdictOverride {
    copy_min_wrapped_lines: Option<usize>,
    copy_min_marks: Option<usize>,
    ai_min_style_points: Option<f64>,
    ai_paraphrase_threshold: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct CredibilityOverride {
    ai_weight: Option<f64>,
    copy_factor: Option<f64>,
    missing_provenance_factor: Option<f64>,
    spam_max: Option<f64>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct RuleOverride {
    weight: Option<f64>,
    cap: Option<f64>,
    floor: Option<f64>,
    #[serde(flatten)]
    params: BTreeMap<String, f64>,
}

/// Refuses `nan` and `inf` anywhere in a policy file, naming the key: a NaN intercept gave every
/// document credibility 0 and the verdict `original`, without a word.
fn refuse_non_finite(v: &toml::Value, path: &mut Vec<String>) -> Result<(), PolicyError> {
    match v {
        toml::Value::Float(f) if !f.is_finite() => {
            let key = path.last().cloned().unwrap_or_default();
            let table = path[..path.len().saturating_sub(1)].join(".");
            Err(PolicyError(format!(
                "[{table}] {key} = {f} must be a finite number"
            )))
        }
        toml::Value::Table(t) => {
            for (k, v) in t {
                path.push(k.clone());
                refuse_non_finite(v, path)?;
                path.pop();
            }
            Ok(())
        }
        toml::Value::Array(items) => items.iter().try_for_each(|v| refuse_non_finite(v, path)),
        _ => Ok(()),
    }
}

fn merge(base: &mut toml::Value, over: toml::Value) {
    match (base, over) {
        (toml::Value::Table(b), toml::Value::Table(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (b, o) => *b = o,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_parses_and_overrides_apply() {
        let p = Policy::default();
        assert!(p.rule("A001").cap > 0.0);
        let q =
            Policy::with_overrides("[axes.ai]\nthreshold = 0.8\n[signals.B001]\nweight = 1.0\n")
                .unwrap();
        assert_eq!(q.axes.ai.threshold, 0.8);
        assert_eq!(q.rule("B001").weight, 1.0);
        assert_eq!(q.rule("B001").cap, p.rule("B001").cap);
    }

    #[test]
    fn bad_overrides_are_refused_with_the_line_and_field() {
        let e =
            Policy::with_overrides("# my policy\n[axes.ai]\nthreshold = \"high\"\n").unwrap_err();
        assert!(e.0.contains("line 3") && e.0.contains("threshold"), "{e}");
        let e = Policy::with_overrides("[axes.ai]\nthreshhold = 0.6\n").unwrap_err();
        assert!(e.0.contains("line 2") && e.0.contains("threshhold"), "{e}");
        let e = Policy::with_overrides("[axes.ai]\nthreshold = 1.5\n").unwrap_err();
        assert!(e.0.contains("outside"), "{e}");
        let e = Policy::with_overrides("[signals.Z999]\nweight = 1.0\ncap = 1.0\n").unwrap_err();
        assert!(e.0.contains("Z999"));
        let e = Policy::with_overrides("[signals.B009]\nfloor = -3.0\n").unwrap_err();
        assert!(e.0.contains("floor"), "{e}");
        let e = Policy::with_overrides("[verdict]\nai_min_style_points = -1.0\n").unwrap_err();
        assert!(e.0.contains("ai_min_style_points"), "{e}");
    }

    #[test]
    fn values_out_of_range_are_refused_naming_the_key() {
        let refused = |text: &str, needle: &str| {
            let e = Policy::with_overrides(text).unwrap_err();
            assert!(e.0.contains(needle), "{text:?}: {e}");
        };
        refused(
            "[axes.aggregator]\nintercept = nan\n",
            "[axes.aggregator] intercept",
        );
        refused("[axes.ai]\nintercept = -inf\n", "intercept");
        refused("[signals.B002]\nhuman_median = inf\n", "human_median");
        refused("[credibility]\ncopy_factor = 2.0\n", "copy_factor");
        refused("[credibility]\nspam_max = 500.0\n", "spam_max");
        refused("[credibility]\nai_weight = -0.1\n", "ai_weight");
        refused("[signals.B001]\nweight = -1.0\n", "weight");
        refused("[signals.B002]\nmin_sentences = -1.0\n", "min_sentences");
        refused(
            "[verdict]\nai_paraphrase_threshold = 1.5\n",
            "ai_paraphrase_threshold",
        );
        // An unknown code is named as one, with no line of the merged default.
        let e = Policy::with_overrides("[signals.Z999]\nweight = 3.0\n").unwrap_err();
        assert!(e.0.contains("unknown signal code 'Z999'"), "{e}");
        assert!(!e.0.contains("line"), "{e}");
        // In range is accepted.
        Policy::with_overrides("[credibility]\ncopy_factor = 1.0\nspam_max = 0.0\n").unwrap();
    }

    #[test]
    fn the_default_policy_passes_its_own_checks() {
        Policy::default().validate().unwrap();
    }

    #[test]
    fn a_zero_weight_gives_a_positive_zero() {
        let rule = Rule {
            weight: 0.0,
            cap: 12.0,
            floor: 0.0,
            params: BTreeMap::new(),
        };
        assert!(rule.points(-3.0).is_sign_positive());
    }

    #[test]
    fn a_floor_lets_points_go_negative_and_no_further() {
        let rule = Rule {
            weight: 10.0,
            cap: 5.0,
            floor: 3.0,
            params: BTreeMap::new(),
        };
        assert_eq!(rule.points(0.2), 2.0);
        assert_eq!(rule.points(1.0), 5.0);
        assert_eq!(rule.points(-0.1), -1.0);
        assert_eq!(rule.points(-1.0), -3.0);
        let one_sided = Rule { floor: 0.0, ..rule };
        assert_eq!(one_sided.points(-1.0), 0.0);
        assert!(one_sided.points(-1.0).is_sign_positive());
    }
}
