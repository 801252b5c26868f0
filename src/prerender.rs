//! The first views as HTML, rendered natively at build time by the same components the
//! widget mounts, so a page paints the widget before (and without) its WebAssembly.
//! `embed.js` carries these and the widget's style sheet.

use crate::app::App;
use crate::catalog::Catalog;
use crate::context::{Data, DataStatus, Embed, Status, Store};
use career_model::state::{from_attributes, View, DEFAULT_COUNTRY};
use leptos::prelude::*;

pub use crate::storage::kept_by_view;

/// The widget's style sheet: the frame, then each view's CSS, which lives beside the view.
pub const STYLES: &str = concat!(
    include_str!("styles/base.css"),
    include_str!("views/explore.css"),
    include_str!("views/role.css"),
    include_str!("views/sources.css"),
    include_str!("views/compare.css"),
    include_str!("views/paths.css"),
    include_str!("views/certifications.css"),
    include_str!("views/start.css"),
    include_str!("views/skills.css"),
);

/// Stands for the folder of `embed.js` in the rendered HTML; `embed.js` puts its own there.
pub const BASE_PLACEHOLDER: &str = "__CE_BASE__/";

/// The views a `view` attribute opens with nothing else set, rendered on the built-in
/// data, and Explore for each other country with pay figures: `(key, HTML of the
/// widget's root)`, the key being the view's (`explore`) or the view's and the country's
/// (`explore:IN`).
pub fn first_views() -> Result<Vec<(String, String)>, String> {
    let catalog = Catalog::builtin()?;
    let views = [
        View::Explore,
        View::Compare,
        View::Paths,
        View::Certifications,
        View::Pay,
        View::Sources,
        View::Start,
        View::Skills,
    ];
    let mut out = Vec::new();
    for view in views {
        out.push((view.key().to_string(), render(view, DEFAULT_COUNTRY)?));
    }
    for country in catalog.countries.iter().filter(|c| *c != DEFAULT_COUNTRY) {
        out.push((format!("{}:{country}", View::Explore.key()), render(View::Explore, country)?));
    }
    Ok(out)
}

fn render(view: View, country: &str) -> Result<String, String> {
    let catalog = Catalog::builtin()?;
    let attributes = [("view", Some(view.key().to_string())), ("country", Some(country.to_string()))];
    let (mut state, warnings) = from_attributes(&attributes, &catalog.ds);
    if let Some(w) = warnings.first() {
        return Err(w.clone());
    }
    state.view = view;
    let owner = Owner::new();
    let html = owner.with(|| {
        let store = Store(RwSignal::new(state));
        let data = Data(RwSignal::new(catalog));
        let status = Status(RwSignal::new(DataStatus::Ready));
        let embed = Embed { base: BASE_PLACEHOLDER.to_string(), sync_url: false, custom_data: false };
        view! { <App store data status embed/> }.to_html()
    });
    // The markers Leptos leaves for hydration: the widget mounts afresh, so they are dead weight.
    Ok(html.replace("<!>", ""))
}

/// A JavaScript string literal holding `s`.
pub fn js_string(s: &str) -> String {
    career_model::text::string_literal(s, usize::MAX)
}
