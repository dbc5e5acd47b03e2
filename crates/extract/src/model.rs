//! The plain-data types at the extract crate's boundary.

use serde::{Deserialize, Serialize};

/// How the input was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text (scraped text, PDF conversions, pasted articles).
    Text,
    /// An HTML page.
    Html,
}

/// A span of [`Document::text`] that is one line (without its line break).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// Byte offset where the line starts.
    pub start: usize,
    /// Byte offset one past the line's last byte (before the line break).
    pub end: usize,
    /// For HTML: the page region the line came from, when the markup says it is not article text
    /// (navigation, footer, share bar...). Always `None` for plain text.
    pub zone: Option<BlockKind>,
    /// For HTML: all of the line's text is inside emphasis (`<strong>`, `<b>`, `<em>`, `<i>`), as
    /// a name signing a story at its end often is. Always false for plain text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub emphasis: bool,
    /// For HTML: all of the line's text is inside a region the markup names as other texts'
    /// (reader comments, a list of other stories), even where the tag gave the region another
    /// zone (`<aside class="related-posts">` is furniture by its tag): its names and dates are
    /// theirs. Always false for plain text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub foreign: bool,
    /// For HTML: all of the line's text is inside a side region of the page, the site's
    /// furniture (a sidebar, a menu, the site's footer: see `html::side_region`), whose dates
    /// give way to the article's and whose lists are the site's own. Always false for plain
    /// text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub side: bool,
}

/// A decoded input: the text with its line structure kept, and, for HTML, the facts read from markup.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// What the bytes were recognised as.
    pub format: Format,
    /// The text: the file itself for plain text; for HTML, the visible text with one line per block.
    pub text: String,
    /// Line spans into `text`; line number `n` (1-based, as shown to people) is `lines[n - 1]`.
    pub lines: Vec<Line>,
    /// The encoding the bytes were decoded from (`UTF-8`, `windows-1252`, ...).
    pub encoding: String,
    /// Metadata read from HTML markup (empty for plain text).
    pub html: HtmlFacts,
    /// Notes on anything repaired or doubtful while decoding (replacement characters, ...).
    pub diagnostics: Vec<String>,
}

impl Document {
    /// The text of 1-based line `n`, or `""` when out of range.
    pub fn line(&self, n: usize) -> &str {
        match n.checked_sub(1).and_then(|i| self.lines.get(i)) {
            Some(l) => &self.text[l.start..l.end],
            None => "",
        }
    }

    /// The 1-based line number holding byte offset `pos`.
    pub fn line_of(&self, pos: usize) -> usize {
        self.lines
            .partition_point(|l| l.end < pos)
            .min(self.lines.len().saturating_sub(1))
            + 1
    }
}

/// Metadata found in HTML markup, before any choice between sources.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HtmlFacts {
    /// `<title>` text.
    pub title_tag: Option<String>,
    /// Text of the first `<h1>`, without a kicker set apart in its own element (see `h1_kicker`).
    pub h1: Option<String>,
    /// The kicker (topic line, "Dachzeile") of the first `<h1>`, when the page marks it with a
    /// class of its own inside the heading: `<h1><span class="kicker">Storm</span> Bridge shut</h1>`.
    pub h1_kicker: Option<String>,
    /// Whether the first `<h1>` (or an element around it) is marked as the site's title or
    /// branding (`class="site-title"`, "logo", "branding", "masthead", `role="banner"`), or
    /// links to the home page: the site's name set as a heading on every page, not the article's.
    #[serde(default)]
    pub h1_in_banner: bool,
    /// The article's other headings, in document order, the first few: later `<h1>`s, and the
    /// `<h1>`–`<h3>` a page marks as its entry's headline (`class="entry-title"`, "post-title",
    /// "headline", `itemprop="headline"`), outside comments and lists of other stories.
    #[serde(default)]
    pub headings: Vec<String>,
    /// `<meta>` name/property (lower-cased) and content, in document order.
    pub meta: Vec<(String, String)>,
    /// Parsed JSON-LD blocks, flattened: every object with an `@type` (including `@graph` members).
    pub json_ld: Vec<serde_json::Value>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// The addresses schema.org microdata gives as the item's `mainEntityOfPage` (`<link
    /// itemprop="mainEntityOfPage" href>`, `<meta itemprop="mainEntityOfPage" content>`),
    /// outside lists of other stories, distinct, the first few: one names the page itself, more
    /// are the items of a list.
    #[serde(default)]
    pub main_entity_of_page: Vec<String>,
    /// The title of the first feed link (`<link rel=alternate type=application/rss+xml>`), which
    /// blog tools write as the site's name ("Tide Notes » Feed").
    #[serde(default)]
    pub feed_title: Option<String>,
    /// The publisher's name as schema.org microdata gives it: the `itemprop="name"` of the
    /// nearest item scope marked `itemprop="publisher"` (its `content`, or its text).
    #[serde(default)]
    pub microdata_publisher: Option<String>,
    /// The licensor a Creative Commons notice names (the text of its `rel=cc:attributionURL`
    /// link): on a blog, its owner.
    #[serde(default)]
    pub attribution: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<time datetime>` values with whether the element (or an ancestor) marks publication.
    pub times: Vec<TimeElement>,
    /// Texts of elements marked as authors (`rel=author`, `itemprop=author`, byline classes).
    pub author_elements: Vec<String>,
    /// Every `<a href>` in document order.
    pub links: Vec<String>,
    /// Publication-date keys found in the JSON state of inline scripts (`"publishedAt": "..."`,
    /// as single-page apps and shop systems embed it), key and value, first few in page order.
    #[serde(default)]
    pub script_dates: Vec<(String, String)>,
    /// The authors of each author key of a Next.js page's `__NEXT_DATA__` script, in the JSON's
    /// order (`"author": {"name": "Ann Lee"}`, `"authors": [...]`, `"byline": "..."`), the
    /// first few: the script's JSON walked once as it is read, no tree of it built (see
    /// `next_data`).
    #[serde(default)]
    pub next_data_authors: Vec<Vec<String>>,
}

/// A `<time>` element or an element carrying a date in `itemprop`/`datetime`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TimeElement {
    /// The machine-readable value (`datetime` or `content` attribute) or the element text.
    pub value: String,
    /// `published`, `modified` or `unknown`, from `itemprop`, `pubdate` or class names.
    pub role: String,
    /// True inside a region of other texts (reader comments, a list of other stories, as
    /// `html::foreign_byline_zone` names them): the date of a comment or a teaser, not the
    /// article's.
    #[serde(default)]
    pub foreign: bool,
    /// True inside a side region of the page (a sidebar, a menu, the site's footer: see
    /// `html::side_region`): a teaser's or the site's date, which gives way to any date of the
    /// article or the page's metadata.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub side: bool,
}

/// Everything extracted from one document. Every field says where it came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Extraction {
    /// The headline, with any site-name suffix removed.
    pub title: Option<String>,
    /// Where the title came from (`og`, `jsonld`, `h1`, `title_tag`, `title_line`, `first_line`).
    pub title_source: Option<String>,
    /// The outlet's name (from `og:site_name`, JSON-LD publisher or a title suffix).
    pub site_name: Option<String>,
    /// Where the site name came from: `og_site_name`, `jsonld_publisher`, `microdata_publisher`
    /// (schema.org microdata's publisher name), `application_name`, `title_suffix`; in plain text also `masthead` (a name over the menu), `date_line` (an
    /// outlet's name before the date on a header line: "The Harbor Ledger | March 3, 2026"),
    /// `byline_line` (the outlet after a byline's name, "Ann Lee | The Harbor Ledger", or before
    /// a newsroom's credit, "The Harbor Ledger staff report") and `site_line` (a record's "Site:"
    /// field beside its "Title:").
    pub site_name_source: Option<String>,
    /// Authors, in display form.
    pub bylines: Vec<Byline>,
    /// The chosen publication date.
    pub published: Option<DateCandidate>,
    /// The chosen update date, when the page states one.
    pub updated: Option<DateCandidate>,
    /// Every date candidate found, best first.
    pub date_candidates: Vec<DateCandidate>,
    /// Every URL found in the text (wrapped ones repaired) and in links.
    pub urls: Vec<UrlRef>,
    /// The canonical or original URL of the article.
    pub canonical_url: Option<String>,
    /// Where the canonical URL came from (`link_canonical`, `og_url`, `main_entity_of_page`
    /// (microdata's or JSON-LD's, when the page names one), `original_url_line`, `url_line` (a
    /// plain-text header's "URL:" field), `hint`).
    pub canonical_source: Option<String>,
    /// News-agency credits found.
    pub agency: Vec<AgencyMarker>,
    /// The dateline opening the story ("MOSCOW (AP) —").
    pub dateline: Option<Dateline>,
    /// Photo credit lines.
    pub photo_credits: Vec<Credit>,
    /// "X contributed to this report" and "Reporting by" lines.
    pub contributors: Vec<Credit>,
    /// Non-article blocks (headline lists, appeals, chrome) with their line spans.
    pub blocks: Vec<Block>,
    /// Detected language of the article text (ISO 639-1), when reliable.
    pub language: Option<String>,
    /// Words in the article text (non-article blocks excluded).
    pub words: usize,
    /// The article text: article lines, wrapped lines joined into paragraphs, one paragraph a line.
    pub body_text: String,
    /// The word tokens of `body_text`, read once for the language's function words and kept for
    /// the heuristics, which read the same tokens (not serialised: a reader of a deserialised or
    /// changed text tokenises it again, `Tokens::read_from` telling).
    #[serde(skip)]
    pub body_tokens: crate::tokens::Tokens,
    /// 1-based line numbers of the lines that make up the article text.
    pub body_lines: Vec<usize>,
    /// Conversion artefacts seen in the text (hard wraps, hyphenation, unbalanced quotes).
    pub artefacts: Artefacts,
    /// A credit naming another outlet as the story's first publisher ("This article is
    /// republished from The Conversation", "This story originally appeared in the Valley
    /// Courier"): the document is a republication. `names` holds the outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub republished_from: Option<Credit>,
}

/// An author as shown on the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Byline {
    /// Display form: "Jane Doe".
    pub name: String,
    /// `jsonld`, `meta`, `author_element`, `byline_line`, `sign_off` (a name signing the story
    /// at its end), `reporting_credit` (a reporter of a Reuters-style "(Reporting by ...)" credit,
    /// when nothing else names anyone), `next_data` (an author in a Next.js page's `__NEXT_DATA__` props, when none of
    /// the others names anyone) or `site_owner` (nobody named, on a personal site: one named for its titled
    /// owner and served from their name, or one whose page graph says it stands for a person).
    /// People only: an agency credited as the byline is in [`Extraction::agency`].
    pub source: String,
    /// 1-based line of the text it was read from, when it came from the text.
    pub line: Option<usize>,
}

/// A date found somewhere in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateCandidate {
    /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` (with offset when known).
    pub value: String,
    /// `jsonld`, `meta`, `time`, `itemprop`, `url`, `original_url`, `dateline`, `date_line`, `text`,
    /// `title` (the title tag or description, when nothing else names a day).
    pub source: String,
    /// `published`, `modified` or `unknown`.
    pub role: String,
    /// 0–1: how much this source is trusted to give the publication date.
    pub confidence: f32,
    /// The raw text the date was read from.
    pub evidence: String,
    /// 1-based line, when read from the text.
    pub line: Option<usize>,
}

impl DateCandidate {
    /// The calendar date part (`YYYY-MM-DD`).
    pub fn date(&self) -> &str {
        self.value.get(..10).unwrap_or(&self.value)
    }
}

/// A URL found in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UrlRef {
    /// The URL, whole.
    pub url: String,
    /// 1-based line where it starts (for links: `None`).
    pub line: Option<usize>,
    /// True when it was wrapped over lines and joined back.
    pub repaired: bool,
}

/// A news-agency credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyMarker {
    /// The agency's code from the lexicon (`AP`, `Reuters`, `AFP`...).
    pub agency: String,
    /// The text that credits it: `(AP)`, `(Reuters) -`, `— Associated Press`.
    pub marker: String,
    /// 1-based line.
    pub line: Option<usize>,
}

/// A dateline opening a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place, as written ("MOSCOW", "NEW YORK").
    pub place: String,
    /// The agency credited in it, if any.
    pub agency: Option<String>,
    /// The date written in it ("March 3"), if any.
    pub date_text: Option<String>,
    /// 1-based line.
    pub line: usize,
    /// The press-release service credited in it where an agency would stand ("PR Newswire" for
    /// "/PRNewswire/", "Business Wire" for "(BUSINESS WIRE)"): a company's release, paid for and
    /// sent out whole, not an agency's story, so no agency marker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor: Option<String>,
}

/// A credit line (photo credit, contributor line).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Credit {
    /// The line as written.
    pub text: String,
    /// The names credited, when they can be read.
    pub names: Vec<String>,
    /// 1-based line.
    pub line: usize,
}

/// What a non-article block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A list of headlines or links under a heading (Related, Ranking, Trending...).
    HeadlineList,
    /// A donation or membership appeal.
    Appeal,
    /// Share bars, mobile-theme links, prompts, counters.
    Widget,
    /// Navigation, breadcrumbs, menus.
    Navigation,
    /// Header and footer furniture.
    Furniture,
    /// Reader comments.
    Comments,
    /// Photo captions and credits.
    Caption,
    /// Document metadata lines (title, byline, date lines) that are not article prose.
    Metadata,
}

/// A non-article block with its line span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// The heading line's text, if it has one ("Related").
    pub heading: Option<String>,
    /// First line (1-based, inclusive).
    pub start_line: usize,
    /// Last line (1-based, inclusive).
    pub end_line: usize,
    /// For headline lists: the items, each with its 1-based line.
    pub items: Vec<(usize, String)>,
    /// What exactly was recognised, for single-line chrome: `counter`, `breadcrumb`, or
    /// `chrome:<category>:<scraper|site>` from the chrome lexicon.
    pub label: Option<String>,
}

/// Conversion artefacts: the marks a PDF or copy-paste conversion leaves in text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Artefacts {
    /// Lines that were joined to their neighbour because they were hard-wrapped.
    pub wrapped_lines: usize,
    /// Words split by a hyphen at a line break and joined back.
    pub hyphen_joins: usize,
    /// URLs wrapped over lines and joined back.
    pub repaired_urls: usize,
    /// Quote marks that do not pair up ('" or "').
    pub mismatched_quotes: usize,
}
