//! The dataset the widget shows, with its search index: the built-in one, embedded at
//! build time in its compact form (`career_model::pack`), or one a host page supplies.

use career_model::explore::RoleIndex;
use career_model::gather::Gather;
use career_model::paths::Graph;
use career_model::validate::{validate, Severity};
use career_model::Dataset;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use crate::own_data::DataOrigin;

/// The built-in dataset in its compact form, checked when the widget was built.
static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

pub struct Catalog {
    pub ds: Dataset,
    pub index: RoleIndex,
    /// The career path graph, laid out on first use (only Career paths and Your skills ask).
    graph: OnceLock<Graph>,
    /// Countries with pay figures, in the order first given.
    pub countries: Vec<String>,
    /// Where a host's dataset came from (`None`: the built-in one).
    pub origin: Option<DataOrigin>,
    /// Which dataset this is: a new number for each one read. Views are built again when it
    /// changes, so they may read the catalog once, untracked, when they are built.
    pub generation: u64,
    /// The warnings of the dataset's checks: kept from loading a host's dataset, worked
    /// out on first use for the built-in one (the build has checked it already).
    warnings: OnceLock<Vec<String>>,
}

impl Catalog {
    pub fn new(ds: Dataset) -> Catalog {
        let index = RoleIndex::new(&ds);
        let countries = career_model::pay::countries(&ds.salaries).into_iter().map(String::from).gather();
        let generation = GENERATIONS.fetch_add(1, Ordering::Relaxed);
        Catalog { ds, index, graph: OnceLock::new(), countries, origin: None, generation, warnings: OnceLock::new() }
    }

    /// A host's dataset, as loaded: where from, and the warnings its checks gave.
    pub fn loaded(ds: Dataset, origin: DataOrigin, warnings: Vec<String>) -> Catalog {
        let c = Catalog { origin: Some(origin), ..Catalog::new(ds) };
        let _ = c.warnings.set(warnings);
        c
    }

    pub fn graph(&self) -> &Graph {
        self.graph.get_or_init(|| Graph::new(&self.ds))
    }

    /// What the dataset's checks warn about (none stops it loading).
    pub fn warnings(&self) -> &[String] {
        self.warnings.get_or_init(|| {
            validate(&self.ds).into_iter().filter(|p| p.severity == Severity::Warning).map(|p| p.to_string()).gather()
        })
    }

    /// The built-in dataset, read once and shared by every widget on the page.
    pub fn builtin() -> Result<Arc<Catalog>, String> {
        if let Some(c) = BUILTIN_CATALOG.with(|b| b.borrow().clone()) {
            return Ok(c);
        }
        let c = parse_builtin()
            .map(|ds| Arc::new(Catalog::new(ds)))
            .map_err(|e| format!("the built-in data could not be read ({e})"))?;
        BUILTIN_CATALOG.with(|b| *b.borrow_mut() = Some(c.clone()));
        Ok(c)
    }
}

static GENERATIONS: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static BUILTIN_CATALOG: RefCell<Option<Arc<Catalog>>> = const { RefCell::new(None) };
}

/// Read back as the build wrote it: the JSON reader a host's dataset needs stays out of the
/// widget's main file.
fn parse_builtin() -> Result<Dataset, String> {
    career_model::pack::unpack(BUILTIN).ok_or_else(|| "its bytes do not fit the dataset's types".to_string())
}
