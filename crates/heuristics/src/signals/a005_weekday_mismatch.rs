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
    doc: "The lead says \"on Thursday\" but the page date is 2+ days later (half the points at 2, and at 6, which is also one day ahead): an old story under a new date.",
    measure,
};

pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Monday", Weekday::Monday),
    ("Tuesday", Weekday::Tuesday),
    ("Wednesday", Weekday::Wednesday),
    ("Thursday", Weekday::Thursday),
    ("Friday", Weekday::Friday),
    ("Saturday", Weekday::Saturday),
    ("Sunday", Weekday::Sunday),
];

/// Words before a weekday that make it a recurring or a coming day, not the day of an event:
/// "every Monday", "each Friday", "next Tuesday", "every other Sunday"; or a day the writer
/// already puts in the week before ("last Sunday", "this past Sunday"), whose lag behind the page
/// date is what the words say, not a sign of an old story under a new date; or the end of a
/// spell that lasts until then ("could stay closed until Wednesday": a coming day).
const NOT_AN_EVENT_BEFORE: &[&str] = &[
    "every",
    "each",
    "alternate",
    "next",
    "coming",
    "last",
    "past",
    "until",
    "till",
];
/// The word just before a weekday that makes it a named day of the calendar, not the day of the
/// story's event: "Black Friday", "Cyber Monday", "Good Friday", "Super Tuesday", "Ash Wednesday".
const NAMED_DAY_BEFORE: &[&str] = &[
    "black",
    "cyber",
    "good",
    "super",
    "ash",
    "holy",
    "maundy",
    "easter",
    "palm",
    "bloody",
    "giving",
    "fat",
    "shrove",
    "whit",
    "pentecost",
    "trinity",
    "spy",
    "mad",
];
/// Ordinals before a weekday and "of" after it: "the first Monday of every month".
const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "last"];
/// A change under way, told in the present progressive: "is moving to", "are switching".
static PROGRESSIVE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:is|are)\s+(?:moving|switching|changing|going|shifting|returning|introducing|bringing)(?-u:\b)")
        .expect("valid regex")
});

/// Words that put a sentence in the future: "will", "is due to", "is scheduled", "is set to",
/// "is expected to", "plans to", "upcoming".
static FUTURE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:will|won't|shall|(?:is|are)\s+(?:due|scheduled|set|expected)\s+to|(?:is|are)\s+scheduled|plans?\s+to|upcoming)(?-u:\b)|[a-z]'ll(?-u:\b)")
        .expect("valid regex")
});

/// A verb of a scheduled event in the present tense within the three words before the weekday
/// ("the exhibition opens on Saturday", "the season kicks off Sunday", "the show airs Monday",
/// "begins next Monday"; a past one reads "opened", "kicked off", "aired"), or "ahead of"
/// with the weekday as its object ("ahead of Tuesday's debate", "ahead of the Thursday vote";
/// not "ahead of the summit on Thursday", where Thursday is the day of the sentence's event).
static SCHEDULED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?-u:\b)(?:ahead\s+of|opens|reopens|begins|starts|kicks\s+off|takes\s+place|premieres|airs|launches|debuts|resumes|goes\s+on\s+sale|(?:is|are)\s+due)(?:\s+[A-Za-z'’-]+)??\s+(?:on\s+|from\s+|this\s+)?$")
        .expect("valid regex")
});

/// Words after a weekday that open a range of days: "Monday through Friday", "Monday to Friday".
const RANGE_WORDS: &[&str] = &["through", "thru", "to", "till", "until"];

/// Past tenses that may follow a relative clause as the sentence's main verb.
const IRREGULAR_PAST: &[&str] = &[
    "drew", "was", "were", "had", "won", "saw", "took", "made", "got", "sold", "held", "became",
    "began", "ran", "fell", "rose", "brought", "left", "came", "went", "lost", "paid", "met",
];

/// True when a scheduling verb sits in a relative clause ("which opens on Saturday,") and the
/// sentence's own verb after the clause is past ("The museum, which opens on Saturday, drew
/// 3,000 visitors"): the day is then the museum's opening, and the event reported is past.
/// `before` is the text before the scheduling verb, `after` the text after the weekday.
fn past_event_after_clause(before: &str, after: &str) -> bool {
    let relative = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "which" | "that"));
    let main_verb = after
        .strip_prefix(',')
        .and_then(|a| a.split_whitespace().next())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
    relative
        && main_verb.is_some_and(|v| {
            v.len() > 3 && v.ends_with("ed") || IRREGULAR_PAST.contains(&v.as_str())
        })
}

/// Words of [`NAMED_DAY_BEFORE`] that are also everyday adjectives: they name a day only
/// capitalised ("Good Friday", "Super Tuesday"; "a good Friday for the Rovers" is an event
/// day). The others name one in any case ("il black Friday" on an Italian page).
const ADJECTIVE_NAMED_DAY: &[&str] = &["good", "super", "mad", "fat", "bloody", "holy"];

/// True when the word that ends `head` is capitalised: a named day is written so ("Good
/// Friday", "Black Friday"), where "a good Friday for the Rovers" is an event day.
fn capitalised_word_before(head: &str) -> bool {
    head.trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
}

/// True when the weekday at `start..end` of `s` names a recurring day, a coming day or a range
/// of days rather than the day something happened: a plural ("on Mondays"), a word of
/// [`NOT_AN_EVENT_BEFORE`] among the two words before it, an ordinal before it with "of" after
/// it ("the first Monday of every month"), or either end of a range ("Monday through Friday",
/// "Monday-Friday").
fn not_an_event_day(s: &str, start: usize, end: usize) -> bool {
    let after = &s[end..];
    if after.starts_with('s') && !after[1..].starts_with(char::is_alphanumeric) {
        return true;
    }
    let before: Vec<String> = s[..start]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    if before
        .iter()
        .any(|w| NOT_AN_EVENT_BEFORE.contains(&w.as_str()))
        || before
            .first()
            .is_some_and(|w| NAMED_DAY_BEFORE.contains(&w.as_str()))
            && (capitalised_word_before(&s[..start])
                || before
                    .first()
                    .is_some_and(|w| !ADJECTIVE_NAMED_DAY.contains(&w.as_str())))
    {
        return true;
    }
    let mut next_words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let next = next_words.next().unwrap_or("").to_lowercase();
    if before
        .first()
        .is_some_and(|w| ORDINALS.contains(&w.as_str()))
        && next == "of"
    {
        return true;
    }
    let is_weekday = |w: &str| WEEKDAYS.iter().any(|(name, _)| *name == w);
    // The end of a range: "(Monday) through Friday", "(Monday)-Friday".
    let head = s[..start].trim_end();
    let after_dash = head
        .strip_suffix(['-', '–'])
        .map(str::trim_end)
        .is_some_and(|h| WEEKDAYS.iter().any(|(name, _)| h.ends_with(name)));
    let after_word = before
        .first()
        .is_some_and(|w| RANGE_WORDS.contains(&w.as_str()))
        && before.get(1).is_some_and(|w| {
            WEEKDAYS
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case(w))
        });
    if after_dash || after_word {
        return true;
    }
    let worded = RANGE_WORDS.contains(&next.as_str()) && next_words.next().is_some_and(is_weekday);
    let rest = after.trim_start();
    let dashed = rest.starts_with(['-', '–']) && {
        let r = rest.trim_start_matches(['-', '–']).trim_start();
        WEEKDAYS.iter().any(|(name, _)| r.starts_with(name))
    };
    worded || dashed
}

/// The weekdays in `s` that name the day of an event (see [`not_an_event_day`]), as whole
/// words, in the order of the text.
pub(super) fn event_weekdays(s: &str) -> Vec<(&'static str, Weekday)> {
    let mut found: Vec<(&'static str, Weekday)> = Vec::new();
    for (at, name, weekday) in weekday_names(s) {
        let end = at + name.len();
        // A whole word: not inside a longer one ("Mondayitis"); the plural is turned away
        // as a recurring day.
        let whole = !s[..at].ends_with(char::is_alphanumeric)
            && !s[end..]
                .strip_prefix('s')
                .unwrap_or(&s[end..])
                .starts_with(char::is_alphanumeric);
        if whole && !not_an_event_day(s, at, end) {
            found.push((name, weekday));
        }
    }
    found
}

/// Every place an English weekday's name occurs in `s`, in the order of the text: each name's
/// `match_indices`, merged. Every weekday's name ends in "day", and no name ends with another
/// nor overlaps itself, so each "day" of `s` (found by one searcher, built once) ends at most
/// one name's occurrence and every occurrence ends in one: a sentence without "day" (most) is
/// passed by one search, and one that holds it is not searched once for each of the seven names
/// (a substring searcher set up a name, about 450 instructions each, on every lead sentence
/// and date line).
pub(super) fn weekday_names(s: &str) -> impl Iterator<Item = (usize, &'static str, Weekday)> + '_ {
    static DAY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"day"));
    let bytes = s.as_bytes();
    DAY.find_iter(bytes).filter_map(move |p| {
        let end = p + 3;
        WEEKDAYS
            .iter()
            .find(|(name, _)| bytes[..end].ends_with(name.as_bytes()))
            .map(|&(name, weekday)| (end - name.len(), name, weekday))
    })
}

/// English month names and their abbreviations, as a date after a weekday starts.
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The weekday a date line names right before its date ("Friday, November 23, 2026", "Posted
/// Friday 23 November 2026", "Friday, 23.11.2026"): a whole English weekday name followed, after
/// a comma or spaces, by a digit or a month's name. `None` when the line names none, or two
/// (a range, or a second date: "Published Monday, updated Friday, Nov 27").
fn label_weekday(line: &str) -> Option<Weekday> {
    let mut found = None;
    let mut n = 0;
    // In the order of the text, not name by name: the answer needs exactly one name, so the
    // order does not change it.
    for (at, name, weekday) in weekday_names(line) {
        let end = at + name.len();
        if line[..at].ends_with(char::is_alphanumeric) {
            continue;
        }
        n += 1;
        let rest = line[end..].trim_start_matches([',', ' ', '.']);
        let dated = rest.len() < line[end..].len()
            && (rest.starts_with(|c: char| c.is_ascii_digit())
                || MONTHS.iter().any(|m| rest.starts_with(m)));
        if dated {
            found = Some(weekday);
        }
    }
    found.filter(|_| n == 1)
}

/// A numeric date with slashes or dots: day and month in either order, then the year.
static NUMERIC_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?-u:\b)(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?-u:\b)")
        .expect("valid regex")
});

/// True when `line` writes `date` as an ambiguous numeric date ("Friday 06/11/2026": both
/// numbers 12 or less) whose other reading, day and month swapped, falls on `named`: the weekday
/// settles the order, and the page's date read the other way is no wrong weekday. (The date
/// itself should be read so too; that is the date reader's part.)
fn swapped_reading_is(line: &str, date: jiff::civil::Date, named: Weekday) -> bool {
    NUMERIC_DATE.captures_iter(line).any(|c| {
        let num = |i: usize| c[i].parse::<i16>().ok();
        let (Some(a), Some(b), Some(y)) = (num(1), num(2), num(3)) else {
            return false;
        };
        let y = if c[3].len() == 2 { 2000 + y } else { y };
        let (m, d) = (i16::from(date.month()), i16::from(date.day()));
        a != b
            && a <= 12
            && b <= 12
            && y == date.year()
            && ((a, b) == (m, d) || (a, b) == (d, m))
            && jiff::civil::Date::new(y, d as i8, m as i8)
                .is_ok_and(|other| other.weekday() == named)
    })
}

/// The bytes of `s` up to `at`, at most `n` of them, cut on a character boundary.
pub(super) fn before(s: &str, at: usize, n: usize) -> &str {
    let mut from = at.saturating_sub(n);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    &s[from..at]
}

/// A line of fewer words than this at the head of the text, not ended as a sentence is, is no
/// sentence of the lead ("Dailyline", "Opinion"); "Her motion failed." is.
const LEAD_MIN_WORDS: usize = 5;

/// The page's own publication date and its candidate, to date the lead's event against: `None`
/// for an update date ("Updated: March 7", which may come days after the event the lead names)
/// and for a date read from the text with no role (any date the story mentions). A date taken
/// from the URL or structured data of the page is the page's; a date line too.
pub(super) fn page_date<'c>(
    cx: &'c Context,
) -> Option<(jiff::civil::Date, &'c credence_extract::DateCandidate)> {
    let published = cx.x.published.as_ref()?;
    let role = published.role.as_str();
    if role == "modified"
        || role == "updated"
        || role == "unknown" && matches!(published.source.as_str(), "text" | "title")
    {
        return None;
    }
    Some((published.date().parse().ok()?, published))
}

/// The lead: the article's first two sentences. Lines of a few words before it (a masthead, a
/// section label or a trail a scrape left in the text: "Dailyline", "Section: World") are no
/// sentences of it and would push the lead out.
pub(super) fn lead<'c>(cx: &'c Context) -> impl Iterator<Item = &'c &'c str> + 'c {
    cx.sentences
        .iter()
        .skip_while(|s| {
            s.split_whitespace().count() < LEAD_MIN_WORDS
                && !s.trim_end().ends_with(['.', '!', '?', '"', '”', '\''])
        })
        .take(2)
}

/// A month and day ("November 14", "Nov. 14", "14 November") opening `s`: the date of a weekday
/// written without its year, which `find_dates` (a year in every format) does not read.
static MONTH_DAY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    regex::Regex::new(&format!(
        r"(?i)^(?:(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{months}))(?-u:\b)"
    ))
    .expect("valid regex")
});

/// The dates written right after the weekday that ends at byte `end` of `sentence` ("Saturday,
/// November 14, 2026", "Saturday, Nov. 14", "Saturday 14 November", "Saturday (Nov. 14)"): a
/// full date, or a month and day without a year, which may be the last one up to `page` or the
/// coming one in `page`'s year ("will close from Monday 2 November").
fn weekday_dates(sentence: &str, end: usize, page: jiff::civil::Date) -> Vec<jiff::civil::Date> {
    let rest = sentence[end..].trim_start_matches([',', ' ', '(', '\u{a0}']);
    if let Some(found) = credence_extract::dates::find_dates(rest)
        .into_iter()
        .next()
        .filter(|d| d.start == 0)
    {
        return vec![found.date];
    }
    let Some((last, _)) = month_day(rest, 0, page) else {
        return Vec::new();
    };
    let coming = jiff::civil::Date::new(page.year(), last.month(), last.day())
        .ok()
        .filter(|&d| d != last);
    std::iter::once(last).chain(coming).collect()
}

/// The month and day without a year opening `s[at..]` ("November 14", "Nov. 14", "14
/// November"), dated in the year up to `page`, and the byte where it ends in `s`.
pub(super) fn month_day(
    s: &str,
    at: usize,
    page: jiff::civil::Date,
) -> Option<(jiff::civil::Date, usize)> {
    let c = MONTH_DAY.captures(&s[at..])?;
    let (month, day) = match (c.name("m1"), c.name("d1")) {
        (Some(m), Some(d)) => (m.as_str(), d.as_str()),
        _ => (c.name("m2")?.as_str(), c.name("d2")?.as_str()),
    };
    let end = at + c.get(0)?.end();
    let month = credence_extract::dates::month_number(month)?;
    let day: i8 = day.parse().ok()?;
    let this_year = jiff::civil::Date::new(page.year(), month, day).ok()?;
    if this_year <= page {
        Some((this_year, end))
    } else {
        Some((
            jiff::civil::Date::new(page.year() - 1, month, day).ok()?,
            end,
        ))
    }
}

/// Days from the last `weekday` back to `day` (0 when they are the same weekday).
fn days_back(day: Weekday, weekday: Weekday) -> i8 {
    (day.to_monday_zero_offset() - weekday.to_monday_zero_offset()).rem_euclid(7)
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    let (date, published) = page_date(cx)?;
    // The date line itself names a weekday that is not the date's ("Friday, November 23, 2026",
    // a Monday): a date typed over an old story's, or a template's wrong day.
    if let Some(named) = label_weekday(&published.evidence)
        .filter(|&w| w != date.weekday() && !swapped_reading_is(&published.evidence, date, w))
    {
        let rule = cx.policy.rule(INFO.code);
        let evidence = match published.line {
            Some(l) => cx.line_evidence(l),
            None => cx.quote_evidence(&published.evidence),
        };
        return Some(INFO.signal(
            1.0,
            rule.points(1.0),
            format!(
                "the date line \"{}\" calls {} a {named:?}; it is a {:?}",
                crate::context::shorten(published.evidence.trim()),
                published.date(),
                date.weekday()
            ),
            vec![evidence],
        ));
    }
    let lag_of = |weekday: Weekday| days_back(date.weekday(), weekday);
    // The event days the lead's first two sentences name, in the order of the text.
    // A day named with its own date ("on Saturday, November 14, 2026") is dated exactly: its
    // lag is A011's to judge, and a few days after an exact date is a report's (an obituary's, a
    // weekly's), not a copy's that kept "Saturday" under a new date. A date that is not the
    // named day's ("Saturday, November 17" on a Tuesday the 17th) is a contradiction and stays.
    let days: Vec<(&&str, &'static str, Weekday)> = lead(cx)
        .flat_map(|s| event_weekdays(s).into_iter().map(move |(n, w)| (s, n, w)))
        .filter(|&(s, n, w)| {
            !s.find(n).is_some_and(|at| {
                weekday_dates(s, at + n.len(), date)
                    .iter()
                    .any(|d| d.weekday() == w)
            })
        })
        .collect();
    let &(sentence, name, weekday) = days.first()?;
    // A sentence that also names the page's day or the day before ("found Sunday ..., the
    // agency announced Tuesday" on a Tuesday) reports something fresh.
    if days
        .iter()
        .any(|&(s, _, w)| std::ptr::eq(s, sentence) && lag_of(w) < 2)
    {
        return None;
    }
    // A verb in the future just before the day names the day to come ("will vote on Thursday",
    // "is set to take place on Thursday"), which counted back from the page's day looks days old.
    // Only just before it: "an agreement reached Thursday ... will unload" is past.
    // Or further back in the same clause: "restrictions will come into force across the town
    // from Monday".
    if let Some(at) = sentence.find(name) {
        let head = before(sentence, at, 40);
        let scheduled = SCHEDULED.find(head).is_some_and(|m| {
            !past_event_after_clause(&head[..m.start()], &sentence[at + name.len()..])
        });
        let wide = before(sentence, at, 80);
        let clause = wide.rsplit([',', ';', '—']).next().unwrap_or(wide);
        // A start named by its day is a change to come: "Starting Monday, restrictions will
        // apply", "effective Monday"; "from Monday" when the sentence speaks of the future or
        // of a change under way ("is moving to Level 3 from Monday").
        let last = head.split_whitespace().last().unwrap_or("").to_lowercase();
        let start = matches!(last.as_str(), "starting" | "beginning" | "effective")
            || head.to_lowercase().trim_end().ends_with("as of")
            || last == "from" && (FUTURE.is_match(sentence) || PROGRESSIVE.is_match(clause));
        if FUTURE.is_match(head) || scheduled || FUTURE.is_match(clause) || start {
            return None;
        }
    }
    let lag = lag_of(weekday);
    // The URL's date chosen as the page's while the page shows another (A006 weighs that
    // disagreement): a lead that is fresh under the date the page shows is no old story, and
    // counting it late again would weigh one contradiction twice.
    if published.source == "url"
        && super::a006_url_date_mismatch::shown_date(cx)
            .and_then(|c| c.date().parse::<jiff::civil::Date>().ok())
            .is_some_and(|shown| days_back(shown.weekday(), weekday) < 2)
    {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    let wire = cx.x.dateline.as_ref().is_some_and(|d| d.agency.is_some());
    // Two days is how late a Sunday paper reports Friday's news and a weekly reprints a wire
    // story: half the points and no wire bonus. Six days back is also one day ahead: a page dated
    // the day before its event (a UTC date on an evening story, a live page updated overnight)
    // reads the same, so half the points too. Three to five days is an old story.
    let points = if lag == 2 || lag == 6 {
        rule.points(0.5)
    } else {
        (rule.points(1.0)
            + if wire {
                rule.param("wire_bonus", 0.0)
            } else {
                0.0
            })
        .min(rule.cap)
    };
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
    use super::label_weekday;
    use jiff::civil::Weekday;

    /// `weekday_names` finds what each name's `match_indices` found, merged in the order of
    /// the text, on seeded random texts.
    #[test]
    fn weekday_names_as_each_names_search() {
        const PIECES: &[&str] = &[
            "Monday", "Sunday", "Tues", "Wednes", "Thurs", "Fri", "Satur", "day", "days", "Mon",
            "Sun", "y", "d", "a", " ", "s", ",", "é", "Friday",
        ];
        let mut rng = crate::Xorshift::seeded(0x5eed_a005);
        for _ in 0..20_000 {
            let t = rng.string(PIECES, 12);
            let mut want: Vec<(usize, &str, Weekday)> = Vec::new();
            for &(name, weekday) in super::WEEKDAYS {
                want.extend(t.match_indices(name).map(|(at, _)| (at, name, weekday)));
            }
            want.sort_by_key(|&(at, _, _)| at);
            let got: Vec<(usize, &str, Weekday)> = super::weekday_names(&t).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    #[test]
    fn a_date_line_naming_the_wrong_weekday_fires() {
        // 24 November 2025 is a Monday.
        let src = "Mill workers accept new contract\nBy Ottoline Fairweather\nFriday, November 24, 2025\n\nThe union said the vote ended the strike after eleven days of talks.\n";
        let s = run("A005", src).expect("fires");
        assert!(s.summary.contains("Friday"), "{}", s.summary);
        let right = src.replace("Friday, November 24", "Monday, November 24");
        assert!(run("A005", &right).is_none());
        assert_eq!(
            label_weekday("Friday, November 23, 2026"),
            Some(Weekday::Friday)
        );
        assert_eq!(
            label_weekday("Posted Friday 23.11.2026 10:20"),
            Some(Weekday::Friday)
        );
        assert_eq!(label_weekday("November 23, 2026"), None);
        assert_eq!(
            label_weekday("Monday, Nov 23; updated Friday, Nov 27"),
            None
        );
        assert_eq!(label_weekday("Fridayville, November 23, 2026"), None);
    }

    use crate::signals::testing::run;

    #[test]
    fn saturday_page_thursday_lead() {
        let src = "Ferry runs aground\nDate:2025-04-05 10:00:00\nVALDORA (AP) — A ferry ran aground on Thursday near the island, officials said.\nNo one was hurt.\n";
        let s = run("A005", src).expect("fires");
        assert_eq!(s.value, 2.0);
        insta::assert_yaml_snapshot!(s);
    }

    /// Short lines of a scrape's masthead and section labels before the lead do not push the
    /// lead's weekday out of the two sentences read.
    #[test]
    fn masthead_lines_before_the_lead_are_passed_by() {
        let src = "Ferry runs aground\nDate:2025-04-05 10:00:00\nDailyline\nSection: World news\nA ferry ran aground on Thursday near the island, officials said.\nNo one was hurt.\n";
        let s = run("A005", src).expect("fires");
        assert_eq!(s.value, 2.0);
        // A short sentence inside the story is still one of its first two.
        let src = "Ferry back in service\nDate:2025-04-05 10:00:00\nA ferry is back in service after repairs near the island.\nIt sailed at noon.\nThe ferry ran aground on Thursday.\n";
        assert!(run("A005", src).is_none());
        // A short first sentence of the story ends as one: it is not passed by.
        let src = "Ferry back in service\nDate:2025-04-05 10:00:00\nIt sailed at noon.\nA ferry is back in service after repairs near the island.\nThe ferry ran aground on Thursday.\n";
        assert!(run("A005", src).is_none());
        // A day the writer puts in the week before is no stale lead.
        let src = "Gardens\nDate:2025-04-05 10:00:00\nOpinion\nI walked the length of Mill Lane last Sunday, and I counted.\nFour gardens are left.\n";
        assert!(run("A005", src).is_none());
    }

    #[test]
    fn the_first_weekday_in_the_text_counts() {
        // Saturday page: Thursday (2 days) comes first in the text, Monday (5) after it.
        let src = "Ferry towed free\nDate:2025-04-05 10:00:00\nA ferry ran aground on Thursday near the island and was towed free after a first attempt on Monday failed, officials said.\n";
        let s = run("A005", src).expect("fires");
        assert_eq!(s.value, 2.0);
        assert!(s.summary.contains("\"Thursday\""), "{}", s.summary);
        // Friday page: Thursday first (the day before), Monday only as the earlier event.
        let src = "Ferry back in service\nDate:2025-04-04 10:00:00\nThe ferry resumed service on Thursday, a week after it ran aground on Monday near the island.\n";
        assert!(run("A005", src).is_none());
    }

    #[test]
    fn recurring_coming_and_ranged_days_are_no_event_days() {
        // Thursday 2024-03-07 page; each lead names Monday (3 days before) only as no event.
        for lead in [
            "The farmers market, held on the first Monday of every month, reopened this week, organizers said.",
            "The farmers market, held every Monday in the town square, reopened this week, organizers said.",
            "The farmers market, held on Mondays in the town square, reopened this week, organizers said.",
            "The farmers market, open Monday through Friday in the square, reopened this week, organizers said.",
            "The farmers market, open Monday-Friday in the square, reopened this week, organizers said.",
            "The farmers market will reopen next Monday in the town square, organizers said.",
        ] {
            let src = format!("Farmers market returns\nBy Ann Lee\nMarch 7, 2024\n\n{lead}\n");
            assert!(run("A005", &src).is_none(), "{lead}");
        }
        // The same market, reopened on a Monday three days before the page: an event day.
        let src = "Farmers market returns\nBy Ann Lee\nMarch 7, 2024\n\nThe farmers market reopened on Monday in the town square, organizers said.\n";
        assert!(run("A005", src).is_some());
    }

    #[test]
    fn an_update_date_or_a_date_from_the_prose_is_no_page_date() {
        // The lead's Monday is 3 days before an update date: the story may be older.
        let src = "Tenants win rent freeze\nBy Kwame Asante\nUpdated: March 7, 2024\n\nTenants ended a rent strike on Monday after the owner agreed to freeze rents.\n";
        assert!(run("A005", src).is_none());
        // The only date is one the story mentions.
        let src = "Harbour wall finished\n\nWorkers finished the harbour wall on Monday, a project begun on March 7, 2019, the council said.\n";
        assert!(run("A005", src).is_none());
    }

    #[test]
    fn a_day_to_come_and_a_two_day_lag() {
        // Monday 2024-03-04 page: "will vote on Thursday" is three days ahead, not four behind.
        for lead in [
            "The library board will vote on Thursday on closing the branch, the chair said.",
            "The library board is scheduled to vote on Thursday on closing the branch.",
            "The board's vote on the branch is set to take place on Thursday, the chair said.",
            "Level 3 water restrictions will come into force across the whole of Port Vell from Thursday after the plant failed.",
            "Starting Thursday, Level 3 water restrictions will come into effect across the town.",
            "Port Vell is moving to Level 3 water restrictions from Thursday after a membrane failure.",
        ] {
            let src = format!("Board to vote on branch\nBy Ann Lee\nMarch 4, 2024\n\n{lead}\n");
            assert!(run("A005", &src).is_none(), "{lead}");
        }
        // A scheduled event in the present tense (a Friday page, 2024-03-08): "opens on
        // Saturday" is tomorrow, not six days ago; the past tense is an event day.
        for lead in [
            "The new harbour museum opens on Saturday with a free exhibition, the curator said.",
            "The rowing season kicks off Saturday on the lower river, the club said.",
            "Tickets for the winter fair go on sale Saturday, organisers said.",
        ] {
            let src = format!("Museum to open\nBy Ann Lee\nMarch 8, 2024\n\n{lead}\n");
            let fired = run("A005", &src);
            if lead.contains("go on sale") {
                // "go" is no present-tense third person: read as the event day, as before.
                assert!(fired.is_some(), "{lead}");
            } else {
                assert!(fired.is_none(), "{lead}");
            }
        }
        let src = "Museum opened\nBy Ann Lee\nMarch 8, 2024\n\nThe new harbour museum opened on Saturday with a free exhibition, the curator said.\n";
        assert!(run("A005", src).is_some());
        // A future verb in an earlier clause says nothing of the day.
        let src = "Museum opened\nBy Ann Lee\nMarch 8, 2024\n\nThe curator, who will retire next year, opened the new harbour museum on Saturday.\n";
        assert!(run("A005", src).is_some());
        // "Ahead of Tuesday's debate" on a Monday is tomorrow; a named day is no event day.
        let src = "Debate stakes\nBy Ann Lee\nMarch 4, 2024\n\nThe stakes are high for the candidates ahead of Tuesday's debate in the capital.\n";
        assert!(run("A005", src).is_none());
        let src = "Shops ready\nBy Ann Lee\nMarch 4, 2024\n\nShops in the old town hope Black Friday crowds return, the traders' guild said.\n";
        assert!(run("A005", src).is_none());
        // Six days back is also one day ahead (a page dated the evening before): half the points.
        let six = run("A005", "Board votes\nBy Ann Lee\nMarch 6, 2024\n\nThe library board voted on Thursday to close the branch.\n").expect("fires");
        assert_eq!((six.value, six.points), (6.0, 4.0));
        // A future verb after a past day leaves the day past (three days before a Thursday).
        let src = "Crews return\nBy Ann Lee\nMarch 7, 2024\n\nUnder a deal reached Monday evening, a small crew will unload the ship, the port said.\n";
        assert!(run("A005", src).is_some());
        // Two days late is a Sunday paper's or a weekly's lag: half the points; three, full.
        let two = run("A005", "Board votes\nBy Ann Lee\nMarch 9, 2024\n\nThe library board voted on Thursday to close the branch.\n").expect("fires");
        assert_eq!((two.value, two.points), (2.0, 4.0));
        let three = run("A005", "Board votes\nBy Ann Lee\nMarch 10, 2024\n\nThe library board voted on Thursday to close the branch.\n").expect("fires");
        assert_eq!((three.value, three.points), (3.0, 8.0));
    }

    #[test]
    fn a_day_named_with_its_date_is_no_bare_weekday() {
        // A Tuesday page (2024-03-12): the lead dates its Saturday exactly, three days back; an
        // obituary's or a weekly's lag, which A011 judges by the date (it is under a month).
        for lead in [
            "Ann Lee, a teacher in the valley for forty years, died on Saturday, March 9, 2024, at home.",
            "Ann Lee, a teacher in the valley for forty years, died on Saturday, March 9, at home.",
            "Ann Lee, a teacher in the valley for forty years, died Saturday 9 March at home.",
            "Ann Lee, a teacher in the valley for forty years, died on Saturday (Mar. 9) at home.",
        ] {
            let src = format!("Teacher dies at 88\nBy Ola Brun\nMarch 12, 2024\n\n{lead}\n");
            assert!(run("A005", &src).is_none(), "{lead}");
        }
        // A coming day named with its date, after the page's (a Tuesday page; Monday, April 1,
        // 2024 is three weeks ahead), is that day, whatever the verb.
        let src = "Bridge to close\nBy Ola Brun\nMarch 12, 2024\n\nThe stone bridge on Mill Lane closes to traffic for six weeks from Monday 1 April, the council has confirmed.\n";
        assert!(run("A005", src).is_none());
        // A date that is not the named day's is a contradiction: it fires (March 12 is the
        // page's Tuesday, not a Saturday).
        let src = "Teacher dies at 88\nBy Ola Brun\nMarch 12, 2024\n\nAnn Lee, a teacher in the valley for forty years, died on Saturday, March 12, at home.\n";
        assert!(run("A005", src).is_some());
        // The bare day still fires; so does a day followed by other words.
        let src = "Teacher dies at 88\nBy Ola Brun\nMarch 12, 2024\n\nAnn Lee, a teacher in the valley for forty years, died on Saturday, her family said.\n";
        assert!(run("A005", src).is_some());
    }

    #[test]
    fn a_lead_naming_the_page_day_too_is_fresh() {
        // Tuesday page: the boat was found on Sunday, the find announced on Tuesday.
        let src = "Boat seized off the cape\nDate:2025-04-08 10:00:00\nAgents found the boat on Sunday off the cape, the harbour agency announced Tuesday.\n";
        assert!(run("A005", src).is_none());
    }

    #[test]
    fn a_weekday_settles_an_ambiguous_numeric_date() {
        // 02/05/2025 read month first is Wednesday 5 February; day first, Friday 2 May.
        let src = "Harbour budget passes\nBy Orla Benn\nFriday 02/05/2025\n\nThe council voted on the budget after a long night.\n";
        assert!(run("A005", src).is_none());
        // Neither reading is a Monday: the date line is wrong either way.
        let src = src.replace("Friday 02/05", "Monday 02/05");
        assert!(run("A005", &src).is_some());
        // An unambiguous date keeps the check.
        let src = "Harbour budget passes\nBy Orla Benn\nFriday 06/23/2025\n\nThe council voted on the budget after a long night.\n";
        assert!(run("A005", src).is_some());
    }

    #[test]
    fn adjectives_far_markers_and_relative_clauses_leave_an_event_day() {
        // Tuesday 2025-11-25 pages: each lead's day is three or more days back.
        for lead in [
            "It was a good Friday for the Rovers, who won 3-1 at the quay ground, the coach said.",
            "The minister toured the pier ahead of the summit on Thursday, aides said.",
            "The harbour museum, which opens on Saturday, drew 3,000 visitors, the curator said.",
        ] {
            let src = format!("Harbour news\nBy Orla Benn\nNovember 25, 2025\n\n{lead}\n");
            assert!(run("A005", &src).is_some(), "{lead}");
        }
        for lead in [
            "Shoppers queued for Good Friday bargains at the quay market, traders said.",
            "Il black Friday incombe su di noi, dicono i negozianti del porto.",
            "The minister toured the pier ahead of Thursday's summit, aides said.",
            "The harbour museum, which opens on Saturday, will show 40 ship models.",
            "No one was hurt, but the quay road could stay closed until Wednesday, police said.",
            "The pier is shut till late Thursday while divers check its piles, the council said.",
        ] {
            let src = format!("Harbour news\nBy Orla Benn\nNovember 25, 2025\n\n{lead}\n");
            assert!(run("A005", &src).is_none(), "{lead}");
        }
    }

    #[test]
    fn next_day_is_fine() {
        let src = "Ferry runs aground\nDate:2025-04-04 10:00:00\nA ferry ran aground on Thursday near the island, officials said.\n";
        assert!(run("A005", src).is_none());
    }

    #[test]
    fn a_lead_fresh_under_the_date_the_page_shows_is_not_read_against_its_url() {
        // The URL was made on Saturday 1 November 2025 (a draft's day) and chosen as the page's
        // date; the page shows Wednesday 5 November, and the lead's "Tuesday" is the day before
        // that. A006 weighs the URL's disagreement; A005 stays silent.
        let page = |shown: &str| {
            format!(
                "<html><head><title>Mill reopens as a library - Tarnby Record</title>\
                 <link rel=\"canonical\" href=\"https://tarnbyrecord.example/2025/11/01/mill-library/\">\
                 </head><body><article><h1>Mill reopens as a library</h1>\
                 <div class=\"byline\">By Oona Petrak</div>\
                 <time datetime=\"{shown}T09:00:00-05:00\" class=\"published\">{shown}</time>\
                 <p>TARNBY — The old wool mill on River Street reopened Tuesday as the town's library, \
                 ten years after the last looms stopped, the mayor said.</p>\
                 <p>About 400 people toured the building on its first day, library director Hal Benn said.</p>\
                 </article></body></html>"
            )
        };
        assert!(run("A005", &page("2025-11-05")).is_none());
        assert!(run("A006", &page("2025-11-05")).is_some());
        // Shown a week later, the lead is old under either date.
        assert!(run("A005", &page("2025-11-10")).is_some());
    }
}
