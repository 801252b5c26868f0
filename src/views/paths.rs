//! Career paths: every step of the dataset as a layered graph, its text twin, and a planner
//! from one role to another.

use crate::context::{use_data, use_store};
use crate::controls::TitleSuggestions;
use crate::erase::{dynamic, handler, CollectAny};
use career_model::codes::country_name;
use career_model::compare::{pay_line, role_by_title, years_for_role, years_label};
use career_model::explore::role_pay_span;
use career_model::gather::Gather;
use career_model::paths::{reachable, routes, skill_gap, Graph, Route, GRAPH_DRAWN_MAX, LIST_PAGE};
use career_model::state::View;
use career_model::text::plural;
use career_model::{StepKind, Track};
use leptos::ev::{Event, SubmitEvent};
use leptos::html::Select;
use leptos::prelude::*;

const NODE_W: i32 = 198;
const NODE_H: i32 = 52;
const COL: i32 = 218;
const ROW: i32 = 96;
const PAD: i32 = 12;
/// Room above the first row for lateral moves that arc over other roles.
const ARC: i32 = 40;

fn track_tag(t: Option<Track>) -> &'static str {
    match t {
        Some(Track::IndividualContributor) => "IC track",
        Some(Track::Management) => "Management track",
        Some(Track::Specialist) => "Specialist",
        None => "",
    }
}

#[component]
pub fn CareerPaths() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let from = RwSignal::new(store.0.with_untracked(|s| s.from.clone().unwrap_or_default()));
    let to = RwSignal::new(store.0.with_untracked(|s| s.to.clone().unwrap_or_default()));
    // The plan shown is the one in the state, so a link reopens it.
    let plan = Memo::new(move |_| store.0.with(|s| (s.from.clone(), s.to.clone())));
    let country = Memo::new(move |_| store.0.with(|s| s.country.clone()));
    let found = Memo::new(move |_| {
        let (f, t) = plan.get();
        data.0.with(|c| match (f.and_then(|f| c.ds.role_index(&f)), t.and_then(|t| c.ds.role_index(&t))) {
            (Some(a), Some(b)) => Some((a, b, routes(c.graph(), a, b))),
            _ => None,
        })
    });
    // The fields follow the plan when it changes from outside (Back, Forward, a link).
    Effect::new(move |_| {
        let (f, t) = plan.get();
        from.set(f.unwrap_or_default());
        to.set(t.unwrap_or_default());
    });
    // A long route (a reader's large dataset) is shown a page of steps at a time.
    let route_limit = RwSignal::new(LIST_PAGE);
    let on_route = Memo::new(move |_| {
        found.with(|f| f.as_ref().and_then(|(_, _, r)| r.first().map(|r| r.edges.clone())).unwrap_or_default())
    });

    let show = move |_| {
        let (f, t) = (from.get_untracked(), to.get_untracked());
        store.0.update(|s| {
            s.from = Some(f).filter(|x| !x.is_empty());
            s.to = Some(t).filter(|x| !x.is_empty());
        });
    };

    view! {
        <section class="ce-view ce-paths" role="group" aria-labelledby="ce-paths-h">
            <h2 id="ce-paths-h" tabindex="-1">"Career paths"</h2>
            <form class="ce-planner" on:submit=handler(move |ev: SubmitEvent| {
                ev.prevent_default();
                show(());
            })>
                <RoleBox id="ce-from" label="From" field=from/>
                <RoleBox id="ce-to" label="To" field=to/>
                <button type="submit" class="ce-btn">"Show route"</button>
                {crate::controls::country_select("ce-path-country")}
            </form>
            <div class="ce-plan" aria-live="polite">
                {dynamic(move || {
                    let limit = route_limit.get();
                    found.get().map(|(a, b, list)| view! { <Plan from=a to=b routes=list country=country.get() limit more=route_limit/> })
                })}
            </div>
            {dynamic(move || {
                data.0.with(|c| {
                    if c.graph().drawable() {
                        view! { <GraphView on_route country/> }.into_any()
                    } else {
                        let n = c.graph().nodes.len();
                        view! {
                            <p class="ce-muted ce-graph-undrawn">
                                {format!(
                                    "The graph is drawn for up to {GRAPH_DRAWN_MAX} roles; this dataset's career steps join {}. Plan a route above, or read the steps below.",
                                    plural(n, "role", "roles"),
                                )}
                            </p>
                        }
                            .into_any()
                    }
                })
            })}
            <TextTwin/>
        </section>
    }
}

/// One end of the route: a list of every role in the graph, or, for a graph too large to
/// draw (a reader's dataset of thousands of roles), a box that suggests matching titles.
#[component]
fn RoleBox(id: &'static str, label: &'static str, field: RwSignal<String>) -> impl IntoView {
    let data = use_data();
    if data.0.with_untracked(|c| !c.graph().drawable()) {
        let list_id = format!("{id}-options");
        let typed = RwSignal::new(
            data.0.with_untracked(|c| c.ds.role(&field.get_untracked()).map(|r| r.title.clone()).unwrap_or_default()),
        );
        // A role chosen from outside (Back, Forward) shows its title; typing is left alone.
        Effect::new(move |_| {
            let id = field.get();
            if let Some(title) = data.0.with_untracked(|c| c.ds.role(&id).map(|r| r.title.clone())) {
                if typed.with_untracked(|t| t.trim() != title) {
                    typed.set(title);
                }
            }
        });
        return view! {
            <div class="ce-field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    list=list_id.clone()
                    autocomplete="off"
                    placeholder="Type a role title"
                    prop:value=move || typed.get()
                    on:input=handler(move |ev: Event| {
                        let v = event_target_value(&ev);
                        let found = data.0.with_untracked(|c| role_by_title(&c.ds, &v).map(|r| r.id.clone()));
                        field.set(found.unwrap_or_default());
                        typed.set(v);
                    })
                />
                <TitleSuggestions id=list_id typed/>
            </div>
        }
        .into_any();
    }
    // Plain options, and one effect that keeps the box's choice in step with the field.
    let node = NodeRef::<Select>::new();
    Effect::new(move |_| {
        let value = field.get();
        data.0.with(|_| ());
        if let Some(el) = node.get() {
            el.set_value(&value);
        }
    });
    let options = move || {
        data.0.with(|c| {
            c.ds.by_title(c.graph().nodes.iter().copied())
                .into_iter()
                .map(|i| view! { <option value=c.ds.roles[i].id.clone()>{c.ds.roles[i].title.clone()}</option> })
                .collect_any()
        })
    };
    view! {
        <div class="ce-field">
            <label for=id>{label}</label>
            <select id=id node_ref=node on:change=handler(move |ev: Event| field.set(event_target_value(&ev)))>
                <option value="">"Choose a role"</option>
                {options}
            </select>
        </div>
    }
    .into_any()
}

#[component]
fn Plan(
    from: usize,
    to: usize,
    routes: Vec<Route>,
    country: String,
    /// Steps shown per route.
    limit: usize,
    /// Raised by "Show more steps".
    more: RwSignal<usize>,
) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let catalog = data.0.get_untracked();
    let (ds, g) = (&catalog.ds, catalog.graph());
    let title = |i: usize| ds.roles[i].title.clone();
    if from == to {
        return view! { <p>"You are already a " {title(from)} ". Choose another role to go to."</p> }.into_any();
    }
    let Some(first) = routes.first() else {
        let below = career_model::paths::best_route(g, to, from, &[]).is_some();
        let near = reachable(g, from, 5);
        let suggestions = near
            .into_iter()
            .map(|i| {
                let id = ds.roles[i].id.clone();
                view! {
                    <li>
                        <button type="button" class="ce-link" on:click=handler(move |_| store.0.update(|s| s.to = Some(id.clone())))>
                            {title(i)}
                        </button>
                    </li>
                }
            })
            .collect_any();
        return view! {
            <div class="ce-no-route">
                <p>
                    <strong>"No route from " {title(from)} " to " {title(to)} " in the articles' career steps."</strong>
                    {below.then(|| format!(" {} comes before {} on the ladder.", title(to), title(from)))}
                </p>
                <p>"Nearest roles you can reach from " {title(from)} ":"</p>
                <ul class="ce-suggestions">{suggestions}</ul>
            </div>
        }
        .into_any();
    };
    let render = |route: &Route, name: String, label_id: &'static str| {
        let hidden = route.edges.len().saturating_sub(limit);
        let steps = route
            .edges
            .iter()
            .take(limit)
            .enumerate()
            .map(|(n, &e)| {
                let edge = &g.edges[e];
                let (a, b) = (&ds.roles[edge.from], &ds.roles[edge.to]);
                let kind = edge.kind.label();
                let track = track_tag(edge.track);
                let sources = edge.sources.iter().map(|s| format!("“{}”", ds.source_title(s))).join_with(", ");
                let pay: Vec<String> = ds.salaries_for_role(b).filter(|s| s.country == country).map(|s| pay_line(ds, s)).gather();
                let pay_from = role_pay_span(ds, a, &country).map_or("no figure".into(), |s| s.label());
                let years = years_label(ds, &years_for_role(ds, b));
                let gap: Vec<String> = skill_gap(ds, edge.from, edge.to).iter().map(|id| ds.skill_name(id).to_string()).gather();
                let certs: Vec<String> = ds.certifications_for_role(&b.id).map(|c| c.name.clone()).gather();
                view! {
                    <li class="ce-step">
                        <p class="ce-step-title">
                            <strong>{format!("Step {}: {} → {}", n + 1, a.title, b.title)}</strong>
                            " (" {kind} {(!track.is_empty()).then(|| format!(", {}", track.to_ascii_lowercase()))} ")"
                        </p>
                        <dl class="ce-facts ce-facts-wide">
                            <div>
                                <dt>{format!("Pay in {}", country_name(&country))}</dt>
                                <dd>
                                    {if pay.is_empty() {
                                        format!("No figure for {} in the sources (now: {pay_from})", b.title)
                                    } else {
                                        format!("From {pay_from} to: {}", pay.join("; "))
                                    }}
                                </dd>
                            </div>
                            <div>
                                <dt>"Years of experience"</dt>
                                <dd>{years}</dd>
                            </div>
                            <div>
                                <dt>"Skills and tools to add"</dt>
                                <dd>{if gap.is_empty() { "None named beyond the current role".to_string() } else { gap.join(", ") }}</dd>
                            </div>
                            <div>
                                <dt>"Certifications that help"</dt>
                                <dd>{if certs.is_empty() { "None named".to_string() } else { certs.join(", ") }}</dd>
                            </div>
                            <div>
                                <dt>"Source"</dt>
                                <dd>{sources}</dd>
                            </div>
                        </dl>
                    </li>
                }
            })
            .collect_any();
        view! {
            <section class="ce-route">
                <h3 id=label_id>{name}</h3>
                <ol aria-labelledby=label_id class="ce-route-list">{steps}</ol>
                {(hidden > 0)
                    .then(|| {
                        view! {
                            <button type="button" class="ce-btn ce-secondary" on:click=handler(move |_| more.update(|l| *l += LIST_PAGE))>
                                {format!("Show {} more of {}", hidden.min(LIST_PAGE), plural(hidden + limit, "step", "steps"))}
                            </button>
                        }
                    })}
            </section>
        }
    };
    let n = first.edges.len();
    let laterals = first.laterals(g);
    let summary = format!(
        "{} → {}: {}{}",
        title(from),
        title(to),
        plural(n, "step", "steps"),
        if laterals > 0 { format!(", {laterals} lateral") } else { String::new() }
    );
    let second = routes.get(1).map(|r| {
        let tracks = r.tracks(g).into_iter().map(|t| t.label()).join_with(" and ");
        render(r, format!("Alternative on the {} track", tracks.to_ascii_lowercase()), "ce-route2-h")
    });
    view! {
        <p class="ce-route-summary">{summary}</p>
        <div class="ce-routes">
            {render(first, "Route".to_string(), "ce-route-h")}
            {second}
        </div>
    }
    .into_any()
}

#[component]
fn GraphView(on_route: Memo<Vec<usize>>, country: Memo<String>) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let catalog = data.0.get_untracked();
    let g: &Graph = catalog.graph();
    let ds = &catalog.ds;
    let width = g.width().max(1) as i32 * COL + PAD * 2;
    let height = g.depth().max(1) as i32 * ROW + PAD * 2 + ARC - (ROW - NODE_H);
    let pos = |node: usize| {
        let p = g.position(node).unwrap_or(0);
        (PAD + g.slots[p] as i32 * COL, PAD + ARC + g.layers[p] as i32 * ROW)
    };
    let edges = g
        .edges
        .iter()
        .enumerate()
        .map(|(ei, e)| {
            let (fx, fy) = pos(e.from);
            let (tx, ty) = pos(e.to);
            // Promotions run from the bottom of one box to the top of the next. Lateral moves
            // on one row run side to side, or arc over the roles between them.
            let same_row = fy == ty;
            let far = same_row && (tx - fx).abs() * 2 > COL * 3;
            let (x1, y1, x2, y2) = if far {
                (fx + NODE_W / 2, fy, tx + NODE_W / 2, ty)
            } else if same_row {
                if tx > fx {
                    (fx + NODE_W, fy + NODE_H / 2, tx, ty + NODE_H / 2)
                } else {
                    (fx, fy + NODE_H / 2, tx + NODE_W, ty + NODE_H / 2)
                }
            } else if ty > fy {
                (fx + NODE_W / 2, fy + NODE_H, tx + NODE_W / 2, ty)
            } else {
                (fx + NODE_W / 2, fy, tx + NODE_W / 2, ty + NODE_H)
            };
            // The control point of the arc (the line's midpoint when straight).
            let (cx, cy) = if far { ((x1 + x2) / 2, y1 - ARC * 8 / 5) } else { ((x1 + x2) / 2, (y1 + y2) / 2) };
            let d = format!("M{x1},{y1} Q{cx},{cy} {x2},{y2}");
            let (dx, dy) = (f64::from(x2 - cx), f64::from(y2 - cy));
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            let (ux, uy) = (dx / len, dy / len);
            // The arrowhead's corners, rounded to whole units.
            let corner = |along: f64, side: f64| {
                let x = f64::from(x2) - ux * along - uy * side;
                let y = f64::from(y2) - uy * along + ux * side;
                format!("{},{}", x.round() as i32, y.round() as i32)
            };
            let head = format!("{x2},{y2} {} {}", corner(9.0, 5.0), corner(9.0, -5.0));
            let tip = format!(
                "{} → {}: {} — {}",
                ds.roles[e.from].title,
                ds.roles[e.to].title,
                e.kind.label(),
                e.sources.iter().map(|s| ds.source_title(s)).join_with("; ")
            );
            let kind = match e.kind {
                StepKind::Promotion => "ce-edge-promotion",
                StepKind::Lateral => "ce-edge-lateral",
                StepKind::Entry => "ce-edge-entry",
                StepKind::Destination => "ce-edge-destination",
            };
            view! {
                <g class=format!("ce-edge {kind}") class:ce-on-route=move || on_route.with(|r| r.contains(&ei))>
                    <title>{tip}</title>
                    <path d=d></path>
                    <polygon points=head></polygon>
                </g>
            }
        })
        .collect_any();
    let nodes = g
        .nodes
        .iter()
        .map(|&i| {
            let r = &ds.roles[i];
            let (x, y) = pos(i);
            let id = r.id.clone();
            let title = r.title.clone();
            let tag = track_tag(r.track);
            let role = r.clone();
            let ds2 = catalog.clone();
            let pay = move || role_pay_span(&ds2.ds, &role, &country.get()).map_or("No pay figure".to_string(), |s| s.label());
            let on = move || on_route.with(|list| data.0.with(|c| list.iter().any(|&e| c.graph().edges[e].from == i || c.graph().edges[e].to == i)));
            view! {
                <g class="ce-node" class:ce-on-route=on class:ce-track-tagged=!tag.is_empty() on:click=handler(move |_| store.open(View::Role(id.clone())))>
                    <title>{format!("{title}: open the profile")}</title>
                    <rect x=x y=y width=NODE_W height=NODE_H rx="6"></rect>
                    <text x=x + 8 y=y + 18 class="ce-node-title">{title.clone()}</text>
                    <text x=x + 8 y=y + 34 class="ce-node-pay">{pay}</text>
                    {(!tag.is_empty()).then(|| view! { <text x=x + 8 y=y + 47 class="ce-node-tag">{tag}</text> })}
                </g>
            }
        })
        .collect_any();
    view! {
        <figure class="ce-graph">
            <figcaption>
                "Career path graph: earlier roles at the top, each row down a step in seniority. "
                "Solid arrows are promotions, dashed arrows lateral moves, dotted arrows ways in, long-dashed arrows where a role can lead in time. Select a role to open it."
            </figcaption>
            <div class="ce-graph-scroll" role="group" aria-label="Career path graph, scrolls sideways" tabindex="0">
                <svg role="img" aria-label="Career path graph" width=width height=height viewBox=format!("0 0 {width} {height}")>
                    {edges}
                    {nodes}
                </svg>
            </div>
        </figure>
    }
}

/// The graph as a nested list: each role, by layer, with the steps out of it; a page of
/// roles at a time.
#[component]
fn TextTwin() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let shown = RwSignal::new(LIST_PAGE);
    let total = data.0.with_untracked(|c| c.graph().nodes.len());
    let items = move || {
        let catalog = data.0.get();
        let (ds, g) = (&catalog.ds, catalog.graph());
        g.list_order()
            .into_iter()
            .take(shown.get())
            .map(|i| {
                let r = &ds.roles[i];
                let id = r.id.clone();
                let steps = g
                    .steps_from(i)
                    .map(|e| {
                        let track = track_tag(e.track);
                        let sources = e.sources.iter().map(|s| format!("“{}”", ds.source_title(s))).join_with(", ");
                        view! {
                            <li>
                                {format!("→ {} ({}{})", ds.roles[e.to].title, e.kind.label(), if track.is_empty() { String::new() } else { format!(", {}", track.to_ascii_lowercase()) })}
                                " " <span class="ce-cite">{sources}</span>
                            </li>
                        }
                    })
                    .collect_any();
                view! {
                    <li>
                        <button type="button" class="ce-link" on:click=handler(move |_| store.open(View::Role(id.clone())))>
                            {r.title.clone()}
                        </button>
                        <ul>{steps}</ul>
                    </li>
                }
            })
            .collect_any()
    };
    let hidden = move || total.saturating_sub(shown.get());
    view! {
        <section class="ce-twin" role="group" aria-labelledby="ce-twin-h">
            <h3 id="ce-twin-h">"Every career step, as a list"</h3>
            <ul>{items}</ul>
            <Show when=move || { hidden() > 0 }>
                <button type="button" class="ce-btn ce-secondary" on:click=handler(move |_| shown.update(|n| *n += LIST_PAGE))>
                    {dynamic(move || format!("Show {} more of {}", hidden().min(LIST_PAGE), plural(total, "role", "roles")))}
                </button>
            </Show>
        </section>
    }
}
