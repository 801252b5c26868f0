//! "Get started": what the articles tell a newcomer, gathered from the dataset — their
//! routes into the field, their resume advice, the certifications they recommend early,
//! the questions beginners ask, and the roles a career starts in.

use crate::dataset::{Certification, Dataset, Faq, Guide, GuideKind, Level};
use crate::gather::Gather;

/// Everything the "Get started" view shows, in the dataset's order.
#[derive(Debug, Default)]
pub struct Start<'a> {
    /// The articles' routes into the field, each an ordered list of steps.
    pub routes: Vec<&'a Guide>,
    /// The articles' resume advice.
    pub resume: Vec<&'a Guide>,
    /// Certifications an article recommends to people starting out.
    pub certifications: Vec<&'a Certification>,
    /// The questions marked as a beginner's.
    pub faqs: Vec<&'a Faq>,
    /// Indices of the roles a career in the field starts in (junior level).
    pub first_roles: Vec<usize>,
}

impl Start<'_> {
    /// Nothing for a newcomer in this dataset (a reader's own, say).
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
            && self.resume.is_empty()
            && self.certifications.is_empty()
            && self.faqs.is_empty()
            && self.first_roles.is_empty()
    }
}

/// Whether a certification's stage says it is for people starting out ("especially
/// valued for entry-level candidates", "Early career").
pub fn for_newcomers(c: &Certification) -> bool {
    c.stage.as_deref().is_some_and(|s| {
        let s = s.to_ascii_lowercase();
        s.contains("entry-level") || s.contains("early career")
    })
}

pub fn start(ds: &Dataset) -> Start<'_> {
    Start {
        routes: ds.guides.iter().filter(|g| g.kind == GuideKind::Route).gather(),
        resume: ds.guides.iter().filter(|g| g.kind == GuideKind::Resume).gather(),
        certifications: ds.certifications.iter().filter(|c| for_newcomers(c)).gather(),
        faqs: ds.faqs.iter().filter(|f| f.beginner).gather(),
        first_roles: (0..ds.roles.len()).filter(|&i| ds.roles[i].level == Some(Level::Junior)).gather(),
    }
}
