//! Certifications: filtering by provider and role, sorting by how many articles name them;
//! and pay grouped by level for one country.

use crate::dataset::{Dataset, PayLevel, Salary};
use crate::gather::Gather;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CertSort {
    /// Most articles first, then by name.
    #[default]
    MostNamed,
    Name,
}

impl CertSort {
    pub const ALL: [CertSort; 2] = [CertSort::MostNamed, CertSort::Name];

    pub fn key(self) -> &'static str {
        match self {
            CertSort::MostNamed => "named",
            CertSort::Name => "name",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CertSort::MostNamed => "Most articles first",
            CertSort::Name => "Name",
        }
    }

    pub fn from_key(k: &str) -> Option<CertSort> {
        CertSort::ALL.into_iter().find(|s| s.key() == k)
    }
}

/// Providers, each once, in the order the dataset first names them.
/// The roles some certification helps, by title: the choices of "Helps with".
pub fn helped_roles(ds: &Dataset) -> Vec<usize> {
    ds.by_title((0..ds.roles.len()).filter(|&i| ds.certifications_for_role(&ds.roles[i].id).next().is_some()))
}

pub fn providers(ds: &Dataset) -> Vec<String> {
    crate::text::distinct(ds.certifications.iter().map(|c| c.provider.clone()))
}

/// Indices of the certifications from `provider` that help `role` (either may be unset).
pub fn filter_certs(ds: &Dataset, provider: Option<&str>, role: Option<&str>, sort: CertSort) -> Vec<usize> {
    let mut out: Vec<usize> = ds
        .certifications
        .iter()
        .enumerate()
        .filter(|(_, c)| provider.is_none_or(|p| c.provider == p))
        .filter(|(_, c)| role.is_none_or(|r| c.roles.iter().any(|x| x == r)))
        .map(|(i, _)| i)
        .gather();
    let name = |i: usize| ds.certifications[i].name.to_ascii_lowercase();
    match sort {
        CertSort::MostNamed => {
            crate::order::sort_by_key(&mut out, |&i| (std::cmp::Reverse(ds.certifications[i].sources.len()), name(i)))
        }
        CertSort::Name => crate::order::sort_by_key(&mut out, |&i| name(i)),
    }
    out
}

/// The country's figures by level: entry, mid, senior, lead, then those for all levels.
/// Levels with no figure are left out.
pub fn pay_by_level<'a>(ds: &'a Dataset, country: &str) -> Vec<(PayLevel, Vec<&'a Salary>)> {
    PayLevel::ALL
        .into_iter()
        .map(|l| (l, ds.salaries.iter().filter(|s| s.country == country && s.level == l).gather()))
        .filter(|(_, v)| !v.is_empty())
        .gather()
}

/// The sources that give a figure for the country, in dataset order.
pub fn pay_sources(ds: &Dataset, country: &str) -> Vec<String> {
    ds.sources
        .iter()
        .filter(|s| ds.salaries.iter().any(|x| x.country == country && x.source == s.id))
        .map(|s| s.id.clone())
        .gather()
}
