//! What to say about an answer key the checklist does not have: the key
//! that was most likely meant, or every key while they are few.

use crate::checklist::Checklist;
use crate::error::{At, Error, KeyHint};

/// The error for `key`, which names no question of `checklist`, found at
/// `at`.
pub fn unknown_key(checklist: &Checklist, key: &str, at: At) -> Error {
    let keys = checklist.keys();
    let hint = if let Some(close) = closest(key, &keys) {
        KeyHint::Closest(close.to_owned())
    } else if keys.len() <= MAX_KEYS_SHOWN {
        KeyHint::Known(keys)
    } else {
        KeyHint::Many(keys.len())
    };
    Error::UnknownKey {
        at: Box::new(at),
        key: key.to_owned(),
        hint,
    }
}

/// The most keys an unknown-key hint lists; beyond, it points at `template`.
const MAX_KEYS_SHOWN: usize = 20;

/// The longest typed key compared letter by letter with the known keys:
/// the comparison costs the product of two lengths, and no typo is that
/// long.
const MAX_COMPARED: usize = 64;

/// The key `typed` most likely meant, if one is close: at most three edits
/// away (fewer for short keys); or, for a typo in a shortened key, that close
/// to the start of one (`scope.reviewd`); or a key with the same question id
/// under another section or none (`reviewed-deliverables`); or one that
/// `typed` starts with (`scope.reviewed-deliverables.yes`).
fn closest<'k>(typed: &str, keys: &'k [String]) -> Option<&'k str> {
    let typed = typed.trim().to_lowercase();
    let len = typed.chars().count();
    let limit = (len / 3).clamp(1, 3);
    // Keys whose length is more than `limit` away cannot be that close.
    let best = |distance: &dyn Fn(&str) -> usize, near: &dyn Fn(usize) -> bool| {
        if len > MAX_COMPARED {
            return None;
        }
        keys.iter()
            .filter(|k| near(k.chars().count()))
            .map(|k| (distance(k), k.as_str()))
            .min_by_key(|&(d, _)| d)
            .filter(|&(d, _)| d <= limit)
            .map(|(_, k)| k)
    };
    let question = |key: &str| key.rsplit_once('.').map_or(key, |(_, id)| id).to_owned();
    let typed_question = question(&typed);
    best(&|k| strsim::levenshtein(&typed, k), &|n| {
        n.abs_diff(len) <= limit
    })
    .or_else(|| {
        (typed_question.chars().count() >= 3)
            .then(|| {
                best(
                    &|k| {
                        let start = k.char_indices().nth(len).map_or(k, |(at, _)| &k[..at]);
                        strsim::levenshtein(&typed, start)
                    },
                    &|n| n + limit >= len,
                )
            })
            .flatten()
    })
    .or_else(|| {
        keys.iter()
            .find(|k| question(k) == typed_question)
            .map(String::as_str)
    })
    .or_else(|| {
        keys.iter()
            .find(|k| {
                typed
                    .strip_prefix(k.as_str())
                    .is_some_and(|rest| rest.starts_with(['.', '-', '_', ' ', ':', '=']))
            })
            .map(String::as_str)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::load_str;
    use crate::i18n::Lang;

    #[test]
    fn unknown_keys_get_the_closest_key_when_one_is_close() {
        let keys: Vec<String> = load_str("en", Lang::En.checklist()).unwrap().keys();
        for (typed, want) in [
            (
                "scope.reviewed-deliverable",
                Some("scope.reviewed-deliverables"),
            ),
            (
                "Scope.Reviewed-Deliverables",
                Some("scope.reviewed-deliverables"),
            ),
            ("scope.reviewd", Some("scope.reviewed-deliverables")),
            ("scope.planing", Some("scope.planning-impact")),
            ("reviewed-deliverables", Some("scope.reviewed-deliverables")),
            ("context.examples", Some("specificity.examples")),
            ("context.product.cloud", Some("context.product")),
            (
                "partner-contact.raised-at",
                Some("partner-contact.raised-on"),
            ),
            ("scope.qqqq", None),
            ("scope.x", None),
            ("k0", None),
            ("", None),
        ] {
            assert_eq!(closest(typed, &keys), want, "{typed}");
        }
    }
}
