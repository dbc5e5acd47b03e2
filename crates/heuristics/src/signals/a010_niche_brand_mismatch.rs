//! A010 `niche_brand_mismatch`: a news report under the brand of a site that is no news outlet (a
//! beauty, recipe, coupon or casino blog) and that the report's subject has nothing to do with.
//! Content farms fill such sites, often lapsed domains that keep their old name, with scraped
//! news. The niches and their subject words are in `data/lexicons/niche_brands.tsv`; a niche's
//! own news (a crypto site on an exchange, a pet magazine on a shelter) uses its subject words and
//! does not fire, nor does a niche site's own writing that does not read as a news report.

use std::sync::LazyLock;

use credence_extract::lexicon::data_lines;

use super::SignalInfo;
use crate::context::Context;
use crate::model::{Axis, Evidence};

pub const INFO: SignalInfo = SignalInfo {
    code: "A010",
    name: "niche_brand_mismatch",
    axis: Axis::Aggregator,
    doc: "A news report under the brand of a non-news niche site (beauty, recipes, coupons, casino...) whose subject the story never touches: a content farm on a taken-over site.",
    measure,
};

/// A niche of `niche_brands.tsv`.
struct Niche {
    label: String,
    /// Brand terms.
    terms: Vec<Term>,
    /// Subject words, lower-cased and singular (see [`singular`]).
    subject: Vec<String>,
    /// The subject is the site name's own words (`*` in the file): a business's name says its
    /// trade ("Brennock Plumbing & Heating"), which its own news would name.
    own_subject: bool,
}

/// Words of a name that make it a news outlet's ("Harbor Valley News", "The Kessvik Post"): a
/// name holding one is never read as a business's.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "herald",
    "gazette",
    "journal",
    "daily",
    "press",
    "media",
    "report",
    "tribune",
    "observer",
    "chronicle",
    "radio",
    "tv",
    "television",
    "channel",
    "network",
    "magazine",
    "weekly",
    "today",
    "headline",
    "wire",
    "digest",
    "bulletin",
    "insider",
    "mirror",
    "express",
    "courier",
    "telegraph",
    "standard",
    "record",
    "register",
    "ledger",
    "dispatch",
    "examiner",
    "sentinel",
    "monitor",
    "guardian",
    "independent",
    "inquirer",
    "globe",
    "mail",
    "citizen",
    "leader",
    "advocate",
    "beacon",
    "review",
    "voice",
    "star",
    "sun",
    "world",
];

/// Words of a business's name that say nothing of its trade: a story need not name them.
const GENERIC_WORDS: &[&str] = &[
    "shop", "store", "emporium", "supply", "solution", "service", "boutique", "outlet", "depot",
    "studio", "best", "online", "official", "group", "company", "central", "hub", "pro", "the",
    "and", "your", "our", "tip", "hack", "idea", "guide", "direct", "express", "plus", "center",
    "centre", "club",
];

/// A brand term of a niche, lower-cased: its words, and for a one-word term its singular; the
/// words run together, as a domain writes them.
struct Term {
    words: Vec<String>,
    singular: String,
    joined: String,
}

/// A word of a site's name, lower-cased, and its singular.
struct NameWord {
    word: String,
    singular: String,
}

fn name_words(name: &str) -> Vec<NameWord> {
    brand_words(name)
        .into_iter()
        .map(|word| NameWord {
            singular: singular(&word),
            word,
        })
        .collect()
}

static NICHES: LazyLock<Vec<Niche>> =
    LazyLock::new(|| parse(include_str!("../../../../data/lexicons/niche_brands.tsv")));

fn parse(text: &str) -> Vec<Niche> {
    data_lines(text)
        .filter_map(|l| {
            let mut f = l.split('\t');
            let label = f.next()?.trim().to_string();
            let terms = f
                .next()?
                .split('|')
                .map(|t| {
                    t.split_whitespace()
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                })
                .filter(|t| !t.is_empty())
                .map(|words| Term {
                    singular: singular(&words.concat()),
                    joined: words.concat(),
                    words,
                })
                .collect();
            let subject_field = f.next()?.trim();
            let subject = subject_field
                .split('|')
                .map(|w| singular(&w.trim().to_lowercase()))
                .filter(|w| !w.is_empty() && w != "*")
                .collect();
            Some(Niche {
                label,
                terms,
                subject,
                own_subject: subject_field == "*",
            })
        })
        .collect()
}

/// A lower-cased English word in the singular, by its ending only: possessive 's dropped, "-ies"
/// read as "-y", "-es" dropped after s, x, z, ch and sh, and a final "s" dropped except after s,
/// u or i ("glass", "bus", "bikini" stay). Crude, and applied alike to the lexicon and the text,
/// which is all a comparison needs.
fn singular(w: &str) -> String {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    if w.len() > 4 {
        if let Some(stem) = w.strip_suffix("ies") {
            return format!("{stem}y");
        }
        if let Some(stem) = w.strip_suffix("es") {
            if ["s", "x", "z", "ch", "sh"]
                .iter()
                .any(|e| stem.ends_with(e))
            {
                return stem.to_string();
            }
        }
    }
    match w.strip_suffix('s') {
        Some(stem) if w.len() > 3 && !stem.ends_with(['s', 'u', 'i']) => stem.to_string(),
        _ => w.to_string(),
    }
}

/// The words of a brand: split at anything not a letter or digit and between a lower-case and an
/// upper-case letter ("PetWorld Central" → pet, world, central), lower-cased.
fn brand_words(brand: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in brand.split(|c: char| !c.is_alphanumeric()) {
        let mut word = String::new();
        let mut prev_lower = false;
        for c in piece.chars() {
            if c.is_uppercase() && prev_lower && !word.is_empty() {
                out.push(std::mem::take(&mut word).to_lowercase());
            }
            prev_lower = c.is_lowercase();
            word.push(c);
        }
        if !word.is_empty() {
            out.push(word.to_lowercase());
        }
    }
    out
}

/// The brand term of `niche` that a site's name (`words`, from [`brand_words`]) shows: a whole
/// word, two adjacent words for a two-word term, or for a term of five letters or more the start
/// or end of a word three letters longer ("Glowbeauty"; "Gizmodo" is no gizmo site).
fn term_in_name<'n>(niche: &'n Niche, words: &[NameWord]) -> Option<&'n Term> {
    niche.terms.iter().find(|term| match term.words.as_slice() {
        [one] => words.iter().any(|w| {
            w.word == *one
                || w.singular == term.singular
                // The lengths in bytes first: most words of a name are no longer than the
                // term, and counting the term's characters for each was half of A010's work.
                || (w.word.len() >= one.len() + 3
                    && one.chars().count() >= 5
                    && (w.word.starts_with(one.as_str()) || w.word.ends_with(one.as_str())))
        }),
        many => words
            .windows(many.len())
            .any(|win| win.iter().zip(many).all(|(w, m)| w.word == *m)),
    })
}

/// The brand term of `niche` inside a domain label ("trendyhomeideas"): terms of five letters or
/// more, two-word terms run together; shorter words hide inside others ("carpet").
fn term_in_domain<'n>(niche: &'n Niche, label: &str) -> Option<&'n Term> {
    niche
        .terms
        .iter()
        .find(|term| term.joined.chars().count() >= 5 && label.contains(term.joined.as_str()))
}

/// What A010 finds: the site's name that shows a non-news niche, the niche, the brand term in the
/// name, and the story's failure to touch the niche's subject; `None` when the page is not such a
/// report (too short, no report, no niche name, or on the niche's subject).
pub(crate) struct NicheMismatch<'c> {
    /// The site's name as found (its stated name, title brand or domain).
    pub name: &'c str,
    niche: &'static Niche,
    term: &'static Term,
    /// The first subject words the story lacks, for the evidence.
    subject: Vec<String>,
}

pub(crate) fn find<'c>(cx: &'c Context<'_>) -> Option<NicheMismatch<'c>> {
    // Too short a story to say what it is about.
    if cx.words.len() < 80 {
        return None;
    }
    // The site's names: its stated name, the brand on its title, its own domain. Each name's words
    // are read once, before the niches are tried.
    let names: Vec<(&str, Vec<NameWord>)> =
        [cx.x.site_name.as_deref(), cx.title_brand().map(|b| b.0)]
            .into_iter()
            .flatten()
            .map(|n| (n, name_words(n)))
            .collect();
    let url = super::r001_source_reputation::own_url(cx);
    let domain = url.and_then(credence_extract::registrable_domain);
    if names.is_empty() && domain.is_none() {
        return None;
    }
    let label = domain.as_deref().map(|d| d.split('.').next().unwrap_or(d));
    let niches: &'static [Niche] = &NICHES;
    let (niche, term, name) = niches.iter().find_map(|niche| {
        names
            .iter()
            // A business is named in two words or more ("Salon" is a news site's name), none
            // of them a news outlet's.
            .filter(|(_, words)| {
                !niche.own_subject
                    || words.len() >= 2
                        && !words
                            .iter()
                            .any(|w| OUTLET_WORDS.contains(&w.singular.as_str()))
            })
            .find_map(|(n, words)| term_in_name(niche, words).map(|t| (niche, t, *n)))
            .or_else(|| {
                // A business is named by its stated name, not read out of a domain.
                if niche.own_subject {
                    return None;
                }
                let t = term_in_domain(niche, label?)?;
                // The name shown is the domain as the page's URL writes it.
                let (url, d) = (url?, domain.as_deref()?);
                let at = url.to_ascii_lowercase().find(d)?;
                Some((niche, t, &url[at..at + d.len()]))
            })
    })?;
    // A business's subject is its name's words that say its trade.
    let own_words: Vec<String>;
    let subject: &[String] = if niche.own_subject {
        own_words = name_words(name)
            .into_iter()
            .map(|w| w.singular)
            .filter(|w| w.chars().count() >= 4 && !GENERIC_WORDS.contains(&w.as_str()))
            .collect();
        if own_words.is_empty() {
            return None;
        }
        &own_words
    } else {
        &niche.subject
    };
    // The niche's own subject: a subject word in the title, or two in the article. The title's
    // copy of the site's name does not count ("... :: PetWorld Central").
    let title = cx.x.title.as_deref().unwrap_or("").replace(name, " ");
    if brand_words(&title)
        .iter()
        .any(|w| subject.contains(&singular(w)))
    {
        return None;
    }
    let in_body = cx
        .words
        .iter()
        .filter(|w| subject.contains(&singular(w)))
        .take(2)
        .count();
    if in_body >= 2 || !cx.reads_as_report() {
        return None;
    }
    Some(NicheMismatch {
        name,
        niche,
        term,
        subject: subject.iter().take(4).cloned().collect(),
    })
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let NicheMismatch {
        name,
        niche,
        term,
        subject,
    } = find(cx)?;
    let rule = cx.policy.rule(INFO.code);
    let evidence = match memchr::memmem::find(cx.doc.text.as_bytes(), name.as_bytes()) {
        Some(p) => cx.line_evidence(cx.doc.line_of(p)),
        None => Evidence {
            quote: name.to_string(),
            line: None,
            span: None,
        },
    };
    Some(INFO.signal(
        1.0,
        rule.points(1.0),
        format!(
            "news report under \"{name}\", a {} brand (\"{}\"), with none of the niche's subject words ({}, ...)",
            niche.label,
            term.words.join(" "),
            subject.join(", ")
        ),
        vec![evidence],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::testing::run;

    const STORY: &str = "Crews pulled nine miners from a flooded shaft on Thursday after 40 hours underground, the operator said. \"They walked out on their own,\" rescue chief Anna Roos told reporters at the mine gate. The men had climbed to a higher gallery when water broke through from an old working on Tuesday night, and waited there while pumps lowered the level. All nine were taken to the regional hospital in Halden for checks and were expected to go home within days, a spokesman for the hospital said. The labour inspectorate said it would investigate how the disused shaft had filled with water over the summer.";

    fn page(site: &str, title: &str, body: &str) -> String {
        format!(
            r#"<html><head><title>{title} | {site}</title><meta property="og:site_name" content="{site}"></head><body><article><h1>{title}</h1><p>{body}</p></article><footer>© 2026 {site}</footer></body></html>"#
        )
    }

    #[test]
    fn news_on_a_beauty_blog() {
        let s = run(
            "A010",
            &page(
                "Glowbeauty Tips",
                "Nine miners rescued after 40 hours",
                STORY,
            ),
        )
        .expect("fires");
        assert!(s.summary.contains("beauty"), "{}", s.summary);
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn a_niche_site_on_its_own_subject_is_quiet() {
        // A pet magazine's report on a shelter uses its subject's words.
        let shelter = "The county animal shelter took in 140 dogs and 95 cats in October, its director said on Monday, the most since it opened. \"We are full,\" director Ines Varga told the council, asking for volunteers to foster puppies over the winter. The shelter said adoptions had fallen by a third since the spring, and that it would waive fees for older animals until the end of the year. Council members said they would look at the shelter's budget at their next meeting, and a local vet offered free checks for adopted pets.";
        assert!(run(
            "A010",
            &page(
                "PetWorld Central",
                "Shelter full after record intake",
                shelter
            )
        )
        .is_none());
        // A news outlet's name holds no niche word.
        assert!(run(
            "A010",
            &page(
                "Halden Courier",
                "Nine miners rescued after 40 hours",
                STORY
            )
        )
        .is_none());
        // A word inside another is no brand term ("carpet" holds "pet").
        assert!(run(
            "A010",
            &page(
                "Carpetown Gazette",
                "Nine miners rescued after 40 hours",
                STORY
            )
        )
        .is_none());
    }

    #[test]
    fn a_niche_site_s_own_post_is_no_report() {
        // A travel post on a beauty blog, no attributions: the blog's own writing, not scraped news.
        let post = "Last month I finally took the night train from Valdora to the coast, and it was every bit as lovely as I had hoped. The sleeper cabins are small but spotless, the dining car serves a very good breakfast, and waking up to the sea outside the window made the early start worth it. I packed light this time, one small bag and a tote, and I would do the same again. If you go in winter, book a week ahead, bring a warm jumper for the platform and plan a slow morning by the harbour before heading back.";
        assert!(run(
            "A010",
            &page("Glowbeauty Tips", "My night train to the coast", post)
        )
        .is_none());
    }

    #[test]
    fn news_under_a_business_s_name() {
        let s = run(
            "A010",
            &page(
                "Brennock Plumbing & Heating",
                "Nine miners rescued after 40 hours",
                STORY,
            ),
        )
        .expect("fires");
        assert!(
            s.summary.contains("brennock, plumbing, heating"),
            "{}",
            s.summary
        );
        // The business's own news names its trade.
        let own = "Brennock Plumbing & Heating has opened a second depot in Halden, its owner said on Monday, and will hire twelve apprentice plumbers next year. \"Heating repairs have doubled since the cold spell began,\" owner Maeve Brennock told the Halden Courier. The firm said the new depot would stock boilers and radiators for same-day repairs, and that its plumbing school would take its first class in March. The council said it welcomed the jobs.";
        assert!(run(
            "A010",
            &page(
                "Brennock Plumbing & Heating",
                "Plumber opens second depot",
                own
            )
        )
        .is_none());
        // A name of one word is no business's ("Salon"); a news outlet's name with a trade word
        // is an outlet's.
        assert!(run(
            "A010",
            &page("Plumbing", "Nine miners rescued after 40 hours", STORY)
        )
        .is_none());
        assert!(run(
            "A010",
            &page(
                "Solar Valley News",
                "Nine miners rescued after 40 hours",
                STORY
            )
        )
        .is_none());
    }

    #[test]
    fn brand_words_split_camel_case_and_punctuation() {
        assert_eq!(brand_words("PetWorld Central"), ["pet", "world", "central"]);
        assert_eq!(
            brand_words("Savings Hub – Deals"),
            ["savings", "hub", "deals"]
        );
        assert_eq!(brand_words("NEWS24"), ["news24"]);
    }

    #[test]
    fn singular_by_ending() {
        for (w, s) in [
            ("puppies", "puppy"),
            ("dishes", "dish"),
            ("dogs", "dog"),
            ("glass", "glass"),
            ("bus", "bus"),
            ("shelter's", "shelter"),
            ("news", "new"),
        ] {
            assert_eq!(singular(w), s, "{w}");
        }
    }

    #[test]
    fn domain_labels_need_long_terms() {
        let niches = parse(include_str!("../../../../data/lexicons/niche_brands.tsv"));
        let find = |label: &str| {
            niches.iter().find_map(|n| {
                term_in_domain(n, label).map(|t| (n.label.clone(), t.words.join(" ")))
            })
        };
        assert_eq!(
            find("trendyhomeideas"),
            Some(("home decor".into(), "home ideas".into()))
        );
        assert_eq!(
            find("bestcarpetdeals"),
            Some(("coupons".into(), "deals".into()))
        );
        assert_eq!(find("haldencourier"), None);
    }

    #[test]
    fn every_niche_parses() {
        let niches = parse(include_str!("../../../../data/lexicons/niche_brands.tsv"));
        assert!(niches.len() >= 20);
        for n in &niches {
            assert!(!n.terms.is_empty(), "{}", n.label);
            assert!(n.own_subject || n.subject.len() >= 5, "{}", n.label);
        }
        assert!(niches.last().is_some_and(|n| n.own_subject));
    }
}
