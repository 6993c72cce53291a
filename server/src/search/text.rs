//! Turning text into search tokens, the same way for documents and queries, in every
//! script: lowercase, accents and Arabic vowel marks removed, ß as ss, emoji variation
//! selectors dropped, katakana as hiragana and traditional Chinese as simplified (so the
//! spellings visitors really type meet), words split by Unicode word boundaries
//! (UAX #29), and Chinese, Japanese and Korean runs — written without spaces between
//! words — indexed as overlapping character pairs (plus single characters), so a query
//! finds a word anywhere inside a run; a Korean phrase matches with or without its space.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// OpenCC's traditional-to-simplified conversion (phrases, then characters).
static TO_SIMPLIFIED: LazyLock<Option<ferrous_opencc::OpenCC>> = LazyLock::new(|| {
    ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s)
        .map_err(|e| tracing::error!(error = %e, "the Chinese conversion tables did not load"))
        .ok()
});

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

/// Emoji and text presentation selectors (and the ideographic variation selectors).
fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Katakana as hiragana (the same syllables; visitors type either).
fn hiragana(c: char) -> char {
    match c {
        '\u{30A1}'..='\u{30F6}' | '\u{30FD}'..='\u{30FE}' => {
            char::from_u32(u32::from(c) - 0x60).unwrap_or(c)
        }
        _ => c,
    }
}

/// Lowercased, accents removed, compatibility forms folded (full-width Latin, half-width
/// kana), dotless ı folded to i so `istanbul` finds `İstanbul` and `Istanbul` alike, ß as
/// ss, variation selectors dropped, katakana as hiragana, traditional Chinese characters
/// as simplified.
pub fn normalize(text: &str) -> String {
    let folded: String = text
        .nfkd()
        .filter(|c| !is_removed_mark(*c) && !is_variation_selector(*c))
        .collect::<String>()
        .to_lowercase()
        .chars()
        .filter(|c| !is_removed_mark(*c))
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect::<String>()
        .replace('ß', "ss");
    let composed: String = folded.nfc().map(hiragana).collect();
    match &*TO_SIMPLIFIED {
        Some(cc)
            if composed
                .chars()
                .any(|c| matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')) =>
        {
            cc.convert(&composed)
        }
        _ => composed,
    }
}

/// Hangul syllables (Korean, written with spaces that visitors may leave out).
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}')
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

/// The distinct tokens of a document's text. Two Korean words with only a space between
/// them also give the pair across the space, so the phrase written without its space
/// finds them.
pub fn document_tokens(text: &str) -> Vec<String> {
    let normalized = normalize(text);
    let mut out = Vec::new();
    let mut previous_hangul: Option<char> = None;
    let mut space_only = false;
    for (cjk, run) in runs(&normalized) {
        if cjk {
            if let (Some(last), true, Some(first)) =
                (previous_hangul, space_only, run.chars().next())
                && is_hangul(first)
            {
                out.push([last, first].iter().collect());
            }
            cjk_tokens(run, &mut out);
            previous_hangul = run.chars().last().filter(|c| is_hangul(*c));
            space_only = false;
        } else {
            out.extend(run.unicode_words().map(clip));
            space_only = previous_hangul.is_some() && run.chars().all(char::is_whitespace);
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

/// A tsvector literal for one lexeme (quoted, quotes doubled, backslashes escaped).
fn lexeme(token: &str) -> String {
    format!("'{}'", token.replace('\\', "\\\\").replace('\'', "''"))
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
        // (Katakana is indexed as hiragana.)
        let tokens = document_tokens("ロボットを作りました");
        for t in ["ろぼ", "ぼっ", "っと", "作り", "作"] {
            assert!(
                tokens.contains(&t.to_owned()),
                "{t} missing from {tokens:?}"
            );
        }
        assert_eq!(
            query_terms("ロボット"),
            vec![QueryTerm::Cjk(vec![
                "ろぼ".into(),
                "ぼっ".into(),
                "っと".into()
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
                QueryTerm::Cjk(vec!["げー".into(), "ーむ".into()]),
                QueryTerm::Word("robot".into()),
            ]
        );
    }

    #[test]
    fn words_of_four_characters_or_more_get_a_typo_lookup() {
        let terms = query_terms("robat it's ab ロボット");
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

    #[test]
    fn the_spellings_visitors_type_meet() {
        // German ß, Russian ё, Turkish ı, full-width forms, emoji variation selectors.
        assert_eq!(normalize("Straße"), normalize("STRASSE"));
        assert_eq!(normalize("ёж"), normalize("еж"));
        assert_eq!(normalize("ＡＢＣ１２３"), "abc123");
        assert_eq!(normalize("❤\u{FE0F}"), normalize("❤"));
        // Hiragana and katakana for the same word.
        assert_eq!(normalize("ロボット"), normalize("ろぼっと"));
        assert_eq!(normalize("ｹﾞｰﾑ"), normalize("げーむ"));
        // Traditional and simplified Chinese.
        assert_eq!(normalize("機器人遊戲"), normalize("机器人游戏"));
        assert_eq!(normalize("學校"), "学校");
    }

    #[test]
    fn a_korean_phrase_matches_with_or_without_its_space() {
        let spaced = document_tokens("학교 프로젝트");
        let joined = document_tokens("학교프로젝트");
        for query in ["학교프로젝트", "학교 프로젝트"] {
            for tokens in [&spaced, &joined] {
                for term in query_terms(query) {
                    let QueryTerm::Cjk(pairs) = term else {
                        panic!("Hangul is a CJK run")
                    };
                    for p in pairs {
                        assert!(tokens.contains(&p), "{query}: {p} not in {tokens:?}");
                    }
                }
            }
        }
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
