//! From signals to axis risks, a credibility and a verdict (the rule README documents).

use credence_extract::Extraction;

use crate::model::{Assessment, Axis, AxisScore, Signal, Verdict};
use crate::policy::{AxisPolicy, Policy};

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn axis_score(
    signals: &[Signal],
    axis: Axis,
    p: &AxisPolicy,
    abstain: Option<String>,
) -> AxisScore {
    let points: f64 = signals
        .iter()
        .filter(|s| s.axis == axis)
        .map(|s| s.points)
        .sum();
    match abstain {
        Some(reason) => AxisScore {
            risk: None,
            points,
            abstain_reason: Some(reason),
        },
        None => AxisScore {
            risk: Some(round2(sigmoid(p.intercept + points / 10.0))),
            points,
            abstain_reason: None,
        },
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Combines measured signals into an assessment.
pub fn assess(x: &Extraction, signals: Vec<Signal>, policy: &Policy) -> Assessment {
    let words = x.words;
    let ai_abstain = (words < policy.axes.ai.min_words).then(|| {
        format!(
            "ai risk not computed: {words} words of article text (needs {})",
            policy.axes.ai.min_words
        )
    });
    let agg_abstain = (words < policy.axes.aggregator.min_words.max(1))
        .then(|| format!("aggregator risk not computed: {words} words of article text"));
    // Hard evidence speaks even on short texts: a chatbot's words are not a matter of style.
    let leak = signals.iter().any(|s| s.code == "B007");
    let ai = axis_score(
        &signals,
        Axis::Ai,
        &policy.axes.ai,
        if leak { None } else { ai_abstain },
    );
    let aggregator = axis_score(
        &signals,
        Axis::Aggregator,
        &policy.axes.aggregator,
        agg_abstain,
    );

    let has = |code: &str| signals.iter().any(|s| s.code == code);
    let agg_r = aggregator.risk.unwrap_or(0.0);
    let ai_r = ai.risk.unwrap_or(0.0);
    let agg_hit = agg_r >= policy.axes.aggregator.threshold;
    let ai_hit = ai_r >= policy.axes.ai.threshold;
    let verdict = if aggregator.risk.is_none() && ai.risk.is_none() {
        Verdict::Unknown
    } else if agg_hit && (!ai_hit || agg_r >= ai_r) {
        Verdict::AggregatorSpam
    } else if ai_hit {
        Verdict::AiGenerated
    } else if has("P002") || has("P003") {
        Verdict::Copy
    } else if has("P001") {
        Verdict::Wire
    } else {
        Verdict::Original
    };

    let c = &policy.credibility;
    let mut cred = 100.0 * (1.0 - agg_r) * (1.0 - c.ai_weight * ai_r);
    if verdict == Verdict::Copy {
        cred *= c.copy_factor;
    }
    if has("A007") {
        cred *= c.missing_provenance_factor;
    }
    if verdict == Verdict::Unknown {
        cred = cred.min(50.0);
    }
    let credibility = cred.round().clamp(0.0, 100.0) as u8;

    // Reasons worth a point at least (a fraction of a point would print as "+0").
    let mut reasons: Vec<&Signal> = signals.iter().filter(|s| s.points >= 0.5).collect();
    reasons.sort_by(|a, b| b.points.total_cmp(&a.points));
    let mut why: Vec<String> = reasons
        .iter()
        .take(3)
        .map(|s| format!("{} (+{:.0}): {}", s.name, s.points, s.summary))
        .collect();
    if why.is_empty() {
        if let Some(s) = signals.iter().find(|s| s.axis == Axis::Provenance) {
            why.push(s.summary.clone());
        }
    }
    why.extend(ai.abstain_reason.clone());
    if why.is_empty() {
        why.push("no risk signal fired".into());
    }
    Assessment {
        signals,
        aggregator,
        ai,
        credibility,
        verdict,
        why: why.join("; "),
        policy_version: policy.version.clone(),
        source: None,
    }
}
