//! A005 `weekday_mismatch`: the story's lead names a weekday ("on Thursday") that lies two or more
//! days before the page's own date. News leads name the weekday of an event of the last few days
//! and are published the same or the next day; a page dated later re-served an old story under a
//! fresh date. With a wire dateline (filed the day of the event) the mismatch weighs more.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;
use jiff::civil::Weekday;

pub const INFO: SignalInfo = SignalInfo {
    code: "A005",
    name: "weekday_mismatch",
    axis: Axis::Aggregator,
    doc: "The lead says \"on Thursday\" but the page date is 2+ days later: an old story under a new date.",
    measure,
};

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Monday", Weekday::Monday),
    ("Tuesday", Weekday::Tuesday),
    ("Wednesday", Weekday::Wednesday),
    ("Thursday", Weekday::Thursday),
    ("Friday", Weekday::Friday),
    ("Saturday", Weekday::Saturday),
    ("Sunday", Weekday::Sunday),
];

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let published = cx.x.published.as_ref()?;
    // A date taken from the URL or structured data of the page is the page's; a date line too.
    let date: jiff::civil::Date = published.date().parse().ok()?;
    let lead = cx.sentences.iter().take(2).find_map(|s| {
        WEEKDAYS
            .iter()
            .find(|(name, _)| s.contains(name))
            .map(|w| (s, *w))
    })?;
    let (sentence, (name, weekday)) = lead;
    let lag =
        (date.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset()).rem_euclid(7);
    if lag < 2 {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let wire = cx.x.dateline.as_ref().is_some_and(|d| d.agency.is_some());
    let points = (rule.points(1.0)
        + if wire {
            rule.param("wire_bonus", 0.0)
        } else {
            0.0
        })
    .min(rule.cap);
    let mut evidence = vec![cx.quote_evidence(sentence)];
    if let Some(l) = published.line {
        evidence.push(cx.line_evidence(l));
    }
    Some(INFO.signal(
        lag as f64,
        points,
        format!(
            "page date {} is a {:?}; the lead says \"{name}\" ({lag} days earlier){}",
            published.date(),
            date.weekday(),
            if wire { ", in a wire story" } else { "" }
        ),
        evidence,
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn saturday_page_thursday_lead() {
        let src = "Ferry runs aground\nDate:2025-04-05 10:00:00\nVALDORA (AP) — A ferry ran aground on Thursday near the island, officials said.\nNo one was hurt.\n";
        let s = run("A005", src).expect("fires");
        assert_eq!(s.value, 2.0);
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn next_day_is_fine() {
        let src = "Ferry runs aground\nDate:2025-04-04 10:00:00\nA ferry ran aground on Thursday near the island, officials said.\n";
        assert!(run("A005", src).is_none());
    }
}
