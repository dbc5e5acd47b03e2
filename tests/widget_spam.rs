//! Spam-aggregator templates whose link farm and reaction counter sit in page furniture (a
//! sidebar `<aside>`, a `div.widget`, a footer) outside the article, against a real outlet's own
//! sidebar: fictional pages, scored by the real binary.

const STORY: &str = "<p>HALVEC, Morvania (AP) — Dockworkers at the port of Halvec extended their \
strike on Thursday after talks with the harbour authority over automated cranes broke down for a \
third time, union leaders said.</p><p>The Morvanian Dockers Union says the new cranes, ordered \
from a consortium led by Tessaro Industries, would eliminate about 1,400 jobs at the container \
terminal over five years.</p><p>“We are not against machines, we are against being thrown away,” \
union chair Ilvo Parsec told reporters outside the terminal gates.</p><p>The harbour authority \
said in a statement that the cranes were needed to keep Halvec competitive with the larger ports \
of Drenn and Sabrovia, which have already automated most of their quays.</p><p>Transport Minister \
Alda Venkov urged both sides to return to mediation, warning that ships were already being \
diverted and that exporters of timber and grain were losing money every day.</p><p>More than 40 \
vessels were waiting at anchor off the coast on Thursday, according to the port’s own tracking \
data, and shipping lines have begun adding congestion surcharges.</p>";

const FARM: &str = "<ul><li><a href=\"/1\">Pop singer Lira Vantell announces farewell tour \
dates</a></li><li><a href=\"/2\">Ten kitchen gadgets you need this winter</a></li><li><a \
href=\"/3\">Quarterback Deshon Reaves traded in surprise deal</a></li><li><a href=\"/4\">Recipe: \
slow-cooked lentil soup for cold nights</a></li><li><a href=\"/5\">Star couple confirm split \
after six years</a></li><li><a href=\"/6\">Woman finds rare coin in grandmother's \
attic</a></li></ul>";

fn verdict(html: &str) -> (String, serde_json::Value) {
    let v = crate::util::html_record("score", html);
    (v["verdict"].as_str().unwrap_or("").to_string(), v)
}

fn points(v: &serde_json::Value, code: &str) -> f64 {
    v["signals"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["code"] == code)
        .and_then(|s| s["points"].as_f64())
        .unwrap_or(0.0)
}

#[test]
fn a_link_farm_in_a_sidebar_widget_with_its_counter_is_spam() {
    // Unsigned wire text under a glued brand, the farm and the reaction counter in the sidebar.
    let html = format!(
        "<html><head><title>Dockworkers in Halvec extend strike -Hexalune</title></head><body>\
         <main><h1>Dockworkers in Halvec extend strike</h1>{STORY}</main><aside class=\"sidebar\">\
         <h4>Hot News</h4>{FARM}<div class=\"reaction\">veryGood! (637)</div></aside>\
         </body></html>"
    );
    let (verdict, v) = verdict(&html);
    assert!(
        points(&v, "A001") > 0.0,
        "the sidebar's list is measured: {v}"
    );
    assert!(
        points(&v, "A002") > 0.0,
        "the counter after the list stays a counter: {v}"
    );
    assert_eq!(verdict, "aggregator_spam", "{v}");
}

#[test]
fn a_signed_outlet_s_most_read_sidebar_does_not_count() {
    // The same unrelated headlines as the outlet's own "Most read" beside a signed story.
    let html = format!(
        "<html><head><title>Dockworkers in Halvec extend strike | Harbour Chronicle</title>\
         <meta property=\"og:site_name\" content=\"Harbour Chronicle\"></head><body><article>\
         <h1>Dockworkers in Halvec extend strike</h1><p class=\"byline\">By Sela Marr</p>\
         {STORY}</article><aside><h3>Most read</h3>{FARM}</aside></body></html>"
    )
    .replace("HALVEC, Morvania (AP) — ", "");
    let (verdict, v) = verdict(&html);
    assert_eq!(points(&v, "A001"), 0.0, "{v}");
    assert_eq!(verdict, "original", "{v}");
}

#[test]
fn like_counts_on_reader_comments_are_no_engagement_widget() {
    // A signed outlet's story with its reader comments inside the `<article>`, each comment with
    // its like count: the thread's furniture, not a template's reaction box.
    let comment = |who: &str, said: &str, likes: u32| {
        format!(
            "<li class=\"comment\"><span class=\"comment-author\">{who}</span><p>{said}</p>\
             <span class=\"comment-likes\">Like ({likes})</span></li>"
        )
    };
    let thread = [
        comment("Orla Benn", "The union has a point about retraining.", 5),
        comment("Tam Quist", "Ships waiting at anchor cost all of us.", 12),
    ]
    .concat();
    let html = format!(
        "<html><head><title>Dockworkers in Halvec extend strike | Harbour Chronicle</title>\
         <meta property=\"og:site_name\" content=\"Harbour Chronicle\"></head><body><article>\
         <h1>Dockworkers in Halvec extend strike</h1><p class=\"byline\">By Sela Marr</p>\
         {STORY}<section class=\"comments-area\" id=\"comments\"><h3>2 comments</h3>\
         <ol class=\"comment-list\">{thread}</ol></section></article></body></html>"
    )
    .replace("HALVEC, Morvania (AP) — ", "");
    let (got, v) = verdict(&html);
    assert_eq!(points(&v, "A002"), 0.0, "{v}");
    assert_eq!(got, "original", "{v}");
    // The same counters in a box the markup does not name as comments stay counters.
    let (_, v) = verdict(&html.replace("comment", "note"));
    assert!(points(&v, "A002") > 0.0, "{v}");
}

#[test]
fn a_signed_outlet_s_recent_posts_on_the_story_s_topic_do_not_count() {
    // "Recent posts" is a headline list's heading; its items here follow the port strike, as an
    // outlet's own list does, and the story is signed: no link farm.
    let recent = "<ul><li><a href=\"/a\">Halvec port strike enters its second week</a></li>\
        <li><a href=\"/b\">Dockers union rejects harbour authority offer on cranes</a></li>\
        <li><a href=\"/c\">Shipping lines add surcharges as vessels wait off Halvec</a></li>\
        <li><a href=\"/d\">Minister Venkov calls dockworkers and port to mediation</a></li></ul>";
    let html = format!(
        "<html><head><title>Dockworkers in Halvec extend strike | Harbour Chronicle</title>\
         <meta property=\"og:site_name\" content=\"Harbour Chronicle\"></head><body><article>\
         <h1>Dockworkers in Halvec extend strike</h1><p class=\"byline\">By Sela Marr</p>\
         {STORY}</article><aside><div class=\"widget\"><h3>Recent Posts</h3>{recent}</div>\
         </aside></body></html>"
    )
    .replace("HALVEC, Morvania (AP) — ", "");
    let (got, v) = verdict(&html);
    assert_eq!(points(&v, "A001"), 0.0, "{v}");
    assert_eq!(got, "original", "{v}");
}
