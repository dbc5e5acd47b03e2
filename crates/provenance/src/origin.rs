//! Which member of a cluster is the origin. No single fact decides: each member collects points
//! for the evidence the research notes rank (earliest credible date, agency credit, a
//! self-referencing canonical URL, being named by another member's "Original url:", fewest
//! conversion artefacts), and every point comes with its reason, shown in `why`.

use credence_heuristics::Verdict;

use crate::sketch::{DocFacts, DocSketch};

/// Points per piece of evidence. A named original outweighs everything; an aggregator's or AI
/// text's claim to be first counts only when no other member can be the origin.
mod points {
    pub const NAMED_BY_ORIGINAL_URL: i32 = 8;
    pub const DECLARES_COPY: i32 = -6;
    pub const SPAM_OR_AI: i32 = -10;
    pub const EARLIEST_DATE: i32 = 3;
    pub const AGENCY_OWN: i32 = 2;
    pub const SELF_CANONICAL: i32 = 1;
    pub const HAS_COPIES: i32 = 1;
    pub const CONVERTED: i32 = -1;
    pub const SIGNED: i32 = 2;
    pub const FOREIGN_BRAND: i32 = -2;
    pub const FACT_SOURCE: i32 = 3;
    pub const OWN_CONTACT: i32 = 2;
}

/// Retellings a claim's reason names by id.
const MAX_LISTED: usize = 3;

/// Shortest outlet key read as a name: "Post" alone would be held by every "... Post".
const MIN_OUTLET_KEY: usize = 6;

/// An outlet's name as its letters and digits, lower-cased, without a leading "the".
fn outlet_key(name: &str) -> String {
    let key = credence_extract::lexicon::alnum_key(name);
    match key.strip_prefix("the") {
        Some(rest) if name.trim_start().to_lowercase().starts_with("the ") => rest.to_string(),
        _ => key,
    }
}

/// Whether a credit's outlet key and a site's name one outlet: either holds the other
/// ("tawelancourier" and "thetawelancourier"), the shorter long enough to be a name.
fn same_outlet(credit: &str, site: &str) -> bool {
    credit.len().min(site.len()) >= MIN_OUTLET_KEY
        && (credit.contains(site) || site.contains(credit))
}

/// The names a member goes by, as outlet keys: its site's name and its domain's first label
/// ("costaaustral" of costaaustral.com.ar); with the first of them as the page shows it.
fn outlet_names(f: &DocFacts) -> (Vec<String>, Option<String>) {
    let domain = f
        .self_url
        .as_deref()
        .and_then(credence_extract::registrable_domain);
    let mut keys: Vec<String> = f.site_name.as_deref().map(outlet_key).into_iter().collect();
    keys.extend(
        domain
            .as_deref()
            .and_then(|d| d.split('.').next())
            .map(credence_extract::lexicon::alnum_key),
    );
    keys.retain(|k| !k.is_empty());
    (keys, f.site_name.clone().or(domain))
}

/// When two members are known to be different outlets (each names itself, by its site's name or
/// its domain, and no name of one is the other's), how each shows its name: (`a`'s, `b`'s).
pub(crate) fn other_outlets(a: &DocFacts, b: &DocFacts) -> Option<(String, String)> {
    if one_outlet(a, b) {
        return None;
    }
    Some((outlet_names(a).1?, outlet_names(b).1?))
}

/// Whether two members are pages of one outlet: a name of one (its site's name or its domain's
/// first label) is a name of the other.
pub(crate) fn one_outlet(a: &DocFacts, b: &DocFacts) -> bool {
    let (ka, _) = outlet_names(a);
    let (kb, _) = outlet_names(b);
    ka.iter()
        .any(|x| kb.iter().any(|y| x == y || same_outlet(x, y)))
}

/// A member's claim to be the origin.
#[derive(Debug, Clone)]
pub struct OriginClaim {
    /// The member (index into the batch).
    pub doc: u32,
    /// Sum of the points.
    pub points: i32,
    /// Each piece of evidence, for `why`.
    pub reasons: Vec<String>,
    /// Mean TF-IDF cosine to the other members: the member most like the others is the story's
    /// core (tie-break).
    pub centrality: f64,
    /// The member's AI risk (second tie-break: the lower, the likelier the original).
    pub ai_risk: Option<f64>,
}

/// How far below every other member's AI risk a member's must be for `why` to say it reads
/// least like machine text.
const AI_RISK_MARGIN: f64 = 0.05;

/// Scores every member. `copies[i]` is how many near-verbatim partners member `i` has in the
/// cluster; `centrality[i]` its mean cosine to the others; `retold[i]` the ids of the members
/// that retell it (see `clustering::retells`): their names and numbers are nearly all in member
/// `i`, which has more. A retelling keeps its source's facts and drops some; it rarely adds
/// any, so the member holding everything the retellings say is their source: this outweighs a
/// retelling's byline or its date alone, not both (an AI rewrite carrying both loses them to its
/// verdict).
pub fn claims(
    members: &[u32],
    sketches: &[DocSketch],
    copies: &[usize],
    centrality: &[f64],
    retold: &[Vec<&str>],
) -> Vec<OriginClaim> {
    let earliest = members
        .iter()
        .map(|&m| &sketches[m as usize].facts)
        .filter(|f| f.date_credible)
        .filter_map(|f| f.date.clone())
        .min();
    // Among the members of the earliest date, the first instant of that day, when the pages say
    // the time: a live page opened at 11:00 precedes the evening's report of the same day.
    let first = members
        .iter()
        .map(|&m| &sketches[m as usize].facts)
        .filter(|f| f.date_credible && f.date.is_some() && f.date == earliest)
        .filter_map(|f| f.time.map(|t| (t, f.id.as_str())))
        .min();
    // The member whose AI risk is clearly below every other's (all of them measured): two
    // versions of a story that no date, credit or URL tells apart, a human report and a
    // model's rewrite of it, are told apart by how they read.
    let risks: Vec<Option<f64>> = members
        .iter()
        .map(|&m| sketches[m as usize].facts.ai_risk)
        .collect();
    let least_machine_like = (members.len() > 1 && risks.iter().all(Option::is_some))
        .then(|| {
            let r: Vec<f64> = risks.iter().flatten().copied().collect();
            (0..r.len()).find(|&k| {
                r.iter()
                    .enumerate()
                    .all(|(j, &o)| j == k || r[k] + AI_RISK_MARGIN <= o)
            })
        })
        .flatten();
    members
        .iter()
        .enumerate()
        .map(|(k, &m)| {
            let f = &sketches[m as usize].facts;
            let mut points = 0;
            let mut reasons = Vec::new();
            let mut add = |p: i32, why: String| {
                points += p;
                reasons.push(why);
            };
            // The ids of the other members that `names` this one's page.
            let named_by = |names: &dyn Fn(&DocFacts) -> bool| -> Vec<&str> {
                members
                    .iter()
                    .map(|&o| &sketches[o as usize].facts)
                    .filter(|o| o.id != f.id && names(o))
                    .map(|o| o.id.as_str())
                    .collect()
            };
            if let Some(url) = &f.self_url {
                let namers = named_by(&|o| o.original_url.as_deref() == Some(url.as_str()));
                if !namers.is_empty() {
                    add(
                        points::NAMED_BY_ORIGINAL_URL,
                        format!("named by the \"Original url:\" of {}", namers.join(", ")),
                    );
                }
            }
            if let Some(url) = &f.original_url {
                if f.self_url.as_deref() != Some(url.as_str()) {
                    add(points::DECLARES_COPY, format!("says it is a copy of {url}"));
                }
            }
            // A republication credit names the first publisher by name ("This article originally
            // appeared in The Harlow Ledger"): the member that is that outlet's page is named as
            // by an "Original url:", and the crediting member says it is a copy.
            if let Some(key) = f.site_name.as_deref().map(outlet_key).filter(|k| k.len() >= MIN_OUTLET_KEY) {
                let namers = named_by(&|o| {
                    o.credited_outlet
                        .as_deref()
                        .is_some_and(|c| same_outlet(c, &key))
                });
                if !namers.is_empty() {
                    add(
                        points::NAMED_BY_ORIGINAL_URL,
                        format!("named as the first publisher by {}", namers.join(", ")),
                    );
                }
            }
            if let Some(c) = &f.credited_outlet {
                let own = f.site_name.as_deref().map(outlet_key);
                if f.original_url.is_none() && !own.is_some_and(|o| same_outlet(c, &o)) {
                    add(points::DECLARES_COPY, "credits another outlet as the first publisher".into());
                }
            }
            if let Some(v @ (Verdict::AggregatorSpam | Verdict::AiGenerated)) = f.verdict {
                add(points::SPAM_OR_AI, format!("verdict {}", v.as_str()));
            }
            match (&f.date, &earliest) {
                (Some(d), Some(e)) if f.date_credible && d == e => match (f.time, first) {
                    (Some(t), Some((t0, id0))) if t > t0 => {
                        let minutes = (t - t0) / 60;
                        add(
                            0,
                            format!(
                                "dated {d}, {}h{:02} after {id0}",
                                minutes / 60,
                                minutes % 60
                            ),
                        )
                    }
                    _ => add(points::EARLIEST_DATE, format!("earliest credible date {d}")),
                },
                (Some(d), _) if !f.date_credible => add(0, format!("date {d} not credible")),
                _ => {}
            }
            if let (Some(a), true) = (&f.agency, f.agency_own) {
                add(points::AGENCY_OWN, format!("{a} credit"));
            }
            if f.self_url.is_some() {
                add(
                    points::SELF_CANONICAL,
                    "self-referencing canonical URL".into(),
                );
            }
            if copies[k] > 0 {
                add(
                    points::HAS_COPIES,
                    format!(
                        "{} near-verbatim cop{}",
                        copies[k],
                        if copies[k] == 1 { "y" } else { "ies" }
                    ),
                );
            }
            if !retold[k].is_empty() {
                // A few ids name the retellings; a cluster of hundreds lists no more.
                let shown = retold[k].len().min(MAX_LISTED);
                let more = match retold[k].len() - shown {
                    0 => String::new(),
                    n => format!(" and {n} more"),
                };
                add(
                    points::FACT_SOURCE,
                    format!(
                        "holds the names and numbers of {}{more}, and more",
                        retold[k][..shown].join(", ")
                    ),
                );
            }
            if f.converted {
                add(points::CONVERTED, "conversion artefacts".into());
            }
            // Who wrote it, and whose brand it carries: a signed story outweighs an unsigned
            // copy's earlier date (a scrape may be backdated); a title brand the page never names
            // is a re-publisher's stamp.
            if f.signed {
                add(points::SIGNED, "signed by a byline".into());
            }
            // A reporter's or a desk's address at the page's own outlet ("Caleb Trombley can be
            // reached at ctrombley@lamoilleledger.com"): the text is that outlet's. A sister
            // paper or a scraper running it word for word carries another outlet's address.
            let (keys, _) = outlet_names(f);
            if let Some(label) = f
                .contact_domains
                .iter()
                .find(|l| keys.iter().any(|k| k == *l || same_outlet(k, l)))
            {
                add(
                    points::OWN_CONTACT,
                    format!("its staff's address at its own outlet ({label})"),
                );
            }
            if f.foreign_brand {
                add(
                    points::FOREIGN_BRAND,
                    "title brand named nowhere on the page".into(),
                );
            }
            if least_machine_like == Some(k) {
                let next = risks
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .filter_map(|(_, r)| *r)
                    .fold(f64::INFINITY, f64::min);
                add(
                    0,
                    format!(
                        "reads least like machine text (AI risk {:.2}, the others {next:.2} or more)",
                        f.ai_risk.unwrap_or_default()
                    ),
                );
            }
            OriginClaim {
                doc: m,
                points,
                reasons,
                centrality: centrality[k],
                ai_risk: f.ai_risk,
            }
        })
        .collect()
}

/// The best claim: most points, then most central, then the lowest AI risk (an unmeasured one
/// last), then the smallest id (then the first given, for equal ids); `None` for no claims. No
/// step depends on the order the members were given in: centrality is compared to 1e-9, below
/// which a sum's order of addition shows. In a cluster of two, centrality ties (each member's is
/// their one cosine), and the AI risk decides before the ids' order.
pub fn choose<'c>(claims: &'c [OriginClaim], sketches: &[DocSketch]) -> Option<&'c OriginClaim> {
    let level = |c: f64| (c * 1e9).round();
    let risk = |c: &OriginClaim| c.ai_risk.unwrap_or(f64::INFINITY);
    claims.iter().min_by(|a, b| {
        b.points
            .cmp(&a.points)
            .then(level(b.centrality).total_cmp(&level(a.centrality)))
            .then(risk(a).total_cmp(&risk(b)))
            .then_with(|| crate::clustering::by_id(a.doc, b.doc, sketches))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sketch::{DocFacts, DocSketch};

    fn doc(id: &str, date: &str, signed: bool, foreign_brand: bool) -> DocSketch {
        DocSketch {
            facts: DocFacts {
                id: id.into(),
                date: Some(date.into()),
                date_credible: true,
                signed,
                foreign_brand,
                ..DocFacts::default()
            },
            ..DocSketch::default()
        }
    }

    /// Two pages name one outlet when a name of one is the other's (site names, domains); a page
    /// that names itself nowhere is of no known outlet.
    #[test]
    fn pages_of_one_outlet() {
        let page = |site: Option<&str>, url: Option<&str>| DocFacts {
            site_name: site.map(str::to_string),
            self_url: url.map(str::to_string),
            ..DocFacts::default()
        };
        let report = page(Some("The Pembrook Falls Sentinel"), None);
        let explainer = page(
            None,
            Some("https://www.pembrookfallssentinel.example/news/measles-explained"),
        );
        assert!(one_outlet(&report, &explainer));
        assert!(other_outlets(&report, &explainer).is_none());
        let farm = page(Some("HealthBuzz Daily"), None);
        assert!(!one_outlet(&report, &farm));
        assert_eq!(
            other_outlets(&farm, &report),
            Some((
                "HealthBuzz Daily".to_string(),
                "The Pembrook Falls Sentinel".to_string()
            ))
        );
        assert!(!one_outlet(&report, &page(None, None)));
    }

    /// Sister papers running one text the same day: the page whose outlet employs the reporter
    /// (the address closing the story is at its domain) is the origin, whichever file comes
    /// first.
    #[test]
    fn the_outlet_of_the_reporter_s_address_is_first() {
        for first in [false, true] {
            let mut ledger = doc("ledger", "2026-11-17", true, false);
            ledger.facts.site_name = Some("The Lamoille Ledger".into());
            let mut sentinel = doc("sentinel", "2026-11-17", true, false);
            sentinel.facts.site_name = Some("Stowe Valley Sentinel".into());
            for d in [&mut ledger, &mut sentinel] {
                d.facts.contact_domains = vec!["lamoilleledger".into()];
            }
            let sketches = if first {
                vec![ledger, sentinel]
            } else {
                vec![sentinel, ledger]
            };
            let found = claims(&[0, 1], &sketches, &[1, 1], &[0.5, 0.5], &[vec![], vec![]]);
            let best = choose(&found, &sketches).expect("a claim");
            assert_eq!(sketches[best.doc as usize].facts.id, "ledger");
            assert!(best.reasons.iter().any(|r| r.contains("its own outlet")));
        }
    }

    /// A signed story is the origin over an unsigned copy under a brand it never names, though
    /// the copy's date is a day earlier (a scrape may be backdated); with nothing else to tell
    /// them apart, the earlier date decides.
    /// A republication credit names the first publisher by name: that outlet's page is the
    /// origin even when a converted copy's artefacts and an earlier date speak against it, and
    /// the crediting page counts as a copy. A credit naming the page's own outlet, or a name too
    /// short to tell, names no one.
    #[test]
    fn the_outlet_a_republication_credit_names_is_first() {
        let sketches = |credit: &str, site: &str| {
            let mut original = doc("ledger", "2026-03-15", true, false);
            original.facts.site_name = Some(site.into());
            original.facts.converted = true;
            let mut partner = doc("partner", "2026-03-14", true, false);
            partner.facts.site_name = Some("Orrin Valley Journal".into());
            partner.facts.credited_outlet = Some(credence_extract::lexicon::alnum_key(credit));
            vec![original, partner]
        };
        let pick = |s: &[DocSketch]| {
            let found = claims(&[0, 1], s, &[1, 1], &[0.5, 0.5], &[vec![], vec![]]);
            let best = choose(&found, s).cloned().expect("a claim");
            (s[best.doc as usize].facts.id.clone(), found)
        };
        let (id, found) = pick(&sketches("Harlow Ledger", "The Harlow Ledger"));
        assert_eq!(id, "ledger");
        assert!(found[0]
            .reasons
            .iter()
            .any(|r| r == "named as the first publisher by partner"));
        assert!(found[1]
            .reasons
            .iter()
            .any(|r| r == "credits another outlet as the first publisher"));
        // The credit names the partner's own outlet: it is no copy, and its earlier date wins.
        let (id, found) = pick(&sketches("Orrin Valley Journal", "The Harlow Ledger"));
        assert_eq!(id, "partner");
        assert!(found
            .iter()
            .all(|c| c.reasons.iter().all(|r| !r.contains("first publisher"))));
        // An outlet too short to tell ("Post") names no member.
        let (_, found) = pick(&sketches("Post", "The Post"));
        assert!(!found[0].reasons.iter().any(|r| r.starts_with("named as")));
    }

    #[test]
    fn a_signed_story_outweighs_a_backdated_unsigned_copy() {
        let sketches = vec![
            doc("story", "2024-11-21", true, false),
            doc("scrape", "2024-11-20", false, true),
        ];
        let found = claims(&[0, 1], &sketches, &[1, 0], &[0.5, 0.5], &[vec![], vec![]]);
        assert_eq!(choose(&found, &sketches).map(|c| c.doc), Some(0));
        let sketches = vec![
            doc("story", "2024-11-21", false, false),
            doc("earlier", "2024-11-20", false, false),
        ];
        let found = claims(&[0, 1], &sketches, &[0, 0], &[0.5, 0.5], &[vec![], vec![]]);
        assert_eq!(choose(&found, &sketches).map(|c| c.doc), Some(1));
    }

    /// Two undated versions of a story that nothing else tells apart: the one that reads less
    /// like machine text is the origin, whatever the ids' order, and `why` says so; an unmeasured
    /// risk decides nothing, and a gap under the margin is not named.
    #[test]
    fn of_two_versions_nothing_else_tells_apart_the_less_machine_like_is_first() {
        let version = |id: &str, risk: Option<f64>| {
            let mut d = DocSketch::default();
            d.facts.id = id.into();
            d.facts.ai_risk = risk;
            d
        };
        let pick = |sketches: &[DocSketch]| {
            let found = claims(&[0, 1], sketches, &[0, 0], &[0.6, 0.6], &[vec![], vec![]]);
            let best = choose(&found, sketches).cloned().expect("a claim");
            (sketches[best.doc as usize].facts.id.clone(), best.reasons)
        };
        let (id, why) = pick(&[
            version("a-rewrite", Some(0.45)),
            version("b-report", Some(0.12)),
        ]);
        assert_eq!(id, "b-report");
        assert_eq!(
            why,
            ["reads least like machine text (AI risk 0.12, the others 0.45 or more)"]
        );
        let (id, why) = pick(&[
            version("a-rewrite", Some(0.15)),
            version("b-report", Some(0.12)),
        ]);
        assert_eq!(id, "b-report");
        assert!(why.is_empty(), "{why:?}");
        let (id, _) = pick(&[version("a-rewrite", None), version("b-report", Some(0.12))]);
        assert_eq!(id, "b-report");
        let (id, _) = pick(&[version("a-one", None), version("b-two", None)]);
        assert_eq!(id, "a-one");
    }

    /// Two pages of one day: the one that states the earlier time of day keeps the earliest-date
    /// points, the evening report loses them; a page that states no time keeps them.
    #[test]
    fn the_earlier_hour_of_the_earliest_day_is_first() {
        let timed = |id: &str, time: Option<i64>| {
            let mut d = doc(id, "2026-03-14", false, false);
            d.facts.time = time;
            d
        };
        let morning = 1_773_482_400; // 2026-03-14T10:00:00Z
        let sketches = vec![
            timed("evening", Some(morning + 9 * 3600 + 30 * 60)),
            timed("morning", Some(morning)),
            timed("undated_hour", None),
        ];
        let found = claims(
            &[0, 1, 2],
            &sketches,
            &[0; 3],
            &[0.5; 3],
            &[vec![], vec![], vec![]],
        );
        assert_eq!(found[0].points, 0, "{:?}", found[0].reasons);
        assert_eq!(found[0].reasons, ["dated 2026-03-14, 9h30 after morning"]);
        assert_eq!(found[1].points, points::EARLIEST_DATE);
        assert_eq!(found[2].points, points::EARLIEST_DATE);
        // The evening report, alone with a page of the day before, still loses to it.
        let sketches = vec![
            timed("evening", Some(morning)),
            doc("eve", "2026-03-13", false, false),
        ];
        let found = claims(&[0, 1], &sketches, &[0, 0], &[0.5, 0.5], &[vec![], vec![]]);
        assert_eq!(choose(&found, &sketches).map(|c| c.doc), Some(1));
    }

    /// The member whose names and numbers its retellings hold is their origin, over an undated
    /// summary that is signed.
    #[test]
    fn the_source_of_retellings_outweighs_a_signed_summary() {
        let undated = |id: &str, signed: bool| {
            let mut d = doc(id, "2026-03-14", signed, false);
            d.facts.date = None;
            d
        };
        let sketches = vec![undated("summary", true), undated("source", false)];
        let found = claims(&[0, 1], &sketches, &[0, 0], &[0.5, 0.5], &[vec![], vec![]]);
        assert_eq!(choose(&found, &sketches).map(|c| c.doc), Some(0));
        let found = claims(
            &[0, 1],
            &sketches,
            &[0, 0],
            &[0.5, 0.5],
            &[vec![], vec!["summary"]],
        );
        assert_eq!(choose(&found, &sketches).map(|c| c.doc), Some(1));
        assert_eq!(found[1].points, points::FACT_SOURCE);
        assert_eq!(
            found[1].reasons,
            ["holds the names and numbers of summary, and more"]
        );
        let many: Vec<&str> = vec!["r1", "r2", "r3", "r4", "r5"];
        let found = claims(&[0, 1], &sketches, &[0, 0], &[0.5, 0.5], &[vec![], many]);
        assert_eq!(
            found[1].reasons,
            ["holds the names and numbers of r1, r2, r3 and 2 more, and more"]
        );
    }
}
