//! B014 `long_paragraphs`: few one-sentence paragraphs. News is written in short paragraphs, many
//! of them a single sentence (the wire's house style; three in five of a story's paragraphs, the
//! median over 40 English news pages of `trafilatura_evaldata` and `htmldate_default`); a chat
//! model that rewrites a story
//! regroups its sentences into paragraphs of two to four: the share of one-sentence paragraphs fell
//! in 34 of those 40 stories' AI rewrites and rose in 2 (`scripts/eval_style_features.py`, feature
//! `para_one_sentence_share`), whatever the request (own words, SEO, shorter, more engaging, a
//! brief). Points grow with the distance below the human-news median; more one-sentence paragraphs
//! than the median take points away, down to the rule's `floor`.
//!
//! Only prose paragraphs count: lines of the article text of at least eight words that end a
//! sentence (a heading, a list item or a caption is none). A text kept on one line, or with fewer
//! than `min_paragraphs` of them, has no paragraph layout to read and the signal abstains. So does
//! a text with long paragraphs that does not read as a report (no dateline, attributions in fewer
//! than one sentence in ten): the median is news's, and a recipe's or an essay's paragraphs say
//! nothing of its author. English only: the median is English-language news's.

use super::SignalInfo;
use crate::context::Context;
use crate::decimal::Fixed;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B014",
    name: "long_paragraphs",
    axis: Axis::Ai,
    doc: "Few one-sentence paragraphs: a smaller share of the prose paragraphs are one sentence than in human news (above the median, points are taken away; English only).",
    measure,
};

/// Words a line needs to count as a prose paragraph (B015 reads prose paragraphs as this rule does).
pub(super) const MIN_PARAGRAPH_WORDS: usize = 8;
/// Words a sentence needs to count (a stray "Mr." or "No. 1" piece is none).
const MIN_SENTENCE_WORDS: usize = 3;

/// True when `line` ends a sentence: `.`, `!`, `?` or `…`, maybe followed by closing quotes and
/// brackets.
pub(super) fn ends_a_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', ')', '”', '’', '»', ']'])
        .ends_with(['.', '!', '?', '…'])
}

/// True when `line` is a list's item: it opens with a bullet ("- ", "• ", "* ", "– ", "· ") or
/// an item's number ("1. ", "2) "). A chat model's summary lists its points so, one sentence
/// each: they are no paragraphs of its prose.
fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    if ["- ", "• ", "* ", "– ", "· ", "▪ ", "◦ "]
        .iter()
        .any(|b| line.starts_with(b))
    {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && [". ", ") "].iter().any(|m| line[digits..].starts_with(m))
}

/// The prose paragraphs of the article text, and how many of them hold one sentence.
fn one_sentence_paragraphs(cx: &Context) -> (usize, usize) {
    let body = &cx.x.body_text;
    let base = body.as_ptr() as usize;
    // Sentences lie within one line (`text_stats::sentences` splits lines first), in order: each
    // line's sentences are the run whose starts fall inside it.
    let mut next = 0;
    let (mut paragraphs, mut single) = (0, 0);
    let mut from = 0;
    for line in crate::text_stats::split_lines(body) {
        let to = from + line.len();
        let mut sentences = 0;
        while next < cx.sentences.len() {
            let at = cx.sentences[next].as_ptr() as usize - base;
            if at >= to {
                break;
            }
            if cx.sentence_lens[next] >= MIN_SENTENCE_WORDS {
                sentences += 1;
            }
            next += 1;
        }
        if ends_a_sentence(line.trim_end())
            && !is_list_item(line)
            && cx.words.count_in(from, to) >= MIN_PARAGRAPH_WORDS
        {
            paragraphs += 1;
            single += usize::from(sentences <= 1);
        }
        from = to + 1;
    }
    (paragraphs, single)
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    // The median is English-language news's; paragraphing differs between languages' presses
    // (German and French papers write longer paragraphs), and the report test reads English verbs.
    if !cx.english {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let (paragraphs, single) = one_sentence_paragraphs(cx);
    if paragraphs == 0 || (paragraphs as f64) < rule.param("min_paragraphs", 5.0) {
        return None;
    }
    let v = single as f64 / paragraphs as f64;
    let median = rule.param("human_median", 0.5);
    // The median is news's: a recipe, a guide or an essay has paragraphs of its own kind, and
    // long ones say nothing of its author. Asked only where the signal would score.
    if v < median && !cx.reads_as_report() {
        return None;
    }
    Some(
        INFO.signal(
            v,
            rule.points(median - v),
            format!(
                "{single} of {paragraphs} paragraphs are one sentence ({}%)",
                Fixed(v * 100.0, 0)
            ),
            vec![],
        )
        .against_median(median, 2),
    )
}

#[cfg(test)]
mod tests {
    use super::ends_a_sentence;
    use crate::signals::testing::run;

    /// A story's sentences grouped three to a paragraph, as a chat model's rewrite sets them.
    const GROUPED: &str = "The harbor board approved new mooring rules on Monday after a long debate. Officials said the plan would ease crowding at the east dock. The vote was five to two.\n\
        Work on the new berths will begin in May, the board said. The cost is put at 4.2 million dollars. Most of it comes from a state grant.\n\
        Fishermen had asked for more space for two years. Their association welcomed the vote. Its chair called it overdue.\n\
        The two members who voted against it cited the cost. They asked for a study of the west dock first. The board declined.\n\
        The rules take effect on June 1 for all boats. Owners have until then to register. Fees rise by ten percent.\n";

    #[test]
    fn a_sentence_ends_before_closing_quotes_and_brackets() {
        assert!(ends_a_sentence("The vote passed."));
        assert!(ends_a_sentence(
            "\u{201c}We are ready,\u{201d} she said.\u{201d}"
        ));
        assert!(ends_a_sentence("He asked why (again)?)"));
        assert!(!ends_a_sentence("Harbor rules approved"));
        assert!(!ends_a_sentence("Residents said:"));
    }

    #[test]
    fn grouped_sentences_score_and_wire_paragraphs_take_points_away() {
        let grouped = GROUPED;
        let s = run("B014", &format!("Harbor rules approved\n\n{grouped}")).expect("measured");
        assert_eq!(s.value, 0.0);
        assert!(s.points > 0.0);
        insta::assert_yaml_snapshot!(s);

        let wire = "The harbor board approved new mooring rules on Monday after a long debate.\n\
            Officials said the plan would ease crowding at the east dock, where boats wait for days.\n\
            Work on the new berths will begin in May, the board said. The cost is put at 4.2 million dollars.\n\
            Fishermen had asked for more space for two years, and their association welcomed the vote.\n\
            The two members who voted against it cited the cost and asked for a study first.\n\
            The rules take effect on June 1 for all boats, and owners have until then to register.\n";
        let s = run("B014", &format!("Harbor rules approved\n\n{wire}")).expect("measured");
        assert!((s.value - 5.0 / 6.0).abs() < 1e-9, "{}", s.value);
        assert!(s.points < 0.0);
    }

    /// A list's items, one sentence each, are no paragraphs: grouped prose with a bulleted list
    /// of its points reads as the grouped prose alone.
    #[test]
    fn list_items_are_no_paragraphs() {
        let grouped = GROUPED;
        let list = "Key points:\n\
            - The board approved the new mooring rules by five votes to two on Monday.\n\
            • Work on the new berths at the east dock will begin in May this year.\n\
            * The berths will cost 4.2 million dollars, most of it from a state grant.\n\
            1. Owners of all boats must register before the rules take effect on June 1.\n\
            2) Fees for every mooring at the harbor will rise by ten percent next year.\n";
        let alone = run("B014", &format!("Harbor rules approved\n\n{grouped}")).expect("measured");
        let listed =
            run("B014", &format!("Harbor rules approved\n\n{grouped}{list}")).expect("measured");
        assert_eq!(listed.value, alone.value);
        assert_eq!(listed.points, alone.points);
        assert!(super::is_list_item(
            "  - an item of eight words or so, here."
        ));
        assert!(!super::is_list_item(
            "-5 degrees were measured at the harbor on Monday."
        ));
        assert!(!super::is_list_item(
            "2026. The year the harbor board approved the rules."
        ));
    }

    #[test]
    fn text_not_in_english_abstains() {
        let german = "HAMBURG (dpa) - Der Stadtrat hat am Montag neue Regeln für den Hafen beschlossen, sagte der Bürgermeister. Die Kosten liegen bei vier Millionen Euro. Die Arbeiten beginnen im Mai.\n\
            Die Fischer hatten seit zwei Jahren mehr Platz gefordert, sagte ihr Sprecher. Ihr Verband begrüßte die Entscheidung. Sie sei überfällig.\n\
            Zwei Mitglieder stimmten dagegen und nannten die Kosten. Sie forderten zuerst eine Studie. Der Rat lehnte das ab.\n\
            Die Regeln gelten ab dem ersten Juni für alle Boote. Die Besitzer müssen sich bis dahin anmelden. Die Gebühren steigen um zehn Prozent.\n\
            Der Hafen wurde im Jahr 1910 gebaut und seitdem kaum erneuert. Viele Stege sind marode. Einige sind gesperrt.\n";
        assert!(run("B014", &format!("Neue Regeln für den Hafen\n\n{german}")).is_none());
    }

    #[test]
    fn long_paragraphs_outside_a_report_abstain() {
        let essay = "Gardens teach patience more than any book I have read. Seeds take their time. Nothing hurries them along.\n\
            The first spring I planted beans too early and lost them all to frost. I learned to wait for May. Waiting is most of the work.\n\
            Soil matters more than seed in the end. Good soil forgives a late planting. Poor soil forgives nothing at all.\n\
            Water in the morning and never at noon. The leaves scorch in the sun. The roots drink best in the cool.\n\
            By August the beds look after themselves. The weeding is lighter by then. The harvest comes all at once.\n";
        assert!(run("B014", &format!("What my garden taught me\n\n{essay}")).is_none());
    }

    #[test]
    fn text_on_one_line_or_short_lines_abstains() {
        let one_line = "The harbor board approved new mooring rules on Monday. Officials said the plan would ease crowding. Work will begin in May. The cost is put at 4.2 million dollars. Fishermen welcomed the vote. The rules take effect on June 1.";
        assert!(run("B014", &format!("Harbor rules approved\n\n{one_line}\n")).is_none());
        let headings = "New berths\nWork starts in May\nThe cost\nWho pays\nWhat the fishermen say\nWhen it starts\n";
        assert!(run("B014", &format!("Harbor rules approved\n\n{headings}")).is_none());
    }
}
