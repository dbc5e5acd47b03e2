//! B009 `few_attributions`: few attribution verbs ("said", "told", "according to") per sentence.
//! News attributes its facts to sources; generated text asserts them. English only. Points grow
//! with the distance below the human-news median; more attributions than the median take points
//! away, down to the rule's `floor`.
//!
//! A text that does not read as a report ([`Context::reads_as_report`]: no dateline, under one
//! attribution in ten sentences) gets at most `unreported_cap` points: a blog post, a how-to or a
//! press release attributes little because of its genre, not because a model wrote it. The
//! rewrite study (docs/benchmarks.md) found the uncapped signal pushed such human pages above
//! AI rewrites of news; the cap keeps some weight, since an AI story that attributes nothing is
//! still a weak tell.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B009",
    name: "few_attributions",
    axis: Axis::Ai,
    doc:
        "Few attribution verbs (\"said\", \"told\", \"according to\") per sentence (English only).",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    if !cx.english {
        return None;
    }
    let v = cx.attributions_per_sentence()?;
    let rule = cx.policy.rule(INFO.code);
    let median = rule.param("human_median", 0.3);
    let full = rule.points(median - v);
    let cap = rule.param("unreported_cap", rule.cap);
    let capped = full > cap && !cx.reads_as_report();
    let points = if capped { cap } else { full };
    let mut summary = format!(
        "{} attributions per sentence over {} sentences",
        Fixed(v, 2),
        cx.sentences.len()
    );
    if capped {
        summary.push_str(&format!(
            "; not a report (no dateline, under one attribution in ten sentences): at most {cap} points"
        ));
    }
    Some(
        INFO.signal(v, points, summary, vec![])
            .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn unattributed_text_scores() {
        let text = "The harbor will reopen next week. Repairs are nearly done. Ships are waiting offshore. ".repeat(3);
        let s = run("B009", &format!("Title here\n{text}\n")).expect("measured");
        assert_eq!(s.value, 0.0);
        assert!(s.points > 0.0);
        let said = "The harbor will reopen next week, the mayor said. Repairs are done, officials told reporters. ".repeat(3);
        // Attributing more than human news does (median 0.27 a sentence) takes points away.
        let s = run("B009", &format!("Title here\n{said}\n")).unwrap();
        let floor = crate::policy::Policy::default().rule("B009").floor;
        assert!(s.points < 0.0 && s.points >= -floor, "{}", s.points);
    }

    #[test]
    fn a_text_that_is_no_report_gets_the_smaller_cap() {
        let rule = crate::policy::Policy::default().rule("B009").clone();
        let cap = rule.param("unreported_cap", rule.cap);
        assert!(cap < rule.cap);
        // No attribution and no dateline: a how-to's genre, not a model's tell.
        let plain = "Unplug the heater before you clean it. Wipe the grille with a dry cloth. Let it cool for an hour. ".repeat(3);
        let s = run("B009", &format!("Title here\n{plain}\n")).unwrap();
        assert_eq!(s.points, cap);
        assert!(s.summary.contains("not a report"), "{}", s.summary);
        // The same unattributed sentences under an agency dateline read as a report: full points.
        let s = run(
            "B009",
            &format!(
                "Title here\nKESSVIK, Norway (AP) — The harbor will reopen next week. {plain}\n"
            ),
        )
        .unwrap();
        assert!(s.points > cap, "{}", s.points);
        assert!(!s.summary.contains("not a report"), "{}", s.summary);
    }
}
