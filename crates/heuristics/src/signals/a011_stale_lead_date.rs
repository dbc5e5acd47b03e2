//! A011 `stale_lead_date`: the lead dates its event in full ("on Monday, November 10, 2025") a
//! month or more before the page's own date. A news lead dates the event it reports, and reports
//! it within days; a page dated months later re-served an old story as new (the republication lag
//! A009 measures across a batch, read here from one page). A005 reads the lead's bare weekday;
//! this reads an explicit date, whose lag is exact.

use super::a005_weekday_mismatch::{
    before, event_weekdays, lead, month_day, page_date, weekday_names, WEEKDAYS,
};
use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A011",
    name: "stale_lead_date",
    axis: Axis::Aggregator,
    doc: "The lead dates its event in full (\"on Monday, November 10, 2025\") a month or more before the page's own date: an old story served as new.",
    measure,
};

/// Words in a lead that put its dated event in the past on purpose: an anniversary, a trial of
/// an old crime, a count of time since ("a year after", "two years ago").
const LOOKING_BACK: &[&str] = &[
    "anniversary",
    " ago",
    " since",
    // A count of time after the dated event ("a year after", "two weeks after"); not any
    // "after" ("hailed as a hero after she steered the bus away ...").
    "year after",
    "week after",
    "weeks after",
    "day after",
    "days after",
    "decade after",
    "decades after",
    "years",
    "months",
    "last year",
    "recalled",
    "remember",
    "convicted",
    "sentenced",
    "trial",
    "accused",
    "charged",
];

/// Words of a lead that date its news to the page's own days: the event it reports is fresh,
/// whatever older date it mentions.
const FRESH: &[&str] = &["today", "yesterday", "tonight", "this week", "this morning"];

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let (page, published) = page_date(cx)?;
    let rule = cx.policy.rule(INFO.code);
    let min_days = rule.param("min_days", 30.0) as i64;
    let max_days = rule.param("max_days", 800.0) as i64;
    let lead: Vec<&str> = lead(cx).copied().collect();
    // Words that date the lead's news to the page's days or look back on purpose, read once
    // (and only for a lead with a dated event in it).
    let looks_back = std::cell::OnceCell::new();
    let looks_back = || {
        *looks_back.get_or_init(|| {
            let lower = lead.join(" ").to_lowercase();
            FRESH.iter().any(|w| lower.contains(w))
                || LOOKING_BACK.iter().any(|w| lower.contains(w))
        })
    };
    for sentence in &lead {
        for stamp in stamps(sentence, page) {
            let Stamp {
                start: stamp_start,
                end,
                date,
                ref written,
            } = stamp;
            if looks_back() {
                continue;
            }
            // A bare weekday elsewhere in the lead is the fresh event's day ("convicted on June 3,
            // 2019, was freed Tuesday").
            let elsewhere = lead.iter().any(|s| {
                if std::ptr::eq(*s, *sentence) {
                    !event_weekdays(&sentence[..stamp_start]).is_empty()
                        || !event_weekdays(&sentence[end..]).is_empty()
                } else {
                    !event_weekdays(s).is_empty()
                }
            });
            if elsewhere {
                continue;
            }
            let lag = (page - date).get_days() as i64;
            if !(min_days..=max_days).contains(&lag) {
                continue;
            }
            // A news report (an agency dateline, or attributions: A010's test), asked last as
            // it reads the whole text: a blog post or a release note dates what it looks back on
            // in its opening too ("Mercurial 5.2 was released on November 5, 2019").
            if !cx.reads_as_report() {
                return None;
            }
            let mut evidence = vec![cx.quote_evidence(sentence)];
            if let Some(l) = published.line {
                evidence.push(cx.line_evidence(l));
            }
            return Some(INFO.signal(
                lag as f64,
                rule.points(1.0),
                format!(
                    "page date {} but the lead dates its event \"{written}\" ({lag} days earlier)",
                    published.date()
                ),
                evidence,
            ));
        }
    }
    None
}

/// An event's date stamp in a lead sentence: from the stamp's start ("on", or the weekday before
/// the date) to the date's end, the date, and the words that write it.
struct Stamp {
    start: usize,
    end: usize,
    date: jiff::civil::Date,
    written: String,
}

/// The event date stamps of `sentence`: a full date after "on" ("on November 10, 2025", "on
/// Monday, November 10, 2025"), the weekday, when named, the date's own; and a weekday with a
/// month and day and no year after "on" ("on Tuesday, March 10", as agency style writes a date
/// of the current year), dated in the last year up to the `page` date whose day that weekday is,
/// and only when it is: the weekday pins the year a copy left out.
fn stamps(sentence: &str, page: jiff::civil::Date) -> Vec<Stamp> {
    let on = |head: &str| {
        let h = head.trim_end().to_ascii_lowercase();
        h == "on" || h.ends_with(" on")
    };
    let mut found_stamps = Vec::new();
    let mut full_dates = Vec::new();
    for found in credence_extract::dates::find_dates(sentence) {
        full_dates.push(found.start);
        let written = &sentence[found.start..found.end];
        // A full date: its year written out.
        let year = written
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit));
        if !year {
            continue;
        }
        // The event's date stamp: "on November 10, 2025" or "on Monday, November 10, 2025",
        // the weekday (when named) the date's own.
        let window = before(sentence, found.start, 24);
        let window_start = found.start - window.len();
        let head = window.trim_end().trim_end_matches(',').trim_end();
        let named = WEEKDAYS.iter().find(|(name, _)| {
            head.strip_suffix(name)
                .is_some_and(|h| !h.ends_with(char::is_alphanumeric))
        });
        let (head, stamp_start, weekday_ok) = match named {
            Some(&(name, w)) => {
                let at = head.len() - name.len();
                (
                    head[..at].trim_end(),
                    window_start + at,
                    w == found.date.weekday(),
                )
            }
            _ => (head, found.start, true),
        };
        if on(head) && weekday_ok {
            found_stamps.push(Stamp {
                start: stamp_start,
                end: found.end,
                date: found.date,
                written: written.to_string(),
            });
        }
    }
    for (at, name, weekday) in weekday_names(sentence) {
        let end = at + name.len();
        let rest_at = end + sentence[end..].len()
            - sentence[end..]
                .trim_start_matches([',', ' ', '\u{a0}'])
                .len();
        // A date with its year is read above.
        if full_dates.contains(&rest_at) || !on(&sentence[..at]) {
            continue;
        }
        let Some((date, date_end)) = month_day(sentence, rest_at, page) else {
            continue;
        };
        if date.weekday() == weekday {
            found_stamps.push(Stamp {
                start: at,
                end: date_end,
                date,
                written: sentence[at..date_end].to_string(),
            });
        }
    }
    found_stamps.sort_by_key(|s| s.start);
    found_stamps
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    /// A page dated 2025-12-19 (the fixtures' crawl date is 2026-01-01) whose lead is `lead`.
    fn page(lead: &str) -> String {
        format!(
            r#"<html><head><meta property="article:published_time" content="2025-12-19T09:00:00Z"><title>Wildfire forces evacuations</title></head><body><article><h1>Wildfire forces evacuations</h1><p>{lead} Crews from four counties fought the fire through the night, and about 1,200 residents were moved to a school gym, officials said.</p><p>"We lost the barn but everyone got out," said rancher Della Moss, 61.</p><p>The county opened a second shelter at the fairground. Roads into the hills stayed closed.</p></article></body></html>"#
        )
    }

    #[test]
    fn a_year_old_event_under_a_new_date() {
        let s = run(
            "A011",
            &page("A wildfire swept across the Corran hills on Monday, November 18, 2024, destroying 40 homes, fire officials said."),
        )
        .expect("fires");
        assert_eq!(s.value, 396.0);
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn an_after_that_counts_no_time_is_no_looking_back() {
        // "after she steered" tells what happened, not how long ago: the stale date still fires.
        let s = run(
            "A011",
            &page("A bus driver was hailed as a hero after she steered away from a truck on Monday, November 18, 2024, police said."),
        )
        .expect("fires");
        assert_eq!(s.value, 396.0);
    }

    #[test]
    fn a_weekday_and_day_without_the_year_dated_by_the_weekday() {
        // Agency style leaves out the current year; the weekday pins it: March 11, 2025 was a
        // Tuesday, 283 days before the page's date.
        let s = run(
            "A011",
            &page("A wildfire swept across the Corran hills on Tuesday, March 11, destroying 40 homes, fire officials said."),
        )
        .expect("fires");
        assert_eq!(s.value, 283.0);
        assert!(s.summary.contains("\"Tuesday, March 11\""), "{}", s.summary);
        // Abbreviated, and the day first.
        assert!(run("A011", &page("A wildfire swept across the Corran hills on Tuesday, Mar. 11, destroying 40 homes, fire officials said.")).is_some());
        assert!(run("A011", &page("A wildfire swept across the Corran hills on Tuesday 11 March, destroying 40 homes, fire officials said.")).is_some());
        // A weekday that is not the day's in the page's year dates nothing.
        assert!(run("A011", &page("A wildfire swept across the Corran hills on Wednesday, March 11, destroying 40 homes, fire officials said.")).is_none());
        // The page's own week.
        assert!(run("A011", &page("A wildfire swept across the Corran hills on Tuesday, December 16, destroying 40 homes, fire officials said.")).is_none());
        // Not stamped with "on".
        assert!(run("A011", &page("Crews have fought fires in the Corran hills since Tuesday, March 11, fire officials said.")).is_none());
    }

    #[test]
    fn a_lead_opening_on_the_date() {
        let s = run(
            "A011",
            &page("On Monday, November 18, 2024, a wildfire swept across the Corran hills, destroying 40 homes, fire officials said."),
        )
        .expect("fires");
        assert_eq!(s.value, 396.0);
    }

    #[test]
    fn a_fresh_or_a_looking_back_lead_does_not_fire() {
        // The event of the page's week, dated in full.
        assert!(run("A011", &page("A wildfire swept across the Corran hills on Monday, December 15, 2025, destroying 40 homes, fire officials said.")).is_none());
        // An old date beside the fresh event's weekday.
        assert!(run("A011", &page("A man convicted of starting a fire on June 3, 2025, was freed on Tuesday, his lawyer said.")).is_none());
        // An anniversary, a count of time since the dated event.
        assert!(run("A011", &page("A year after the fire of Monday, November 18, 2024, the town held a memorial, officials said.")).is_none());
        assert!(run("A011", &page("Two weeks after the fire of Monday, November 18, 2024, the town held a memorial, officials said.")).is_none());
        // A weekday that is not the date's is no date stamp to trust.
        assert!(run("A011", &page("A wildfire swept across the Corran hills on Tuesday, November 18, 2024, destroying 40 homes, fire officials said.")).is_none());
        // A post that reports nothing (no attributions) dates what it looks back on.
        let post = r#"<html><head><meta property="article:published_time" content="2025-12-19T09:00:00Z"><title>Notes on the new release</title></head><body><article><h1>Notes on the new release</h1><p>Version 5.2 was released on November 18, 2024. I have been using it for a year now and these are my notes on what changed for the better and what I still miss from the old series.</p><p>The build is faster, the plugins load lazily, and the configuration file finally has comments in it. I wish the docs were better.</p></article></body></html>"#;
        assert!(run("A011", post).is_none());
        // A date not stamped with "on" ("by March 2026", "since ...") dates no event.
        assert!(run("A011", &page("Crews expect the Corran hills to stay closed until November 18, 2024, fire officials said.")).is_none());
    }
}
