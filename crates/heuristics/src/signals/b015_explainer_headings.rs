//! B015 `explainer_headings`: a news report cut by explainer subheadings. A chat model asked to
//! rewrite a story as an article ("SEO-friendly", "more engaging", "in plain English") breaks it
//! into sections under headings that ask or announce what the next paragraphs explain ("What
//! happens next?", "Why the vote matters", "What the police found", "Key takeaways"). Human news
//! reports seldom carry them; explainers, Q&As and how-tos do, which is why the signal reads only
//! a text that reads as a report (a dateline, or attributions in one sentence in ten) and quotes
//! every heading it counts.
//!
//! A heading is a line of the article text of two to twelve words that ends no sentence (a
//! question mark aside), starts with a capital, and stands between prose paragraphs: some prose
//! before it, a paragraph of eight words or more ending a sentence right after it. An explainer
//! heading opens with a question word ("What", "Why", "How", "When", "Where", "Who", "Which"),
//! asks a question, or is a summary's label ("Key takeaways", "At a glance", "The bottom line",
//! "Looking ahead"). English only.

use super::b014_long_paragraphs::{ends_a_sentence, MIN_PARAGRAPH_WORDS};
use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B015",
    name: "explainer_headings",
    axis: Axis::Ai,
    doc: "Subheadings that ask or announce what follows (\"What happens next?\", \"Why the vote matters\", \"Key takeaways\") in a news report: a chat model's article layout (English only).",
    measure,
};

/// Words a heading may have.
const HEADING_WORDS: std::ops::RangeInclusive<usize> = 2..=12;

/// The question words an explainer heading opens with, lower-cased.
const QUESTION_WORDS: &[&str] = &[
    "what", "what's", "what’s", "why", "how", "when", "where", "who", "who's", "who’s", "which",
];

/// Summary labels a chat model heads sections with, lower-cased, without closing punctuation.
const SUMMARY_LABELS: &[&str] = &[
    "key takeaways",
    "key takeaway",
    "key facts",
    "key points",
    "key details",
    "key facts at a glance",
    "at a glance",
    "the bottom line",
    "bottom line",
    "in summary",
    "summary",
    "in conclusion",
    "conclusion",
    "final thoughts",
    "looking ahead",
    "the road ahead",
    "next steps",
    "frequently asked questions",
];

/// Bytes a heading of twelve words may take (a cheap bound asked before its words are counted).
const MAX_HEADING_BYTES: usize = 200;

/// True when `line` (trimmed) has a heading's shape: two to twelve words, a capital first, no
/// sentence's end but a question mark, no list marker and no label's colon. The cheap tests come
/// first: most lines of a text are prose, far longer.
fn heading_shaped(line: &str) -> bool {
    line.len() <= MAX_HEADING_BYTES
        && line.starts_with(|c: char| c.is_uppercase())
        && (line.ends_with('?') || !ends_a_sentence(line))
        && !line.ends_with([':', ',', ';', '-', '–', '—'])
        && !speaker_labelled(line)
        && HEADING_WORDS.contains(&line.split_whitespace().count())
}

/// True when `line` opens with a speaker's label, as an interview's questions and answers do
/// ("Q: What will the vote change?", "Q. Why now?", "INTERVIEWER: How did it start?"): a
/// question put to someone, not a heading over the next paragraphs.
fn speaker_labelled(line: &str) -> bool {
    line.split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with(':') || w == "Q.")
}

/// True when heading-shaped `line` is an explainer's: a question word first, a question, or a
/// summary label.
fn explainer(line: &str) -> bool {
    let lower = line.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    line.ends_with('?')
        || QUESTION_WORDS.contains(&first)
        || SUMMARY_LABELS.contains(&lower.trim_end_matches(['.', '!', '?']))
}

/// A prose paragraph: it ends a sentence and has eight words or more.
fn prose(line: &str) -> bool {
    ends_a_sentence(line)
        && line
            .split_whitespace()
            .nth(MIN_PARAGRAPH_WORDS - 1)
            .is_some()
}

/// The explainer headings of `body`, in order: lines between prose paragraphs. Lines are tested
/// for prose only around a heading (most texts have none): the first prose line is looked for
/// once, when the first heading is found.
fn explainer_headings(body: &str) -> Vec<&str> {
    // A chat answer pasted as it came keeps its Markdown: "## What happens next", "**Why it
    // matters**".
    let lines: Vec<&str> = crate::text_stats::split_lines(body)
        .map(|l| {
            l.trim()
                .trim_start_matches('#')
                .trim()
                .trim_matches('*')
                .trim()
        })
        .filter(|l| !l.is_empty())
        .collect();
    let mut first_prose: Option<Option<usize>> = None;
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !heading_shaped(line) || !explainer(line) {
            continue;
        }
        let first = *first_prose.get_or_insert_with(|| lines.iter().position(|l| prose(l)));
        if first.is_some_and(|p| p < i) && lines.get(i + 1).is_some_and(|next| prose(next)) {
            out.push(*line);
        }
    }
    out
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    // The question words and labels are English; and the report test reads English verbs.
    if !cx.english {
        return None;
    }
    // Explainers, Q&As and guides are human genres built on such headings: only a report's
    // count. A report without them is measured (0), not skipped, so the column says it was read.
    if !cx.reads_as_report() {
        return None;
    }
    let headings = explainer_headings(&cx.x.body_text);
    let rule = cx.policy.rule(INFO.code);
    let n = headings.len();
    let quoted: Vec<String> = headings
        .iter()
        .take(3)
        .map(|h| format!("\"{}\"", crate::context::shorten(h)))
        .collect();
    let summary = if n == 0 {
        "no explainer subheadings".to_string()
    } else {
        format!(
            "{n} explainer subheading(s) in a report: {}",
            quoted.join(", ")
        )
    };
    let mut s = INFO.signal(
        n as f64,
        rule.points(n as f64),
        summary,
        headings
            .iter()
            .take(3)
            .map(|h| cx.quote_evidence(h))
            .collect(),
    );
    let human_share = rule.param("human_share", 0.0);
    s.human_rate = Some(super::policy_label(
        (human_share.to_bits(), 0, "B015 human share"),
        || {
            format!(
                "{:.0}% of human news reports carry one",
                human_share * 100.0
            )
        },
    ));
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::{explainer_headings, heading_shaped};
    use crate::signals::testing::run;

    const REPORT: &str = "The harbor board approved new mooring rules on Monday after a long debate, officials said.\n\
        Work on the new berths will begin in May, the board said in a statement.\n";

    #[test]
    fn headings_between_prose_paragraphs_are_found() {
        let body = format!(
            "{REPORT}What the new rules change\n\
             Boats longer than twelve meters must now use the east dock, the harbor master said.\n\
             Why fishermen pushed for the vote\n\
             Their association had asked for more space for two years, its chair told reporters.\n\
             Key takeaways\n\
             The rules take effect on June 1 and fees rise by ten percent for all owners.\n\
             ## What happens next\n\
             The state must still sign the plan, which it is expected to do in the spring.\n\
             **Who pays for the berths?**\n\
             A state grant covers most of the cost, the board said, and the town pays the rest.\n"
        );
        assert_eq!(
            explainer_headings(&body),
            [
                "What the new rules change",
                "Why fishermen pushed for the vote",
                "Key takeaways",
                "What happens next",
                "Who pays for the berths?"
            ]
        );
    }

    #[test]
    fn prose_lists_and_plain_section_names_are_no_explainer_headings() {
        // A section name that asks nothing, a heading over a list, a sentence, the first line.
        let body = format!(
            "What the board decided on Monday\n{REPORT}The vote\n\
             Boats longer than twelve meters must now use the east dock, the harbor master said.\n\
             What owners must do\n- register by June\n- pay the fee\n\
             What happens next is up to the state, the mayor said on Tuesday evening.\n\
             He added that the plan was fair to all the boat owners in the town.\n"
        );
        assert!(
            explainer_headings(&body).is_empty(),
            "{:?}",
            explainer_headings(&body)
        );
        assert!(!heading_shaped("Residents said:"));
        assert!(!heading_shaped("the vote"));
        assert!(heading_shaped("Will the plan survive the winter?"));
        // An interview's questions, behind a speaker's label.
        assert!(!heading_shaped("Q: Will the plan survive the winter?"));
        assert!(!heading_shaped("Q. Why now?"));
        assert!(!heading_shaped("INTERVIEWER: How did it start?"));
    }

    #[test]
    fn a_report_with_explainer_headings_scores_and_quotes_them() {
        let text = format!(
            "Harbor rules approved\n\n{REPORT}\nWhat the new rules change\n\n\
             Boats longer than twelve meters must now use the east dock, the harbor master said. \
             Owners were told of the change in a letter, which was sent last week.\n\n\
             What happens next?\n\n\
             The rules take effect on June 1, the board said, and fees rise by ten percent. \
             Owners have until then to register, a spokesman said.\n\n\
             Fishermen welcomed the vote, their association said. Its chair called it overdue.\n"
        );
        let s = run("B015", &text).expect("measured");
        assert_eq!(s.value, 2.0);
        assert!(s.points > 0.0);
        assert_eq!(s.evidence.len(), 2);
        assert_eq!(s.evidence[1].quote, "What happens next?");
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn a_guide_is_not_read() {
        // No attribution, no dateline: a how-to's headings say nothing of its author.
        let text = "Caring for hydrangeas\n\nHydrangeas need morning sun and shade in the afternoon in most gardens.\n\n\
            How to water them\n\nWater deeply twice a week and more often in a dry and hot summer.\n\n\
            When to prune\n\nPrune the old wood in late winter before the new buds start to swell.\n";
        assert!(run("B015", text).is_none());
    }

    #[test]
    fn text_not_in_english_abstains() {
        let german = "Hafen\n\nHAMBURG (dpa) - Der Stadtrat hat am Montag neue Regeln für den Hafen beschlossen, sagte der Bürgermeister.\n\n\
            Was sich ändert\n\nDie Kosten liegen bei vier Millionen Euro, sagte ein Sprecher der Stadt am Abend.\n";
        assert!(run("B015", german).is_none());
    }
}
