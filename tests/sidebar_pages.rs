//! A site's own sidebar against the article: teasers' dates laid out before the story, and a
//! blog theme's widgets (recent posts, archives) in the story's wrapper. Fictional pages, read
//! by the real binary.

use crate::util::html_record;

/// The JSON Lines row `command` ("score" or "extract") writes for `html`.
fn row(command: &str, html: &str) -> serde_json::Value {
    html_record(command, html)
}

/// A blog theme's page: the post, with `byline`, and its sidebar of widgets in one wrapper;
/// the sidebar's "Latest" widget shows each post's date and comes first in the markup.
fn theme_page(byline: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Volunteers count the winter finches at Brackwater Marsh - Fenlight Notes</title>
<meta name="date" content="2026-02-14T09:10:00+00:00"></head>
<body><div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">Fenlight Notes</a></p></header>
<div id="content" class="site-content">
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Latest</h2><ul>
<li><a href="/2026/11/new-boardwalk/">New boardwalk opens on the north bank</a> <time class="published" datetime="2026-11-20">20 Nov</time></li>
<li><a href="/2026/11/otter-tracks/">Otter tracks in the November frost</a> <time class="published" datetime="2026-11-18">18 Nov</time></li>
<li><a href="/2026/11/old-hide/">Mending the old hide before winter</a> <time class="published" datetime="2026-11-11">11 Nov</time></li>
<li><a href="/2026/10/moth-trap/">Last moth trap results of the year</a> <time class="published" datetime="2026-10-30">30 Oct</time></li>
</ul></section></aside>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post hentry"><header class="entry-header">
<h1 class="entry-title">Volunteers count the winter finches at Brackwater Marsh</h1>{byline}</header>
<div class="entry-content"><p>Twenty-two volunteers walked the reed beds of Brackwater Marsh on
Saturday morning for the annual winter finch count, and the tally of siskins was the highest
the group has recorded in nine years.</p><p>The count leader, Tamsin Oakridge, said the mild
autumn had left the alders heavy with seed, which draws the small finches down from the hills.
Her teams logged 340 siskins, 95 redpolls and a single brambling near the sluice gate.</p>
<p>The group shares its figures with the county bird club each spring.</p></div>
</article></main></div></div></div></body></html>"#
    )
}

#[test]
fn a_sidebar_s_teaser_dates_give_way_to_the_page_s_date() {
    let v = row("extract", &theme_page(""));
    let x = &v["extraction"];
    assert_eq!(x["published"]["value"], "2026-02-14T09:10:00+00:00", "{x}");
    assert_eq!(x["published"]["source"], "meta");
}

#[test]
fn a_theme_s_recent_posts_are_the_site_s_furniture() {
    let signed = theme_page(
        r#"<span class="byline">by <a href="/author/orla-penhale/">Orla Penhale</a></span>"#,
    );
    let v = row("extract", &signed);
    let lists: Vec<_> = v["extraction"]["blocks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|b| b["kind"] == "headline_list")
        .map(|b| (b["heading"].clone(), b["label"].clone()))
        .collect();
    insta::assert_yaml_snapshot!(lists);
    let v = row("score", &signed);
    assert_eq!(v["verdict"], "original", "{v}");
    let a001 = v["signals"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|s| s["code"] == "A001");
    assert!(!a001, "{v}");
}
