//! The speaker hint of a drafted statement: the subject of its attribution
//! verb ("… the army said on Tuesday" hints "the army", not a name earlier
//! in the sentence), never a channel ("on Twitter", "on X", "state media"),
//! and the channel the sentence names, when it names one.

use crate::author::validate::words;

/// A byte range of the article.
pub type Range = (usize, usize);

/// Words that may stand between a subject and its verb ("the army also said").
const BETWEEN: [&str; 13] = [
    "also",
    "has",
    "have",
    "had",
    "later",
    "earlier",
    "previously",
    "then",
    "again",
    "separately",
    "was",
    "were",
    "repeatedly",
];
/// Words that open a clause: a subject going back from its verb stops there.
const CLAUSE_STARTS: [&str; 17] = [
    "that", "and", "but", "which", "when", "as", "while", "after", "before", "because", "if",
    "than", "so", "where", "though", "although", "said",
];
/// Words after which a name is a place or a channel, not a subject's head.
const PREPOSITIONS: [&str; 8] = ["of", "in", "from", "for", "at", "on", "via", "near"];
/// Pronouns: the speaker is someone named before.
const PRONOUNS: [&str; 7] = ["he", "she", "they", "it", "we", "i", "you"];
/// Words that make the verb after them an adjective ("no reported casualties").
const ADJECTIVE_LEADS: [&str; 6] = ["no", "the", "a", "an", "its", "their"];
/// The longest subject, in words ("Tavelian Interior Minister Mara Vint").
const MAX_WORDS: usize = 6;
/// Platforms, by name: a statement's channel, never its speaker.
const PLATFORMS: [&str; 8] = [
    "twitter",
    "x",
    "telegram",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "whatsapp",
];
/// Channels in words, and the `channel` each is; never a speaker.
const CHANNELS: [(&str, &str); 7] = [
    ("on x", "post_on_x"),
    ("on twitter", "post_on_twitter"),
    ("on telegram", "post_on_telegram"),
    ("state media", "state_media"),
    ("state television", "state_media"),
    ("state tv", "state_media"),
    ("state news agency", "state_media"),
];

fn lower(text: &str, (s, e): Range) -> String {
    text[s..e].to_lowercase()
}

/// Whether a span is a pronoun ("he", "It").
pub fn is_pronoun(text: &str, r: Range) -> bool {
    PRONOUNS.contains(&lower(text, r).as_str())
}

/// Whether a span names a channel: a platform, "on …"/"via …" a name, "state media".
pub fn is_channel(text: &str, r: Range) -> bool {
    let w = lower(text, r);
    let before = text[..r.0].to_lowercase();
    PLATFORMS.contains(&w.as_str())
        || CHANNELS
            .iter()
            .any(|(c, _)| w == *c || w.ends_with(&format!(" {c}")))
        || before.ends_with("on ")
        || before.ends_with("via ")
}

/// The `channel` value a sentence names ("said on X" -> "post_on_x").
pub fn channel_in(sentence: &str) -> Option<&'static str> {
    let s = sentence.to_lowercase();
    let named = |phrase: &str| {
        s.match_indices(phrase).any(|(i, _)| {
            let end = i + phrase.len();
            !s[end..].starts_with(char::is_alphanumeric) && !s[..i].ends_with(char::is_alphanumeric)
        })
    };
    CHANNELS
        .iter()
        .find(|(phrase, _)| named(phrase))
        .map(|(_, c)| *c)
}

/// The subject of the attribution verb `verb` inside `block`: the phrase
/// just before it (its head name when it ends in one), or after it when
/// the verb follows a quotation ("…,” said Ivo Brandt); a pronoun as it
/// stands (see `antecedent`). None for a verb used as an adjective ("no
/// reported casualties"). Never a channel.
pub fn subject(text: &str, block: Range, verb: Range, names: &[Range]) -> Option<Range> {
    let ws: Vec<Range> = words(&text[block.0..block.1])
        .into_iter()
        .map(|(s, e)| (block.0 + s, block.0 + e))
        .collect();
    let i = ws.iter().position(|w| *w == verb)?;
    let adjective = i > 0
        && joined(text, ws[i - 1], verb)
        && ADJECTIVE_LEADS.contains(&lower(text, ws[i - 1]).as_str());
    if adjective {
        return None;
    }
    let found = match before(text, &ws, i) {
        Some(p) if is_pronoun(text, p) => Some(p),
        Some(p) => Some(head(text, names, p)),
        None if after_a_quote(text, block, verb) => after(text, &ws, i, names),
        None => None,
    };
    found.filter(|r| !is_channel(text, *r))
}

/// Two words in one phrase: only spaces, an apostrophe or a hyphen between.
fn joined(text: &str, a: Range, b: Range) -> bool {
    text[a.1..b.0]
        .chars()
        .all(|c| matches!(c, ' ' | '\'' | '’' | '-'))
}

fn before(text: &str, ws: &[Range], i: usize) -> Option<Range> {
    let mut j = i;
    while j > 0
        && joined(text, ws[j - 1], ws[j])
        && BETWEEN.contains(&lower(text, ws[j - 1]).as_str())
    {
        j -= 1;
    }
    let end = j;
    while j > 0
        && end - j < MAX_WORDS
        && joined(text, ws[j - 1], ws[j])
        && !CLAUSE_STARTS.contains(&lower(text, ws[j - 1]).as_str())
    {
        j -= 1;
        if PRONOUNS.contains(&lower(text, ws[j]).as_str()) {
            break;
        }
    }
    (j < end).then(|| (ws[j].0, ws[end - 1].1))
}

/// A phrase's head: the name it ends in, unless that name follows a
/// preposition ("Residents of Tavel" is the residents).
fn head(text: &str, names: &[Range], phrase: Range) -> Range {
    let name = names
        .iter()
        .filter(|n| n.1 == phrase.1 && n.0 >= phrase.0 && !is_channel(text, **n))
        .min_by_key(|n| n.0);
    let after_preposition = |n: &Range| {
        let lead = text[phrase.0..n.0].trim_end();
        PREPOSITIONS.iter().any(|p| {
            lead.to_lowercase().ends_with(&format!(" {p}")) || lead.eq_ignore_ascii_case(p)
        })
    };
    match name {
        Some(n) if !after_preposition(n) => extend_capitals(text, phrase, *n),
        _ => phrase,
    }
}

/// A one-word name with capitalised words before it in the phrase, titles
/// aside: "the Taliban Defence Ministry" is "Taliban Defence Ministry".
fn extend_capitals(text: &str, phrase: Range, name: Range) -> Range {
    let lead: Vec<Range> = words(&text[phrase.0..name.0])
        .into_iter()
        .map(|(s, e)| (phrase.0 + s, phrase.0 + e))
        .collect();
    if text[name.0..name.1].contains(' ') {
        return name;
    }
    let mut start = name.0;
    for w in lead.iter().rev() {
        let word = &text[w.0..w.1];
        let capital = word.starts_with(char::is_uppercase);
        if !capital
            || crate::author::draft::TITLES.contains(&word)
            || !joined(text, *w, (start, start))
        {
            break;
        }
        start = w.0;
    }
    (start, name.1)
}

/// The verb right after a closing quotation mark (and its comma).
fn after_a_quote(text: &str, block: Range, verb: Range) -> bool {
    let lead = text[block.0..verb.0].trim_end();
    lead.ends_with(['”', '"', '’']) || lead.ends_with(",”") || lead.ends_with(",\"")
}

/// The subject after the verb: a name right after it, or the phrase up to
/// a preposition or punctuation, by its head.
fn after(text: &str, ws: &[Range], i: usize, names: &[Range]) -> Option<Range> {
    let mut j = i + 1;
    while j < ws.len()
        && j - i <= MAX_WORDS
        && joined(text, ws[j - 1], ws[j])
        && !PREPOSITIONS.contains(&lower(text, ws[j]).as_str())
        && !CLAUSE_STARTS.contains(&lower(text, ws[j]).as_str())
    {
        j += 1;
    }
    if j == i + 1 {
        return None;
    }
    let phrase = (ws[i + 1].0, ws[j - 1].1);
    // The last name in it: "army spokesman Ivo Brandt" is Ivo Brandt.
    let name = names
        .iter()
        .filter(|n| n.0 >= phrase.0 && n.1 <= phrase.1 && !is_channel(text, **n))
        .max_by_key(|n| (n.1, std::cmp::Reverse(n.0)));
    Some(name.copied().unwrap_or(phrase))
}

/// For "he said" with no attribution before it: the nearest name before,
/// in the same block, or the pronoun itself.
pub fn antecedent(text: &str, names: &[Range], block: Range, pronoun: Range) -> Option<Range> {
    names
        .iter()
        .filter(|n| n.0 >= block.0 && n.1 <= pronoun.0 && !is_channel(text, **n))
        .filter(|n| !PRONOUNS.contains(&lower(text, **n).as_str()))
        .max_by_key(|n| n.1)
        .copied()
        .or(Some(pronoun))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::author::draft::name_spans;

    /// The hint for the first `verb` of a one-block text.
    fn hint(text: &str, verb: &str) -> Option<String> {
        let at = text.find(&format!(" {verb}")).unwrap() + 1;
        let names = name_spans(text);
        subject(text, (0, text.len()), (at, at + verb.len()), &names)
            .map(|(s, e)| text[s..e].to_string())
    }

    #[test]
    fn the_hint_is_the_verbs_subject_not_the_nearest_name() {
        let text =
            "Militants of the Borduria Liberation Front attacked a post, the army said on Tuesday.";
        assert_eq!(hint(text, "said").as_deref(), Some("the army"));
        let text = "Tavelian Interior Minister Mara Vint told reporters in Ostra.";
        assert_eq!(hint(text, "told").as_deref(), Some("Mara Vint"));
        let text = "Residents of Tavel said several houses had burned.";
        assert_eq!(hint(text, "said").as_deref(), Some("Residents of Tavel"));
        let text = "Dorsk's army also denied firing across the border.";
        assert_eq!(hint(text, "denied").as_deref(), Some("Dorsk's army"));
    }

    #[test]
    fn a_subject_after_a_quotation_is_found_after_the_verb() {
        let text = "“No civilians were harmed,” said army spokesman Ivo Brandt on Monday.";
        assert_eq!(hint(text, "said").as_deref(), Some("Ivo Brandt"));
        let text = "Ivo Brandt spoke first. “We will answer,” he said.";
        assert_eq!(hint(text, "said").as_deref(), Some("he"));
        let names = name_spans(text);
        let he = text.find("he said").unwrap();
        let found = antecedent(text, &names, (0, text.len()), (he, he + 2)).unwrap();
        assert_eq!(&text[found.0..found.1], "Ivo Brandt");
        let text = "There were no reported casualties.";
        assert_eq!(hint(text, "reported"), None);
    }

    #[test]
    fn a_channel_is_never_the_speaker() {
        let text = "“It is war,” said on Twitter a minister.";
        assert_ne!(hint(text, "said").as_deref(), Some("Twitter"));
        let text =
            "Kabul's spokesman Zabihullah Mujahid said on Twitter that the strikes hit homes.";
        assert_eq!(hint(text, "said").as_deref(), Some("Zabihullah Mujahid"));
        let text = "State media said the talks had failed.";
        assert_eq!(hint(text, "said"), None);
        let text = "The group, posting on X, said the raid failed.";
        assert_eq!(hint(text, "said"), None);
        assert_eq!(
            channel_in("He said on X that it failed."),
            Some("post_on_x")
        );
        assert_eq!(channel_in("State media reported it."), Some("state_media"));
        assert_eq!(channel_in("He said on Xmas Day."), None);
    }
}
