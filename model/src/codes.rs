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
SYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUYUUZSVESVNDVUVWSTXAFXCDXCGXOFXPFYERZARZMWZWL";

/// Whether `code` is one of the `width`-letter codes `packed` holds in alphabetical order:
/// a binary search, as a check runs for every pay figure of a dataset.
fn contains_code(packed: &str, code: &str, width: usize) -> bool {
    let (packed, code) = (packed.as_bytes(), code.as_bytes());
    if code.len() != width || !code.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let (mut low, mut high) = (0, packed.len() / width);
    while low < high {
        let mid = (low + high) / 2;
        match packed[mid * width..(mid + 1) * width].cmp(code) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
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
        // In alphabetical order, each code once: the search relies on it.
        for (packed, width) in [(COUNTRIES, 2), (CURRENCIES, 3)] {
            let codes: Vec<&[u8]> = packed.as_bytes().chunks(width).collect();
            assert!(codes.windows(2).all(|w| w[0] < w[1]), "{packed}");
        }
    }

    #[test]
    fn known_and_unknown_codes() {
        for c in ["US", "GB", "IN", "DE", "ZW", "AD"] {
            assert!(is_country(c), "{c}");
        }
        for c in ["UK", "XX", "us", "USA", "", "U", "AA", "ZZ"] {
            assert!(!is_country(c), "{c}");
        }
        for c in ["USD", "GBP", "INR", "EUR", "JPY", "AED", "XCG", "ZWL", "XCD"] {
            assert!(is_currency(c), "{c}");
        }
        for c in ["XYZ", "usd", "US", "DOLLAR", "RS"] {
            assert!(!is_currency(c), "{c}");
        }
        // A code must align with the packing: "SD" inside "USD" + "BDT" must not match.
        assert!(!is_country("SU"));
    }
}
