//! A004 `title_brand_mismatch`: the title carries a brand ("... -Quillnest") that the page itself
//! never names: not in the text, not in its URL, not an agency or an author. Aggregators stamp
//! their brand on whatever they scraped; an outlet's own name shows up in its markup or URL.
//! Plain text only (see `measure`).

use super::SignalInfo;
use crate::context::Context;
use crate::model::Axis;

pub const INFO: SignalInfo = SignalInfo {
    code: "A004",
    name: "title_brand_mismatch",
    axis: Axis::Aggregator,
    doc: "A brand stamped on the title that the page never names (not in its body, URLs or credits): a plain text's title suffix (after a dash, a bar, \" :: \" or \" » \"), or one glued to the dash of an HTML page's <title> (\" -Quillnest\").",
    measure,
};

fn measure(cx: &Context) -> Option<crate::model::Signal> {
    // An HTML page's spaced title suffix is the site's own name, which its articles rarely
    // repeat ("| Zoll online", "- BUND Naturschutz in Bayern e.V."): on the 968
    // trafilatura_evaldata pages it fired 59 times, on publishers, associations and shops. So on
    // HTML only a brand glued to the dash counts (see `Context::title_brand`), the aggregator's
    // stamp the seeds show.
    let (brand, glued) = cx.title_brand()?;
    let key: String = brand
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if key.len() < 3 {
        return None;
    }
    let in_urls = cx.x.urls.iter().any(|u| {
        credence_extract::host(&u.url).is_some_and(|h| h.replace(['.', '-'], "").contains(&key))
    });
    let is_credit = cx.x.agency.iter().any(|a| a.agency.to_lowercase() == key)
        || cx
            .x
            .bylines
            .iter()
            .any(|b| b.name.to_lowercase().contains(&brand.to_lowercase()));
    // An HTML page names itself outside the article too: its stated site name, a footer's "©
    // 2026 NewsHub Ltd", a byline's "Ann Lee, NewsHub"; so its whole visible text is searched.
    let names_itself = cx.doc.format == credence_extract::Format::Html
        && cx
            .x
            .site_name
            .as_deref()
            .is_some_and(|s| holds(&alnum_lowercase(s), &key));
    let searched = if cx.doc.format == credence_extract::Format::Html {
        cx.doc.text.as_str()
    } else {
        cx.x.body_text.as_str()
    };
    // The text is searched last: it is the costly test (a copy of the whole article text).
    if in_urls || is_credit || names_itself || alnum_holds(searched, &key) {
        return None;
    }
    let rule = cx.policy.rule(INFO.code);
    // The brand's line; when the text never shows it (it is only in `<title>`), the brand itself
    // is the evidence, with no line (line 1 was quoted before, which may not exist).
    let at = cx.doc.text.find(brand);
    let evidence = match at {
        Some(p) => cx.line_evidence(cx.doc.line_of(p)),
        None => cx.quote_evidence(brand),
    };
    // A brand glued to the dash ("... -Quillnest") is the stamp aggregator templates leave; a
    // suffix set off with spaces ("... | The Harbour Ledger") is how outlets title their own
    // pages, which a text export of one keeps: half the points, so it never makes the verdict
    // with one other weak signal.
    let units = if glued { 1.0 } else { 0.5 };
    Some(INFO.signal(
        units,
        rule.points(units),
        format!(
            "title brand \"{brand}\" is named nowhere else on the page{}",
            if glued { " (glued to the title)" } else { "" }
        ),
        vec![evidence],
    ))
}

/// The letters and digits of `text`, lower-cased, in one pass over its bytes, an ASCII byte
/// kept and lower-cased without decoding it: collecting the text a character at a time into a
/// string and lower-casing that copy was most of A004's cost, on every plain text with a brand
/// in its title. `str::to_lowercase` lower-cases each character by itself
/// (`char::to_lowercase`) but for 'Σ', whose lower case depends on its neighbours: a text
/// holding one is lower-cased the old way. The UTF-8 bytes of the string, not a `String`: an
/// ASCII byte is one lookup in `ALNUM_LOWER` and one byte pushed (a `char` pushed to a `String`
/// and two range tests were about 26 instructions a byte of article text).
fn alnum_lowercase(text: &str) -> Vec<u8> {
    if text.contains('Σ') {
        return text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
            .into_bytes();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let lower = ALNUM_LOWER[usize::from(b)];
            if lower != 0 {
                out.push(lower);
            }
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
        i += c.len_utf8();
    }
    out
}

/// An ASCII letter or digit lower-cased; 0 for any other ASCII byte.
static ALNUM_LOWER: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// True when `key` occurs in `alnum_lowercase(text)`, without the copy: the key's first byte
/// is looked for in either case (memchr's SIMD search), and from each place it occurs the
/// text's next letters and digits are compared with the key's, the characters the copy drops
/// passed over. Copying the article text (9 instructions a byte of ASCII, 20 of other text)
/// was nine tenths of A004's cost; no crate searches a string through characters it skips.
///
/// For an ASCII key only, on a text without the characters outside ASCII whose lower case
/// holds an ASCII letter ([`TO_ASCII_LOWER`]) or whose lower case depends on their neighbours
/// ('Σ'): then every other letter or digit outside ASCII leaves bytes outside ASCII in the copy,
/// which no ASCII key holds. A key of more than 64 bytes (the walk from each candidate is as
/// long as the key) takes the copy too.
fn alnum_holds(text: &str, key: &str) -> bool {
    let (t, k) = (text.as_bytes(), key.as_bytes());
    if k.is_empty()
        || k.len() > 64
        || !key.is_ascii()
        || !text.is_ascii()
            && TO_ASCII_LOWER
                .iter()
                .chain(["Σ"].iter())
                .any(|c| memchr::memmem::find(t, c.as_bytes()).is_some())
    {
        return holds(&alnum_lowercase(text), key);
    }
    // The key is letters and digits lower-cased, as the copy is: a key holding any other byte
    // occurs nowhere in it.
    if k.iter().any(|&b| ALNUM_LOWER[usize::from(b)] != b) {
        return false;
    }
    let matches_from = |start: usize| {
        let mut j = start + 1;
        for &want in &k[1..] {
            loop {
                let Some(&b) = t.get(j) else {
                    return false;
                };
                if b >= 0x80 {
                    // A character outside ASCII: a letter or digit leaves bytes outside ASCII
                    // in the copy, which end the match; any other is dropped.
                    let c = text[j..].chars().next().unwrap_or(' ');
                    if c.is_alphanumeric() {
                        return false;
                    }
                    j += c.len_utf8();
                    continue;
                }
                j += 1;
                let lower = ALNUM_LOWER[usize::from(b)];
                if lower != 0 {
                    if lower != want {
                        return false;
                    }
                    break;
                }
            }
        }
        true
    };
    let first = k[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), t).any(matches_from)
}

/// The letters outside ASCII whose lower case holds an ASCII letter: 'İ' ("i" and a combining
/// dot) and the Kelvin sign ("k"). A test reads every character for them.
const TO_ASCII_LOWER: &[&str] = &["\u{130}", "\u{212a}"];

/// True when `key` occurs in `haystack` (memchr's SIMD substring search).
fn holds(haystack: &[u8], key: &str) -> bool {
    memchr::memmem::find(haystack, key.as_bytes()).is_some()
}

#[cfg(test)]
mod tests {
    use crate::signals::testing::run;

    /// `alnum_lowercase` is the character walk it replaced, on seeded random texts.
    #[test]
    fn alnum_lowercase_as_the_character_walk() {
        const PIECES: &[&str] = &[
            "Harbor ", "THE", "x2", "42", "-", ".", "'", " ", "\n", "\t", "_", "~", "\u{7f}", "\0",
            "Zz", "é", "İ", "ß", "Σ", "日", "٣", "’", "ǅ", "Ω", "ﬁ", "ᾼ", "\u{300}", "\u{a0}",
        ];
        // A third of the texts from the ASCII pieces only (the first 15), a third without 'Σ'
        // (which takes the old way), a third from all.
        let no_sigma: Vec<&str> = PIECES.iter().copied().filter(|&p| p != "Σ").collect();
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        for k in 0..15_000 {
            let pieces = match k % 3 {
                0 => &PIECES[..15],
                1 => &no_sigma[..],
                _ => PIECES,
            };
            let t = rng.string(pieces, 40);
            let by_chars = t
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            assert_eq!(super::alnum_lowercase(&t), by_chars.into_bytes(), "{t:?}");
        }
    }

    /// `TO_ASCII_LOWER` holds every letter or digit outside ASCII whose lower case holds an
    /// ASCII character.
    #[test]
    fn to_ascii_lower_lists_every_such_letter() {
        let found: Vec<String> = (0x80..=0x10_ffff_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_alphanumeric() && c.to_lowercase().any(|l| l.is_ascii()))
            .map(String::from)
            .collect();
        assert_eq!(found, super::TO_ASCII_LOWER);
    }

    /// `alnum_holds` is the search of the copy it replaced, on seeded random texts and keys
    /// (keys cut from the texts' own copies, so that many occur).
    #[test]
    fn alnum_holds_as_the_search_of_the_copy() {
        const PIECES: &[&str] = &[
            "Harbor ", "harbor", "THE", "x2", "42", "-", ".", "'", " ", "\n", "b", "B", "~", "é",
            "’", "\u{a0}", "—", "日", "٣", "\u{301}", "\u{212a}", "İ", "K", "Σ", "\u{7f}",
        ];
        let mut rng = crate::Xorshift::seeded(0x5eed_a004);
        for k in 0..20_000 {
            // A third of the texts ASCII only (the first 13 pieces), a third without the
            // letters that take the copy (the first 20).
            let pieces = match k % 3 {
                0 => &PIECES[..13],
                1 => &PIECES[..20],
                _ => PIECES,
            };
            let t = rng.string(pieces, 30);
            let copy = super::alnum_lowercase(&t);
            let from = rng.below(copy.len().max(1));
            let len = 1 + rng.below(8);
            let cut =
                String::from_utf8_lossy(&copy[from.min(copy.len())..(from + len).min(copy.len())])
                    .into_owned();
            let other = rng.string(&PIECES[..4], 2).to_lowercase();
            for key in [cut.as_str(), other.as_str(), "harborb", "2b", "x"] {
                assert_eq!(
                    super::alnum_holds(&t, key),
                    super::holds(&copy, key),
                    "{t:?} {key:?}"
                );
            }
        }
    }

    #[test]
    fn glued_brand_fires() {
        let src = "Current:Home > NewsHarbor chief quits over bridge row -Quillnest\nHarbor chief quits over bridge row\nDate:2024-05-02 10:00:00\nThe harbor chief resigned on Tuesday after a row over the bridge closure, officials said.\n";
        let s = run("A004", src).expect("fires");
        insta::assert_yaml_snapshot!(s);
    }

    #[test]
    fn a_suffix_set_off_with_spaces_weighs_half() {
        let src = "Harbor chief quits over bridge row | Quillnest Weekly\nBy Ann Lee\nMay 2, 2024\n\nThe harbor chief resigned on Tuesday after a row over the bridge closure, officials said.\n";
        let s = run("A004", src).expect("fires");
        assert_eq!(s.value, 0.5);
        assert_eq!(s.points, 6.0);
        assert!(!s.summary.contains("glued"));
    }

    /// A text's brand after " :: " is set off as after a spaced dash: half the points when the
    /// page never names it, none when the text does.
    #[test]
    fn a_brand_after_double_colons_weighs_half() {
        let src = |body_end: &str| {
            format!("Volunteers count record number of seal pups on Skerra :: PetWorld Central\nBy Hanne Lyngstad\n\nVolunteers counted 1,912 grey seal pups on Skerra this autumn, the trust said.{body_end}\n")
        };
        let s = run("A004", &src("")).expect("fires");
        assert_eq!(s.value, 0.5);
        assert!(s.summary.contains("PetWorld Central"), "{}", s.summary);
        assert!(run("A004", &src(" Read more on PetWorld Central.")).is_none());
    }

    #[test]
    fn an_html_title_suffix_is_the_site_s_own_name() {
        let page = "<html><head><title>Harbor chief quits over bridge row | Quillnest Weekly</title></head>\
            <body><article><h1>Harbor chief quits over bridge row</h1><p>The harbor chief resigned on \
            Tuesday after a row over the bridge closure, officials said. The council will meet on \
            Friday to choose a successor, the mayor said.</p></article></body></html>";
        assert!(run("A004", page).is_none());
    }

    #[test]
    fn named_brand_does_not_fire() {
        let src = "Harbor chief quits over bridge row -Quillnest\nThe harbor chief told Quillnest on Tuesday that he would resign after the bridge row.\n";
        assert!(run("A004", src).is_none());
    }

    #[test]
    fn html_only_a_brand_glued_to_the_dash() {
        let page = |title: &str| {
            format!(
                r#"<html><head><title>{title}</title></head><body><div class="header"><a href="/">Home</a></div><article><h1>Ferry runs aground near island</h1><p>A ferry ran aground on Thursday near the island of Valdora, officials said. All 212 passengers were taken ashore by lifeboat.</p></article></body></html>"#
            )
        };
        let s = run("A004", &page("Ferry runs aground near island -Quillnest")).expect("fires");
        assert!(s.summary.contains("glued"), "{}", s.summary);
        assert_eq!(s.points, 12.0);
        // A spaced suffix is the site's own name; a glued brand the page names is its own.
        assert!(run("A004", &page("Ferry runs aground near island - Quillnest")).is_none());
        assert!(run("A004", &page("Ferry runs aground near island | Quillnest")).is_none());
        let named = page("Ferry runs aground near island -Quillnest")
            .replace("</article>", "<p>Follow Quillnest for more.</p></article>");
        assert!(run("A004", &named).is_none());
        // Named in the footer or as the stated site name; or a label of the page, not a brand.
        let footer = page("Ferry runs aground near island -Quillnest")
            .replace("</body>", "<footer>© 2026 Quillnest Ltd</footer></body>");
        assert!(run("A004", &footer).is_none());
        let stated = page("Ferry runs aground near island -Quillnest").replace(
            "<head>",
            r#"<head><meta property="og:site_name" content="Quillnest">"#,
        );
        assert!(run("A004", &stated).is_none());
        assert!(run("A004", &page("Ferry runs aground near island -Video")).is_none());
        assert!(run("A004", &page("Ferry runs aground near island -Page 2")).is_none());
    }
}
