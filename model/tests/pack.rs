//! The built-in dataset's compact form: it reads back as the dataset the JSON reader reads,
//! and bytes that do not fit read as nothing, without a panic.

use career_model::data_file::{load_toml, to_json};
use career_model::pack::{pack, pack_number, unpack};
use career_model::{Dataset, Level};
use proptest::prelude::*;

fn dataset() -> Dataset {
    load_toml("data/careers.toml", include_str!("../../data/careers.toml")).unwrap().0
}

#[test]
fn the_built_in_dataset_reads_back_as_the_json_reader_reads_it() {
    let ds = dataset();
    let bytes = pack(&ds);
    let back: Dataset = unpack(&bytes).expect("reads back");
    assert_eq!(to_json(&back), to_json(&ds));
    // The same dataset through the JSON a host would serve.
    let (from_json, unknown) = career_model::load::read(&serde_json::to_string(&ds).unwrap()).unwrap();
    assert!(unknown.is_empty());
    assert_eq!(to_json(&back), to_json(&from_json));
    assert_eq!(back.roles.len(), 24);
    // Smaller than the compact JSON it replaces.
    assert!(bytes.len() < serde_json::to_string(&ds).unwrap().len() * 3 / 4, "{} bytes", bytes.len());
}

#[test]
fn bytes_that_do_not_fit_read_as_nothing() {
    let bytes = pack(&dataset());
    // Cut short anywhere, or with more after the end.
    for cut in [0, 1, 2, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
        assert!(unpack::<Dataset>(&bytes[..cut]).is_none(), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(unpack::<Dataset>(&longer).is_none());
    // A word out of range, a flag that is neither 0 nor 1, a length past the end.
    assert_eq!(unpack::<Level>(&[4]), Some(Level::Specialized));
    assert_eq!(unpack::<Level>(&[5]), None);
    assert_eq!(unpack::<Option<u32>>(&[2, 1]), None);
    assert_eq!(unpack::<bool>(&[1]), Some(true));
    assert_eq!(unpack::<bool>(&[7]), None);
    assert_eq!(unpack::<String>(&[3, b'a', b'b']), None);
    assert_eq!(unpack::<Vec<u32>>(&[200, 1]), None);
    // Text that is not UTF-8.
    assert_eq!(unpack::<String>(&[2, 0xc3, 0x28]), None);
    // A number longer than 64 bits.
    assert_eq!(unpack::<u64>(&[0xff; 11]), None);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn numbers_and_texts_read_back(n in any::<u64>(), text in "\\PC{0,40}") {
        let mut out = Vec::new();
        pack_number(n, &mut out);
        prop_assert_eq!(unpack::<u64>(&out), Some(n));
        prop_assert_eq!(unpack::<String>(&pack(&text)), Some(text));
    }

    /// The packed dataset with one byte changed, or cut short, never panics.
    #[test]
    fn changed_bytes_never_panic(at in any::<prop::sample::Index>(), to in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let mut bytes = pack(&dataset());
        let i = at.index(bytes.len());
        bytes[i] = to;
        let _ = unpack::<Dataset>(&bytes);
        let _ = unpack::<Dataset>(&bytes[..cut.index(bytes.len())]);
    }
}
