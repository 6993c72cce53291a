//! Turning text into search tokens, the same way for documents and queries, in every
//! script: lowercase, accents and Arabic vowel marks removed, words split by Unicode word
//! boundaries (UAX #29), and Chinese, Japanese and Korean runs — written without spaces
//! between words — indexed as overlapping character pairs (plus single characters), so a
//! query finds a word anywhere inside a run.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Longest token kept, in characters (PostgreSQL limits lexemes to 2 KB).
const MAX_TOKEN_CHARS: usize = 60;

/// Combining marks removed after decomposition: Latin/Greek/Cyrillic accents and Arabic
/// short vowels, tanween, shadda, sukun and the tatweel.
fn is_removed_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}')
}

/// Characters of scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{20000}'..='\u{2FFFF}')
}

/// Lowercased, accents removed, compatibility forms folded (full-width Latin, half-width
/// kana), dotless ı folded to i so `istanbul` finds `İstanbul` and `Istanbul` alike.
pub fn normalize(text: &str) -> String {
    let folded: String = text
        .nfkd()
        .filter(|c| !is_removed_mark(*c))
        .collect::<String>()
        .to_lowercase()
        .chars()
        .filter(|c| !is_removed_mark(*c))
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect();
    folded.nfc().collect()
}

/// A run of text: either CJK characters or anything else.
fn runs(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let cjk = is_cjk(c);
        match current {
            Some(kind) if kind != cjk => {
                out.push((kind, &text[start..i]));
                start = i;
                current = Some(cjk);
            }
            None => current = Some(cjk),
            _ => {}
        }
    }
    if let Some(kind) = current {
        out.push((kind, &text[start..]));
    }
    out.into_iter()
}

/// One token of a query: a word, or the pairs of a CJK run that must all match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryTerm {
    /// A space-separated word; may be a prefix of a longer word or have a typo.
    Word(String),
    /// A CJK run: all of these (pairs, or the single character) must be present.
    Cjk(Vec<String>),
}

fn clip(word: &str) -> String {
    word.chars().take(MAX_TOKEN_CHARS).collect()
}

fn cjk_tokens(run: &str, out: &mut Vec<String>) {
    let chars: Vec<char> = run.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        out.push(c.to_string());
        if let Some(next) = chars.get(i + 1) {
            out.push([*c, *next].iter().collect());
        }
    }
}

/// The distinct tokens of a document's text.
pub fn document_tokens(text: &str) -> Vec<String> {
    let normalized = normalize(text);
    let mut out = Vec::new();
    for (cjk, run) in runs(&normalized) {
        if cjk {
            cjk_tokens(run, &mut out);
        } else {
            out.extend(run.unicode_words().map(clip));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The terms of a search query, in order, without duplicates.
pub fn query_terms(text: &str) -> Vec<QueryTerm> {
    let normalized = normalize(text);
    let mut out: Vec<QueryTerm> = Vec::new();
    for (cjk, run) in runs(&normalized) {
        let terms: Vec<QueryTerm> = if cjk {
            let chars: Vec<char> = run.chars().collect();
            let tokens = if chars.len() == 1 {
                vec![run.to_owned()]
            } else {
                chars.windows(2).map(|w| w.iter().collect()).collect()
            };
            vec![QueryTerm::Cjk(tokens)]
        } else {
            run.unicode_words()
                .map(|w| QueryTerm::Word(clip(w)))
                .collect()
        };
        for t in terms {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    // Bound the work a single query can cause.
    out.truncate(12);
    out
}

/// Words of a query long enough to be looked up with typo tolerance.
pub fn typo_candidates(terms: &[QueryTerm]) -> Vec<String> {
    terms
        .iter()
        .filter_map(|t| match t {
            QueryTerm::Word(w) if w.chars().count() >= 4 => Some(w.clone()),
            _ => None,
        })
        .collect()
}

/// A tsquery literal for one lexeme (quoted, quotes doubled, backslashes escaped).
fn lexeme(token: &str) -> String {
    format!("'{}'", token.replace('\\', "\\\\").replace('\'', "''"))
}

/// The PostgreSQL tsquery for the terms: every term must match; a word matches as itself,
/// as the beginning of a longer word (from 2 characters), or as any of its close
/// spellings (`similar`, from the typo lookup).
pub fn tsquery(terms: &[QueryTerm], similar: &[(String, String)]) -> Option<String> {
    let parts: Vec<String> = terms
        .iter()
        .map(|t| match t {
            QueryTerm::Cjk(tokens) => tokens
                .iter()
                .map(|t| lexeme(t))
                .collect::<Vec<_>>()
                .join(" & "),
            QueryTerm::Word(w) => {
                let mut alternatives = vec![if w.chars().count() >= 2 {
                    format!("{}:*", lexeme(w))
                } else {
                    lexeme(w)
                }];
                alternatives.extend(
                    similar
                        .iter()
                        .filter(|(q, term)| q == w && term != w)
                        .map(|(_, term)| lexeme(term)),
                );
                alternatives.join(" | ")
            }
        })
        .map(|p| format!("({p})"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" & "))
}

/// A tsvector literal of tokens (lexemes only: matching needs no positions, and the title
/// has its own vector for ranking).
pub fn tsvector_literal<'a>(tokens: impl IntoIterator<Item = &'a String>) -> String {
    let mut all: Vec<&str> = tokens.into_iter().map(String::as_str).collect();
    all.sort_unstable();
    all.dedup();
    all.iter().map(|t| lexeme(t)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accents_case_and_dotted_capitals_fold_away() {
        assert_eq!(normalize("İstanbul"), "istanbul");
        assert_eq!(normalize("ISTANBUL ıstanbul"), "istanbul istanbul");
        assert_eq!(normalize("Économie Ñandú"), "economie nandu");
        assert_eq!(normalize("Ёлка"), "елка");
        assert_eq!(normalize("ＲＯＢＯＴ"), "robot");
        // Arabic vowel marks are optional in writing.
        assert_eq!(normalize("رُوبُوت"), normalize("روبوت"));
    }

    #[test]
    fn devanagari_words_stay_whole() {
        let tokens = document_tokens("मेरा रोबोट पानी बचाता है");
        assert!(tokens.contains(&"रोबोट".to_owned()), "{tokens:?}");
        assert!(tokens.contains(&"पानी".to_owned()), "{tokens:?}");
    }

    #[test]
    fn cjk_runs_become_pairs_and_characters() {
        let tokens = document_tokens("ロボットを作りました");
        for t in ["ロボ", "ボッ", "ット", "作り", "作"] {
            assert!(
                tokens.contains(&t.to_owned()),
                "{t} missing from {tokens:?}"
            );
        }
        assert_eq!(
            query_terms("ロボット"),
            vec![QueryTerm::Cjk(vec![
                "ロボ".into(),
                "ボッ".into(),
                "ット".into()
            ])]
        );
        assert_eq!(query_terms("猫"), vec![QueryTerm::Cjk(vec!["猫".into()])]);
    }

    #[test]
    fn mixed_scripts_split_into_words_and_runs() {
        assert_eq!(
            query_terms("Scratch ゲーム robot Scratch"),
            vec![
                QueryTerm::Word("scratch".into()),
                QueryTerm::Cjk(vec!["ゲー".into(), "ーム".into()]),
                QueryTerm::Word("robot".into()),
            ]
        );
    }

    #[test]
    fn tsqueries_quote_every_lexeme_and_add_close_spellings() {
        let terms = query_terms("robat it's");
        let similar = vec![("robat".to_owned(), "robot".to_owned())];
        assert_eq!(
            tsquery(&terms, &similar).as_deref(),
            Some("('robat':* | 'robot') & ('it''s':*)")
        );
        assert_eq!(tsquery(&[], &[]), None);
        assert_eq!(
            typo_candidates(&terms),
            vec!["robat".to_owned(), "it's".to_owned()]
        );
    }

    #[test]
    fn tsvector_literals_quote_and_deduplicate() {
        let tokens: Vec<String> = vec![
            "robot".into(),
            "o'neil".into(),
            "robot".into(),
            "arm".into(),
        ];
        assert_eq!(tsvector_literal(&tokens), "'arm' 'o''neil' 'robot'");
    }

    proptest! {
        #[test]
        fn query_words_are_always_among_the_tokens_of_the_same_text(text in "\\PC{1,40}") {
            let tokens = document_tokens(&text);
            for term in query_terms(&text) {
                match term {
                    QueryTerm::Word(w) => prop_assert!(tokens.contains(&w), "{} not in {:?}", w, tokens),
                    QueryTerm::Cjk(pairs) => for p in pairs {
                        prop_assert!(tokens.contains(&p), "{} not in {:?}", p, tokens)
                    },
                }
            }
        }
    }
}
