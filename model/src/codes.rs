//! ISO 3166-1 alpha-2 country codes and ISO 4217 currency codes, as packed strings: a
//! dataset may name any country, and the check costs a few hundred bytes.

const COUNTRIES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQ\
GRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMD\
MEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORS\
RURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVN\
VUWFWSYEYTZAZMZW";

const CURRENCIES: &str = "AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBHDBIFBMDBNDBOBBRLBSDBTNBWPBYNBZD\
CADCDFCHFCLPCNYCOPCRCCUPCVECZKDJFDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILS\
INRIQDIRRISKJMDJODJPYKESKGSKHRKMFKPWKRWKWDKYDKZTLAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXN\
MYRMZNNADNGNNIONOKNPRNZDOMRPABPENPGKPHPPKRPLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGDSHPSLESOSSRDSSPSTNSVC\
SYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUYUUZSVESVNDVUVWSTXAFXCDXOFXPFYERZARZMWZWLXCG";

fn contains_code(packed: &str, code: &str, width: usize) -> bool {
    code.len() == width
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && packed.as_bytes().chunks(width).any(|c| c == code.as_bytes())
}

pub fn is_country(code: &str) -> bool {
    contains_code(COUNTRIES, code, 2)
}

pub fn is_currency(code: &str) -> bool {
    contains_code(CURRENCIES, code, 3)
}

/// The English name of the countries the built-in data has pay for; others show their code.
pub fn country_name(code: &str) -> &str {
    match code {
        "US" => "United States",
        "GB" => "United Kingdom",
        "IN" => "India",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lists_are_whole_codes() {
        assert_eq!(COUNTRIES.len() % 2, 0);
        assert_eq!(CURRENCIES.len() % 3, 0);
        assert!(COUNTRIES.len() / 2 > 240);
        assert!(CURRENCIES.len() / 3 > 150);
    }

    #[test]
    fn known_and_unknown_codes() {
        for c in ["US", "GB", "IN", "DE", "ZW", "AD"] {
            assert!(is_country(c), "{c}");
        }
        for c in ["UK", "XX", "us", "USA", "", "U"] {
            assert!(!is_country(c), "{c}");
        }
        for c in ["USD", "GBP", "INR", "EUR", "JPY", "AED"] {
            assert!(is_currency(c), "{c}");
        }
        for c in ["XYZ", "usd", "US", "DOLLAR", "RS"] {
            assert!(!is_currency(c), "{c}");
        }
        // A code must align with the packing: "SD" inside "USD" + "BDT" must not match.
        assert!(!is_country("SU"));
    }
}
