//! B017 `ai_disclosure`: the page says it was written by AI ("This article was generated with the
//! assistance of AI", "This story was written by an AI tool and reviewed by an editor"). Outlets
//! that publish machine-written text under such a policy disclose it in a note at the top or the
//! foot of the story; a content farm's template sometimes keeps the note. A story *about* AI
//! ("the images were AI-generated") does not match: the sentence's subject must be the page
//! itself ("this article", "this story", "this post"), opening its sentence or a note's label
//! ("Disclosure: this article…"), and a denial ("was not written by AI") does not count.
//!
//! A disclosure is the page's own word, as a chatbot's refusal is (B007): it decides the AI axis
//! alone and speaks on texts too short for the style statistics.

use std::sync::LazyLock;

use regex::Regex;

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "B017",
    name: "ai_disclosure",
    axis: Axis::Ai,
    doc: "The page says it was written by AI (\"This article was generated with the assistance of AI\").",
    measure,
};

/// A sentence whose subject is the page and whose agent is a machine, in English, German, Spanish,
/// French, Italian and Portuguese. The subject opens the text, a line or a sentence, after at
/// most a bracket, a quote mark or emphasis marks; a note's label ending in a colon may stand
/// before it. Summaries are left out: a newsroom's own story may carry an AI-written summary box.
static DISCLOSURE: LazyLock<Regex> = LazyLock::new(|| {
    let agent = r"(?:AI|A\.I\.|KI|IA|artificial intelligence|künstliche[rn]? intelligenz|inteligencia artificial|intelligence artificielle|intelligenza artificiale|inteligência artificial|ChatGPT|GPT-?\d[a-z0-9.]*|(?:a )?(?:large )?language models?|LLMs?)";
    let en = format!(
        r"(?:this|the following|the above) (?:news )?(?:article|story|post|blog post|report|piece|content|text|news report|write-?up)(?: you are reading)? (?:was|is|has been|had been)(?: [^\s.!?:;]+){{0,2}}? (?:generated|written|created|produced|drafted|composed|prepared|authored)(?: [^\s.!?:;]+){{0,3}}? (?:by|with|using|through|via) (?:the (?:help|assistance|aid|use|support) of )?(?:an? |the )?(?:generative )?{agent}"
    );
    let de = format!(
        r"(?:dieser|der folgende) (?:artikel|text|beitrag|bericht)(?: wurde| ist)(?: [^\s.!?:;]+){{0,3}}? (?:mit hilfe|mithilfe|unter verwendung|mit unterstützung|von) (?:von |einer |eines )?{agent}"
    );
    let es = format!(
        r"(?:este|el siguiente) (?:artículo|texto|contenido|reportaje) (?:fue|ha sido)(?: [^\s.!?:;]+){{0,2}}? (?:generado|creado|escrito|redactado|elaborado|producido)(?: [^\s.!?:;]+){{0,2}}? (?:con|por|mediante) (?:la ayuda de |el uso de |asistencia de )?(?:una |la )?{agent}"
    );
    let fr = format!(
        r"(?:cet|l['’]) ?(?:article|texte|contenu) a été(?: [^\s.!?:;]+){{0,2}}? (?:généré|rédigé|écrit|créé|produit)(?: [^\s.!?:;]+){{0,2}}? (?:par|avec|à l['’]aide d['’e]|grâce à)(?: l['’]aide d['’e]| l['’]assistance d['’e])? ?(?:une |l['’]|la )?{agent}"
    );
    let it = format!(
        r"(?:questo) (?:articolo|testo|contenuto) (?:è stato|e['’] stato)(?: [^\s.!?:;]+){{0,2}}? (?:generato|scritto|creato|redatto|prodotto)(?: [^\s.!?:;]+){{0,2}}? (?:da|con|tramite) (?:l['’]aiuto di |l['’]ausilio di )?(?:un['’]|una |l['’])?{agent}"
    );
    let pt = format!(
        r"(?:este|esta) (?:artigo|texto|conteúdo|matéria|notícia) (?:foi)(?: [^\s.!?:;]+){{0,2}}? (?:gerad[oa]|criad[oa]|escrit[oa]|redigid[oa]|produzid[oa])(?: [^\s.!?:;]+){{0,2}}? (?:com|por|usando) (?:a ajuda de |o auxílio de |o uso de )?(?:uma |a )?{agent}"
    );
    Regex::new(&format!(
        r#"(?im)(?:^|[.!?:]\s+)[\s(\[*_"“'‘«]*((?:{en}|{de}|{es}|{fr}|{it}|{pt})\b)"#
    ))
    .expect("valid regex")
});

/// A denial: "was not written by AI", "nicht mit KI erstellt", "no fue generado".
static DENIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:not|never|n't|without|nicht|nie|no|nunca|pas|jamais|non|não)\b")
        .expect("valid regex")
});

/// Pieces of the agents' names as a disclosure writes them ("AI", "KI", "IA", "intelligence",
/// "ChatGPT", "language model", "LLM"): the search that picks the lines [`DISCLOSURE`] reads.
/// Case matters for the short ones ("ai" is in "said"): a disclosure writes them in capitals.
/// Most texts hold none, and one packed search over the text is all they cost; the pattern over
/// a whole text cost 4.7M instructions a page.
const AGENT_ANCHORS: &[&str] = &[
    "AI",
    "A.I.",
    "KI",
    "IA",
    "ntelligen",
    "NTELLIGEN",
    "nteligen",
    "nteligên",
    "GPT",
    "anguage model",
    "LLM",
];

static AGENT_SEARCH: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new(AGENT_ANCHORS).expect("the agent anchors fit one automaton")
});

/// One substring searcher per anchor, for [`first_anchor_line`].
static AGENT_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    AGENT_ANCHORS
        .iter()
        .map(|a| memchr::memmem::Finder::new(a.as_bytes()))
        .collect()
});

/// Where [`AGENT_SEARCH`] may start without missing a hit: the start of the line holding the
/// first anchor of the text, `None` when it holds none (most texts). The packed search of the
/// automaton checks every "nt" and "an" of a text (its anchors' first bytes) and cost 16
/// instructions a byte; memchr's searchers, one for each anchor looking for a pair of its rarer
/// bytes 32 bytes at a time, a fraction of one together. No anchor holds a line break and
/// none starts before the line of the first, so the automaton started at that line finds
/// the hits it finds from the text's start.
fn first_anchor_line(text: &[u8]) -> Option<usize> {
    let mut first: Option<usize> = None;
    for finder in AGENT_FINDERS.iter() {
        // Only an anchor starting before the first one found so far matters.
        let end = first.map_or(text.len(), |p| {
            (p + finder.needle().len() - 1).min(text.len())
        });
        if let Some(p) = finder.find(&text[..end]) {
            first = Some(p);
        }
    }
    first.map(|p| memchr::memrchr(b'\n', &text[..p]).map_or(0, |nl| nl + 1))
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let text = &cx.doc.text;
    let from = first_anchor_line(text.as_bytes())?;
    let mut evidence = Vec::new();
    let mut first = None;
    let mut read_to = 0;
    for hit in AGENT_SEARCH.find_iter(aho_corasick::Input::new(text.as_str()).range(from..)) {
        if hit.start() < read_to {
            continue;
        }
        // A short name is a word of its own ("AI", not the "AI" of "SAID" or the "IA" of
        // "MEDIA").
        let b = text.as_bytes();
        let letter = |i: Option<&u8>| i.is_some_and(u8::is_ascii_alphabetic);
        if hit.len() <= 2
            && (letter(hit.start().checked_sub(1).and_then(|i| b.get(i)))
                || letter(b.get(hit.end())))
        {
            continue;
        }
        // The line holding the agent's name, read once.
        let n = cx.doc.line_of(hit.start());
        let Some(span) = cx.doc.lines.get(n - 1) else {
            break;
        };
        read_to = span.end.max(hit.end());
        let line = &text[span.start..span.end];
        for c in DISCLOSURE.captures_iter(line) {
            let Some(m) = c.get(1) else { continue };
            let (start, end) = (span.start + m.start(), span.start + m.end());
            // "…by the AI Ethics Lab": the agent is a name's first word, an organisation's.
            let named = text[end..]
                .strip_prefix(' ')
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase);
            if named || DENIAL.is_match(m.as_str()) {
                continue;
            }
            // One piece of evidence a line: a note repeated at the foot of every page is one
            // note.
            if evidence.len() >= 3
                || evidence
                    .iter()
                    .any(|e: &crate::model::Evidence| e.line == Some(n))
            {
                continue;
            }
            let mut e = cx.line_evidence(n);
            e.quote = crate::context::shorten(m.as_str());
            e.span = Some((start, end));
            first.get_or_insert_with(|| m.as_str().to_string());
            evidence.push(e);
        }
    }
    let first = first?;
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        evidence.len() as f64,
        rule.points(1.0),
        format!(
            "the page says it was written by AI: \"{}\"",
            crate::context::shorten(&first)
        ),
        evidence,
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    fn fires(text: &str) -> bool {
        run("B017", text).is_some()
    }

    #[test]
    fn disclosures_in_the_page_s_voice() {
        for text in [
            "Harbour ferry fares rise in spring\n\nThe council approved the rise on Tuesday.\n\nThis article was generated with the assistance of AI and reviewed by an editor.\n",
            "Disclosure: this story was written by an AI tool and checked by our newsroom.\n\nThe council approved the rise on Tuesday.\n",
            "The council approved the rise. *This post was created using ChatGPT.*\n",
            "Note: This article has been partially generated by artificial intelligence.\n",
            "Dieser Artikel wurde mit Hilfe von KI erstellt.\n",
            "Este artículo fue generado con la ayuda de una inteligencia artificial.\n",
            "Cet article a été rédigé avec l'aide d'une intelligence artificielle.\n",
            "Questo articolo è stato generato con l'aiuto di un'intelligenza artificiale.\n",
            "Este artigo foi gerado com a ajuda de inteligência artificial.\n",
        ] {
            assert!(fires(text), "{text}");
        }
    }

    #[test]
    fn stories_about_ai_and_denials_do_not_match() {
        for text in [
            "The images were AI-generated, police said.\n",
            "Critics said the report was written with the help of AI, which the ministry denied.\n",
            "This article was not written by AI.\n",
            "This story was never generated by an AI tool; our reporters wrote it.\n",
            "This summary was generated by AI. The story below was written by our reporters.\n",
            "She said this article was written by AI.\n",
            "This article was written by Dana Whitcombe with reporting from the Associated Press.\n",
            "This story was produced with support by the AI Ethics Lab at Tarrow University.\n",
        ] {
            assert!(!fires(text), "{text}");
        }
    }

    /// The automaton started at `first_anchor_line` finds the hits it finds from the text's
    /// start, and `None` is a text where it finds none, on seeded random texts of anchors,
    /// pieces of them, letters around them and line breaks.
    #[test]
    fn hits_from_the_first_anchor_line_are_the_hits_of_the_text() {
        const PIECES: &[&str] = &[
            "AI",
            "A.I.",
            "KI",
            "IA",
            "GPT",
            "LLM",
            "ntelligen",
            "NTELLIGEN",
            "nteligen",
            "nteligên",
            "anguage model",
            "A",
            "I",
            "K",
            "L",
            "LL",
            "GP",
            "A.",
            "nt",
            "ntel",
            "anguage",
            " ",
            "\n",
            "\r\n",
            "S",
            "said",
            "é",
            ".",
            "model",
        ];
        let mut rng = crate::Xorshift::seeded(0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for _ in 0..20_000 {
            let text = rng.string(PIECES, 40);
            let all: Vec<_> = super::AGENT_SEARCH.find_iter(text.as_str()).collect();
            let from_line = match super::first_anchor_line(text.as_bytes()) {
                Some(from) => super::AGENT_SEARCH
                    .find_iter(aho_corasick::Input::new(text.as_str()).range(from..))
                    .collect(),
                None => Vec::new(),
            };
            assert_eq!(from_line, all, "{text:?}");
            found += usize::from(!all.is_empty());
        }
        assert!(found > 10_000, "{found}");
    }

    #[test]
    fn one_finding_a_line_and_the_quote_is_the_sentence() {
        let text =
            "This article was written by AI. This article was written by AI.\n\nThe vote passed.\n";
        let s = run("B017", text).expect("fires");
        assert_eq!(s.evidence.len(), 1);
        assert_eq!(s.evidence[0].quote, "This article was written by AI");
        assert_eq!(s.evidence[0].line, Some(1));
    }
}
