//! The HTML evidence report, loaded in headless Chromium (Debian's `chromium` package) when it is
//! installed: the table and the highlights must be in the rendered page. Skipped with a printed
//! reason when no Chromium is found.

use crate::util::credence;

fn chromium() -> Option<&'static str> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|p| std::path::Path::new(p).exists())
}

const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

#[test]
fn report_is_self_contained_and_has_the_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let out = credence(&["report", "data/samples", "-o", page.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    for external in ["src=\"http", "href=\"http", "@import", "url(http"] {
        assert!(
            !html.contains(external),
            "the page loads nothing from the network ({external})"
        );
    }
    assert!(html.contains("<table id=\"docs\">"));
    assert!(
        html.contains("<mark class=\"linkfarm\""),
        "the aggregator's link farm is highlighted"
    );
    assert!(
        html.contains("<mark class=\"stock\""),
        "stock phrases are highlighted"
    );

    let Some(chrome) = chromium() else {
        eprintln!("skipped: no Chromium found (apt-get install chromium) to load the report page");
        return;
    };
    let profile = dir.path().join("profile");
    let url = format!("file://{}", page.display());
    let dom = std::process::Command::new(chrome)
        .args(CHROMIUM_FLAGS)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", &url])
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout);
    let rows = dom.matches("<tr data-verdict=").count();
    let expected = std::fs::read_dir(crate::util::root().join("data/samples"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt" || x == "html")
        })
        .count();
    assert_eq!(
        rows, expected,
        "one table row per document in the rendered page"
    );
    assert!(
        dom.matches("<mark class=").count() > 50,
        "highlights rendered"
    );
    let shot = crate::util::root()
        .join("target")
        .join("report-screenshot.png");
    let status = std::process::Command::new(chrome)
        .args(CHROMIUM_FLAGS)
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile2").display()
        ))
        .args([
            "--window-size=1300,1600",
            &format!("--screenshot={}", shot.display()),
            &url,
        ])
        .output()
        .expect("chromium runs");
    assert!(
        status.status.success() && shot.exists(),
        "screenshot saved to {}",
        shot.display()
    );
}
