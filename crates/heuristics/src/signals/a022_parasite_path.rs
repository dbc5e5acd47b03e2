//! A022 `parasite_path`: the page's own address puts the story inside a content system's file
//! or program folders (`/wp-content/uploads/news/dogs.html`, `/wp-includes/`, Drupal's
//! `/sites/default/files/`). A CMS serves its articles from routes of its own; a page of news
//! stored as a file among a site's uploads is what an intruder leaves on a hacked site (a dental
//! clinic's, a school's) to borrow its standing in search, with the site's own template around
//! it or none. Images and documents in those folders are what they hold by design, so only a
//! page (`.html`, `.htm`, `.php`, or no extension) counts.

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A022",
    name: "parasite_path",
    axis: Axis::Aggregator,
    doc: "The page's own URL stores the story among a CMS's files (\"/wp-content/uploads/news/x.html\", \"/sites/default/files/\"): news planted on a hacked site.",
    measure,
};

/// Folders of a CMS that hold its files and program, not its articles: a run of path segments,
/// compared case-blind.
const FILE_FOLDERS: &[&[&str]] = &[
    &["wp-content"],
    &["wp-includes"],
    &["wp-admin"],
    &["sites", "default", "files"],
];

/// Extensions of a page (a last segment without a dot is one too).
const PAGE_EXTENSIONS: &[&str] = &["html", "htm", "shtml", "php"];

/// The folder run of [`FILE_FOLDERS`] in `url`'s path, when the path ends on a page; `None` for
/// any other address or one that does not parse.
fn parasite_folder(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let segments: Vec<String> = parsed
        .path_segments()?
        .filter(|s| !s.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let last = segments.last()?;
    let is_page = match last.rsplit_once('.') {
        Some((_, ext)) => PAGE_EXTENSIONS.contains(&ext),
        None => true,
    };
    if !is_page {
        return None;
    }
    // The folder must hold the page, not be it ("/wp-admin/" alone is the login page's address).
    let folders = &segments[..segments.len() - 1];
    FILE_FOLDERS.iter().find_map(|run| {
        folders
            .windows(run.len())
            .any(|w| w.iter().zip(run.iter()).all(|(a, b)| a == b))
            .then(|| format!("/{}/", run.join("/")))
    })
}

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    // The page's own address only: an "Original url:" line names another page, on purpose.
    if cx.x.canonical_source.as_deref() == Some("original_url_line") {
        return None;
    }
    let url = cx.x.canonical_url.as_deref()?;
    let folder = parasite_folder(url)?;
    let rule = cx.policy.rule(INFO.code);
    Some(INFO.signal(
        1.0,
        rule.points(1.0),
        format!("the page's URL stores the story in the site's {folder} folder: {url}"),
        vec![cx.quote_evidence(url)],
    ))
}

#[cfg(test)]
mod tests {
    use super::parasite_folder;
    use crate::signals::testing::run;

    #[test]
    fn pages_in_file_folders_only() {
        for url in [
            "https://www.clinic.example/wp-content/uploads/news/izmir-dogs.html",
            "https://school.example/WP-Content/uploads/2026/11/story.php",
            "https://school.example/wp-includes/js/story",
            "https://council.example/sites/default/files/news/story.htm",
        ] {
            assert!(parasite_folder(url).is_some(), "{url}");
        }
        for url in [
            "https://paper.example/2026/11/20/izmir-dogs/",
            "https://paper.example/wp-content/uploads/2026/11/photo.jpg",
            "https://paper.example/wp-content/uploads/2026/11/report.pdf",
            "https://paper.example/wp-admin/",
            "https://paper.example/news/wp-content-strategy-explained",
            "https://paper.example/sites/files/story.html",
            "not a url",
        ] {
            assert!(parasite_folder(url).is_none(), "{url}");
        }
    }

    #[test]
    fn fires_on_the_page_s_canonical_url_not_on_an_original_url_line() {
        let page = |href: &str| {
            format!(
                "<html><head><title>Street dogs to be microchipped</title>\
                 <link rel=\"canonical\" href=\"{href}\"></head><body><article>\
                 <h1>Street dogs to be microchipped</h1>\
                 <p>The city will microchip 30,000 street dogs by spring under a plan approved on \
                 Wednesday, officials said.</p></article></body></html>"
            )
        };
        let s = run(
            "A022",
            &page("https://smile.example/wp-content/uploads/news/dogs.html"),
        )
        .expect("fires");
        assert_eq!(s.points, 15.0);
        assert!(s.summary.contains("/wp-content/"), "{}", s.summary);
        assert!(run("A022", &page("https://paper.example/news/dogs.html")).is_none());
        let copy = "Street dogs to be microchipped\nThe city will microchip 30,000 street dogs, officials said.\nOriginal url: https://smile.example/wp-content/uploads/news/dogs.html\n";
        assert!(run("A022", copy).is_none());
    }
}
