//! Regression tests for bugs found by fuzzing (fuzz/), each with its minimised input.

use credence_extract::{extract, read, Format, Hint};

/// fuzz/extract_text: an inline promo ("Related article: …") whose first item character is
/// several bytes long sliced the line inside that character and panicked (blocks.rs).
#[test]
fn inline_promo_with_a_multibyte_first_character() {
    for line in [
        "Related article: \u{FFFD}ocal 47 votes",
        "Read more: Élan",
        "See also: 漁船",
    ] {
        let text = format!("A title\n\n{line}\n\nSome article text follows here.\n");
        let hint = Hint {
            format: Some(Format::Text),
            ..Hint::default()
        };
        let doc = read(text.as_bytes(), &hint).unwrap();
        let x = extract(&doc, &hint);
        let promo = x
            .blocks
            .iter()
            .find(|b| b.label.as_deref() == Some("inline_promo"))
            .expect("the promo line is a block");
        let item = &promo.items[0].1;
        assert!(line.ends_with(item.as_str()), "{item:?} from {line:?}");
    }
}
