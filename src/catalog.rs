//! The dataset the widget shows, with its search index: the built-in one, embedded at
//! build time as a compact blob, or one a host page supplies.

use career_model::explore::RoleIndex;
use career_model::paths::Graph;
use career_model::validate::{validate, Severity};
use career_model::Dataset;
use std::sync::OnceLock;

use crate::own_data::DataOrigin;

static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

pub struct Catalog {
    pub ds: Dataset,
    pub index: RoleIndex,
    pub graph: Graph,
    /// Countries with pay figures, in the order first given.
    pub countries: Vec<String>,
    /// Where a host's dataset came from (`None`: the built-in one).
    pub origin: Option<DataOrigin>,
    /// The warnings of the dataset's checks: kept from loading a host's dataset, worked
    /// out on first use for the built-in one (the build has checked it already).
    warnings: OnceLock<Vec<String>>,
}

impl Catalog {
    pub fn new(ds: Dataset) -> Catalog {
        let index = RoleIndex::new(&ds);
        let graph = Graph::new(&ds);
        let mut countries: Vec<String> = Vec::new();
        for s in &ds.salaries {
            if !countries.contains(&s.country) {
                countries.push(s.country.clone());
            }
        }
        Catalog { ds, index, graph, countries, origin: None, warnings: OnceLock::new() }
    }

    /// A host's dataset, as loaded: where from, and the warnings its checks gave.
    pub fn loaded(ds: Dataset, origin: DataOrigin, warnings: Vec<String>) -> Catalog {
        let c = Catalog { origin: Some(origin), ..Catalog::new(ds) };
        let _ = c.warnings.set(warnings);
        c
    }

    /// What the dataset's checks warn about (none stops it loading).
    pub fn warnings(&self) -> &[String] {
        self.warnings.get_or_init(|| {
            validate(&self.ds).into_iter().filter(|p| p.severity == Severity::Warning).map(|p| p.message).collect()
        })
    }

    pub fn builtin() -> Result<Catalog, String> {
        postcard::from_bytes::<Dataset>(BUILTIN)
            .map(Catalog::new)
            .map_err(|e| format!("the built-in data could not be read ({e})"))
    }
}
