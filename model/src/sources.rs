//! What each article contributed, and where articles disagree.

use crate::dataset::{Dataset, PayLevel, Salary};

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
        .collect()
}

/// Two or more articles giving different ranges for the same country and level.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement<'a> {
    pub country: String,
    pub level: PayLevel,
    pub records: Vec<&'a Salary>,
}

pub fn disagreements(ds: &Dataset) -> Vec<Disagreement<'_>> {
    let mut keys = crate::text::distinct(ds.salaries.iter().map(|s| (s.country.clone(), s.level)));
    keys.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    keys.into_iter()
        .filter_map(|(country, level)| {
            let records: Vec<&Salary> =
                ds.salaries.iter().filter(|s| s.country == country && s.level == level).collect();
            let mut sources: Vec<&str> = records.iter().map(|s| s.source.as_str()).collect();
            sources.sort();
            sources.dedup();
            let first = records.first()?;
            let differ =
                records.iter().any(|s| (s.min, s.max, s.open_ended) != (first.min, first.max, first.open_ended));
            (sources.len() > 1 && differ).then_some(Disagreement { country, level, records })
        })
        .collect()
}
