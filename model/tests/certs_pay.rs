//! Certification filters and sorting; pay by level.

use career_model::certs::*;
use career_model::pay::{consensus, Consensus};
use career_model::*;

fn dataset() -> Dataset {
    career_model::data_file::load_toml("data/careers.toml", include_str!("../../data/careers.toml")).unwrap().0
}

fn names(ds: &Dataset, list: &[usize]) -> Vec<String> {
    list.iter().map(|&i| ds.certifications[i].name.clone()).collect()
}

#[test]
fn filter_by_provider_and_role() {
    let ds = dataset();
    assert_eq!(
        names(&ds, &filter_certs(&ds, Some("Google"), None, CertSort::Name)),
        ["Google Professional Machine Learning Engineer", "TensorFlow Developer Certificate"]
    );
    assert_eq!(filter_certs(&ds, None, None, CertSort::Name).len(), 7);
    let jr = filter_certs(&ds, None, Some("junior-ml-engineer"), CertSort::Name);
    assert_eq!(jr.len(), 5);
    assert!(filter_certs(&ds, Some("IBM"), Some("nlp-engineer"), CertSort::Name).is_empty());
    assert!(filter_certs(&ds, Some("Nobody"), None, CertSort::Name).is_empty());
    // "Helps with" offers the roles some certification names, by title.
    let helped: Vec<&str> = helped_roles(&ds).into_iter().map(|i| ds.roles[i].title.as_str()).collect();
    let mut expected: Vec<&str> = ds
        .roles
        .iter()
        .filter(|r| ds.certifications.iter().any(|c| c.roles.contains(&r.id)))
        .map(|r| r.title.as_str())
        .collect();
    career_model::order::sort(&mut expected);
    assert!(!helped.is_empty());
    assert_eq!(helped, expected);
    assert_eq!(providers(&ds), ["Google", "Amazon Web Services", "Microsoft", "deeplearning.ai (Coursera)", "IBM"]);
}

#[test]
fn sorted_by_how_many_articles_name_them() {
    let ds = dataset();
    let order = names(&ds, &filter_certs(&ds, None, None, CertSort::MostNamed));
    assert_eq!(
        &order[..2],
        ["AWS Certified Machine Learning – Specialty", "Google Professional Machine Learning Engineer"]
    );
    let counts: Vec<usize> = filter_certs(&ds, None, None, CertSort::MostNamed)
        .iter()
        .map(|&i| ds.certifications[i].sources.len())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert_eq!(CertSort::from_key("name"), Some(CertSort::Name));
    assert_eq!(CertSort::from_key("x"), None);
}

#[test]
fn pay_levels_in_order_per_country() {
    let ds = dataset();
    let india: Vec<PayLevel> = pay_by_level(&ds, "IN").into_iter().map(|(l, _)| l).collect();
    assert_eq!(india, [PayLevel::Entry, PayLevel::Mid, PayLevel::Senior]);
    let us: Vec<(PayLevel, usize)> = pay_by_level(&ds, "US").into_iter().map(|(l, v)| (l, v.len())).collect();
    assert_eq!(
        us,
        [(PayLevel::Entry, 3), (PayLevel::Mid, 4), (PayLevel::Senior, 3), (PayLevel::Lead, 1), (PayLevel::All, 2)]
    );
    assert_eq!(pay_sources(&ds, "GB"), ["career-2026"]);
    assert_eq!(pay_sources(&ds, "US").len(), 5);
    // The consensus of each US level, from the articles' own figures.
    let band = |l: PayLevel| consensus(&pay_by_level(&ds, "US").into_iter().find(|(x, _)| *x == l).unwrap().1);
    assert_eq!(band(PayLevel::Entry), Consensus::Overlap { lo: 110_000, hi: Some(120_000) });
    assert_eq!(band(PayLevel::Mid), Consensus::Overlap { lo: 140_000, hi: Some(180_000) });
    // 003's $115K–$185K is given without a level, so it no longer pulls the senior band down.
    // 000 and 001 reach "$250K+", 004 starts at "$250K+": they meet from $250K upward.
    assert_eq!(band(PayLevel::Senior), Consensus::Overlap { lo: 250_000, hi: None });
    assert_eq!(band(PayLevel::Lead), Consensus::SingleSource);
}
