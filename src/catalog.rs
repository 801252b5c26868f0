//! The dataset the widget shows, with its search index: the built-in one, embedded at
//! build time as a compact blob, or one a host page supplies.

use career_model::explore::RoleIndex;
use career_model::paths::Graph;
use career_model::Dataset;

static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

pub struct Catalog {
    pub ds: Dataset,
    pub index: RoleIndex,
    pub graph: Graph,
    /// Countries with pay figures, in the order first given.
    pub countries: Vec<String>,
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
        Catalog { ds, index, graph, countries }
    }

    pub fn builtin() -> Result<Catalog, String> {
        postcard::from_bytes::<Dataset>(BUILTIN)
            .map(Catalog::new)
            .map_err(|e| format!("the built-in data could not be read ({e})"))
    }
}
