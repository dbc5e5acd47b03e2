//! A per-thread memory of a pure function's last few answers. The title, byline and date rules
//! each read the same header lines in turn; a line's reading that costs thousands of
//! instructions in regexes is worked out once and asked again from here.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::thread::LocalKey;

/// The answers kept, oldest first: what else than the text the answer depends on, the text, the
/// answer.
pub(crate) type Answers<K, V> = RefCell<VecDeque<(K, Box<str>, V)>>;

/// The answer of a pure function of `text` and `key`: the one `memory` holds for the same text and
/// key, else `compute()`, kept in place of the oldest answer once `kept` are held, when `text` is
/// at most `max_bytes` long (a whole text on one line is read once, and not held).
pub(crate) fn remembered<K: PartialEq + Copy + 'static, V: Clone + 'static>(
    memory: &'static LocalKey<Answers<K, V>>,
    (kept, max_bytes): (usize, usize),
    key: K,
    text: &str,
    compute: impl FnOnce() -> V,
) -> V {
    let known = memory.with_borrow(|answers| {
        answers
            .iter()
            .find(|(k, t, _)| *k == key && **t == *text)
            .map(|(_, _, v)| v.clone())
    });
    if let Some(v) = known {
        return v;
    }
    // The memory is not borrowed while the answer is worked out.
    let v = compute();
    if text.len() <= max_bytes {
        memory.with_borrow_mut(|answers| {
            if answers.len() >= kept {
                answers.pop_front();
            }
            answers.push_back((key, text.into(), v.clone()));
        });
    }
    v
}

#[cfg(test)]
mod tests {
    use super::{remembered, Answers};

    thread_local! {
        static SQUARES: Answers<u8, usize> = Answers::default();
    }

    /// Answers are those computed, whatever is kept; at most `kept` are held, the newest, and a
    /// text over `max_bytes` is not held.
    #[test]
    fn answers_as_computed_and_bounded() {
        let mut rng = crate::Xorshift::new();
        let mut computed = 0;
        for _ in 0..5_000 {
            let text = "x".repeat(rng.below(12));
            let key = rng.below(3) as u8;
            let got = remembered(&SQUARES, (4, 8), key, &text, || {
                computed += 1;
                text.len() * text.len() + usize::from(key)
            });
            assert_eq!(got, text.len() * text.len() + usize::from(key));
            SQUARES.with_borrow(|a| {
                assert!(a.len() <= 4);
                assert!(a.iter().all(|(_, t, _)| t.len() <= 8));
            });
        }
        assert!(computed < 5_000, "some answers were remembered");
    }
}
