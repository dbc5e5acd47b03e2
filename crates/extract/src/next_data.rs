//! The authors in a Next.js page's `<script id="__NEXT_DATA__" type="application/json">`: the
//! page's props as JSON, where some sites keep the story's author and nowhere else.
//!
//! The JSON can be megabytes (a site's whole navigation, related stories, a CMS's records), so
//! it is walked as serde_json reads it, with no tree built: only the strings under an author's
//! key are kept, at most [`MAX_DEPTH`] levels deep, and the walk stops after [`MAX_NODES`]
//! values or [`MAX_GROUPS`] author keys.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Values read before the walk stops (every string, number, object and array counts one).
const MAX_NODES: usize = 100_000;
/// Nesting below which objects and arrays are passed over unread.
const MAX_DEPTH: usize = 24;
/// Author keys read: the story's comes first in its props more often than not, related stories'
/// after it; the caller takes the first group that names a person.
const MAX_GROUPS: usize = 8;
/// A name longer than this is a bio or a sentence, not a name.
const MAX_NAME_BYTES: usize = 120;

/// The authors of each author key of a `__NEXT_DATA__` script, in the order the JSON holds them:
/// the string value of `author`, `authors`, `byline` or `creator` (any case), or the `name`,
/// `displayName` or `fullName` string of an object under one (or of each object of an array
/// under one: `"authors": [{"name": "Ann Lee"}, ...]`). A group may be empty (an author given by
/// id only). JSON that does not parse gives what was read before the error.
pub(crate) fn authors(json: &str) -> Vec<Vec<String>> {
    let mut walk = Walk {
        nodes: 0,
        groups: Vec::new(),
    };
    let mut de = serde_json::Deserializer::from_str(json);
    // An error (bad JSON, the node limit, serde_json's own nesting limit) ends the walk; what
    // was read stands.
    let _ = Value {
        walk: &mut walk,
        depth: 0,
        role: Role::Any,
    }
    .deserialize(&mut de);
    walk.groups
}

/// What the walk has read.
struct Walk {
    nodes: usize,
    groups: Vec<Vec<String>>,
}

/// What a value is to the walk: any value, the value of an author key (group `.0`), an item of
/// an author key's array, or the value of a name key inside one of those.
#[derive(Clone, Copy)]
enum Role {
    Any,
    Author(usize),
    Item(usize),
    Name(usize),
}

/// An object key, classified as it is read (no string is kept).
enum Key {
    Author,
    Name,
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_str<E: de::Error>(self, k: &str) -> Result<Key, E> {
                Ok(
                    if ["author", "authors", "byline", "creator"]
                        .iter()
                        .any(|a| k.eq_ignore_ascii_case(a))
                    {
                        Key::Author
                    } else if matches!(k, "name" | "displayName" | "fullName") {
                        Key::Name
                    } else {
                        Key::Other
                    },
                )
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// One value of the JSON, walked in its role.
struct Value<'w> {
    walk: &'w mut Walk,
    depth: usize,
    role: Role,
}

impl Value<'_> {
    /// Counts a value; an error past [`MAX_NODES`] ends the walk.
    fn count<E: de::Error>(&mut self) -> Result<(), E> {
        self.walk.nodes += 1;
        if self.walk.nodes > MAX_NODES {
            return Err(E::custom("node limit"));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Value<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Value<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<(), E> {
        self.count()?;
        if let Role::Author(g) | Role::Item(g) | Role::Name(g) = self.role {
            let v = v.trim();
            if !v.is_empty() && v.len() <= MAX_NAME_BYTES {
                self.walk.groups[g].push(v.to_string());
            }
        }
        Ok(())
    }

    fn visit_bool<E: de::Error>(mut self, _: bool) -> Result<(), E> {
        self.count()
    }

    fn visit_i64<E: de::Error>(mut self, _: i64) -> Result<(), E> {
        self.count()
    }

    fn visit_u64<E: de::Error>(mut self, _: u64) -> Result<(), E> {
        self.count()
    }

    fn visit_f64<E: de::Error>(mut self, _: f64) -> Result<(), E> {
        self.count()
    }

    fn visit_unit<E: de::Error>(mut self) -> Result<(), E> {
        self.count()
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.count()?;
        if self.depth >= MAX_DEPTH {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(());
        }
        // The items of an author key's array are authors; an array anywhere else holds values.
        let role = match self.role {
            Role::Author(g) => Role::Item(g),
            _ => Role::Any,
        };
        let depth = self.depth + 1;
        while seq
            .next_element_seed(Value {
                walk: self.walk,
                depth,
                role,
            })?
            .is_some()
        {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.count()?;
        if self.depth >= MAX_DEPTH {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(());
        }
        let depth = self.depth + 1;
        // An author's object gives one name: its first name key ("name" before "fullName").
        let mut named = false;
        while let Some(key) = map.next_key::<Key>()? {
            let role = match (key, self.role) {
                (Key::Name, Role::Author(g) | Role::Item(g)) if !named => {
                    named = true;
                    Role::Name(g)
                }
                (Key::Author, _) if self.walk.groups.len() < MAX_GROUPS => {
                    self.walk.groups.push(Vec::new());
                    Role::Author(self.walk.groups.len() - 1)
                }
                _ => Role::Any,
            };
            map.next_value_seed(Value {
                walk: self.walk,
                depth,
                role,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::authors;
    use proptest::prelude::*;

    /// JSON values built from the keys and strings the walk reacts to, nested up to 8 levels.
    fn json() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(Value::from),
            prop::sample::select(&["Ann Lee", "  Ola Brun ", "", "By Tom Vane", "José Díaz"][..])
                .prop_map(Value::from),
            "\\PC{0,130}".prop_map(Value::from),
        ];
        let keys = prop::sample::select(
            &[
                "author",
                "Authors",
                "byline",
                "creator",
                "name",
                "displayName",
                "fullName",
                "props",
                "x",
            ][..],
        );
        leaf.prop_recursive(8, 64, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
                prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|kv| {
                    serde_json::Value::Object(
                        kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                    )
                }),
            ]
        })
    }

    proptest! {
        /// Any value, compact or pretty, gives the same bounded groups of trimmed names; cut
        /// anywhere, the JSON gives what was read before the cut: of each group of the full
        /// reading, the names up to the cut (a group opened inside an author's object may be
        /// read before its outer group's name, so not only the last group can be short).
        #[test]
        fn the_walk_reads_json_as_written_and_stops_cleanly(v in json(), cut in 0.0f64..1.0) {
            let compact = serde_json::to_string(&v).unwrap();
            let full = authors(&compact);
            prop_assert_eq!(&authors(&serde_json::to_string_pretty(&v).unwrap()), &full);
            prop_assert!(full.len() <= super::MAX_GROUPS);
            for name in full.iter().flatten() {
                prop_assert!(!name.is_empty() && name.len() <= super::MAX_NAME_BYTES);
                prop_assert_eq!(name.trim(), name.as_str());
            }
            let mut at = (compact.len() as f64 * cut) as usize;
            while !compact.is_char_boundary(at) {
                at -= 1;
            }
            let part = authors(&compact[..at]);
            prop_assert!(part.len() <= full.len());
            for (p, f) in part.iter().zip(&full) {
                prop_assert!(f.starts_with(p), "{:?} {:?}", part, full);
            }
        }
    }

    #[test]
    fn authors_under_author_keys() {
        let json = r#"{"props":{"pageProps":{"article":{"title":"Pier closes","author":{"id":7,"name":"Ann Lee","fullName":"Ann B. Lee","slug":"ann-lee"},"body":"..."},"related":[{"title":"Gulls return","authors":[{"displayName":"Ola Brun"},{"name":"Kari Holm"}]},{"byline":"By Tom Vane"},{"creator":42}]}},"page":"/news/[slug]"}"#;
        assert_eq!(
            authors(json),
            vec![
                vec!["Ann Lee".to_string()],
                vec!["Ola Brun".to_string(), "Kari Holm".to_string()],
                vec!["By Tom Vane".to_string()],
                vec![],
            ]
        );
        // Strings elsewhere are not names; "name" outside an author's object is anything's.
        assert!(authors(r#"{"site":{"name":"Harbour Post"},"title":"Ann Lee"}"#).is_empty());
        // Escaped strings are read unescaped.
        assert_eq!(
            authors(r#"{"AUTHOR":"Jos\u00e9 D\u00edaz"}"#),
            vec![vec!["José Díaz".to_string()]]
        );
    }

    #[test]
    fn the_walk_is_bounded() {
        // Broken JSON gives what was read before the break.
        assert_eq!(
            authors(r#"{"author":"Ann Lee","rest":[1,2,"#),
            vec![vec!["Ann Lee".to_string()]]
        );
        // Deeper than the limit: passed over.
        let deep = format!(
            "{}{{\"author\":\"Ann Lee\"}}{}",
            "[".repeat(super::MAX_DEPTH + 1),
            "]".repeat(super::MAX_DEPTH + 1)
        );
        assert!(authors(&deep).is_empty());
        // Nested past serde_json's own limit: an error, no panic, no overflow.
        let deeper = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(authors(&deeper).is_empty());
        // A huge state stops at the node limit: an author after it is not read.
        let many = format!(
            "{{\"items\":[{}],\"author\":\"Ann Lee\"}}",
            vec!["0"; super::MAX_NODES + 10].join(",")
        );
        assert!(authors(&many).is_empty());
        // At most MAX_GROUPS author keys.
        let keys = format!(
            "[{}]",
            vec![r#"{"author":"Ann Lee"}"#; super::MAX_GROUPS + 5].join(",")
        );
        assert_eq!(authors(&keys).len(), super::MAX_GROUPS);
    }
}
