//! B016 `few_plain_openers`: few sentences that open with "And", "But" or "So". Reporters write
//! in a plain, spoken register and start sentences with a conjunction ("But the council said no.",
//! "And the cost keeps rising."); a chat model writes a formal one and seldom does. The rate moves
//! the same way when a model continues a story (the XSum continuations, gpt-3.5-turbo and gpt-4,
//! have fewer than their BBC originals) and when it rewrites one (on the rewrite study outside the
//! repo, the rewrite has fewer than its original in 43 more pairs of 100 than it has more). Most
//! texts have none, so the signal weighs mostly the other way: a text with more such sentences
//! than human news' median loses points, down to the rule's `floor`, and each counted sentence is
//! quoted. Sentences are counted, not words: one per sentence, after any opening quotation mark.
//! English only.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B016",
    name: "few_plain_openers",
    axis: Axis::Ai,
    doc: "Few sentences opening with \"And\", \"But\" or \"So\" (a reporter's plain register), below the human-news median; more than the median take points away (English only).",
    measure,
};

/// The conjunctions a plain-spoken sentence opens with.
const OPENERS: &[&str] = &["And", "But", "So"];

/// True when `sentence` opens with one of [`OPENERS`] as a word (followed by a space or a comma),
/// after any opening quotation mark or bracket.
fn opens_with_conjunction(sentence: &str) -> bool {
    let s = sentence.trim_start_matches(['"', '“', '‘', '\'', '(', ' ']);
    OPENERS.iter().any(|o| {
        s.strip_prefix(o)
            .is_some_and(|rest| rest.starts_with([' ', ',']))
    })
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    // The conjunctions are English.
    if !cx.english {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let n = cx.sentences.len();
    // One sentence of a short text moves the rate too far.
    if (n as f64) < rule.param("min_sentences", 8.0).max(1.0) {
        return None;
    }
    let openers: Vec<&str> = cx
        .sentences
        .iter()
        .copied()
        .filter(|s| opens_with_conjunction(s))
        .collect();
    let count = openers.len();
    let v = count as f64 / n as f64;
    let median = rule.param("human_median", 0.04);
    let evidence = openers
        .iter()
        .take(3)
        .map(|s| cx.quote_evidence(s))
        .collect();
    Some(
        INFO.signal(
            v,
            rule.points(median - v),
            format!(
                "{count} of {n} sentences open with And, But or So ({}%)",
                Fixed(v * 100.0, 0)
            ),
            evidence,
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use super::opens_with_conjunction;
    use crate::signals::testing::run;

    /// A report in a reporter's plain register.
    const PLAIN: &str = "Ferry fares to rise\n\n\
        The island ferry will raise its fares by a fifth in March, the operator said on Tuesday. \
        \"We did not want to do this, but our fuel bill has doubled,\" said Mara Quill, who runs the service. \
        Commuters were not pleased. \
        But the operator said the ferry is still cheaper than the bridge toll. \
        The council will discuss a discount for residents at its next meeting, the mayor said. \
        And the discount may not come soon: the council meets only twice a year. \
        The operator's last fare rise was in 2019, when tickets went up by ten percent. \
        So far, no other operator has offered to run the route. \
        The ferry carries about 1,200 passengers a day in the summer and half as many in winter. \
        The new fares take effect on March 3, the operator said, and season tickets are not affected.\n";

    /// The same story in a formal register.
    const FORMAL: &str = "Ferry fares to rise\n\n\
        The island ferry service will increase its fares by twenty percent in March, according to the operator. \
        The operator explained that rising fuel costs had made the increase unavoidable. \
        Commuters expressed frustration with the decision. \
        However, the operator maintained that the ferry remains more affordable than the bridge toll. \
        The council is expected to consider a discount for residents at its next scheduled meeting. \
        Such a discount may take time, as the council meets only twice a year. \
        The most recent fare increase took place in 2019, when ticket prices rose by ten percent. \
        No alternative operator has expressed interest in running the route at this time. \
        The ferry transports approximately 1,200 passengers per day during the summer season. \
        The revised fares will take effect on March 3, while season tickets will remain unaffected.\n";

    #[test]
    fn openers_are_words_at_a_sentence_start() {
        assert!(opens_with_conjunction("But the operator said so."));
        assert!(opens_with_conjunction("“And then it sank,” he said."));
        assert!(opens_with_conjunction("So, what now?"));
        assert!(!opens_with_conjunction("Soon the ferry left."));
        assert!(!opens_with_conjunction("Andrea Moss said no."));
        assert!(!opens_with_conjunction("Butte County voted."));
        assert!(!opens_with_conjunction("The ferry left, but slowly."));
    }

    #[test]
    fn a_plain_report_takes_points_away_and_a_formal_one_scores_nothing() {
        let plain = run("B016", PLAIN).expect("measured");
        assert_eq!(plain.value, 0.3);
        assert!(plain.points < 0.0, "{plain:?}");
        assert_eq!(plain.evidence.len(), 3);
        assert!(plain.evidence[0].quote.starts_with("But the operator said"));
        let formal = run("B016", FORMAL).expect("measured");
        assert_eq!(formal.value, 0.0);
        // Most human texts have no such sentence: their absence is no evidence.
        assert_eq!(formal.points, 0.0, "{formal:?}");
        let weighted =
            crate::signals::testing::run_weighted("B016", FORMAL, 100.0, 4.0).expect("measured");
        assert!(
            weighted.points > 0.0,
            "a policy may weigh the absence: {weighted:?}"
        );
        insta::assert_yaml_snapshot!(plain);
    }

    #[test]
    fn short_text_and_text_not_in_english_abstain() {
        assert!(run(
            "B016",
            "Ferry fares to rise\n\nBut the ferry is ours. And it is late.\n"
        )
        .is_none());
        let german = "Fährpreise steigen\n\n".to_string()
            + &"Die Fähre wird ihre Preise im März erhöhen, sagte der Betreiber am Dienstag. "
                .repeat(12);
        assert!(run("B016", &german).is_none());
    }
}
