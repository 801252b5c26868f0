//! The whole view state in one value, and its text form in the URL hash:
//! `#/explore?q=vision&level=mid`, `#/role/nlp-engineer`, `#/compare?roles=a,b`,
//! `#/path?from=a&to=b`, `#/certifications`, `#/pay?country=IN`, `#/sources`.
//!
//! Parsing never fails: what it can't read is dropped and reported as a notice.

use crate::dataset::Dataset;
use crate::explore::{ExploreQuery, Group, SortKey, GROUPS};
use crate::gather::Gather;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

pub const MAX_COMPARE: usize = 4;
pub const DEFAULT_COUNTRY: &str = "US";

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Explore,
    Role(String),
    Compare,
    Paths,
    Certifications,
    Pay,
    Sources,
    /// "Get started": the articles' advice for people entering the field.
    Start,
    /// "Your skills": roles ranked by how much of their skills the reader has.
    Skills,
}

impl View {
    /// The views a name opens alone (a role's profile needs its id too). A link and the
    /// `view` attribute read names through this one table.
    pub const NAMED: [(&'static str, View); 9] = [
        ("explore", View::Explore),
        ("compare", View::Compare),
        ("path", View::Paths),
        ("paths", View::Paths),
        ("certifications", View::Certifications),
        ("pay", View::Pay),
        ("sources", View::Sources),
        ("start", View::Start),
        ("skills", View::Skills),
    ];

    pub fn from_key(key: &str) -> Option<View> {
        View::NAMED.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
    }

    pub fn key(&self) -> &'static str {
        match self {
            View::Explore => "explore",
            View::Start => "start",
            View::Skills => "skills",
            View::Role(_) => "role",
            View::Compare => "compare",
            View::Paths => "path",
            View::Certifications => "certifications",
            View::Pay => "pay",
            View::Sources => "sources",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub view: View,
    pub explore: ExploreQuery,
    pub country: String,
    pub compare: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub cert_provider: Option<String>,
    pub cert_role: Option<String>,
    /// The skill and tool ids the reader has ticked in "Your skills".
    pub have: Vec<String>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            view: View::Explore,
            explore: ExploreQuery::default(),
            country: DEFAULT_COUNTRY.to_string(),
            compare: Vec::new(),
            from: None,
            to: None,
            cert_provider: None,
            cert_role: None,
            have: Vec::new(),
        }
    }
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, LINK_TEXT).to_string()
}

/// What a link part escapes: everything but letters, digits and `-_.~` (so `,`, which
/// separates the items of a list, is always escaped inside one).
const LINK_TEXT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// Decodes `%XX` and `+`; invalid escapes are kept as written, invalid UTF-8 is replaced.
pub fn decode(s: &str) -> String {
    let spaced = s.replace('+', " ");
    percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
}

fn list(v: &[String]) -> String {
    v.iter().map(|s| encode(s)).join_with(",")
}

/// The hash for a state, with `#`. Only what differs from the defaults is written.
pub fn to_hash(s: &AppState) -> String {
    let mut params: Vec<(&str, String)> = Vec::new();
    let q = &s.explore;
    let path = match &s.view {
        View::Role(id) => format!("/role/{}", encode(id)),
        v => format!("/{}", v.key()),
    };
    match &s.view {
        View::Explore | View::Role(_) => {
            if !q.text.is_empty() {
                params.push(("q", encode(&q.text)));
            }
            for g in GROUPS {
                let values = q.selected(g);
                if !values.is_empty() {
                    params.push((g.param(), values.iter().map(|v| encode(v)).join_with(",")));
                }
            }
            if let Some(m) = q.min_salary {
                params.push(("min", m.to_string()));
            }
            if q.sort != SortKey::default() {
                params.push(("sort", q.sort.key().to_string()));
            }
        }
        View::Compare => {
            if !s.compare.is_empty() {
                params.push(("roles", list(&s.compare)));
            }
        }
        View::Paths => {
            if let Some(f) = &s.from {
                params.push(("from", encode(f)));
            }
            if let Some(t) = &s.to {
                params.push(("to", encode(t)));
            }
        }
        View::Certifications => {
            if let Some(p) = &s.cert_provider {
                params.push(("provider", encode(p)));
            }
            if let Some(r) = &s.cert_role {
                params.push(("helps", encode(r)));
            }
        }
        View::Skills => {
            if !s.have.is_empty() {
                params.push(("have", list(&s.have)));
            }
        }
        View::Pay | View::Sources | View::Start => {}
    }
    if s.country != DEFAULT_COUNTRY {
        params.push(("country", encode(&s.country)));
    }
    let mut out = format!("#{path}");
    for (i, (k, v)) in params.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

/// Whether `ds` has pay figures for `country`: a link or an attribute may choose it.
fn has_country(ds: &Dataset, country: &str) -> bool {
    ds.salaries.iter().any(|x| x.country == country)
}

/// Whether `ds` has certifications from `provider`: Certifications may filter by it.
fn has_provider(ds: &Dataset, provider: &str) -> bool {
    ds.certifications.iter().any(|c| c.provider == provider)
}

/// How much of a value a notice quotes.
const QUOTED_CHARS: usize = 40;

/// A value as a notice quotes it: at most `QUOTED_CHARS` characters.
fn quoted(val: &str) -> String {
    format!("\"{}\"", crate::text::cut(val, QUOTED_CHARS))
}

/// The parts of a link that were ignored, as one notice however many there are.
fn ignored_notice(ignored: &[(&str, String)]) -> Option<String> {
    const NAMED: usize = 3;
    match ignored {
        [] => None,
        [(what, val)] => Some(format!("Ignored {what} {} from the link.", quoted(val))),
        _ => {
            let named = ignored.iter().take(NAMED).map(|(w, v)| format!("{w} {}", quoted(v))).join_with(", ");
            let rest = ignored.len().saturating_sub(NAMED);
            let more = if rest > 0 { format!(" and {rest} more") } else { String::new() };
            Some(format!("Ignored {} parts of the link: {}{more}.", ignored.len(), named))
        }
    }
}

/// Reads a hash (with or without `#`). Unknown ids and junk are dropped, each with a notice.
pub fn from_hash(hash: &str, ds: &Dataset) -> (AppState, Vec<String>) {
    let mut s = AppState::default();
    let mut notices = Vec::new();
    let hash = hash.trim_start_matches('#');
    if hash.is_empty() || hash == "/" {
        return (s, notices);
    }
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let parts: Vec<&str> = path.trim_start_matches('/').splitn(2, '/').gather();
    s.view = match parts.as_slice() {
        [""] => View::Explore,
        ["role", id] => {
            let id = decode(id);
            if ds.role(&id).is_some() {
                View::Role(id)
            } else {
                notices.push(format!("No role {} in this dataset; showing all roles.", quoted(&id)));
                View::Explore
            }
        }
        [name] if View::from_key(name).is_some() => View::from_key(name).unwrap_or_default(),
        _ => {
            notices.push("This link's view is unknown; showing all roles.".to_string());
            View::Explore
        }
    };
    // A link may name thousands of roles: each is looked up once, in a set.
    let role_ids: std::collections::HashSet<&str> = ds.roles.iter().map(|r| r.id.as_str()).collect();
    let role_ok = |id: &str| role_ids.contains(id);
    let mut ignored: Vec<(&str, String)> = Vec::new();
    let mut left_out: Vec<String> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let values = || v.split(',').map(decode).filter(|x| !x.is_empty()).gather();
        // Every filter group's parameter, read the same way.
        if let Some(g) = Group::from_param(k) {
            for x in values() {
                if !g.knows(ds, &x) {
                    ignored.push((g.noun(), x));
                } else if !s.explore.has(g, &x) {
                    s.explore.toggle(g, &x);
                }
            }
            continue;
        }
        match k {
            "q" => s.explore.text = decode(v),
            "min" => match decode(v).trim().parse::<u64>() {
                Ok(n) => s.explore.min_salary = Some(n),
                Err(_) => ignored.push(("minimum salary", decode(v))),
            },
            "sort" => match SortKey::from_key(&decode(v)) {
                Some(k) => s.explore.sort = k,
                None => ignored.push(("sort order", decode(v))),
            },
            "country" => {
                let c = decode(v);
                if has_country(ds, &c) {
                    s.country = c;
                } else {
                    ignored.push(("country", c));
                }
            }
            "roles" => {
                for x in values() {
                    if !role_ok(&x) {
                        ignored.push(("role", x));
                    } else if s.compare.contains(&x) {
                    } else if s.compare.len() >= MAX_COMPARE {
                        left_out.push(x);
                    } else {
                        s.compare.push(x);
                    }
                }
            }
            "from" | "to" => {
                let x = decode(v);
                if role_ok(&x) {
                    if k == "from" {
                        s.from = Some(x);
                    } else {
                        s.to = Some(x);
                    }
                } else {
                    ignored.push(("role", x));
                }
            }
            "provider" => {
                let x = decode(v);
                if has_provider(ds, &x) {
                    s.cert_provider = Some(x);
                } else {
                    ignored.push(("provider", x));
                }
            }
            "have" => {
                for x in values() {
                    if ds.skill(&x).is_none() {
                        ignored.push(("skill", x));
                    } else if !s.have.contains(&x) {
                        s.have.push(x);
                    }
                }
            }
            "helps" => {
                let x = decode(v);
                if role_ok(&x) {
                    s.cert_role = Some(x);
                } else {
                    ignored.push(("role", x));
                }
            }
            other => ignored.push(("setting", decode(other))),
        }
    }
    match left_out.as_slice() {
        [] => {}
        [x] => notices.push(format!("A comparison holds at most {MAX_COMPARE} roles; {} was left out.", quoted(x))),
        many => {
            notices.push(format!("A comparison holds at most {MAX_COMPARE} roles; {} more were left out.", many.len()))
        }
    }
    notices.extend(ignored_notice(&ignored));
    (s, notices)
}

/// One attribute of `<career-explorer>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElementAttribute {
    pub name: &'static str,
    /// Sets the view state: read at start and whenever it changes.
    pub state: bool,
    /// The iframe page passes it from its query string to the element.
    pub frame: bool,
    /// A prerendered first view allows for it; with one of the others set, `embed.js`
    /// starts without a prerendered view.
    pub prerendered: bool,
}

const fn attr(name: &'static str, state: bool, frame: bool, prerendered: bool) -> ElementAttribute {
    ElementAttribute { name, state, frame, prerendered }
}

/// Every attribute of `<career-explorer>`, in one place: the widget reads the state ones,
/// and the build writes the lists into `embed.js` (observed attributes, the ones no
/// prerender allows for) and `embed-frame.js` (the ones the iframe passes on).
pub const ELEMENT_ATTRIBUTES: [ElementAttribute; 24] = [
    // The state ones in the order they are applied: `view` last, as `view="role"` needs
    // `role`.
    attr("country", true, true, true),
    attr("roles", true, true, false),
    attr("from", true, true, false),
    attr("to", true, true, false),
    attr("have", true, true, false),
    attr("provider", true, true, false),
    attr("helps", true, true, false),
    attr("search", true, true, false),
    attr("level", true, true, false),
    attr("focus", true, true, false),
    attr("track", true, true, false),
    attr("skill", true, true, false),
    attr("cert", true, true, false),
    attr("source", true, true, false),
    attr("min-salary", true, true, false),
    attr("sort", true, true, false),
    attr("role", true, true, false),
    attr("view", true, true, true),
    attr("theme", false, true, true),
    attr("height", false, false, true),
    attr("sync-url", false, false, true),
    attr("data-version", false, true, true),
    attr("data-src", false, true, false),
    attr("loading", false, false, true),
];

/// The attributes of `<career-explorer>` that set the view state.
pub fn state_attributes() -> impl Iterator<Item = &'static str> {
    ELEMENT_ATTRIBUTES.iter().filter(|a| a.state).map(|a| a.name)
}

/// Whether `name` is an attribute that sets the view state.
pub fn is_state_attribute(name: &str) -> bool {
    state_attributes().any(|n| n == name)
}

/// Applies one attribute of the element to the state. A value it can't use leaves the
/// default in place and returns the warning to log.
pub fn apply_attribute(s: &mut AppState, name: &str, value: Option<&str>, ds: &Dataset) -> Result<(), String> {
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    let unknown = |what: &str, v: &str| Err(format!("career-explorer: unknown {what} \"{v}\"; using the default."));
    match (name, value) {
        ("view", None) => s.view = View::Explore,
        ("view", Some(v)) => {
            s.view = match v {
                "role" => match &s.view {
                    View::Role(id) => View::Role(id.clone()),
                    _ => View::Explore,
                },
                named if View::from_key(named).is_some() => View::from_key(named).unwrap_or_default(),
                other => {
                    s.view = View::Explore;
                    return unknown("view", other);
                }
            }
        }
        ("role", None) => {
            if matches!(s.view, View::Role(_)) {
                s.view = View::Explore;
            }
        }
        ("role", Some(id)) => {
            if ds.role(id).is_some() {
                s.view = View::Role(id.to_string());
            } else {
                return unknown("role", id);
            }
        }
        ("roles", v) => {
            s.compare.clear();
            let bad = read_list(
                v,
                |id| ds.role(id).is_some(),
                |id| {
                    if !s.compare.contains(&id) && s.compare.len() < MAX_COMPARE {
                        s.compare.push(id);
                    }
                },
            );
            if !bad.is_empty() {
                return unknown("roles", &bad);
            }
        }
        ("from" | "to" | "helps", v) => {
            let slot = match name {
                "from" => &mut s.from,
                "to" => &mut s.to,
                _ => &mut s.cert_role,
            };
            *slot = None;
            if let Some(id) = v {
                if ds.role(id).is_none() {
                    return unknown("role", id);
                }
                *slot = Some(id.to_string());
            }
        }
        ("have", v) => {
            s.have.clear();
            let bad = read_list(
                v,
                |id| ds.skill(id).is_some(),
                |id| {
                    if !s.have.contains(&id) {
                        s.have.push(id);
                    }
                },
            );
            if !bad.is_empty() {
                return unknown("skills", &bad);
            }
        }
        ("provider", v) => {
            s.cert_provider = None;
            if let Some(p) = v {
                if !has_provider(ds, p) {
                    return unknown("provider", p);
                }
                s.cert_provider = Some(p.to_string());
            }
        }
        ("search", v) => s.explore.text = v.unwrap_or_default().to_string(),
        ("min-salary", v) => {
            s.explore.min_salary = None;
            if let Some(v) = v {
                let Ok(n) = v.parse::<u64>() else { return unknown("minimum salary", v) };
                s.explore.min_salary = Some(n);
            }
        }
        ("sort", v) => {
            s.explore.sort = SortKey::default();
            if let Some(v) = v {
                let Some(k) = SortKey::from_key(v) else { return unknown("sort order", v) };
                s.explore.sort = k;
            }
        }
        ("country", None) => s.country = DEFAULT_COUNTRY.to_string(),
        ("country", Some(c)) => {
            if has_country(ds, c) {
                s.country = c.to_string();
            } else {
                s.country = DEFAULT_COUNTRY.to_string();
                return unknown("country", c);
            }
        }
        (param, v) => {
            // Explore's filter groups, by the names their link parameters have.
            if let Some(g) = Group::from_param(param) {
                s.explore.clear_group(g);
                let query = &mut s.explore;
                let bad = read_list(
                    v,
                    |x| g.knows(ds, x),
                    |x| {
                        if !query.has(g, &x) {
                            query.toggle(g, &x);
                        }
                    },
                );
                if !bad.is_empty() {
                    return unknown(g.noun(), &bad);
                }
            }
        }
    }
    Ok(())
}

/// Reads a comma-separated attribute: hands each value `known` accepts to `add`, and
/// returns the others, comma-separated. A value holding a comma has it as `%2C` (and `%`
/// as `%25`), as `write_list` writes it.
fn read_list(value: Option<&str>, known: impl Fn(&str) -> bool, mut add: impl FnMut(String)) -> String {
    let mut bad = Vec::new();
    for x in value.unwrap_or_default().split(',').map(str::trim).filter(|x| !x.is_empty()) {
        let x = percent_decode_str(x).decode_utf8_lossy().into_owned();
        if known(&x) {
            add(x);
        } else {
            bad.push(x);
        }
    }
    bad.join(",")
}

/// A list as an attribute's value: comma-separated, with `%` and `,` inside a value escaped.
fn write_list<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values.into_iter().map(|v| v.replace('%', "%25").replace(',', "%2C")).join_with(",")
}

/// The view an attribute belongs to, which it opens when the element has no `view`
/// attribute (`role` opens its profile itself). Explore's attributes belong to Explore,
/// which is the default.
pub fn attribute_opens(name: &str) -> Option<View> {
    match name {
        "roles" => Some(View::Compare),
        "from" | "to" => Some(View::Paths),
        "have" => Some(View::Skills),
        "provider" | "helps" => Some(View::Certifications),
        _ => None,
    }
}

/// The state an element's attributes describe. Without `view`, the attributes given
/// choose it: `role` a profile, `roles` a comparison, `from`/`to` a route, `provider`/
/// `helps` Certifications, `have` Your skills; else Explore, with its search and filters.
pub fn from_attributes(attrs: &[(&str, Option<String>)], ds: &Dataset) -> (AppState, Vec<String>) {
    let mut s = AppState::default();
    let mut warnings = Vec::new();
    let get = |n: &str| attrs.iter().find(|(k, _)| *k == n).and_then(|(_, v)| v.as_deref());
    let mut opens = None;
    for name in state_attributes() {
        if let Some(v) = get(name) {
            let before = s.clone();
            if let Err(w) = apply_attribute(&mut s, name, Some(v), ds) {
                warnings.push(w);
            }
            // The first attribute that changed the state and belongs to a view opens it.
            if opens.is_none() && s != before {
                opens = attribute_opens(name);
            }
        }
    }
    if let Some(v) = opens.filter(|_| get("view").is_none() && !matches!(s.view, View::Role(_))) {
        s.view = v;
    }
    (s, warnings)
}

/// The attributes that reproduce `s` on an element (for the embed snippet).
pub fn to_attributes(s: &AppState) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    match &s.view {
        View::Role(id) => {
            out.push(("view", "role".to_string()));
            out.push(("role", id.clone()));
        }
        View::Explore => {}
        View::Paths => out.push(("view", "paths".to_string())),
        v => out.push(("view", v.key().to_string())),
    }
    match &s.view {
        View::Explore => {
            let q = &s.explore;
            if !q.text.trim().is_empty() {
                out.push(("search", q.text.trim().to_string()));
            }
            for g in GROUPS {
                let values = q.selected(g);
                if !values.is_empty() {
                    out.push((g.param(), write_list(values)));
                }
            }
            if let Some(m) = q.min_salary {
                out.push(("min-salary", m.to_string()));
            }
            if q.sort != SortKey::default() {
                out.push(("sort", q.sort.key().to_string()));
            }
        }
        View::Compare if !s.compare.is_empty() => out.push(("roles", write_list(s.compare.iter().map(String::as_str)))),
        View::Paths => {
            out.extend(s.from.clone().map(|f| ("from", f)));
            out.extend(s.to.clone().map(|t| ("to", t)));
        }
        View::Certifications => {
            out.extend(s.cert_provider.clone().map(|p| ("provider", p)));
            out.extend(s.cert_role.clone().map(|r| ("helps", r)));
        }
        View::Skills if !s.have.is_empty() => out.push(("have", write_list(s.have.iter().map(String::as_str)))),
        _ => {}
    }
    if s.country != DEFAULT_COUNTRY {
        out.push(("country", s.country.clone()));
    }
    out
}

/// The `height` attribute as a CSS length: a positive number, bare (pixels) or with one of
/// the units a widget's height takes. Written back in plain form (`"0480"` is `480px`).
pub fn css_length(v: &str) -> Option<String> {
    let num_end = v.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(v.len());
    let (num, unit) = v.split_at(num_end);
    let (whole, frac) = num.split_once('.').unwrap_or((num, ""));
    if frac.contains('.')
        || (whole.is_empty() && frac.is_empty())
        || !num.bytes().any(|b| b.is_ascii_digit() && b != b'0')
    {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let n = match (whole.is_empty(), frac.is_empty()) {
        (_, true) => whole.to_string(),
        (true, false) => format!("0.{frac}"),
        (false, false) => format!("{whole}.{frac}"),
    };
    match unit {
        "" => Some(format!("{n}px")),
        "px" | "em" | "rem" | "vh" | "svh" | "dvh" | "%" => Some(format!("{n}{unit}")),
        _ => None,
    }
}
