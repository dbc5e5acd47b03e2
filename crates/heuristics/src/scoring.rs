//! From signals to axis risks, a credibility and a verdict (the rule README documents).

use credence_extract::Extraction;

use crate::decimal::Fixed;
use crate::model::{Assessment, Axis, AxisScore, Signal, Verdict};
use crate::policy::{AxisPolicy, Policy};

/// The AI-axis signals whose evidence is a quote from the text: stock phrases above the human
/// rate, repeated runs, a chat "Title:" line, a chatbot speaking. The others on the axis are
/// statistics (sentence-length spread, lexical diversity, quotes, attributions, names and numbers
/// per word, word length) that also describe essays, how-tos, recipes and reference pages; they
/// move the risk but cannot make the `ai_generated` verdict without a quotable finding
/// (`verdict.ai_min_style_points`), or the batch's finding that the text rewords another
/// document in it and adds hardly anything (P004 `batch_paraphrase`, checkable against that
/// document), which is called from its own, lower AI risk (`verdict.ai_paraphrase_threshold`).
pub const AI_STYLE_CODES: &[&str] = &["B001", "B005", "B006", "B007", "B017"];

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
    // Hard evidence speaks even on short texts: a chatbot's words, or the page saying it was
    // written by AI, are not a matter of style.
    let leak = signals.iter().any(|s| s.code == "B007" || s.code == "B017");
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
    let style_points: f64 = signals
        .iter()
        .filter(|s| AI_STYLE_CODES.contains(&s.code.as_str()))
        .map(|s| s.points.max(0.0))
        .sum();
    let ai_over = ai_r >= policy.axes.ai.threshold;
    // A paraphrase of another document of the batch is called at its own, lower bar.
    let paraphrase_bar = policy
        .verdict
        .ai_paraphrase_threshold
        .unwrap_or(policy.axes.ai.threshold);
    let rewords_another = has("P004") && ai_r >= paraphrase_bar;
    let ai_hit = (ai_over && style_points >= policy.verdict.ai_min_style_points) || rewords_another;
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

    // An axis that abstained counts at its prior (the risk of a document with no points), not at
    // zero: a text too short to measure is not thereby clean.
    let prior = |p: &AxisPolicy| sigmoid(p.intercept);
    let cred_agg = aggregator
        .risk
        .unwrap_or_else(|| prior(&policy.axes.aggregator));
    let cred_ai = ai.risk.unwrap_or_else(|| prior(&policy.axes.ai));
    let c = &policy.credibility;
    let mut cred = 100.0 * (1.0 - cred_agg) * (1.0 - c.ai_weight * cred_ai);
    if verdict == Verdict::Copy {
        cred *= c.copy_factor;
    }
    if has("A007") {
        cred *= c.missing_provenance_factor;
    }
    if verdict == Verdict::Unknown {
        cred = cred.min(50.0);
    }
    if verdict == Verdict::AggregatorSpam {
        cred = cred.min(c.spam_max);
    }
    let credibility = cred.round().clamp(0.0, 100.0) as u8;

    // Reasons worth a point at least (a fraction of a point would print as "+0"); those of the
    // axis that decided the verdict first, so an `aggregator_spam` row leads with the
    // aggregator's evidence even when style statistics earned more points.
    let deciding = match verdict {
        Verdict::AggregatorSpam => Some(Axis::Aggregator),
        Verdict::AiGenerated => Some(Axis::Ai),
        _ => None,
    };
    let mut reasons: Vec<&Signal> = signals.iter().filter(|s| s.points >= 0.5).collect();
    reasons.sort_by(|a, b| {
        (Some(b.axis) == deciding)
            .cmp(&(Some(a.axis) == deciding))
            .then(b.points.total_cmp(&a.points))
    });
    let mut shown: Vec<&Signal> = reasons.iter().take(3).copied().collect();
    // The other axis's best reason too, when the deciding axis filled the three: an
    // `ai_generated` page's scraper residue is worth a reviewer's eye.
    if deciding.is_some() && shown.iter().all(|s| Some(s.axis) == deciding) {
        shown.extend(reasons.iter().find(|s| Some(s.axis) != deciding));
    }
    // A `copy` or `wire` verdict is decided by a provenance finding, which earns no points: it
    // leads, so the row says what made it a copy ("names its original: ...") before the styles;
    // so does the paraphrase finding an `ai_generated` verdict stands on.
    let decided_by = match verdict {
        Verdict::Copy => signals
            .iter()
            .find(|s| s.code == "P002" || s.code == "P003"),
        Verdict::Wire => signals.iter().find(|s| s.code == "P001"),
        // An AI verdict that the quoted style alone would not make leads with the rewording.
        Verdict::AiGenerated if style_points < policy.verdict.ai_min_style_points => {
            signals.iter().find(|s| s.code == "P004")
        }
        _ => None,
    };
    let mut why: Vec<String> = decided_by
        .map(|s| format!("{}: {}", s.name, s.summary))
        .into_iter()
        .chain(
            shown
                .iter()
                .map(|s| format!("{} (+{}): {}", s.name, Fixed(s.points, 0), s.summary)),
        )
        .collect();
    if why.is_empty() {
        if let Some(s) = signals.iter().find(|s| s.axis == Axis::Provenance) {
            why.push(s.summary.clone());
        }
    }
    if ai_over && !ai_hit {
        why.push(format!(
            "ai risk {ai_r:.2} reaches the threshold, but only {style_points:.1} points come from \
             quotable machine style (stock phrases, repeated runs, chat lines; needs {:.1}) \
             and it rewords no other document of the batch: statistics alone are no proof of a \
             machine",
            policy.verdict.ai_min_style_points
        ));
    }
    if verdict == Verdict::AiGenerated && !ai_over {
        why.push(format!(
            "ai risk {ai_r:.2} is under the {:.2} threshold but reaches the {:.2} bar of a \
             paraphrase of another document of the batch",
            policy.axes.ai.threshold, paraphrase_bar
        ));
    }
    why.extend(ai.abstain_reason.clone());
    // The AI signals measured against English (stock phrases, attributions, word length,
    // participle clauses) abstain on an article in another language; the axis stands on the
    // others (sentence rhythm, diversity, repetition, quotes, asides, chat lines), and says so.
    if let Some(lang) = x.language.as_deref().filter(|l| *l != "en") {
        if ai.abstain_reason.is_none() {
            why.push(format!(
                "English-only ai signals (B001, B009, B010, B011) not measured: language {lang}"
            ));
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ai_signal(code: &str, points: f64) -> Signal {
        Signal {
            code: code.into(),
            name: code.to_lowercase(),
            axis: Axis::Ai,
            value: 0.0,
            points,
            human_rate: None,
            summary: format!("{code} fired"),
            evidence: vec![],
        }
    }

    fn long_text() -> Extraction {
        Extraction {
            words: 600,
            ..Extraction::default()
        }
    }

    #[test]
    fn english_only_ai_signals_say_they_abstain_on_another_language() {
        let policy = Policy::default();
        let zh = Extraction {
            language: Some("zh".into()),
            ..long_text()
        };
        let a = assess(&zh, vec![], &policy);
        assert!(a.ai.risk.is_some());
        assert!(a.why.contains("not measured: language zh"), "{}", a.why);
        let en = Extraction {
            language: Some("en".into()),
            ..long_text()
        };
        assert!(!assess(&en, vec![], &policy).why.contains("not measured"));
    }

    #[test]
    fn an_axis_too_short_to_measure_counts_at_its_prior_in_the_credibility() {
        let policy = Policy::default();
        let short = Extraction {
            words: policy.axes.ai.min_words - 1,
            ..Extraction::default()
        };
        let a = assess(&short, vec![], &policy);
        assert_eq!(a.ai.risk, None);
        assert!(a.why.contains("ai risk not computed"), "{}", a.why);
        let agg = a
            .aggregator
            .risk
            .expect("the aggregator axis measures short texts");
        let expected = 100.0
            * (1.0 - agg)
            * (1.0 - policy.credibility.ai_weight * sigmoid(policy.axes.ai.intercept));
        assert_eq!(a.credibility, expected.round() as u8);
        // Measured at zero points, the AI risk is that same prior.
        let a = assess(&long_text(), vec![], &policy);
        assert_eq!(a.ai.risk, Some(round2(sigmoid(policy.axes.ai.intercept))));
    }

    #[test]
    fn what_a_text_lacks_cannot_make_the_ai_verdict_alone() {
        let policy = Policy::default();
        // A how-to page: no quotes, no attributions, few names, long words; a high risk.
        let lacking = vec![
            ai_signal("B004", 8.6),
            ai_signal("B008", 15.0),
            ai_signal("B009", 15.0),
            ai_signal("B010", 8.0),
        ];
        let a = assess(&long_text(), lacking.clone(), &policy);
        assert!(a.ai.risk.unwrap() >= policy.axes.ai.threshold);
        assert_eq!(a.verdict, Verdict::Original);
        assert!(a.why.contains("no proof of a machine"), "{}", a.why);

        // The same page with stock phrases above the human rate is called.
        let mut styled = lacking.clone();
        styled.push(ai_signal("B001", 3.0));
        let a = assess(&long_text(), styled, &policy);
        assert_eq!(a.verdict, Verdict::AiGenerated);

        // A paraphrase of another document of the batch (P004, no points) is called, and its
        // `why` leads with the rewording; under the AI threshold it is not.
        let mut reworded = lacking.clone();
        reworded.push(crate::signals::p004_batch_paraphrase::of(
            "paraphrase of a.html: TF-IDF cosine 0.81",
        ));
        let a = assess(&long_text(), reworded, &policy);
        assert_eq!(a.verdict, Verdict::AiGenerated);
        assert_eq!(a.ai.points, lacking.iter().map(|s| s.points).sum::<f64>());
        assert!(
            a.why.starts_with("batch_paraphrase: paraphrase of a.html"),
            "{}",
            a.why
        );
        let a = assess(
            &long_text(),
            vec![
                ai_signal("B008", 5.0),
                crate::signals::p004_batch_paraphrase::of("paraphrase of a.html"),
            ],
            &policy,
        );
        assert_eq!(a.verdict, Verdict::Original);
        // Between the paraphrase bar (0.45) and the axis threshold (0.60): a paraphrase is
        // called and `why` names the bar; the same text rewording nothing is not.
        let middling = vec![ai_signal("B008", 12.0), ai_signal("B009", 11.0)];
        let mut reworded = middling.clone();
        reworded.push(crate::signals::p004_batch_paraphrase::of(
            "paraphrase of a.html",
        ));
        let a = assess(&long_text(), reworded, &policy);
        let risk = a.ai.risk.unwrap();
        assert!((0.45..0.60).contains(&risk), "{risk}");
        assert_eq!(a.verdict, Verdict::AiGenerated);
        assert!(a.why.contains("bar of a paraphrase"), "{}", a.why);
        assert_eq!(
            assess(&long_text(), middling, &policy).verdict,
            Verdict::Original
        );

        // A policy without the gate calls the first page too.
        let open = Policy::with_overrides("[verdict]\nai_min_style_points = 0.0\n").expect("valid");
        let a = assess(
            &long_text(),
            vec![
                ai_signal("B008", 15.0),
                ai_signal("B009", 15.0),
                ai_signal("B004", 8.6),
            ],
            &open,
        );
        assert_eq!(a.verdict, Verdict::AiGenerated);
    }

    #[test]
    fn two_aggregator_signals_make_the_verdict_one_does_not_and_spam_stays_low() {
        let policy = Policy::default();
        let agg = |code: &str, points: f64| Signal {
            axis: Axis::Aggregator,
            ..ai_signal(code, points)
        };
        // The strongest single signal, at its cap, stays under the threshold.
        let a = assess(&long_text(), vec![agg("A001", 20.0)], &policy);
        assert!(a.aggregator.risk.unwrap() < policy.axes.aggregator.threshold);
        assert_eq!(a.verdict, Verdict::Original);
        // Two medium ones reach it (an unrelated list on HTML and a weekday that contradicts
        // the date), and the credibility is capped although the risk alone would leave ~70.
        let a = assess(
            &long_text(),
            vec![agg("A001", 10.0), agg("A005", 12.0)],
            &policy,
        );
        assert_eq!(a.verdict, Verdict::AggregatorSpam);
        assert!(a.aggregator.risk.unwrap() < 0.5);
        assert!(f64::from(a.credibility) <= policy.credibility.spam_max);
    }

    #[test]
    fn the_reasons_of_the_deciding_axis_come_first() {
        let policy = Policy::default();
        let agg = |code: &str, points: f64| Signal {
            axis: Axis::Aggregator,
            ..ai_signal(code, points)
        };
        // Style statistics earned more points than either aggregator signal, but the verdict
        // is the aggregator's: its evidence leads, and the best of the rest follows.
        let a = assess(
            &long_text(),
            vec![
                ai_signal("B008", 15.0),
                ai_signal("B012", 14.0),
                ai_signal("B010", 13.0),
                agg("A001", 10.0),
                agg("A005", 12.0),
            ],
            &policy,
        );
        assert_eq!(a.verdict, Verdict::AggregatorSpam);
        let codes: Vec<&str> = a.why.split("; ").map(|r| &r[..4]).take(3).collect();
        assert_eq!(codes, ["a005", "a001", "b008"], "{}", a.why);
    }

    #[test]
    fn a_copy_or_wire_verdict_leads_with_the_finding_that_made_it() {
        let policy = Policy::default();
        let provenance = |code: &str, summary: &str| Signal {
            axis: Axis::Provenance,
            summary: summary.into(),
            ..ai_signal(code, 0.0)
        };
        let a = assess(
            &long_text(),
            vec![
                ai_signal("B008", 6.0),
                provenance("P002", "names its original: https://a.example/x"),
            ],
            &policy,
        );
        assert_eq!(a.verdict, Verdict::Copy);
        assert!(
            a.why
                .starts_with("p002: names its original: https://a.example/x; b008 (+6)"),
            "{}",
            a.why
        );
        let a = assess(
            &long_text(),
            vec![
                ai_signal("B008", 6.0),
                provenance("P001", "AP wire story: dateline \"HALDEN (AP)\""),
            ],
            &policy,
        );
        assert_eq!(a.verdict, Verdict::Wire);
        assert!(a.why.starts_with("p001: AP wire story"), "{}", a.why);
    }
}
