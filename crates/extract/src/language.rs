//! Language of the article text (whatlang trigram model), as an ISO 639-1 code.

/// ISO 639-1 code of the text's language, when the detector is confident.
pub fn detect(text: &str) -> Option<String> {
    // Trigram detection is unreliable on a sentence or two; 20 words is where it settles.
    if crate::body::count_words(text) < 20 {
        return None;
    }
    let sample: String = text.chars().take(5000).collect();
    let info = whatlang::detect(&sample)?;
    if info.confidence() < 0.3 {
        return None;
    }
    Some(iso639_1(info.lang()).to_string())
}

/// whatlang speaks ISO 639-3; the CSV contract speaks ISO 639-1.
fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Fra => "fr",
        Deu => "de",
        Spa => "es",
        Ita => "it",
        Por => "pt",
        Nld => "nl",
        Rus => "ru",
        Ukr => "uk",
        Pol => "pl",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Mkd => "mk",
        Bel => "be",
        Ron => "ro",
        Hun => "hu",
        Fin => "fi",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Ben => "bn",
        Mar => "mr",
        Tam => "ta",
        Tel => "te",
        Kan => "kn",
        Mal => "ml",
        Guj => "gu",
        Pan => "pa",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Tha => "th",
        Vie => "vi",
        Ind => "id",
        Tgl => "tl",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Uzb => "uz",
        Epo => "eo",
        Lat => "la",
        Afr => "af",
        Zul => "zu",
        Aka => "ak",
        Amh => "am",
        Cat => "ca",
        Jav => "jv",
        Khm => "km",
        Mya => "my",
        Nep => "ne",
        Ori => "or",
        Sin => "si",
        Sna => "sn",
        Yid => "yi",
        Cym => "cy",
        Tuk => "tk",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn detects_common_languages() {
        assert_eq!(super::detect("The council voted on Tuesday to close the old library branch, a decision that angered many residents who had campaigned for years to keep it open.").as_deref(), Some("en"));
        assert_eq!(super::detect("Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque, une décision qui a provoqué la colère de nombreux habitants du quartier.").as_deref(), Some("fr"));
        assert_eq!(super::detect("Too short."), None);
    }
}
