//! Scope analysis: which names are local, global, free or cell in each scope.
//!
//! Two passes, as in CPython: a walk over the AST records, per scope, how each name is used
//! (bound, used, declared global/nonlocal, a parameter…); then `analyze` resolves every name
//! top-down with the set of names bound by enclosing function scopes, and bottom-up turns locals
//! captured by inner scopes into cells. Class scopes are invisible to the scopes nested in them,
//! except for the implicit `__class__` cell that `super()` needs.
//!
//! The code generator finds the scope of a function, class, lambda or comprehension node by the
//! node's address (`SymbolTable::scope_of`): the AST is borrowed, unmoved, for the whole compile.

use std::collections::{HashMap, HashSet};

use super::ast::*;
use super::error::SyntaxErrorInfo;

pub type ScopeId = usize;

type R<T = ()> = Result<T, SyntaxErrorInfo>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    Class,
}

impl ScopeKind {
    /// Scopes with fast locals (a frame of their own with parameters).
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, once resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    /// Bound in this scope (a fast local in functions, the namespace in classes and modules).
    Local,
    /// Declared `global` here (or bound by a walrus at module level from a comprehension).
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function scope (or declared `nonlocal`).
    Free,
    /// Local to this scope and captured by an inner scope.
    Cell,
}

/// How a name is used in one scope, as recorded by the walk.
pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    /// A class-scope name that a method also uses as a free variable of an enclosing function:
    /// the class body must pass the enclosing cell through to the method's closure.
    pub const DEF_FREE_CLASS: u32 = 32;
    pub const DEF_IMPORT: u32 = 64;
    pub const DEF_ANNOT: u32 = 128;
    /// A comprehension iteration variable (a walrus may not rebind it).
    pub const DEF_COMP_ITER: u32 = 256;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The function or class name, `<lambda>`, `<listcomp>`, `<genexpr>`…, or `<module>`.
    pub name: String,
    pub loc: Loc,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names (mangled) in frame order: positional-only, positional, keyword-only,
    /// `*args`, `**kwargs`. A comprehension has the single parameter `.0`.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// `async def`.
    pub is_coroutine: bool,
    /// A class body whose methods use `super`/`__class__`: it owns a `__class__` cell.
    pub needs_class_closure: bool,
    /// The class name used for private-name mangling (`__x` -> `_C__x`) inside this scope.
    pub private: Option<String>,
    /// A comprehension that contains `await` or an `async for` clause.
    pub has_async_comprehension: bool,
    /// Where each `global`/`nonlocal` (or walrus) directive of a name appeared, for errors.
    directives: HashMap<String, Loc>,
    /// >0 while visiting a comprehension's iterable expression (walrus is forbidden there).
    comp_iter_expr: u32,
    /// True while visiting comprehension targets (they get DEF_COMP_ITER).
    comp_iter_target: bool,
}

impl Scope {
    fn new(
        kind: ScopeKind,
        name: &str,
        loc: Loc,
        parent: Option<ScopeId>,
        private: Option<String>,
    ) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            loc,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            private,
            has_async_comprehension: false,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    /// Symbols in order of first appearance.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The symbol of an (already mangled) name.
    pub fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn flags_of(&self, name: &str) -> u32 {
        self.get(name).map_or(0, |s| s.flags)
    }

    fn add_flags(&mut self, name: &str, flag: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flag,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: flag,
                    scope: NameScope::GlobalImplicit,
                });
            }
        }
    }

    /// How a name resolves here; names never mentioned in this scope are global.
    pub fn resolve(&self, name: &str) -> NameScope {
        self.get(name)
            .map_or(NameScope::GlobalImplicit, |s| s.scope)
    }

    /// Cell variables in the order of the frame's cell slots: `__class__` first for a class that
    /// owns it, then captured locals sorted by name.
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == NameScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        cells.sort();
        if self.needs_class_closure {
            cells.insert(0, "__class__".to_string());
        }
        cells
    }

    /// Free variables (the closure), sorted by name.
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| {
                s.scope == NameScope::Free
                    || (self.kind == ScopeKind::Class && s.flags & DEF_FREE_CLASS != 0)
            })
            .map(|s| s.name.clone())
            .collect();
        free.sort();
        free.dedup();
        free
    }

    /// The non-parameter fast locals, in order of first appearance (function-like scopes).
    pub fn other_locals(&self) -> Vec<String> {
        if !self.kind.is_function_like() {
            return Vec::new();
        }
        self.symbols
            .iter()
            .filter(|s| s.scope == NameScope::Local && s.flags & DEF_PARAM == 0)
            .map(|s| s.name.clone())
            .collect()
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// The identity of an AST node that opens a scope.
fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Private name mangling: inside class `C`, `__x` becomes `_C__x` (not dunder names, not dotted
/// names, and not when the class name is all underscores).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(class_name) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = class_name.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}

/// A SyntaxError at `loc` with CPython's 1-based column and the source line.
pub fn syntax_error(
    source: &str,
    filename: &str,
    loc: Loc,
    msg: impl Into<String>,
) -> SyntaxErrorInfo {
    let text = if loc.line >= 1 {
        source
            .lines()
            .nth(loc.line as usize - 1)
            .map(|l| l.to_string())
    } else {
        None
    };
    SyntaxErrorInfo {
        kind: "SyntaxError",
        msg: msg.into(),
        filename: filename.to_string(),
        line: loc.line,
        col: loc.col + 1,
        text,
    }
}

impl SymbolTable {
    /// Walk a module and resolve every scope in it.
    pub fn build(body: &Body, source: &str, filename: &str) -> R<SymbolTable> {
        let module = Scope::new(
            ScopeKind::Module,
            "<module>",
            Loc {
                line: 1,
                ..Loc::default()
            },
            None,
            None,
        );
        let mut builder = Builder {
            table: SymbolTable {
                scopes: vec![module],
                by_node: HashMap::new(),
            },
            cur: 0,
            source,
            filename,
        };
        builder.visit_body(body)?;
        builder.analyze_block(0, None, HashSet::new())?;
        Ok(builder.table)
    }

    pub const ROOT: ScopeId = 0;

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The scope opened by a `FunctionDef`, `ClassDef`, lambda or comprehension node.
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

struct Builder<'s> {
    table: SymbolTable,
    cur: ScopeId,
    source: &'s str,
    filename: &'s str,
}

fn comprehension_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::ListComp { .. } => "<listcomp>",
        ExprKind::SetComp { .. } => "<setcomp>",
        ExprKind::DictComp { .. } => "<dictcomp>",
        _ => "<genexpr>",
    }
}

impl<'s> Builder<'s> {
    fn error(&self, loc: Loc, msg: impl Into<String>) -> SyntaxErrorInfo {
        syntax_error(self.source, self.filename, loc, msg)
    }

    fn scope(&self) -> &Scope {
        &self.table.scopes[self.cur]
    }

    fn scope_mut(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scope().private.as_deref(), name)
    }

    /// Record a use or binding of `name` in the current scope.
    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> R {
        let name = self.mangled(name);
        self.add_def_in(self.cur, &name, flag, loc)
    }

    fn add_def_in(&mut self, id: ScopeId, mangled: &str, mut flag: u32, loc: Loc) -> R {
        let scope = &mut self.table.scopes[id];
        if flag & DEF_PARAM != 0 {
            if scope.flags_of(mangled) & DEF_PARAM != 0 {
                return Err(self.error(
                    loc,
                    format!("duplicate argument '{mangled}' in function definition"),
                ));
            }
            scope.params.push(mangled.to_string());
        }
        if flag & DEF_LOCAL != 0 && scope.comp_iter_target {
            flag |= DEF_COMP_ITER;
        }
        scope.add_flags(mangled, flag);
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, loc: Loc, key: usize) {
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.scope().private.clone()
        };
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, loc, Some(self.cur), private));
        self.table.scopes[self.cur].children.push(id);
        self.table.by_node.insert(key, id);
        self.cur = id;
    }

    fn leave(&mut self) {
        self.cur = self.scope().parent.unwrap_or(0);
    }

    fn visit_body(&mut self, body: &Body) -> R {
        for stmt in body {
            self.visit_stmt(stmt)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> R {
        let loc = stmt.loc;
        match &stmt.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, loc)?;
                self.visit_defaults(&f.args)?;
                for d in &f.decorators {
                    self.visit_expr(d)?;
                }
                self.enter(ScopeKind::Function, &f.name, loc, node_key(&**f));
                self.scope_mut().is_coroutine = f.is_async;
                self.visit_params(&f.args)?;
                self.visit_body(&f.body)?;
                self.leave();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, loc)?;
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &c.decorators {
                    self.visit_expr(d)?;
                }
                self.enter(ScopeKind::Class, &c.name, loc, node_key(&**c));
                self.visit_body(&c.body)?;
                self.leave();
            }
            StmtKind::Return(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                for t in targets {
                    self.visit_target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.scope().flags_of(&self.mangled(id));
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.cur != SymbolTable::ROOT
                        && *simple
                    {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self
                            .error(target.loc, format!("annotated name '{id}' can't be {what}")));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.visit_target(target)?;
                }
                // The annotation is evaluated only in module and class bodies.
                if !self.scope().kind.is_function_like() {
                    self.visit_expr(annotation)?;
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.visit_target(t)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.loc)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for alias in names {
                    let stored = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    self.add_def(stored, DEF_IMPORT, alias.loc)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if alias.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(
                                self.error(alias.loc, "import * only allowed at module level")
                            );
                        }
                        continue;
                    }
                    let stored = alias.asname.as_deref().unwrap_or(&alias.name);
                    self.add_def(stored, DEF_IMPORT, alias.loc)?;
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let mangled = self.mangled(name);
                    let cur = self.scope().flags_of(&mangled);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(self.error(loc, msg));
                    }
                    self.add_def_in(self.cur, &mangled, DEF_GLOBAL, loc)?;
                    self.scope_mut().directives.entry(mangled).or_insert(loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let mangled = self.mangled(name);
                    let cur = self.scope().flags_of(&mangled);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(self.error(loc, msg));
                    }
                    self.add_def_in(self.cur, &mangled, DEF_NONLOCAL, loc)?;
                    self.scope_mut().directives.entry(mangled).or_insert(loc);
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_defaults(&mut self, args: &Arguments) -> R {
        for a in args.posonly.iter().chain(&args.args).chain(&args.kwonly) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> R {
        let ordered = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.kwonly)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for a in ordered {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        Ok(())
    }

    /// An assignment (or `del`) target: names are bound, everything else is evaluated.
    fn visit_target(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name { id, .. } => self.add_def(id, DEF_LOCAL, e.loc),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for elt in elts {
                    self.visit_target(elt)?;
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.visit_target(value),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            // Not a valid target: the code generator reports it.
            _ => self.visit_expr(e),
        }
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::Value(e) => self.visit_expr(e),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for sub in ps {
                    self.visit_pattern(sub)?;
                }
                Ok(())
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.visit_expr(k)?;
                }
                for sub in patterns {
                    self.visit_pattern(sub)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
                Ok(())
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                for sub in patterns.iter().chain(kwd_patterns) {
                    self.visit_pattern(sub)?;
                }
                Ok(())
            }
            PatternKind::Star(name) => match name {
                Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                None => Ok(()),
            },
            PatternKind::As { pattern, name } => {
                if let Some(sub) = pattern {
                    self.visit_pattern(sub)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                    None => Ok(()),
                }
            }
        }
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> R {
        for part in parts {
            if let FStringPart::Formatted {
                value, format_spec, ..
            } = part
            {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::Named { target, value } => self.visit_named(target, value, e.loc)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter(ScopeKind::Lambda, "<lambda>", e.loc, node_key(e));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) => self.visit_exprs(elts)?,
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, generators, key, Some(value))?,
            ExprKind::Await(value) => {
                if self.scope().kind == ScopeKind::Comprehension {
                    self.scope_mut().has_async_comprehension = true;
                }
                self.visit_expr(value)?;
            }
            ExprKind::Yield(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.note_yield(e.loc)?;
            }
            ExprKind::YieldFrom(value) => {
                self.visit_expr(value)?;
                self.note_yield(e.loc)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FString(parts) => self.visit_fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Name { id, .. } => {
                // In expression position a name is always read; targets go through visit_target.
                self.add_def(id, USE, e.loc)?;
                // Zero-argument super() needs the class cell.
                if id == "super" && self.scope().kind.is_function_like() {
                    self.add_def_in(self.cur, "__class__", USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn note_yield(&mut self, loc: Loc) -> R {
        let scope = self.scope();
        if scope.kind == ScopeKind::Comprehension {
            let what = match scope.name.as_str() {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(self.error(loc, format!("'yield' inside {what}")));
        }
        if scope.kind.is_function_like() {
            self.scope_mut().is_generator = true;
        }
        // At module or class level the code generator reports "'yield' outside function".
        Ok(())
    }

    fn visit_named(&mut self, target: &Expr, value: &Expr, loc: Loc) -> R {
        if self.scope().comp_iter_expr > 0 {
            return Err(self.error(
                loc,
                "assignment expression cannot be used in a comprehension iterable expression",
            ));
        }
        if self.scope().kind == ScopeKind::Comprehension {
            if let ExprKind::Name { id, .. } = &target.kind {
                self.extend_named_expr_scope(id, target.loc)?;
            }
        }
        self.visit_expr(value)?;
        self.visit_target(target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function (or module)
    /// scope; the comprehensions in between see it as a free (or global) variable.
    fn extend_named_expr_scope(&mut self, name: &str, loc: Loc) -> R {
        let mangled = self.mangled(name);
        let mut id = self.cur;
        loop {
            let scope = &self.table.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags_of(&mangled) & DEF_COMP_ITER != 0 {
                        return Err(self.error(
                            loc,
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        ));
                    }
                    id = scope.parent.unwrap_or(0);
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let directive = if scope.flags_of(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def_in(self.cur, &mangled, directive, loc)?;
                    self.scope_mut()
                        .directives
                        .entry(mangled.clone())
                        .or_insert(loc);
                    return self.add_def_in(id, &mangled, DEF_LOCAL, loc);
                }
                ScopeKind::Module => {
                    self.add_def_in(self.cur, &mangled, DEF_GLOBAL, loc)?;
                    self.scope_mut()
                        .directives
                        .entry(mangled.clone())
                        .or_insert(loc);
                    return self.add_def_in(id, &mangled, DEF_GLOBAL, loc);
                }
                ScopeKind::Class => {
                    return Err(self.error(
                        loc,
                        "assignment expression within a comprehension cannot be used in a class body",
                    ));
                }
            }
        }
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Err(self.error(e.loc, "comprehension without a 'for' clause"));
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.scope_mut().comp_iter_expr += 1;
        let result = self.visit_expr(&outermost.iter);
        self.scope_mut().comp_iter_expr -= 1;
        result?;

        self.enter(
            ScopeKind::Comprehension,
            comprehension_name(&e.kind),
            e.loc,
            node_key(e),
        );
        if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
            self.scope_mut().is_generator = true;
        }
        if generators.iter().any(|g| g.is_async) {
            self.scope_mut().has_async_comprehension = true;
        }
        self.add_def_in(self.cur, ".0", DEF_PARAM, e.loc)?;
        for (i, generator) in generators.iter().enumerate() {
            self.scope_mut().comp_iter_target = true;
            let result = self.visit_target(&generator.target);
            self.scope_mut().comp_iter_target = false;
            result?;
            if i > 0 {
                self.scope_mut().comp_iter_expr += 1;
                let result = self.visit_expr(&generator.iter);
                self.scope_mut().comp_iter_expr -= 1;
                result?;
            }
            self.visit_exprs(&generator.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.leave();
        Ok(())
    }

    fn directive_error(&self, id: ScopeId, name: &str, msg: String) -> SyntaxErrorInfo {
        let scope = &self.table.scopes[id];
        let loc = scope.directives.get(name).copied().unwrap_or(scope.loc);
        self.error(loc, msg)
    }

    /// Resolve the names of scope `id` and (recursively) of its children. `bound` holds the
    /// names bound by enclosing function scopes (None at module level), `global` the names
    /// declared global further out; both are this block's own copies. Returns the names free
    /// in this block or its children that an enclosing scope must provide.
    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<HashSet<String>>,
        mut global: HashSet<String>,
    ) -> R<HashSet<String>> {
        let kind = self.table.scopes[id].kind;
        let mut local = HashSet::new();
        let mut free = HashSet::new();
        let mut new_global = HashSet::new();
        let mut new_bound = HashSet::new();
        // A class's own bindings are not visible in its methods, so what the children see is
        // fixed before looking at the class's names.
        if kind == ScopeKind::Class {
            new_global = global.clone();
            if let Some(b) = &bound {
                new_bound = b.clone();
            }
        }

        let nsyms = self.table.scopes[id].symbols.len();
        for i in 0..nsyms {
            let (name, flags) = {
                let s = &self.table.scopes[id].symbols[i];
                (s.name.clone(), s.flags)
            };
            let scope = if flags & DEF_GLOBAL != 0 {
                if flags & DEF_NONLOCAL != 0 {
                    return Err(self.directive_error(
                        id,
                        &name,
                        format!("name '{name}' is nonlocal and global"),
                    ));
                }
                global.insert(name.clone());
                if let Some(b) = &mut bound {
                    b.remove(&name);
                }
                NameScope::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                match &bound {
                    None => {
                        return Err(self.directive_error(
                            id,
                            &name,
                            "nonlocal declaration not allowed at module level".to_string(),
                        ))
                    }
                    Some(b) if !b.contains(&name) => {
                        return Err(self.directive_error(
                            id,
                            &name,
                            format!("no binding for nonlocal '{name}' found"),
                        ))
                    }
                    Some(_) => {}
                }
                free.insert(name.clone());
                NameScope::Free
            } else if flags & DEF_BOUND != 0 {
                local.insert(name.clone());
                global.remove(&name);
                NameScope::Local
            } else if bound.as_ref().is_some_and(|b| b.contains(&name)) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            self.table.scopes[id].symbols[i].scope = scope;
        }

        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                new_bound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                new_bound.extend(b.iter().cloned());
            }
            new_global.extend(global.iter().cloned());
        } else {
            new_bound.insert("__class__".to_string());
        }

        let mut new_free = HashSet::new();
        let children = self.table.scopes[id].children.clone();
        for child in children {
            let child_free =
                self.analyze_block(child, Some(new_bound.clone()), new_global.clone())?;
            new_free.extend(child_free);
        }

        let scope = &mut self.table.scopes[id];
        if kind.is_function_like() {
            // Locals captured by inner scopes become cells.
            for sym in &mut scope.symbols {
                if sym.scope == NameScope::Local && new_free.remove(&sym.name) {
                    sym.scope = NameScope::Cell;
                }
            }
        } else if kind == ScopeKind::Class && new_free.remove("__class__") {
            scope.needs_class_closure = true;
        }

        // Free variables of the children that this scope does not define pass through it.
        let mut pass_through: Vec<&String> = new_free.iter().collect();
        pass_through.sort();
        for name in pass_through {
            if let Some(&i) = scope.index.get(name.as_str()) {
                let sym = &mut scope.symbols[i];
                if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = &bound {
                if !b.contains(name) {
                    continue; // a global
                }
            }
            scope.index.insert(name.clone(), scope.symbols.len());
            scope.symbols.push(Symbol {
                name: name.clone(),
                flags: 0,
                scope: NameScope::Free,
            });
        }
        free.extend(new_free);
        Ok(free)
    }
}

#[cfg(test)]
mod tests {
    use super::super::lower::parse_module;
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let body = parse_module(src, "<test>").unwrap();
        let t = SymbolTable::build(&body, src, "<test>").unwrap_or_else(|e| panic!("{e:?}"));
        // The AST must outlive nothing here: the table keeps only node addresses.
        drop(body);
        t
    }

    /// The error a user sees: the parser's own checks may report some of these first.
    fn err(src: &str) -> SyntaxErrorInfo {
        match parse_module(src, "<test>") {
            Ok(body) => SymbolTable::build(&body, src, "<test>").unwrap_err(),
            Err(e) => e,
        }
    }

    fn scope<'t>(t: &'t SymbolTable, name: &str) -> &'t Scope {
        t.scopes
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no scope {name}"))
    }

    #[test]
    fn locals_globals_free_and_cells() {
        let t = table("g = 1\ndef f(p):\n    l = p\n    def inner():\n        return l + g + p\n    return inner\n");
        let f = scope(&t, "f");
        assert_eq!(f.kind, ScopeKind::Function);
        assert_eq!(f.params, ["p"]);
        assert_eq!(f.resolve("l"), NameScope::Cell);
        assert_eq!(f.resolve("p"), NameScope::Cell);
        assert_eq!(f.resolve("inner"), NameScope::Local);
        assert_eq!(f.cellvars(), ["l", "p"]);
        let inner = scope(&t, "inner");
        assert_eq!(inner.resolve("l"), NameScope::Free);
        assert_eq!(inner.resolve("g"), NameScope::GlobalImplicit);
        assert_eq!(inner.freevars(), ["l", "p"]);
        assert_eq!(t.scope(SymbolTable::ROOT).resolve("g"), NameScope::Local);
    }

    #[test]
    fn free_variables_pass_through_intermediate_scopes() {
        let t = table("def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n");
        assert_eq!(scope(&t, "b").resolve("x"), NameScope::Free);
        assert_eq!(scope(&t, "b").freevars(), ["x"]);
        assert_eq!(scope(&t, "a").resolve("x"), NameScope::Cell);
    }

    #[test]
    fn global_and_nonlocal() {
        let t = table(
            "def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n        def h():\n            return x\n",
        );
        assert_eq!(scope(&t, "f").resolve("x"), NameScope::GlobalExplicit);
        assert_eq!(scope(&t, "g").resolve("y"), NameScope::Free);
        assert_eq!(scope(&t, "f").resolve("y"), NameScope::Cell);
        // A global declaration hides the name from inner scopes' free-variable resolution.
        assert_eq!(scope(&t, "h").resolve("x"), NameScope::GlobalImplicit);
    }

    #[test]
    fn class_scopes_are_invisible_to_methods() {
        let t = table("def f():\n    x = 1\n    class C:\n        y = 2\n        x = 3\n        def m(self):\n            return x + y\n");
        let c = scope(&t, "C");
        assert_eq!(c.kind, ScopeKind::Class);
        assert_eq!(c.resolve("y"), NameScope::Local);
        let m = scope(&t, "m");
        assert_eq!(m.resolve("y"), NameScope::GlobalImplicit);
        assert_eq!(m.resolve("x"), NameScope::Free);
        // The class both binds x and passes f's x through to m.
        assert_eq!(c.resolve("x"), NameScope::Local);
        assert_eq!(c.freevars(), ["x"]);
    }

    #[test]
    fn super_makes_a_class_cell() {
        let t = table("class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n");
        let c = scope(&t, "C");
        assert!(c.needs_class_closure);
        assert_eq!(c.cellvars(), ["__class__"]);
        assert_eq!(scope(&t, "m").freevars(), ["__class__"]);
        assert!(scope(&t, "n").freevars().is_empty());
        let t = table("class D:\n    def m(self):\n        return lambda: __class__\n");
        assert!(scope(&t, "D").needs_class_closure);
        assert_eq!(scope(&t, "m").freevars(), ["__class__"]);
        let t = table("def f():\n    return super()\n");
        assert_eq!(
            scope(&t, "f").resolve("__class__"),
            NameScope::GlobalImplicit
        );
    }

    #[test]
    fn comprehensions() {
        let t = table("def f(xs):\n    return [x + n for x in xs if (n := x)]\n");
        let comp = scope(&t, "<listcomp>");
        assert_eq!(comp.kind, ScopeKind::Comprehension);
        assert_eq!(comp.params, [".0"]);
        assert_eq!(comp.resolve("x"), NameScope::Local);
        // The walrus binds in f.
        assert_eq!(comp.resolve("n"), NameScope::Free);
        assert_eq!(scope(&t, "f").resolve("n"), NameScope::Cell);
        // The outermost iterable belongs to the enclosing scope.
        assert_eq!(scope(&t, "f").resolve("xs"), NameScope::Local);
        assert_eq!(comp.resolve("xs"), NameScope::GlobalImplicit);
        let t = table("[y := 1 for _ in ()]\n");
        assert_eq!(
            scope(&t, "<listcomp>").resolve("y"),
            NameScope::GlobalExplicit
        );
        let t = table("g = (i for i in range(3))\n");
        assert!(scope(&t, "<genexpr>").is_generator);
    }

    #[test]
    fn generators_and_coroutines() {
        let t = table("def g():\n    f = lambda: (yield)\nasync def c():\n    pass\n");
        assert!(!scope(&t, "g").is_generator);
        assert!(scope(&t, "<lambda>").is_generator);
        assert!(scope(&t, "c").is_coroutine);
    }

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(None, "__x"), "__x");
        let t = table("class C:\n    __a = 1\n    def m(self, __b):\n        return __b\n");
        assert_eq!(scope(&t, "C").resolve("_C__a"), NameScope::Local);
        assert_eq!(scope(&t, "m").params, ["self", "_C__b"]);
    }

    #[test]
    fn declaration_errors() {
        let cases: &[(&str, &str, u32)] = &[
            (
                "def f():\n    x = 1\n    global x\n",
                "name 'x' is assigned to before global declaration",
                3,
            ),
            (
                "def f():\n    x\n    global x\n",
                "name 'x' is used prior to global declaration",
                3,
            ),
            (
                "def f():\n    x = 1\n    def g():\n        x\n        nonlocal x\n",
                "name 'x' is used prior to nonlocal declaration",
                5,
            ),
            (
                "nonlocal x\n",
                "nonlocal declaration not allowed at module level",
                1,
            ),
            (
                "def f():\n    nonlocal x\n",
                "no binding for nonlocal 'x' found",
                2,
            ),
            (
                "class C:\n    x = 1\n    def m(self):\n        nonlocal x\n",
                "no binding for nonlocal 'x' found",
                4,
            ),
            (
                "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
                "name 'x' is nonlocal and global",
                4,
            ),
            (
                "def f():\n    [(i := 0) for i in ()]\n",
                "assignment expression cannot rebind comprehension iteration variable 'i'",
                2,
            ),
            (
                "[x for x in (y := [])]\n",
                "assignment expression cannot be used in a comprehension iterable expression",
                1,
            ),
            (
                "def f():\n    [(yield) for x in ()]\n",
                "'yield' inside list comprehension",
                2,
            ),
        ];
        for &(src, msg, line) in cases {
            let e = err(src);
            assert_eq!((e.msg.as_str(), e.line), (msg, line), "{src}");
        }
    }

    #[test]
    fn duplicate_and_parameter_errors_without_the_parser() {
        // Built by hand: the parser may already reject these.
        let loc = Loc {
            line: 1,
            col: 0,
            end_line: 1,
            end_col: 1,
        };
        let arg = |name: &str| Arg {
            name: name.into(),
            annotation: None,
            default: None,
            loc,
        };
        let def = |args: Arguments, body: Body| Stmt {
            loc,
            kind: StmtKind::FunctionDef(Box::new(FunctionDef {
                name: "f".into(),
                args,
                body,
                decorators: vec![],
                returns: None,
                is_async: false,
            })),
        };
        let dup = def(
            Arguments {
                args: vec![arg("a"), arg("a")],
                ..Arguments::default()
            },
            vec![],
        );
        let e = SymbolTable::build(&vec![dup], "def f(a, a): pass\n", "t.py").unwrap_err();
        assert_eq!(e.msg, "duplicate argument 'a' in function definition");
        let global = Stmt {
            loc: Loc {
                line: 2,
                col: 4,
                end_line: 2,
                end_col: 12,
            },
            kind: StmtKind::Global(vec!["a".into()]),
        };
        let param_global = def(
            Arguments {
                args: vec![arg("a")],
                ..Arguments::default()
            },
            vec![global],
        );
        let e = SymbolTable::build(&vec![param_global], "def f(a):\n    global a\n", "t.py")
            .unwrap_err();
        assert_eq!(
            (e.msg.as_str(), e.line, e.col),
            ("name 'a' is parameter and global", 2, 5)
        );
        assert_eq!(e.text.as_deref(), Some("    global a"));
    }
}
