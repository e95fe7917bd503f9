//! Holds the architecture invariants written in `src/lib.rs`: which room may import which, and
//! no import cycle between modules anywhere in the crate.
//!
//! The check reads the source as text (no compiler plugin, nothing to install): every `use`
//! statement and every inline `crate::…`/`super::…` path outside comments and test code is
//! resolved to the module it names (through the `pub use` lists of façade modules), giving a
//! graph of module → module edges. Test code may import anything (a presenter's tests build
//! scenarios from presets), so `#[cfg(test)]` blocks and files named `tests.rs`, `*_tests.rs`
//! or under a `tests/` folder are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The rooms of the crate and what each may import, as written in `src/lib.rs`. A room is the
/// first segment of a module path. `ui` may import everything; nothing may import `ui`.
const ARROWS: &[(&str, &[&str])] = &[
    ("engine", &[]),
    ("present", &["engine"]),
    ("chart", &["engine", "present"]),
    ("export", &["engine", "present"]),
    ("presets", &["engine", "present", "chart", "export"]),
    (
        "share",
        &["engine", "present", "chart", "export", "presets"],
    ),
    (
        "cli",
        &["engine", "present", "chart", "export", "presets", "share"],
    ),
    (
        "ui",
        &[
            "engine", "present", "chart", "export", "presets", "share", "cli",
        ],
    ),
];

/// One source file seen as a module.
struct Module {
    /// `engine::intune::report` (the crate root is the empty path).
    path: Vec<String>,
    /// The file's text with comments and test code removed.
    code: String,
}

/// Every library module under `src/` (binaries are left out: they only call the library).
fn modules(src: &Path) -> Vec<Module> {
    let mut files = Vec::new();
    collect(src, &mut files);
    files
        .into_iter()
        .filter_map(|file| {
            let rel = file.strip_prefix(src).ok()?;
            let mut path: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if path.first().is_some_and(|p| p == "bin") || path == ["main"] {
                return None;
            }
            if path.last().is_some_and(|l| l == "mod" || l == "lib") {
                path.pop();
            }
            if path.iter().any(|p| p == "tests" || p.ends_with("_tests")) {
                return None;
            }
            let text = std::fs::read_to_string(&file).ok()?;
            Some(Module {
                path,
                code: strip(&text),
            })
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code without line comments and without everything from the first `#[cfg(test)]` that
/// opens a module (by this crate's convention, inline tests close the file).
fn strip(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|n| n.trim_start().starts_with("mod ") && n.contains('{'))
        {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        let code = match line.find("//") {
            // A `//` inside a string (a URL) is kept; only a trailing comment after code goes.
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// The full paths a `use` tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        let leaf = tree.split(" as ").next().unwrap_or(&tree);
        return vec![leaf.trim_end_matches("::*").to_owned()];
    };
    let prefix = &tree[..open];
    let inner = tree[open + 1..]
        .strip_suffix('}')
        .unwrap_or(&tree[open + 1..]);
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            let p = if p == "self" {
                prefix.trim_end_matches("::").to_owned()
            } else {
                format!("{prefix}{p}")
            };
            expand(&p)
        })
        .collect()
}

/// Every path the code refers to: the `use` statements, expanded, and inline `crate::`/`super::`
/// paths elsewhere.
fn references(code: &str) -> Vec<(bool, String)> {
    let mut refs = Vec::new();
    let mut rest = code;
    // What is left once the `use` statements are taken out, for the inline paths.
    let mut inline = String::with_capacity(code.len());
    // `use` statements (possibly spanning lines), with their visibility.
    while let Some(i) = find_use(rest) {
        let stmt_start = &rest[i..];
        let end = stmt_start.find(';').unwrap_or(stmt_start.len());
        let stmt = &stmt_start[..end];
        let is_pub = rest[..i].trim_end().ends_with("pub") || rest[..i].ends_with("pub(crate) ");
        let tree = stmt.trim_start_matches("use").trim();
        refs.extend(expand(tree).into_iter().map(|p| (is_pub, p)));
        inline.push_str(&rest[..i]);
        rest = &stmt_start[end.min(stmt_start.len())..];
    }
    inline.push_str(rest);
    for word in inline.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
        if (word.starts_with("crate::") || word.starts_with("super::")) && !word.ends_with("::") {
            refs.push((false, word.to_owned()));
        }
    }
    refs
}

/// The byte offset of the next `use ` that starts a statement.
fn find_use(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find("use ") {
        let at = from + i;
        let before = s[..at].chars().next_back();
        if before.is_none_or(|c| c.is_whitespace() || c == ';' || c == '{' || c == '}') {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

/// The module graph: each module and the set of modules it imports from.
struct Graph {
    edges: BTreeMap<String, BTreeSet<String>>,
}

fn graph(modules: &[Module]) -> Graph {
    let known: BTreeSet<Vec<String>> = modules.iter().map(|m| m.path.clone()).collect();
    // Façade re-exports: (module, name) → the child module the name comes from.
    let mut reexports: BTreeMap<(Vec<String>, String), Vec<String>> = BTreeMap::new();
    for m in modules {
        for (is_pub, p) in references(&m.code) {
            if !is_pub {
                continue;
            }
            if let Some(target) = resolve(&m.path, &p, &known, &BTreeMap::new())
                && let Some(name) = p.rsplit("::").next()
            {
                reexports.insert((m.path.clone(), name.to_owned()), target);
            }
        }
    }
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in modules {
        let from = m.path.join("::");
        let entry = edges.entry(from.clone()).or_default();
        for (_, p) in references(&m.code) {
            let Some(to) = resolve(&m.path, &p, &known, &reexports) else {
                continue;
            };
            // A module's own items, its ancestors' items (a façade's own types) and its
            // children (which it declares) are not imports between peers.
            if to.starts_with(&m.path) || m.path.starts_with(&to) {
                continue;
            }
            entry.insert(to.join("::"));
        }
    }
    Graph { edges }
}

/// The module a path names, relative to `here`: the deepest known module on the path, followed
/// through a façade's `pub use` when the next segment is a re-exported name.
fn resolve(
    here: &[String],
    path: &str,
    known: &BTreeSet<Vec<String>>,
    reexports: &BTreeMap<(Vec<String>, String), Vec<String>>,
) -> Option<Vec<String>> {
    let mut segs = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut at: Vec<String> = match segs.peek().copied() {
        Some("crate") => {
            segs.next();
            Vec::new()
        }
        Some("super") => {
            let mut base = here.to_vec();
            while segs.peek() == Some(&"super") {
                segs.next();
                base.pop()?;
            }
            base
        }
        Some("self") => {
            segs.next();
            here.to_vec()
        }
        // A child module named from its parent (`pub use time::Instant;` in `engine`).
        Some(first) if known.contains(&[here, &[first.to_owned()]].concat()) => here.to_vec(),
        _ => return None, // an external crate or a local name
    };
    for seg in segs {
        let mut next = at.clone();
        next.push(seg.to_owned());
        if known.contains(&next) {
            at = next;
        } else if let Some(target) = reexports.get(&(at.clone(), seg.to_owned())) {
            return Some(target.clone());
        } else {
            break;
        }
    }
    Some(at)
}

/// Every cycle of the graph, as its strongly connected components of more than one module.
fn cycles(g: &Graph) -> Vec<Vec<String>> {
    // Kosaraju: order by finish time, then walk the reversed graph.
    let nodes: Vec<&String> = g.edges.keys().collect();
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    for n in &nodes {
        finish(n, g, &mut seen, &mut order);
    }
    let mut reversed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, tos) in &g.edges {
        for to in tos {
            reversed.entry(to.as_str()).or_default().push(from.as_str());
        }
    }
    let mut assigned = BTreeSet::new();
    let mut out = Vec::new();
    for n in order.iter().rev() {
        if assigned.contains(n.as_str()) {
            continue;
        }
        let mut comp = Vec::new();
        let mut stack = vec![n.as_str()];
        while let Some(x) = stack.pop() {
            if !assigned.insert(x.to_owned()) {
                continue;
            }
            comp.push(x.to_owned());
            stack.extend(reversed.get(x).into_iter().flatten().copied());
        }
        if comp.len() > 1 {
            comp.sort();
            out.push(comp);
        }
    }
    out
}

fn finish(n: &str, g: &Graph, seen: &mut BTreeSet<String>, order: &mut Vec<String>) {
    // Iterative depth-first search, so a deep graph cannot overflow the stack.
    let mut stack: Vec<(String, Vec<String>)> = Vec::new();
    if !seen.insert(n.to_owned()) {
        return;
    }
    let next = |x: &str| -> Vec<String> {
        g.edges
            .get(x)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
    };
    stack.push((n.to_owned(), next(n)));
    while let Some((node, mut todo)) = stack.pop() {
        if let Some(child) = todo.pop() {
            stack.push((node, todo));
            if g.edges.contains_key(&child) && seen.insert(child.clone()) {
                let c = next(&child);
                stack.push((child, c));
            }
        } else {
            order.push(node);
        }
    }
}

/// Imports that go against the arrows: (from module, to module).
fn forbidden(g: &Graph) -> Vec<(String, String)> {
    let room = |m: &str| m.split("::").next().unwrap_or("").to_owned();
    let mut out = Vec::new();
    for (from, tos) in &g.edges {
        let r = room(from);
        for to in tos {
            let t = room(to);
            if t == r || t.is_empty() {
                continue;
            }
            let allowed = ARROWS
                .iter()
                .find(|(name, _)| *name == r)
                .is_some_and(|(_, may)| may.contains(&t.as_str()));
            if !allowed {
                out.push((from.clone(), to.clone()));
            }
        }
    }
    out
}

fn crate_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    graph(&modules(&src))
}

#[test]
fn every_room_is_named_in_the_arrows() {
    let g = crate_graph();
    let rooms: BTreeSet<String> = g
        .edges
        .keys()
        .filter_map(|m| m.split("::").next())
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect();
    let named: BTreeSet<String> = ARROWS.iter().map(|(r, _)| (*r).to_owned()).collect();
    let unnamed: Vec<_> = rooms.difference(&named).collect();
    assert!(
        unnamed.is_empty(),
        "rooms missing from ARROWS (and from src/lib.rs): {unnamed:?}"
    );
}

#[test]
fn no_module_imports_against_the_arrows() {
    let bad = forbidden(&crate_graph());
    assert!(
        bad.is_empty(),
        "imports against the arrows in src/lib.rs: {bad:#?}"
    );
}

#[test]
fn no_import_cycles() {
    let found = cycles(&crate_graph());
    assert!(found.is_empty(), "import cycles: {found:#?}");
}

#[test]
fn the_reader_sees_use_trees_façades_and_paths() {
    assert_eq!(
        expand("crate::engine::{time::{Instant, Window}, Scenario}"),
        [
            "crate::engine::time::Instant",
            "crate::engine::time::Window",
            "crate::engine::Scenario"
        ]
    );
    let code = strip(
        "use super::report::Event; // why\n#[cfg(test)]\nmod tests {\nuse crate::ui::X;\n}\n",
    );
    assert_eq!(
        references(&code),
        [(false, "super::report::Event".to_owned())]
    );
}

#[test]
fn the_checker_finds_a_planted_cycle_and_a_forbidden_arrow() {
    // Two engine modules that import each other (one through its parent's façade), and an
    // engine module that imports the presenter.
    let m = |path: &str, code: &str| Module {
        path: path.split("::").map(str::to_owned).collect(),
        code: strip(code),
    };
    let planted = [
        m("engine", "pub use time::Instant;\n"),
        m("engine::time", "use super::limits::MAX;\n"),
        m(
            "engine::limits",
            "use crate::engine::Instant;\nuse crate::present::View;\n",
        ),
        m("present", "use crate::engine::Scenario;\n"),
    ];
    let g = graph(&planted);
    assert_eq!(
        cycles(&g),
        [vec!["engine::limits".to_owned(), "engine::time".to_owned()]]
    );
    assert_eq!(
        forbidden(&g),
        [("engine::limits".to_owned(), "present".to_owned())]
    );
}
