//! What each article contributed, and where articles disagree.

use crate::dataset::{Dataset, PayLevel, Salary};
use crate::gather::Gather;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution {
    pub source: String,
    pub roles: usize,
    pub salaries: usize,
    pub certifications: usize,
    pub career_steps: usize,
    /// Lists of advice (routes into the field, resume advice) and questions answered.
    pub guides: usize,
    pub faqs: usize,
    /// What the roles' notes, qualifiers and the country notes take from the article.
    pub notes: usize,
}

pub fn contributions(ds: &Dataset) -> Vec<Contribution> {
    ds.sources
        .iter()
        .map(|s| Contribution {
            source: s.id.clone(),
            roles: ds.roles.iter().filter(|r| r.sources.contains(&s.id)).count(),
            salaries: ds.salaries.iter().filter(|x| x.source == s.id).count(),
            certifications: ds.certifications.iter().filter(|c| c.sources.contains(&s.id)).count(),
            career_steps: ds.career_steps.iter().filter(|c| c.source == s.id).count(),
            guides: ds.guides.iter().filter(|g| g.source == s.id).count(),
            faqs: ds.faqs.iter().filter(|f| f.source == s.id).count(),
            notes: ds
                .roles
                .iter()
                .map(|r| {
                    r.notes.iter().filter(|n| n.source == s.id).count()
                        + r.qualifiers.iter().filter(|q| q.source == s.id).count()
                })
                .sum::<usize>()
                + ds.country_notes.iter().filter(|n| n.source == s.id).count(),
        })
        .gather()
}

/// Two or more articles giving different ranges for the same country and level.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement<'a> {
    pub country: String,
    pub level: PayLevel,
    pub records: Vec<&'a Salary>,
}

pub fn disagreements(ds: &Dataset) -> Vec<Disagreement<'_>> {
    // One sort groups the figures by country and level; it is stable, so each group keeps
    // the dataset's order.
    let mut all: Vec<&Salary> = ds.salaries.iter().gather();
    crate::order::sort_by(&mut all, |a, b| (&a.country, a.level).cmp(&(&b.country, b.level)));
    all.chunk_by(|a, b| a.country == b.country && a.level == b.level)
        .filter_map(|records| {
            let first = records[0];
            let sources = crate::text::distinct(records.iter().map(|s| s.source.as_str()));
            let differ =
                records.iter().any(|s| (s.min, s.max, s.open_ended) != (first.min, first.max, first.open_ended));
            (sources.len() > 1 && differ).then(|| Disagreement {
                country: first.country.clone(),
                level: first.level,
                records: records.to_vec(),
            })
        })
        .gather()
}
