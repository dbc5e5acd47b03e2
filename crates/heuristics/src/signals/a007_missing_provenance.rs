//! A007 `missing_provenance`: the page names no author, no date, no agency and no URL of its own.
//! Every credible news page says who wrote it and when; scraped copies drop all of it. A byline
//! that is a login handle or a desk's role ("savingshub", "Editor", "News Desk") names no author
//! (`Context::names_an_author`).

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A007",
    name: "missing_provenance",
    axis: Axis::Aggregator,
    doc: "No byline naming a person (a login handle or a desk's role is none), no date, no agency credit and no URL: nothing says who published it or when.",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let x = cx.x;
    let missing: Vec<&str> = [
        (!cx.names_an_author(), "byline"),
        (x.published.is_none(), "date"),
        (
            x.agency.is_empty() && x.dateline.is_none(),
            "agency or dateline",
        ),
        (x.canonical_url.is_none(), "URL"),
    ]
    .into_iter()
    .filter(|(m, _)| *m)
    .map(|(_, what)| what)
    .collect();
    if missing.len() < 4 {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        missing.len() as f64,
        rule.points(1.0),
        format!("no {}", missing.join(", no ")),
        vec![],
    ))
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    #[test]
    fn bare_text_fires_credited_text_does_not() {
        let s = run(
            "A007",
            "Some story\nThe council met and voted to close the library on Monday.\n",
        )
        .expect("fires");
        insta::assert_yaml_snapshot!(s);
        assert!(run(
            "A007",
            "Some story\nBy Ann Lee\nThe council met and voted to close the library on Monday.\n"
        )
        .is_none());
    }

    /// A handle or a desk's role in the byline names nobody: the page is still unsigned.
    #[test]
    fn a_handle_byline_is_no_author() {
        let story = |by: &str| {
            format!("Some story\nPosted by {by}\nThe council met and voted to close the library on Monday.\n")
        };
        for nobody in ["savingshub", "newsdesk"] {
            let s = run("A007", &story(nobody)).expect("fires");
            assert_eq!(s.value, 4.0, "{nobody}");
        }
        assert!(run("A007", &story("Ann Lee")).is_none());
    }
}
