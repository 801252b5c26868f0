//! The career graph: roles joined by the articles' steps, layered by seniority, and the
//! routes through it.

use crate::dataset::{CareerStep, Dataset, StepKind, Track};
use std::collections::{BTreeSet, VecDeque};

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
}

impl Graph {
    pub fn new(ds: &Dataset) -> Graph {
        let mut edges: Vec<Edge> = Vec::new();
        for s in &ds.career_steps {
            let (Some(from), Some(to)) = (ds.role_index(&s.from), ds.role_index(&s.to)) else { continue };
            match edges.iter_mut().find(|e| e.from == from && e.to == to) {
                Some(e) => {
                    if !e.sources.contains(&s.source) {
                        e.sources.push(s.source.clone());
                    }
                    e.track = e.track.or(s.track);
                }
                None => edges.push(edge(from, to, s)),
            }
        }
        let mut nodes: Vec<usize> = edges.iter().flat_map(|e| [e.from, e.to]).collect();
        nodes.sort();
        nodes.dedup();
        let mut g = Graph { nodes, edges, layers: Vec::new(), slots: Vec::new() };
        g.layout();
        g
    }

    pub fn position(&self, role: usize) -> Option<usize> {
        self.nodes.iter().position(|&n| n == role)
    }

    /// Layers by seniority: a promotion or an entry step goes one layer up, a lateral move
    /// stays on its layer. Cycles (possible in a reader's own data) stop after one pass per node.
    fn layout(&mut self) {
        let n = self.nodes.len();
        let mut layer = vec![0usize; n];
        for _ in 0..n {
            let mut changed = false;
            for e in &self.edges {
                let (a, b) = (self.position(e.from).unwrap_or(0), self.position(e.to).unwrap_or(0));
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
        // Within a layer: order by the mean slot of the roles leading in (one sweep), so
        // arrows cross less; ties keep dataset order.
        let depth = layer.iter().copied().max().unwrap_or(0);
        let mut slots = vec![0usize; n];
        let mut placed = vec![false; n];
        for l in 0..=depth {
            let mut members: Vec<(usize, usize)> = (0..n)
                .filter(|&i| layer[i] == l)
                .map(|i| {
                    let parents: Vec<usize> = self
                        .edges
                        .iter()
                        .filter(|e| e.to == self.nodes[i])
                        .filter_map(|e| self.position(e.from))
                        .filter(|&p| placed[p])
                        .map(|p| slots[p] * 2)
                        .collect();
                    let key =
                        if parents.is_empty() { usize::MAX / 2 } else { parents.iter().sum::<usize>() / parents.len() };
                    (key, i)
                })
                .collect();
            members.sort();
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

    fn out_edges(&self, role: usize) -> impl Iterator<Item = (usize, &Edge)> {
        self.edges.iter().enumerate().filter(move |(_, e)| e.from == role)
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

    pub fn tracks(&self, g: &Graph) -> BTreeSet<Track> {
        self.edges.iter().filter_map(|&e| g.edges[e].track).collect()
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
    let mut cost: std::collections::HashMap<usize, (usize, usize, Option<usize>)> = Default::default();
    cost.insert(from, (0, 0, None));
    let mut queue = VecDeque::from([from]);
    while let Some(r) = queue.pop_front() {
        let (steps, lat, _) = cost[&r];
        for (ei, e) in g.out_edges(r) {
            if banned.contains(&ei) {
                continue;
            }
            let cand = (steps + 1, lat + usize::from(e.is_lateral()), Some(ei));
            match cost.get(&e.to) {
                Some(c) if (c.0, c.1) <= (cand.0, cand.1) => {}
                Some(_) => {
                    cost.insert(e.to, cand);
                }
                None => {
                    cost.insert(e.to, cand);
                    queue.push_back(e.to);
                }
            }
        }
    }
    let mut edges = Vec::new();
    let mut at = to;
    while at != from {
        let (_, _, via) = *cost.get(&at)?;
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

/// The best route, and a second one where another exists on a different track.
pub fn routes(g: &Graph, from: usize, to: usize) -> Vec<Route> {
    let Some(first) = best_route(g, from, to, &[]) else { return Vec::new() };
    let tracks = first.tracks(g);
    let mut alt: Option<Route> = None;
    for &e in &first.edges {
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
    let mut seen = vec![from];
    let mut queue = VecDeque::from([from]);
    let mut out = Vec::new();
    while let Some(r) = queue.pop_front() {
        for (_, e) in g.out_edges(r) {
            if !seen.contains(&e.to) {
                seen.push(e.to);
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
    b.skills.iter().chain(&b.tools).filter(|s| !a.skills.contains(s) && !a.tools.contains(s)).cloned().collect()
}
