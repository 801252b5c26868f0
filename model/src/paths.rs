//! The career graph: roles joined by the articles' steps, layered by seniority, and the
//! routes through it.

use crate::dataset::{CareerStep, Dataset, StepKind, Track};
use crate::gather::Gather;
use std::collections::VecDeque;

/// The place of a role that is not in the graph.
const NOWHERE: usize = usize::MAX;

/// The most roles the graph is drawn with: beyond it (a reader's large dataset), the list
/// and the route planner serve, and no view draws tens of thousands of boxes.
pub const GRAPH_DRAWN_MAX: usize = 150;

/// Roles of the list, and steps of a route, shown at a time.
pub const LIST_PAGE: usize = 100;

/// One arrow of the graph: every step the articles give between the same two roles.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub kind: StepKind,
    pub track: Option<Track>,
    /// Source ids, in the order the steps are listed.
    pub sources: Vec<String>,
}

impl Edge {
    pub fn is_lateral(&self) -> bool {
        self.kind == StepKind::Lateral
    }
}

#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// Role indices in the graph, in dataset order.
    pub nodes: Vec<usize>,
    pub edges: Vec<Edge>,
    /// Layer of each node (same order as `nodes`): 0 for where careers start.
    pub layers: Vec<usize>,
    /// Position of each node within its layer.
    pub slots: Vec<usize>,
    /// Each role's place in `nodes`, by role index (`NOWHERE` for a role not in the graph).
    at: Vec<usize>,
    /// The edges leaving and entering each node (by place in `nodes`).
    out: Vec<Vec<usize>>,
    into: Vec<Vec<usize>>,
}

impl Graph {
    pub fn new(ds: &Dataset) -> Graph {
        // One edge per pair of roles, in the order of their first step; the other steps
        // between the same two roles add their sources to it.
        let ends: Vec<Option<(usize, usize)>> =
            ds.career_steps.iter().map(|s| Some((ds.role_index(&s.from)?, ds.role_index(&s.to)?))).gather();
        let first = crate::order::first_of_equal(ends.len(), &|a, b| ends[a].cmp(&ends[b]));
        let mut edges: Vec<Edge> = Vec::new();
        let mut edge_of = vec![NOWHERE; ends.len()];
        for (i, s) in ds.career_steps.iter().enumerate() {
            let Some((from, to)) = ends[i] else { continue };
            if first[i] == i {
                edge_of[i] = edges.len();
                edges.push(edge(from, to, s));
                continue;
            }
            let e = &mut edges[edge_of[first[i]]];
            if !e.sources.contains(&s.source) {
                e.sources.push(s.source.clone());
            }
            e.track = e.track.or(s.track);
        }
        let mut nodes: Vec<usize> = edges.iter().flat_map(|e| [e.from, e.to]).gather();
        crate::order::sort(&mut nodes);
        nodes.dedup();
        let mut at = vec![NOWHERE; ds.roles.len()];
        for (p, &r) in nodes.iter().enumerate() {
            at[r] = p;
        }
        let (mut out, mut into) = (vec![Vec::new(); nodes.len()], vec![Vec::new(); nodes.len()]);
        for (i, e) in edges.iter().enumerate() {
            out[at[e.from]].push(i);
            into[at[e.to]].push(i);
        }
        let mut g = Graph { nodes, edges, layers: Vec::new(), slots: Vec::new(), at, out, into };
        g.layout();
        g
    }

    pub fn position(&self, role: usize) -> Option<usize> {
        self.at.get(role).copied().filter(|&p| p != NOWHERE)
    }

    /// Layers by seniority: a promotion or an entry step goes one layer up, a lateral move
    /// stays on its layer. Roles are taken in step order (linear in the steps); the roles
    /// on a cycle (possible in a reader's own data) are settled by at most one pass per
    /// node, bounded by `CYCLE_PASSES`.
    fn layout(&mut self) {
        const CYCLE_PASSES: usize = 64;
        let n = self.nodes.len();
        let mut layer = vec![0usize; n];
        let ends = |e: &Edge| (self.at[e.from], self.at[e.to]);
        // In step order (Kahn): each role once its every earlier role is placed.
        let mut waiting: Vec<usize> = self.into.iter().map(Vec::len).gather();
        let mut ready: VecDeque<usize> = (0..n).filter(|&p| waiting[p] == 0).collect();
        let mut done = 0;
        while let Some(a) = ready.pop_front() {
            done += 1;
            for &ei in &self.out[a] {
                let e = &self.edges[ei];
                let b = ends(e).1;
                layer[b] = layer[b].max(layer[a] + usize::from(!e.is_lateral()));
                waiting[b] -= 1;
                if waiting[b] == 0 {
                    ready.push_back(b);
                }
            }
        }
        if done < n {
            for _ in 0..n.min(CYCLE_PASSES) {
                let mut changed = false;
                for e in &self.edges {
                    let (a, b) = ends(e);
                    let want = layer[a] + usize::from(!e.is_lateral());
                    if layer[b] < want {
                        layer[b] = want;
                        changed = true;
                    }
                }
                if !changed {
                    break;
                }
            }
        }
        // Within a layer: order by the mean slot of the roles leading in (one sweep), so
        // arrows cross less; ties keep dataset order.
        let depth = layer.iter().copied().max().unwrap_or(0);
        let mut by_layer: Vec<Vec<usize>> = vec![Vec::new(); depth + 1];
        for (i, &l) in layer.iter().enumerate() {
            by_layer[l].push(i);
        }
        let mut slots = vec![0usize; n];
        let mut placed = vec![false; n];
        for members in by_layer {
            let mut members: Vec<(usize, usize)> = members
                .into_iter()
                .map(|i| {
                    let parents: Vec<usize> = self.into[i]
                        .iter()
                        .map(|&ei| self.at[self.edges[ei].from])
                        .filter(|&p| placed[p])
                        .map(|p| slots[p] * 2)
                        .gather();
                    let key =
                        if parents.is_empty() { usize::MAX / 2 } else { parents.iter().sum::<usize>() / parents.len() };
                    (key, i)
                })
                .gather();
            crate::order::sort(&mut members);
            for (slot, (_, i)) in members.into_iter().enumerate() {
                slots[i] = slot;
                placed[i] = true;
            }
        }
        self.layers = layer;
        self.slots = slots;
    }

    pub fn depth(&self) -> usize {
        self.layers.iter().copied().max().map_or(0, |d| d + 1)
    }

    pub fn width(&self) -> usize {
        self.slots.iter().copied().max().map_or(0, |w| w + 1)
    }

    /// Whether the graph is small enough to draw (`GRAPH_DRAWN_MAX` roles at most).
    pub fn drawable(&self) -> bool {
        self.nodes.len() <= GRAPH_DRAWN_MAX
    }

    /// The steps out of a role, from its adjacency list.
    pub fn steps_from(&self, role: usize) -> impl Iterator<Item = &Edge> {
        self.out_edges(role).map(|(_, e)| e)
    }

    /// The roles in the order the list shows them: by layer, then place in the layer.
    pub fn list_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.nodes.len()).gather();
        crate::order::sort_by_key(&mut order, |&p| (self.layers[p], self.slots[p]));
        order.into_iter().map(|p| self.nodes[p]).gather()
    }

    fn out_edges(&self, role: usize) -> impl Iterator<Item = (usize, &Edge)> {
        let list: &[usize] = self.position(role).map_or(&[], |p| &self.out[p]);
        list.iter().map(|&ei| (ei, &self.edges[ei]))
    }
}

fn edge(from: usize, to: usize, s: &CareerStep) -> Edge {
    Edge { from, to, kind: s.kind, track: s.track, sources: vec![s.source.clone()] }
}

/// A route: the edges taken, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub edges: Vec<usize>,
}

impl Route {
    pub fn roles(&self, g: &Graph, from: usize) -> Vec<usize> {
        let mut out = vec![from];
        out.extend(self.edges.iter().map(|&e| g.edges[e].to));
        out
    }

    pub fn laterals(&self, g: &Graph) -> usize {
        self.edges.iter().filter(|&&e| g.edges[e].is_lateral()).count()
    }

    /// The tracks the route's steps name, each once, in `Track::ALL`'s order.
    pub fn tracks(&self, g: &Graph) -> Vec<Track> {
        Track::ALL.into_iter().filter(|t| self.edges.iter().any(|&e| g.edges[e].track == Some(*t))).gather()
    }
}

/// The best route from `from` to `to` (role indices): fewest steps, then fewest lateral
/// moves. Edges in `banned` are not used. `None` when `to` can't be reached.
pub fn best_route(g: &Graph, from: usize, to: usize, banned: &[usize]) -> Option<Route> {
    if from == to {
        return Some(Route { edges: Vec::new() });
    }
    // Breadth first over steps; among equally short routes keep the fewest laterals. Every
    // role at distance d is found before any is expanded, so its lateral count is final
    // by the time it leaves the queue.
    // Per role index: steps, lateral moves, and the edge that arrived there.
    let mut cost: Vec<Option<(usize, usize, Option<usize>)>> = vec![None; g.at.len()];
    *cost.get_mut(from)? = Some((0, 0, None));
    let mut queue = VecDeque::from([from]);
    while let Some(r) = queue.pop_front() {
        let Some((steps, lat, _)) = cost[r] else { continue };
        for (ei, e) in g.out_edges(r) {
            if banned.contains(&ei) {
                continue;
            }
            let cand = (steps + 1, lat + usize::from(e.is_lateral()), Some(ei));
            match cost[e.to] {
                Some(c) if (c.0, c.1) <= (cand.0, cand.1) => {}
                Some(_) => cost[e.to] = Some(cand),
                None => {
                    cost[e.to] = Some(cand);
                    queue.push_back(e.to);
                }
            }
        }
    }
    let mut edges = Vec::new();
    let mut at = to;
    while at != from {
        let (_, _, via) = (*cost.get(at)?)?;
        let ei = via?;
        edges.push(ei);
        at = g.edges[ei].from;
        if edges.len() > g.edges.len() {
            return None;
        }
    }
    edges.reverse();
    Some(Route { edges })
}

/// How many of the best route's steps are each left out in turn to look for another
/// route: every step of any route the articles give, and a bound on a reader's long chains.
pub const ALTERNATIVE_TRIES: usize = 16;

/// The best route, and a second one where another exists on a different track.
pub fn routes(g: &Graph, from: usize, to: usize) -> Vec<Route> {
    let Some(first) = best_route(g, from, to, &[]) else { return Vec::new() };
    let tracks = first.tracks(g);
    let mut alt: Option<Route> = None;
    for &e in first.edges.iter().take(ALTERNATIVE_TRIES) {
        if let Some(r) = best_route(g, from, to, &[e]) {
            let better = alt.as_ref().is_none_or(|a| (r.edges.len(), r.laterals(g)) < (a.edges.len(), a.laterals(g)));
            if r.tracks(g) != tracks && better {
                alt = Some(r);
            }
        }
    }
    let mut out = vec![first];
    out.extend(alt);
    out
}

/// Roles reachable from `from`, nearest first (not counting `from`), at most `limit`.
pub fn reachable(g: &Graph, from: usize, limit: usize) -> Vec<usize> {
    let mut seen = vec![false; g.at.len()];
    let Some(first) = seen.get_mut(from) else { return Vec::new() };
    *first = true;
    let mut queue = VecDeque::from([from]);
    let mut out = Vec::new();
    while let Some(r) = queue.pop_front() {
        for (_, e) in g.out_edges(r) {
            if !std::mem::replace(&mut seen[e.to], true) {
                out.push(e.to);
                queue.push_back(e.to);
            }
        }
    }
    out.truncate(limit);
    out
}

/// How far apart two roles are along the steps: `Some(n)` when `b` is `n` steps after
/// `a`, `Some(-n)` when it is `n` steps before, `None` when no route joins them.
pub fn steps_apart(g: &Graph, a: usize, b: usize) -> Option<i64> {
    if let Some(r) = best_route(g, a, b, &[]) {
        return Some(r.edges.len() as i64);
    }
    best_route(g, b, a, &[]).map(|r| -(r.edges.len() as i64))
}

/// What the target role lists that the current one does not: skills and tools, by id.
pub fn skill_gap(ds: &Dataset, from: usize, to: usize) -> Vec<String> {
    let (a, b) = (&ds.roles[from], &ds.roles[to]);
    b.skills.iter().chain(&b.tools).filter(|s| !a.skills.contains(s) && !a.tools.contains(s)).cloned().gather()
}
