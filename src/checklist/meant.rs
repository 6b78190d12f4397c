//! The option a refused answer to a choice most likely meant, to suggest
//! and never to take: a value a typo away (`degradd`), or the one option
//! whose label holds a word of the answer, or a word it begins
//! (`langsam` for "… mit Fehlern oder langsam", `Telefon` for "In einem
//! Telefonat oder Termin", `slow` for "… with errors or slowly").

use super::ChoiceOption;

/// The shortest word of an answer compared with the labels' words: shorter
/// ones ("or", "der", "mit") say nothing about which option was meant.
const SHORTEST_WORD: usize = 4;

/// The index of the option in `options` that `typed` most likely meant,
/// if exactly one is the likeliest.
pub fn meant(typed: &str, options: &[ChoiceOption]) -> Option<usize> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return None;
    }
    let limit = (typed.chars().count() / 4).max(1);
    let typo = options
        .iter()
        .map(|o| strsim::levenshtein(&typed, &o.value.to_lowercase()))
        .collect::<Vec<_>>();
    if let Some(at) = only_best(&typo, |d| d <= limit, false) {
        return Some(at);
    }
    let typed_words = words(&typed);
    let shared: Vec<usize> = options
        .iter()
        .map(|o| {
            let label = words(&format!("{} {}", o.label, o.value));
            typed_words
                .iter()
                .filter(|w| label.iter().any(|l| same_word(w, l)))
                .count()
        })
        .collect();
    only_best(&shared, |n| n > 0, true)
}

/// The index of the best of `scores` that `fits` (the highest with
/// `highest`, else the lowest), when no other is as good.
fn only_best(scores: &[usize], fits: impl Fn(usize) -> bool, highest: bool) -> Option<usize> {
    let best = match highest {
        true => scores.iter().copied().filter(|&s| fits(s)).max()?,
        false => scores.iter().copied().filter(|&s| fits(s)).min()?,
    };
    let mut at = scores.iter().enumerate().filter(|&(_, &s)| s == best);
    let (first, _) = at.next()?;
    at.next().is_none().then_some(first)
}

/// The words of `text` long enough to compare, lowercase.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= SHORTEST_WORD)
        .map(str::to_owned)
        .collect()
}

/// Whether two words are one, or one begins the other (`telefon`,
/// `telefonat`).
fn same_word(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(pairs: &[(&str, &str)]) -> Vec<ChoiceOption> {
        pairs
            .iter()
            .map(|(value, label)| ChoiceOption {
                value: (*value).to_owned(),
                label: (*label).to_owned(),
                outcome: None,
                advice: None,
            })
            .collect()
    }

    #[test]
    fn a_typo_or_a_word_of_one_label_is_meant_and_a_word_of_several_is_not() {
        let severity = options(&[
            (
                "live-down",
                "Der Live-Shop ist ausgefallen oder nimmt keine Bestellungen an",
            ),
            ("launch-blocked", "Ein Start oder Go-Live ist blockiert"),
            (
                "degraded",
                "Der Live-Shop läuft, aber mit Fehlern oder langsam",
            ),
            (
                "delay",
                "Das Projekt verzögert sich; der Live-Betrieb ist nicht betroffen",
            ),
        ]);
        assert_eq!(meant("langsam", &severity), Some(2));
        assert_eq!(meant("degradd", &severity), Some(2));
        assert_eq!(meant("Go-Live blockiert", &severity), Some(1));
        assert_eq!(meant("Live-Shop", &severity), None);
        assert_eq!(meant("irgendwas", &severity), None);
        assert_eq!(meant("", &severity), None);
        let channel = options(&[
            ("email", "By email"),
            ("call", "In a call or meeting"),
            ("chat", "In a chat (Slack, Teams)"),
        ]);
        assert_eq!(
            meant(
                "Telefon",
                &options(&[("call", "In einem Telefonat oder Termin")])
            ),
            Some(0)
        );
        assert_eq!(meant("Teams", &channel), Some(2));
        assert_eq!(meant("meeting", &channel), Some(1));
        assert_eq!(meant("mail", &channel), Some(0));
        assert_eq!(meant("phone", &channel), None);
    }
}
