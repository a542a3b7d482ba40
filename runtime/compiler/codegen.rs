//! AST to bytecode.
//!
//! One `Unit` per code object being built (module, function, lambda, comprehension, class body);
//! nested definitions push a unit, compile, and become a `Const::Code` of their parent.
//!
//! Jumps are emitted against labels and resolved when a unit is assembled. Exception handling
//! follows CPython 3.11's zero-cost model: every emitted instruction records the handler that
//! covers it (`Unit::cur_handler`), and assembly turns runs of equal handlers into
//! `ExceptionEntry` rows (so rows never overlap, and inner handlers trivially win).
//!
//! Frame blocks (`FBlock`) track what a `return`/`break`/`continue` must undo on its way out:
//! iterators of `for` loops, `with` exits, finally bodies, handled exceptions. They also give the
//! operand-stack depth at statement level, which is the depth recorded in exception-table rows.
//!
//! The rows, with `d` the statement-level depth where the statement starts:
//! - `try`/`except`: body -> clauses (depth d, no lasti); the clauses, which start with
//!   `PUSH_EXC_INFO`, -> cleanup `COPY 3; POP_EXCEPT; RERAISE 1` (depth d + 1 keeps the previous
//!   exception, lasti); an `except … as name` body -> a block that clears `name` and re-raises
//!   (depth d + 1, lasti).
//! - `try`/`finally`: body -> finally handler (depth d, no lasti: as in CPython, nothing reads it);
//!   the finally handler -> cleanup (depth d + 1, lasti).
//! - `with`: body -> exit handler (depth d + 1 keeps `__exit__`, lasti, as WITH_EXCEPT_START
//!   expects); the exit handler -> cleanup (depth d + 3, lasti).

use std::collections::{HashMap, HashSet};

use super::ast::*;
use super::error::SyntaxErrorInfo;
use super::symtable::{mangle, syntax_error, NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::runtime::bytecode::*;

type R<T = ()> = Result<T, SyntaxErrorInfo>;

/// CPython's limit on statically nested blocks (loops, try, with, handlers).
const MAX_BLOCKS: usize = 20;
/// Displays and argument lists with more items than this are built incrementally so the
/// operand stack stays small.
const STACK_USE_GUIDELINE: usize = 30;
/// Dict displays push at most this many key/value pairs before merging them.
const MAP_CHUNK: u32 = 16;

/// Compile a module body into its code unit.
pub fn compile_module(
    body: &Body,
    source: &str,
    filename: &str,
) -> Result<CodeUnit, SyntaxErrorInfo> {
    compile_module_with(body, source, filename, false)
}

/// `compile_module`; with `module_names`, module-level names are LOAD_NAME/STORE_NAME (for
/// `exec`, whose locals may be another mapping than its globals).
pub fn compile_module_with(
    body: &Body,
    source: &str,
    filename: &str,
    module_names: bool,
) -> Result<CodeUnit, SyntaxErrorInfo> {
    let table = SymbolTable::build(body, source, filename)?;
    let root = table.scope(SymbolTable::ROOT);
    let unit = Unit::new(
        root,
        SymbolTable::ROOT,
        "<module>".into(),
        "<module>".into(),
        1,
        None,
    );
    let mut c = Compiler {
        source,
        filename,
        table: &table,
        unit,
        outer: Vec::new(),
        future_annotations: false,
        future_ok: HashSet::new(),
        last_pattern_loc: Loc::default(),
        module_names: false,
    };
    c.module_names = module_names;
    c.unit.flags = code_flags::MODULE;
    c.compile_module_body(body)?;
    let unit = std::mem::replace(&mut c.unit, Unit::placeholder());
    c.assemble(unit)
}

/// Compile the body of `eval(source)`: one expression statement, whose value the code returns.
pub fn compile_eval(
    body: &Body,
    source: &str,
    filename: &str,
) -> Result<CodeUnit, SyntaxErrorInfo> {
    let expr = match &body[..] {
        [Stmt {
            kind: StmtKind::Expr(e),
            ..
        }] => e,
        [] => {
            return Err(SyntaxErrorInfo::syntax(
                "invalid syntax",
                filename,
                source,
                0,
                0,
            ))
        }
        [first, ..] => {
            return Err(syntax_error(source, filename, first.loc, "invalid syntax"));
        }
    };
    let table = SymbolTable::build(body, source, filename)?;
    let root = table.scope(SymbolTable::ROOT);
    let unit = Unit::new(
        root,
        SymbolTable::ROOT,
        "<module>".into(),
        "<module>".into(),
        1,
        None,
    );
    let mut c = Compiler {
        source,
        filename,
        table: &table,
        unit,
        outer: Vec::new(),
        future_annotations: false,
        future_ok: HashSet::new(),
        last_pattern_loc: Loc::default(),
        module_names: false,
    };
    c.module_names = true;
    c.unit.flags = code_flags::MODULE;
    c.unit.line = body[0].loc.line;
    c.expr(expr)?;
    c.emit0(Op::RETURN_VALUE);
    let unit = std::mem::replace(&mut c.unit, Unit::placeholder());
    c.assemble(unit)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label(u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct HandlerId(u32);

/// An exception handler: where it starts and what the unwinder keeps/pushes.
struct HandlerDef {
    label: Label,
    depth: u32,
    lasti: bool,
}

#[derive(Clone, Copy)]
enum FBlockKind<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of a try with except clauses.
    TryExcept,
    /// The body of a try with a finally clause: leaving it runs the finally body.
    FinallyTry {
        body: &'a Body,
    },
    /// The finally body on the exceptional path: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    /// A with body: the bound `__exit__` is on the stack.
    With,
    /// The except clauses of a try (type matching).
    ExceptionHandler,
    /// An except clause body: the previously handled exception is on the stack, and the
    /// `as` name (if any) must be cleared on the way out.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A return value kept on the stack while a finally body runs inline.
    PopValue,
}

impl FBlockKind<'_> {
    /// Operand-stack items this block keeps below the statements inside it.
    fn stack_items(&self) -> u32 {
        match self {
            FBlockKind::ForLoop { .. }
            | FBlockKind::With
            | FBlockKind::HandlerCleanup { .. }
            | FBlockKind::PopValue => 1,
            FBlockKind::FinallyEnd => 2,
            _ => 0,
        }
    }

    fn is_loop(&self) -> bool {
        matches!(
            self,
            FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. }
        )
    }
}

#[derive(Clone, Copy)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// The handler covering the code that unwinds this block (the one outside the block).
    unwind_handler: Option<HandlerId>,
}

/// Constants compare by type and exact value for deduplication (0, 0.0, -0.0 and False differ).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(String),
    Float(u64),
    Complex(u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Int(s) => ConstKey::Int(s.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex(f) => ConstKey::Complex(f.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Const::FrozenSet(items) => {
            ConstKey::FrozenSet(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Const::Code(_) => return None,
    })
}

/// A code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    private: Option<String>,
    flags: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    cell_from_arg: Vec<Option<u32>>,
    /// cellvars then freevars: the index of LOAD_DEREF & co.
    cell_index: HashMap<String, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    consts: Vec<Const>,
    const_index: HashMap<ConstKey, u32>,
    code: Vec<Instr>,
    lines: Vec<u32>,
    instr_handler: Vec<Option<HandlerId>>,
    /// Label -> bound instruction index.
    labels: Vec<Option<u32>>,
    handlers: Vec<HandlerDef>,
    cur_handler: Option<HandlerId>,
    fblocks: Vec<FBlock<'a>>,
    /// The line given to emitted instructions.
    line: u32,
    doc: Option<String>,
}

impl<'a> Unit<'a> {
    fn new(
        scope: &super::symtable::Scope,
        id: ScopeId,
        name: String,
        qualname: String,
        first_line: u32,
        private: Option<String>,
    ) -> Unit<'a> {
        let mut varnames = scope.params.clone();
        if scope.kind.is_function_like() {
            varnames.extend(scope.other_locals());
        }
        let cellvars = scope.cellvars();
        let freevars = scope.freevars();
        let cell_from_arg = cellvars
            .iter()
            .map(|c| scope.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let var_index = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let mut cell_index = HashMap::new();
        for (i, n) in cellvars.iter().chain(&freevars).enumerate() {
            cell_index.entry(n.clone()).or_insert(i as u32);
        }
        Unit {
            scope: id,
            kind: scope.kind,
            name,
            qualname,
            first_line,
            private,
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varnames,
            var_index,
            cellvars,
            freevars,
            cell_from_arg,
            cell_index,
            names: Vec::new(),
            name_index: HashMap::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            code: Vec::new(),
            lines: Vec::new(),
            instr_handler: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            cur_handler: None,
            fblocks: Vec::new(),
            line: first_line,
            doc: None,
        }
    }

    /// An empty unit to leave behind while the real one is assembled.
    fn placeholder() -> Unit<'a> {
        Unit {
            scope: 0,
            kind: ScopeKind::Module,
            name: String::new(),
            qualname: String::new(),
            first_line: 0,
            private: None,
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            cell_from_arg: Vec::new(),
            cell_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            code: Vec::new(),
            lines: Vec::new(),
            instr_handler: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            cur_handler: None,
            fblocks: Vec::new(),
            line: 0,
            doc: None,
        }
    }
}

/// What the body of a function-like unit is.
enum FnBody<'a> {
    Def(&'a Body),
    Lambda(&'a Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

/// State of one pattern being compiled (see `compile_pattern`).
struct PatternCtx {
    /// Names captured so far; their values are on the stack, `stores[0]` nearest the top
    /// (just below the `on_top` items).
    stores: Vec<String>,
    /// May this pattern be irrefutable (a bare capture or wildcard)?
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and falls into `fail_pop[n - 1]`; `fail_pop[0]` is failure.
    fail_pop: Vec<Label>,
    /// Items above the captures (and below the current subject) to pop on failure.
    on_top: usize,
}

struct Compiler<'a> {
    source: &'a str,
    filename: &'a str,
    table: &'a SymbolTable,
    unit: Unit<'a>,
    outer: Vec<Unit<'a>>,
    /// `from __future__ import annotations`: annotations are stored as strings.
    future_annotations: bool,
    /// The `from __future__` statements that are at the top of the module.
    future_ok: HashSet<usize>,
    /// The last (sub)pattern compiled: CPython reports some pattern errors there.
    last_pattern_loc: Loc,
    /// Module-level names go through LOAD_NAME/STORE_NAME (code run by `exec`/`eval`, whose
    /// locals may differ from its globals) instead of the globals.
    module_names: bool,
}

fn docstring(body: &Body) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

/// Does a module or class body contain annotated assignments (outside nested scopes)?
fn find_ann(body: &Body) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// Canonical decimal digits: no leading zeros or underscores, no "-0".
fn normalize_int(s: &str) -> String {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let digits: String = digits.chars().filter(|c| *c != '_').collect();
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else if neg {
        format!("-{trimmed}")
    } else {
        trimmed.to_string()
    }
}

fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(s) => Const::Int(normalize_int(s)),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex(f) => Const::Complex(*f),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The compile-time value of an expression, if it is a literal, a negated numeric literal, or
/// a tuple of such.
fn const_of(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match const_of(operand)? {
            Const::Int(s) => Some(Const::Int(match s.strip_prefix('-') {
                Some(pos) => pos.to_string(),
                None if s == "0" => s,
                None => format!("-{s}"),
            })),
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple { elts, .. } => Some(Const::Tuple(
            elts.iter().map(const_of).collect::<Option<Vec<_>>>()?,
        )),
        _ => None,
    }
}

/// Truthiness of a literal test (`while True:`), if known.
fn const_truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(s) => normalize_int(s) != "0",
            Constant::Float(f) => *f != 0.0,
            Constant::Complex(f) => *f != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Ellipsis => true,
        }),
        _ => None,
    }
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(s) => s.clone(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(f) => format!("{f:?}j"),
        Const::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        Const::Bytes(b) => format!("b'{}'", b.escape_ascii()),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Const::Code(_) => "<code>".into(),
    }
}

/// CPython's name for an expression kind in "cannot assign to …" messages.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Named { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// `repr()` of a str, as CPython writes it (quotes chosen the same way).
fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The text `from __future__ import annotations` stores for an annotation, for the forms
/// annotations usually take (CPython unparses the expression); None for anything else, which
/// then falls back to the source text.
fn unparse_annotation(e: &Expr) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Name { id, .. } => id.clone(),
        ExprKind::Attribute { value, attr, .. } => format!("{}.{attr}", unparse_annotation(value)?),
        ExprKind::Constant(Constant::Str(s)) => py_str_repr(s),
        ExprKind::Constant(Constant::None) => "None".into(),
        ExprKind::Constant(Constant::Ellipsis) => "...".into(),
        ExprKind::Constant(Constant::Bool(b)) => if *b { "True" } else { "False" }.into(),
        ExprKind::Constant(Constant::Int(s)) => normalize_int(s),
        ExprKind::Subscript { value, slice, .. } => {
            let index = match &slice.kind {
                // `Dict[str, int]`: a tuple index is written without parentheses.
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => elts
                    .iter()
                    .map(unparse_annotation)
                    .collect::<Option<Vec<_>>>()?
                    .join(", "),
                _ => unparse_annotation(slice)?,
            };
            format!("{}[{index}]", unparse_annotation(value)?)
        }
        ExprKind::Tuple { elts, .. } => {
            let items = elts
                .iter()
                .map(unparse_annotation)
                .collect::<Option<Vec<_>>>()?;
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        ExprKind::List { elts, .. } => {
            format!(
                "[{}]",
                elts.iter()
                    .map(unparse_annotation)
                    .collect::<Option<Vec<_>>>()?
                    .join(", ")
            )
        }
        ExprKind::BinOp {
            left,
            op: BinOp::BitOr,
            right,
        } => {
            // `|` is left-associative: only a right operand that is itself a `|` needs parentheses.
            let r = unparse_annotation(right)?;
            let r = if matches!(right.kind, ExprKind::BinOp { .. }) {
                format!("({r})")
            } else {
                r
            };
            format!("{} | {r}", unparse_annotation(left)?)
        }
        _ => return None,
    })
}

/// The line CPython gives attribute accesses: where the attribute name is (the end of `a.b`).
fn attr_line(loc: Loc) -> u32 {
    if loc.end_line > loc.line {
        loc.end_line
    } else {
        loc.line
    }
}

fn binary_op(op: BinOp) -> BinaryOp {
    match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Sub,
        BinOp::Mul => BinaryOp::Mul,
        BinOp::MatMul => BinaryOp::MatMul,
        BinOp::TrueDiv => BinaryOp::TrueDiv,
        BinOp::FloorDiv => BinaryOp::FloorDiv,
        BinOp::Mod => BinaryOp::Mod,
        BinOp::Pow => BinaryOp::Pow,
        BinOp::LShift => BinaryOp::LShift,
        BinOp::RShift => BinaryOp::RShift,
        BinOp::BitOr => BinaryOp::Or,
        BinOp::BitXor => BinaryOp::Xor,
        BinOp::BitAnd => BinaryOp::And,
    }
}

fn is_none(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(Constant::None))
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::Star(None))
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a> {
    // ----- errors -------------------------------------------------------------------------

    fn error(&self, loc: Loc, msg: impl Into<String>) -> SyntaxErrorInfo {
        syntax_error(self.source, self.filename, loc, msg)
    }

    /// A bug in the compiler, reported instead of emitting broken code.
    fn internal(&self, msg: impl Into<String>) -> SyntaxErrorInfo {
        SyntaxErrorInfo {
            kind: "SystemError",
            msg: format!("internal compiler error: {}", msg.into()),
            filename: self.filename.to_string(),
            line: self.unit.line,
            col: 1,
            text: None,
        }
    }

    // ----- emission -----------------------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) {
        let u = &mut self.unit;
        u.code.push(Instr { op, arg });
        u.lines.push(u.line);
        u.instr_handler.push(u.cur_handler);
    }

    fn emit0(&mut self, op: Op) {
        self.emit(op, 0);
    }

    fn new_label(&mut self) -> Label {
        self.unit.labels.push(None);
        Label(self.unit.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        self.unit.labels[l.0 as usize] = Some(self.unit.code.len() as u32);
    }

    fn is_bound(&self, l: Label) -> bool {
        self.unit.labels[l.0 as usize].is_some()
    }

    /// A conditional jump (or FOR_ITER/SEND) to a label that must still be ahead.
    fn emit_jump(&mut self, op: Op, l: Label) -> R {
        if self.is_bound(l) {
            return Err(self.internal(format!("{} to a label behind it", op.name())));
        }
        self.emit(op, l.0);
        Ok(())
    }

    /// An unconditional jump: JUMP_BACKWARD to a bound label, else JUMP_FORWARD.
    fn jump(&mut self, l: Label) {
        match self.unit.labels[l.0 as usize] {
            Some(pos) => {
                // A back-edge must jump strictly backwards (`while True: pass`).
                if pos as usize == self.unit.code.len() {
                    self.emit0(Op::NOP);
                }
                self.emit(Op::JUMP_BACKWARD, l.0);
            }
            None => self.emit(Op::JUMP_FORWARD, l.0),
        }
    }

    fn new_handler(&mut self, label: Label, depth: u32, lasti: bool) -> HandlerId {
        self.unit.handlers.push(HandlerDef {
            label,
            depth,
            lasti,
        });
        HandlerId(self.unit.handlers.len() as u32 - 1)
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = self.unit.const_index.get(k) {
                return i;
            }
        }
        let i = self.unit.consts.len() as u32;
        self.unit.consts.push(c);
        if let Some(k) = key {
            self.unit.const_index.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }

    fn load_none(&mut self) {
        self.load_const(Const::None);
    }

    fn load_str(&mut self, s: &str) {
        self.load_const(Const::Str(s.to_string()));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit.name_index.get(name) {
            return i;
        }
        let i = self.unit.names.len() as u32;
        self.unit.names.push(name.to_string());
        self.unit.name_index.insert(name.to_string(), i);
        i
    }

    fn emit_name(&mut self, op: Op, name: &str) {
        let i = self.name_idx(name);
        self.emit(op, i);
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.unit.private.as_deref(), name)
    }

    // ----- blocks ---------------------------------------------------------------------------

    fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        unwind_handler: Option<HandlerId>,
        loc: Loc,
    ) -> R {
        if self.unit.fblocks.len() >= MAX_BLOCKS {
            return Err(self.error(loc, "too many statically nested blocks"));
        }
        self.unit.fblocks.push(FBlock {
            kind,
            unwind_handler,
        });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit.fblocks.pop();
    }

    /// Operand-stack depth at statement level.
    fn stmt_depth(&self) -> u32 {
        self.unit.fblocks.iter().map(|f| f.kind.stack_items()).sum()
    }

    /// Emit the code that leaves `fb` (already popped off the block stack) on the way out of a
    /// `return`/`break`/`continue`. With `preserve_tos`, the value on top of the stack (a return
    /// value) stays on top.
    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> R {
        self.unit.cur_handler = fb.unwind_handler;
        match fb.kind {
            FBlockKind::WhileLoop { .. } | FBlockKind::TryExcept | FBlockKind::ExceptionHandler => {
            }
            FBlockKind::ForLoop { .. } | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit0(Op::POP_TOP);
            }
            FBlockKind::With => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.call_exit_with_nones();
            }
            FBlockKind::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit0(Op::POP_EXCEPT);
                if let Some(name) = name {
                    self.clear_name(name)?;
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit0(Op::POP_TOP);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit0(Op::POP_EXCEPT);
            }
            FBlockKind::FinallyTry { body } => {
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, fb.unwind_handler, Loc::default())?;
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
        }
        Ok(())
    }

    /// Unwind blocks from the innermost outwards. With `stop_at_loop`, stops at (and returns)
    /// the innermost loop, which is not unwound.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> R<Option<FBlock<'a>>> {
        let Some(top) = self.unit.fblocks.last().copied() else {
            return Ok(None);
        };
        if stop_at_loop && top.kind.is_loop() {
            return Ok(Some(top));
        }
        self.unit.fblocks.pop();
        let result = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.unit.fblocks.push(top);
        result
    }

    /// `[exit] -> []`: call `exit(None, None, None)` and drop the result.
    fn call_exit_with_nones(&mut self) {
        self.emit0(Op::PUSH_NULL);
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Op::CALL, 3);
        self.emit0(Op::POP_TOP);
    }

    /// `name = None; del name` (the end of an `except … as name:` clause).
    fn clear_name(&mut self, name: &str) -> R {
        let loc = Loc {
            line: self.unit.line,
            ..Loc::default()
        };
        self.load_none();
        self.compile_name(name, Ctx::Store, loc)?;
        self.compile_name(name, Ctx::Del, loc)
    }

    // ----- units ----------------------------------------------------------------------------

    fn scope_of<T>(&self, node: &T) -> R<ScopeId> {
        self.table
            .scope_of(node)
            .ok_or_else(|| self.internal("no scope for a nested definition"))
    }

    /// The qualified name of a definition nested in the current unit.
    fn qualname_for(&self, name: &str, is_def_or_class: bool) -> String {
        let parent = &self.unit;
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        if is_def_or_class {
            let mangled = self.mangle(name);
            if self.table.scope(parent.scope).resolve(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    fn enter_unit(&mut self, scope: ScopeId, name: &str, qualname: String, first_line: u32) {
        let sc = self.table.scope(scope);
        let unit = Unit::new(
            sc,
            scope,
            name.to_string(),
            qualname,
            first_line,
            sc.private.clone(),
        );
        let parent = std::mem::replace(&mut self.unit, unit);
        self.outer.push(parent);
    }

    fn leave_unit(&mut self) -> R<CodeUnit> {
        let parent = self
            .outer
            .pop()
            .ok_or_else(|| self.internal("unit stack underflow"))?;
        let unit = std::mem::replace(&mut self.unit, parent);
        self.assemble(unit)
    }

    /// Resolve labels, build the exception table and compute the stack size.
    fn assemble(&self, u: Unit<'a>) -> R<CodeUnit> {
        let resolve = |l: u32| -> R<u32> {
            u.labels
                .get(l as usize)
                .copied()
                .flatten()
                .ok_or_else(|| self.internal("jump to an unbound label"))
        };
        let mut code = u.code;
        for ins in &mut code {
            if ins.op.is_jump() {
                ins.arg = resolve(ins.arg)?;
            }
        }
        let mut exception_table = Vec::new();
        let mut i = 0;
        while i < code.len() {
            let Some(h) = u.instr_handler[i] else {
                i += 1;
                continue;
            };
            let start = i;
            while i < code.len() && u.instr_handler[i] == Some(h) {
                i += 1;
            }
            let def = &u.handlers[h.0 as usize];
            exception_table.push(ExceptionEntry {
                start: start as u32,
                end: i as u32,
                handler: resolve(def.label.0)?,
                depth: def.depth,
                push_lasti: def.lasti,
            });
        }
        let mut unit = CodeUnit {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.to_string(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            varnames: u.varnames,
            cellvars: u.cellvars,
            cell_from_arg: u.cell_from_arg,
            freevars: u.freevars,
            names: u.names,
            consts: u.consts,
            code,
            lines: u.lines,
            exception_table,
            stacksize: 0,
            doc: u.doc,
        };
        unit.stacksize =
            validate(&unit).map_err(|e| self.internal(format!("in {}: {e}", unit.qualname)))?;
        Ok(unit)
    }

    /// `LOAD_CLOSURE…; BUILD_TUPLE` for the inner code's free variables (if any), then
    /// `LOAD_CONST code; MAKE_FUNCTION flags`.
    fn make_closure(&mut self, code: CodeUnit, mut flags: u32) -> R {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let Some(&i) = self.unit.cell_index.get(name) else {
                    return Err(self.internal(format!(
                        "free variable '{name}' not found in the enclosing scope"
                    )));
                };
                self.emit(Op::LOAD_CLOSURE, i);
            }
            self.emit(Op::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= 8;
        }
        let i = self.add_const(Const::Code(Box::new(code)));
        self.emit(Op::LOAD_CONST, i);
        self.emit(Op::MAKE_FUNCTION, flags);
        Ok(())
    }

    // ----- names ----------------------------------------------------------------------------

    fn compile_name(&mut self, name: &str, ctx: Ctx, loc: Loc) -> R {
        if ctx == Ctx::Store && name == "__debug__" {
            return Err(self.error(loc, "cannot assign to __debug__"));
        }
        let mangled = self.mangle(name);
        let scope = self.table.scope(self.unit.scope).resolve(&mangled);
        enum Access {
            Fast,
            Deref,
            Global,
            Name,
        }
        let access = match self.unit.kind {
            ScopeKind::Module if self.module_names => match scope {
                NameScope::GlobalExplicit => Access::Global,
                _ => Access::Name,
            },
            ScopeKind::Module => Access::Global,
            ScopeKind::Class => match scope {
                NameScope::GlobalExplicit => Access::Global,
                NameScope::Free | NameScope::Cell => Access::Deref,
                NameScope::Local | NameScope::GlobalImplicit => Access::Name,
            },
            _ => match scope {
                NameScope::Local => Access::Fast,
                NameScope::Cell | NameScope::Free => Access::Deref,
                NameScope::GlobalExplicit | NameScope::GlobalImplicit => Access::Global,
            },
        };
        match access {
            Access::Fast => {
                let i = match self.unit.var_index.get(&mangled) {
                    Some(&i) => i,
                    None => {
                        let i = self.unit.varnames.len() as u32;
                        self.unit.varnames.push(mangled.clone());
                        self.unit.var_index.insert(mangled, i);
                        i
                    }
                };
                let op = match ctx {
                    Ctx::Load => Op::LOAD_FAST,
                    Ctx::Store => Op::STORE_FAST,
                    Ctx::Del => Op::DELETE_FAST,
                };
                self.emit(op, i);
            }
            Access::Deref => {
                let Some(&i) = self.unit.cell_index.get(&mangled) else {
                    return Err(self.internal(format!("no cell for '{mangled}'")));
                };
                let op = match ctx {
                    Ctx::Load => Op::LOAD_DEREF,
                    Ctx::Store => Op::STORE_DEREF,
                    Ctx::Del => Op::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            Access::Global => {
                let op = match ctx {
                    Ctx::Load => Op::LOAD_GLOBAL,
                    Ctx::Store => Op::STORE_GLOBAL,
                    Ctx::Del => Op::DELETE_GLOBAL,
                };
                self.emit_name(op, &mangled);
            }
            Access::Name => {
                let op = match ctx {
                    Ctx::Load => Op::LOAD_NAME,
                    Ctx::Store => Op::STORE_NAME,
                    Ctx::Del => Op::DELETE_NAME,
                };
                self.emit_name(op, &mangled);
            }
        }
        Ok(())
    }

    // ----- module, functions, classes -------------------------------------------------------

    fn compile_module_body(&mut self, body: &'a Body) -> R {
        self.check_future_imports(body)?;
        let mut stmts = &body[..];
        if let Some(doc) = docstring(body) {
            self.unit.line = body[0].loc.line;
            self.load_str(doc);
            self.emit_name(Op::STORE_GLOBAL, "__doc__");
            self.unit.doc = Some(doc.to_string());
            stmts = &body[1..];
        }
        if find_ann(body) {
            self.emit0(Op::SETUP_ANNOTATIONS);
        }
        self.compile_body(stmts)?;
        self.load_none();
        self.emit0(Op::RETURN_VALUE);
        Ok(())
    }

    /// `from __future__` imports must come first (after the docstring); `annotations` turns
    /// annotations into strings.
    fn check_future_imports(&mut self, body: &'a Body) -> R {
        // The line of the statement that ended the run of future imports: a future import
        // later on that same line is reported here, with CPython's 0-based column (its
        // future.c omits the usual +1).
        let mut ended_on: Option<u32> = None;
        for (i, stmt) in body.iter().enumerate() {
            let is_future = matches!(
                &stmt.kind,
                StmtKind::ImportFrom { module: Some(m), .. } if m == "__future__"
            );
            if let Some(line) = ended_on {
                if stmt.loc.line > line {
                    break;
                }
                if is_future {
                    let mut e = self.error(
                        stmt.loc,
                        "from __future__ imports must occur at the beginning of the file",
                    );
                    e.col = stmt.loc.col;
                    return Err(e);
                }
                continue;
            }
            match &stmt.kind {
                StmtKind::ImportFrom { names, .. } if is_future => {
                    for alias in names {
                        match alias.name.as_str() {
                            "braces" => return Err(self.error(stmt.loc, "not a chance")),
                            "annotations" => self.future_annotations = true,
                            f if FUTURE_FEATURES.contains(&f) => {}
                            f => {
                                return Err(self
                                    .error(stmt.loc, format!("future feature {f} is not defined")))
                            }
                        }
                    }
                    self.future_ok.insert(stmt as *const Stmt as usize);
                }
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(_)),
                    ..
                }) if i == 0 => {}
                _ => ended_on = Some(stmt.loc.line),
            }
        }
        Ok(())
    }

    fn compile_body(&mut self, body: &'a [Stmt]) -> R {
        for stmt in body {
            self.compile_stmt(stmt)?;
        }
        Ok(())
    }

    /// Default values (flag 1: tuple of positional defaults; flag 2: dict of keyword-only
    /// defaults). Returns the MAKE_FUNCTION flags.
    fn compile_defaults(&mut self, args: &'a Arguments) -> R<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = args
            .posonly
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, defaults.len() as u32);
            flags |= 1;
        }
        let mut nkw = 0;
        for a in &args.kwonly {
            if let Some(d) = &a.default {
                let key = self.mangle(&a.name);
                self.load_str(&key);
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Op::BUILD_MAP, nkw);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Compile a function or lambda body into a new code unit and leave the function object
    /// on the stack.
    fn compile_function(
        &mut self,
        scope: ScopeId,
        name: &str,
        args: &'a Arguments,
        body: FnBody<'a>,
        first_line: u32,
        is_async: bool,
    ) -> R {
        let flags = self.compile_defaults(args)?;
        let qualname = self.qualname_for(name, matches!(body, FnBody::Def(_)));
        self.enter_unit(scope, name, qualname, first_line);
        let u = &mut self.unit;
        u.argcount = (args.posonly.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonly.len() as u32;
        u.kwonlyargcount = args.kwonly.len() as u32;
        if args.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
        let sc = self.table.scope(scope);
        u.flags |= match (is_async, sc.is_generator) {
            (true, true) => code_flags::ASYNC_GENERATOR,
            (true, false) => code_flags::COROUTINE,
            (false, true) => code_flags::GENERATOR,
            (false, false) => 0,
        };
        match body {
            FnBody::Def(stmts) => {
                let mut rest = &stmts[..];
                if let Some(doc) = docstring(stmts) {
                    self.unit.doc = Some(doc.to_string());
                    rest = &stmts[1..];
                }
                self.compile_body(rest)?;
                self.implicit_return();
            }
            FnBody::Lambda(e) => {
                self.expr(e)?;
                if sc.is_generator {
                    // A generator lambda's value is discarded; it returns None.
                    self.emit0(Op::POP_TOP);
                    self.load_none();
                }
                self.emit0(Op::RETURN_VALUE);
            }
        }
        let code = self.leave_unit()?;
        self.make_closure(code, flags)
    }

    /// `return None` at the end of a body, unless the end is unreachable.
    fn implicit_return(&mut self) {
        let len = self.unit.code.len() as u32;
        let ends_in_transfer = self.unit.code.last().is_some_and(|i| {
            matches!(
                i.op,
                Op::RETURN_VALUE
                    | Op::RAISE_VARARGS
                    | Op::RERAISE
                    | Op::JUMP_FORWARD
                    | Op::JUMP_BACKWARD
            )
        });
        let targeted = self.unit.labels.contains(&Some(len));
        if !ends_in_transfer || targeted {
            self.load_none();
            self.emit0(Op::RETURN_VALUE);
        }
    }

    /// With the new function on the stack: `func.__annotations__ = {param: annotation, …,
    /// 'return': …}` when it has any annotations (evaluated, or strings under
    /// `from __future__ import annotations`).
    fn store_function_annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> R {
        let mut anns: Vec<(String, &'a Expr)> = Vec::new();
        let params = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonly)
            .chain(args.kwarg.iter());
        for a in params {
            if let Some(ann) = &a.annotation {
                anns.push((self.mangle(&a.name), ann));
            }
        }
        if let Some(r) = returns {
            anns.push(("return".to_string(), r));
        }
        if anns.is_empty() {
            return Ok(());
        }
        let n = anns.len() as u32;
        for (name, ann) in anns {
            self.load_str(&name);
            self.compile_annotation(ann)?;
        }
        self.emit(Op::BUILD_MAP, n);
        self.emit(Op::COPY, 2);
        self.emit_name(Op::STORE_ATTR, "__annotations__");
        Ok(())
    }

    fn compile_decorators(&mut self, decorators: &'a [Expr]) -> R {
        for d in decorators {
            self.expr(d)?;
            self.emit0(Op::PUSH_NULL);
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for _ in decorators {
            self.emit(Op::CALL, 1);
        }
    }

    fn compile_function_def(&mut self, f: &'a FunctionDef, stmt: &'a Stmt) -> R {
        self.compile_decorators(&f.decorators)?;
        let first_line = f
            .decorators
            .first()
            .map_or(stmt.loc.line, |d| d.loc.line.min(stmt.loc.line));
        let scope = self.scope_of(f)?;
        self.unit.line = stmt.loc.line;
        self.compile_function(
            scope,
            &f.name,
            &f.args,
            FnBody::Def(&f.body),
            first_line,
            f.is_async,
        )?;
        self.store_function_annotations(&f.args, f.returns.as_ref())?;
        self.apply_decorators(&f.decorators);
        self.compile_name(&f.name, Ctx::Store, stmt.loc)
    }

    fn compile_class_def(&mut self, c: &'a ClassDef, stmt: &'a Stmt) -> R {
        self.compile_decorators(&c.decorators)?;
        let first_line = c
            .decorators
            .first()
            .map_or(stmt.loc.line, |d| d.loc.line.min(stmt.loc.line));
        let scope = self.scope_of(c)?;
        self.unit.line = stmt.loc.line;
        self.emit0(Op::LOAD_BUILD_CLASS);
        self.emit0(Op::PUSH_NULL);

        let qualname = self.qualname_for(&c.name, true);
        self.enter_unit(scope, &c.name, qualname.clone(), first_line);
        self.unit.flags = code_flags::CLASS_BODY;
        self.unit.line = stmt.loc.line;
        self.emit_name(Op::LOAD_NAME, "__name__");
        self.emit_name(Op::STORE_NAME, "__module__");
        self.load_str(&qualname);
        self.emit_name(Op::STORE_NAME, "__qualname__");
        let mut body = &c.body[..];
        if let Some(doc) = docstring(&c.body) {
            self.unit.line = c.body[0].loc.line;
            self.load_str(doc);
            self.emit_name(Op::STORE_NAME, "__doc__");
            self.unit.doc = Some(doc.to_string());
            body = &c.body[1..];
        }
        if find_ann(&c.body) {
            self.emit0(Op::SETUP_ANNOTATIONS);
        }
        self.compile_body(body)?;
        self.unit.line = stmt.loc.line;
        if self.table.scope(scope).needs_class_closure {
            let Some(&i) = self.unit.cell_index.get("__class__") else {
                return Err(self.internal("class cell missing"));
            };
            self.emit(Op::LOAD_CLOSURE, i);
            self.emit_name(Op::STORE_NAME, "__classcell__");
        }
        self.load_none();
        self.emit0(Op::RETURN_VALUE);
        let code = self.leave_unit()?;

        self.unit.line = stmt.loc.line;
        self.make_closure(code, 0)?;
        self.load_str(&c.name);
        self.call_helper(2, &c.bases, &c.keywords, stmt.loc)?;
        self.apply_decorators(&c.decorators);
        self.compile_name(&c.name, Ctx::Store, stmt.loc)
    }

    // ----- statements -----------------------------------------------------------------------

    fn compile_stmt(&mut self, stmt: &'a Stmt) -> R {
        self.unit.line = stmt.loc.line;
        let loc = stmt.loc;
        match &stmt.kind {
            StmtKind::FunctionDef(f) => self.compile_function_def(f, stmt),
            StmtKind::ClassDef(c) => self.compile_class_def(c, stmt),
            StmtKind::Return(value) => self.compile_return(value.as_ref(), loc),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.compile_del(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.compile_assign(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.compile_aug_assign(target, *op, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return Err(self.async_error(loc, "async for"));
                }
                self.compile_for(target, iter, body, orelse, loc)
            }
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse, loc),
            StmtKind::If { test, body, orelse } => {
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.compile_body(body)?;
                if orelse.is_empty() {
                    self.bind(next);
                } else {
                    let end = self.new_label();
                    self.jump(end);
                    self.bind(next);
                    self.compile_body(orelse)?;
                    self.bind(end);
                }
                Ok(())
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    return Err(self.async_error(loc, "async with"));
                }
                self.compile_with(items, 0, body, loc)
            }
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.unit.line = loc.line;
                self.emit(Op::RAISE_VARARGS, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if *is_star {
                    return Err(self.error(loc, "'except*' is not supported"));
                }
                if finalbody.is_empty() {
                    self.compile_try_except(body, handlers, orelse, loc)
                } else {
                    self.compile_try_finally(body, handlers, orelse, finalbody, loc)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit0(Op::LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.emit0(Op::PUSH_NULL);
                    self.expr(m)?;
                    self.unit.line = loc.line;
                    self.emit(Op::CALL, 1);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for alias in names {
                    self.unit.line = alias.loc.line.max(loc.line);
                    self.load_const(Const::Int("0".into()));
                    self.load_none();
                    self.emit_name(Op::IMPORT_NAME, &alias.name);
                    match &alias.asname {
                        Some(asname) => {
                            for part in alias.name.split('.').skip(1) {
                                self.emit_name(Op::LOAD_ATTR, part);
                            }
                            self.compile_name(asname, Ctx::Store, alias.loc)?;
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.compile_name(top, Ctx::Store, alias.loc)?;
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let module_name = module.as_deref().unwrap_or("");
                if module_name == "__future__"
                    && *level == 0
                    && !self.future_ok.contains(&(stmt as *const Stmt as usize))
                {
                    return Err(self.error(
                        loc,
                        "from __future__ imports must occur at the beginning of the file",
                    ));
                }
                self.load_const(Const::Int(level.to_string()));
                let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
                self.load_const(Const::Tuple(fromlist));
                self.emit_name(Op::IMPORT_NAME, module_name);
                if names.len() == 1 && names[0].name == "*" {
                    self.emit0(Op::IMPORT_STAR);
                    return Ok(());
                }
                for alias in names {
                    self.emit_name(Op::IMPORT_FROM, &alias.name);
                    let stored = alias.asname.as_deref().unwrap_or(&alias.name);
                    self.compile_name(stored, Ctx::Store, alias.loc)?;
                }
                self.emit0(Op::POP_TOP);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                // A bare literal (a docstring-like string, `...`) has no effect.
                if matches!(e.kind, ExprKind::Constant(_)) {
                    return Ok(());
                }
                self.expr(e)?;
                self.emit0(Op::POP_TOP);
                Ok(())
            }
            StmtKind::Break => self.compile_break(loc),
            StmtKind::Continue => self.compile_continue(loc),
        }
    }

    fn async_error(&self, loc: Loc, what: &str) -> SyntaxErrorInfo {
        if self.unit.kind == ScopeKind::Function && self.table.scope(self.unit.scope).is_coroutine {
            self.error(loc, format!("'{what}' is not supported"))
        } else {
            self.error(loc, format!("'{what}' outside async function"))
        }
    }

    fn compile_return(&mut self, value: Option<&'a Expr>, loc: Loc) -> R {
        if !self.unit.kind.is_function_like() {
            return Err(self.error(loc, "'return' outside function"));
        }
        let scope = self.table.scope(self.unit.scope);
        if value.is_some() && scope.is_coroutine && scope.is_generator {
            return Err(self.error(loc, "'return' with value in async generator"));
        }
        let folded = value.and_then(const_of);
        let preserve_tos = value.is_some() && folded.is_none();
        if preserve_tos {
            if let Some(v) = value {
                self.expr(v)?;
            }
        }
        let saved = self.unit.cur_handler;
        self.unit.line = loc.line;
        self.unwind_fblock_stack(preserve_tos, false)?;
        self.unit.line = loc.line;
        match folded {
            Some(c) => self.load_const(c),
            None if value.is_none() => self.load_none(),
            None => {}
        }
        self.emit0(Op::RETURN_VALUE);
        self.unit.cur_handler = saved;
        Ok(())
    }

    fn compile_break(&mut self, loc: Loc) -> R {
        if !self.unit.fblocks.iter().any(|f| f.kind.is_loop()) {
            return Err(self.error(loc, "'break' outside loop"));
        }
        let saved = self.unit.cur_handler;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.internal("loop block vanished"));
        };
        self.unwind_fblock(lp, false)?;
        if let FBlockKind::WhileLoop { exit, .. } | FBlockKind::ForLoop { exit, .. } = lp.kind {
            self.jump(exit);
        }
        self.unit.cur_handler = saved;
        Ok(())
    }

    fn compile_continue(&mut self, loc: Loc) -> R {
        if !self.unit.fblocks.iter().any(|f| f.kind.is_loop()) {
            return Err(self.error(loc, "'continue' not properly in loop"));
        }
        let saved = self.unit.cur_handler;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.internal("loop block vanished"));
        };
        if let FBlockKind::WhileLoop { start, .. } | FBlockKind::ForLoop { start, .. } = lp.kind {
            self.jump(start);
        }
        self.unit.cur_handler = saved;
        Ok(())
    }

    fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a Body,
        orelse: &'a Body,
        loc: Loc,
    ) -> R {
        self.check_target(target, false)?;
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.unit.line = loc.line;
        self.emit0(Op::GET_ITER);
        self.bind(start);
        self.push_fblock(
            FBlockKind::ForLoop { start, exit: end },
            self.unit.cur_handler,
            loc,
        )?;
        self.emit_jump(Op::FOR_ITER, cleanup)?;
        self.compile_store(target)?;
        self.compile_body(body)?;
        self.unit.line = loc.line;
        self.jump(start);
        self.pop_fblock();
        self.bind(cleanup);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, test: &'a Expr, body: &'a Body, orelse: &'a Body, loc: Loc) -> R {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        if const_truth(test) != Some(true) {
            self.jump_if(test, anchor, false)?;
        }
        self.push_fblock(
            FBlockKind::WhileLoop { start, exit: end },
            self.unit.cur_handler,
            loc,
        )?;
        self.compile_body(body)?;
        self.unit.line = loc.line;
        self.jump(start);
        self.pop_fblock();
        self.bind(anchor);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_try_except(
        &mut self,
        body: &'a Body,
        handlers: &'a [ExceptHandler],
        orelse: &'a Body,
        loc: Loc,
    ) -> R {
        let depth = self.stmt_depth();
        let outer = self.unit.cur_handler;
        let handler_start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();

        // The body, covered by the except clauses.
        let body_handler = self.new_handler(handler_start, depth, false);
        self.push_fblock(FBlockKind::TryExcept, outer, loc)?;
        self.unit.cur_handler = Some(body_handler);
        self.compile_body(body)?;
        self.unit.cur_handler = outer;
        self.pop_fblock();
        self.compile_body(orelse)?;
        self.jump(end);

        // The except clauses: [exc] -> [prev_exc, exc]. Anything raised in here restores
        // prev_exc (the cleanup block) before propagating.
        self.bind(handler_start);
        self.unit.line = loc.line;
        let cleanup_handler = self.new_handler(cleanup, depth + 1, true);
        self.unit.cur_handler = Some(cleanup_handler);
        self.emit0(Op::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::ExceptionHandler, outer, loc)?;
        for (i, h) in handlers.iter().enumerate() {
            self.unit.line = h.loc.line;
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error(h.loc, "default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit0(Op::CHECK_EXC_MATCH);
                self.emit_jump(Op::POP_JUMP_IF_FALSE, next)?;
            }
            match &h.name {
                Some(name) => {
                    self.compile_name(name, Ctx::Store, h.loc)?;
                    // The clause body is itself protected so that `name` is cleared however
                    // the body is left.
                    let cleanup_end = self.new_label();
                    let name_handler = self.new_handler(cleanup_end, depth + 1, true);
                    self.unit.cur_handler = Some(name_handler);
                    self.push_fblock(
                        FBlockKind::HandlerCleanup { name: Some(name) },
                        outer,
                        h.loc,
                    )?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.unit.cur_handler = outer;
                    self.unit.line = h.loc.line;
                    self.emit0(Op::POP_EXCEPT);
                    self.clear_name(name)?;
                    self.jump(end);

                    self.bind(cleanup_end);
                    self.unit.cur_handler = Some(cleanup_handler);
                    self.clear_name(name)?;
                    self.emit(Op::RERAISE, 1);
                }
                None => {
                    self.emit0(Op::POP_TOP);
                    self.push_fblock(FBlockKind::HandlerCleanup { name: None }, outer, h.loc)?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.unit.cur_handler = outer;
                    self.unit.line = h.loc.line;
                    self.emit0(Op::POP_EXCEPT);
                    self.jump(end);
                    self.unit.cur_handler = Some(cleanup_handler);
                }
            }
            self.bind(next);
        }
        self.pop_fblock();
        self.unit.line = loc.line;
        // No clause matched.
        self.emit(Op::RERAISE, 0);

        self.bind(cleanup);
        self.unit.cur_handler = outer;
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `[prev_exc, lasti, exc] -> `: restore the previously handled exception and re-raise.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::COPY, 3);
        self.emit0(Op::POP_EXCEPT);
        self.emit(Op::RERAISE, 1);
    }

    fn compile_try_finally(
        &mut self,
        body: &'a Body,
        handlers: &'a [ExceptHandler],
        orelse: &'a Body,
        finalbody: &'a Body,
        loc: Loc,
    ) -> R {
        let depth = self.stmt_depth();
        let outer = self.unit.cur_handler;
        let finally_start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();

        let body_handler = self.new_handler(finally_start, depth, false);
        self.push_fblock(FBlockKind::FinallyTry { body: finalbody }, outer, loc)?;
        self.unit.cur_handler = Some(body_handler);
        if handlers.is_empty() {
            self.compile_body(body)?;
            self.compile_body(orelse)?;
        } else {
            self.compile_try_except(body, handlers, orelse, loc)?;
        }
        self.unit.cur_handler = outer;
        self.pop_fblock();
        // Normal exit: run the finally body inline.
        self.compile_body(finalbody)?;
        self.jump(exit);

        // Exceptional exit: [exc] -> [prev_exc, exc], run the body, re-raise.
        self.bind(finally_start);
        self.unit.line = loc.line;
        let cleanup_handler = self.new_handler(cleanup, depth + 1, true);
        self.unit.cur_handler = Some(cleanup_handler);
        self.emit0(Op::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::FinallyEnd, outer, loc)?;
        self.compile_body(finalbody)?;
        self.pop_fblock();
        self.emit(Op::RERAISE, 0);

        self.bind(cleanup);
        self.unit.cur_handler = outer;
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn compile_with(&mut self, items: &'a [WithItem], index: usize, body: &'a Body, loc: Loc) -> R {
        let Some(item) = items.get(index) else {
            return self.compile_body(body);
        };
        let depth = self.stmt_depth();
        let outer = self.unit.cur_handler;
        let handler_start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();

        self.expr(&item.context)?;
        self.unit.line = loc.line;
        self.emit0(Op::BEFORE_WITH); // [exit, value]
        let body_handler = self.new_handler(handler_start, depth + 1, true);
        self.unit.cur_handler = Some(body_handler);
        self.push_fblock(FBlockKind::With, outer, loc)?;
        match &item.target {
            Some(t) => {
                self.check_target(t, false)?;
                self.compile_store(t)?;
            }
            None => self.emit0(Op::POP_TOP),
        }
        self.compile_with(items, index + 1, body, loc)?;
        self.pop_fblock();
        self.unit.cur_handler = outer;
        self.unit.line = loc.line;
        self.call_exit_with_nones();
        self.jump(exit);

        // [exit, lasti, exc] -> [exit, lasti, prev_exc, exc]; ask __exit__ whether to suppress.
        self.bind(handler_start);
        let cleanup_handler = self.new_handler(cleanup, depth + 3, true);
        self.unit.cur_handler = Some(cleanup_handler);
        self.emit0(Op::PUSH_EXC_INFO);
        self.emit0(Op::WITH_EXCEPT_START);
        let suppress = self.new_label();
        self.emit_jump(Op::POP_JUMP_IF_TRUE, suppress)?;
        self.emit(Op::RERAISE, 2);

        self.bind(cleanup);
        self.unit.cur_handler = outer;
        self.pop_except_and_reraise();

        self.bind(suppress);
        self.emit0(Op::POP_TOP); // exc
        self.emit0(Op::POP_EXCEPT);
        self.emit0(Op::POP_TOP); // lasti
        self.emit0(Op::POP_TOP); // exit
        self.bind(exit);
        Ok(())
    }

    // ----- assignment -----------------------------------------------------------------------

    /// Report an invalid assignment target the way CPython's parser does. `assign_stmt`: the
    /// target of a plain `=` statement at top level.
    fn check_target(&self, t: &Expr, assign_stmt: bool) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.error(t.loc, "cannot assign to __debug__"));
                }
                Ok(())
            }
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.check_target(value, false)?,
                        _ => self.check_target(e, false)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Ok(()), // reported by compile_store
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if assign_stmt => {
                Err(self.error(t.loc, "assignment to yield expression not possible"))
            }
            _ => {
                let what = expr_name(t);
                let plain = matches!(
                    t.kind,
                    ExprKind::Constant(Constant::None | Constant::Bool(_))
                        | ExprKind::GeneratorExp { .. }
                );
                if assign_stmt && !plain {
                    Err(self.error(
                        t.loc,
                        format!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        ),
                    ))
                } else {
                    Err(self.error(t.loc, format!("cannot assign to {what}")))
                }
            }
        }
    }

    /// Store the value on top of the stack into a target.
    fn compile_store(&mut self, t: &'a Expr) -> R {
        let saved = self.unit.line;
        self.unit.line = t.loc.line;
        let r = self.compile_store_inner(t);
        self.unit.line = saved;
        r
    }

    fn compile_store_inner(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => self.compile_name(id, Ctx::Store, t.loc),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let attr = self.mangle(attr);
                self.unit.line = attr_line(t.loc);
                self.emit_name(Op::STORE_ATTR, &attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Op::STORE_SUBSCR);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack_sequence(elts, t.loc)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.compile_store(value)?,
                        _ => self.compile_store(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(self.error(
                t.loc,
                "starred assignment target must be in a list or tuple",
            )),
            _ => Err(self.error(t.loc, format!("cannot assign to {}", expr_name(t)))),
        }
    }

    /// UNPACK_SEQUENCE or UNPACK_EX for a tuple/list target (or sequence pattern).
    fn unpack_sequence(&mut self, elts: &[Expr], loc: Loc) -> R {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if star.is_some() {
                    return Err(self.error(loc, "multiple starred expressions in assignment"));
                }
                star = Some(i);
            }
        }
        self.emit_unpack(elts.len(), star, loc)
    }

    fn emit_unpack(&mut self, n: usize, star: Option<usize>, loc: Loc) -> R {
        match star {
            None => self.emit(Op::UNPACK_SEQUENCE, n as u32),
            Some(before) => {
                let after = n - before - 1;
                if before >= 256 || after >= (1 << 24) {
                    return Err(
                        self.error(loc, "too many expressions in star-unpacking assignment")
                    );
                }
                self.emit(Op::UNPACK_EX, (before | (after << 8)) as u32);
            }
        }
        Ok(())
    }

    fn compile_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> R {
        for t in targets {
            self.check_target(t, true)?;
        }
        // `a, b = b, a`: push the values and reverse them instead of building a tuple.
        if let ([target], ExprKind::Tuple { elts: values, .. }) = (targets, &value.kind) {
            if let ExprKind::Tuple { elts: names, .. } | ExprKind::List { elts: names, .. } =
                &target.kind
            {
                let n = values.len();
                let plain = |es: &[Expr]| {
                    !es.iter()
                        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                };
                if (n == 2 || n == 3) && names.len() == n && plain(values) && plain(names) {
                    for v in values {
                        self.expr(v)?;
                    }
                    self.emit(Op::SWAP, n as u32);
                    for t in names {
                        self.compile_store(t)?;
                    }
                    return Ok(());
                }
            }
        }
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::COPY, 1);
            }
            self.compile_store(t)?;
        }
        Ok(())
    }

    fn compile_aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> R {
        let arg = binary_op(op) as u32 + BinaryOp::INPLACE;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.compile_name(id, Ctx::Load, target.loc)?;
                self.expr(value)?;
                self.emit(Op::BINARY_OP, arg);
                self.compile_name(id, Ctx::Store, target.loc)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                let attr = self.mangle(attr);
                self.expr(obj)?;
                self.emit(Op::COPY, 1);
                self.emit_name(Op::LOAD_ATTR, &attr);
                self.expr(value)?;
                self.emit(Op::BINARY_OP, arg);
                self.emit(Op::SWAP, 2);
                self.emit_name(Op::STORE_ATTR, &attr);
                Ok(())
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.emit0(Op::BINARY_SUBSCR);
                self.expr(value)?;
                self.emit(Op::BINARY_OP, arg);
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit0(Op::STORE_SUBSCR);
                Ok(())
            }
            _ => Err(self.error(
                target.loc,
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(target)
                ),
            )),
        }
    }

    fn compile_annotation(&mut self, ann: &'a Expr) -> R {
        if self.future_annotations {
            let text = unparse_annotation(ann).unwrap_or_else(|| self.source_segment(ann.loc));
            self.load_str(&text);
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    /// The source text of a node (for stringified annotations).
    fn source_segment(&self, loc: Loc) -> String {
        let lines: Vec<&str> = self.source.lines().collect();
        let (first, last) = (loc.line as usize, loc.end_line as usize);
        if first == 0 || last < first || last > lines.len() {
            return String::new();
        }
        let mut out = String::new();
        for n in first..=last {
            let line: Vec<char> = lines[n - 1].chars().collect();
            let from = if n == first {
                (loc.col as usize).min(line.len())
            } else {
                0
            };
            let to = if n == last {
                (loc.end_col as usize).min(line.len())
            } else {
                line.len()
            };
            if from < to {
                out.extend(&line[from..to]);
            }
            if n != last {
                out.push('\n');
            }
        }
        out
    }

    fn compile_ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        match &target.kind {
            ExprKind::Tuple { .. } => {
                return Err(self.error(
                    target.loc,
                    "only single target (not tuple) can be annotated",
                ))
            }
            ExprKind::List { .. } => {
                return Err(self.error(target.loc, "only single target (not list) can be annotated"))
            }
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            _ => return Err(self.error(target.loc, "illegal target for annotation")),
        }
        if let Some(v) = value {
            self.check_target(target, false)?;
            self.expr(v)?;
            self.compile_store(target)?;
        }
        let annotations_scope = matches!(self.unit.kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple && annotations_scope => {
                self.compile_annotation(annotation)?;
                let op = if self.unit.kind == ScopeKind::Module {
                    Op::LOAD_GLOBAL
                } else {
                    Op::LOAD_NAME
                };
                self.emit_name(op, "__annotations__");
                let key = self.mangle(id);
                self.load_str(&key);
                self.emit0(Op::STORE_SUBSCR);
                return Ok(());
            }
            // Without a value, the target's parts are still evaluated.
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.emit0(Op::POP_TOP);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.expr(obj)?;
                self.emit0(Op::POP_TOP);
                self.expr(slice)?;
                self.emit0(Op::POP_TOP);
            }
            _ => {}
        }
        // A complex target's annotation is evaluated (and dropped) at module and class level.
        if annotations_scope && !self.future_annotations {
            self.expr(annotation)?;
            self.emit0(Op::POP_TOP);
        }
        Ok(())
    }

    fn compile_del(&mut self, t: &'a Expr) -> R {
        let saved = self.unit.line;
        self.unit.line = t.loc.line;
        let r = match &t.kind {
            ExprKind::Name { id, .. } => self.compile_name(id, Ctx::Del, t.loc),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let attr = self.mangle(attr);
                self.unit.line = attr_line(t.loc);
                self.emit_name(Op::DELETE_ATTR, &attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Op::DELETE_SUBSCR);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.compile_del(e)?;
                }
                Ok(())
            }
            _ => Err(self.error(t.loc, format!("cannot delete {}", expr_name(t)))),
        };
        self.unit.line = saved;
        r
    }

    // ----- conditions -----------------------------------------------------------------------

    /// Jump to `label` if `bool(e) == cond`, else fall through; `not`, `and`, `or`, conditional
    /// expressions and comparison chains are compiled into jumps directly.
    fn jump_if(&mut self, e: &'a Expr, label: Label, cond: bool) -> R {
        let saved = self.unit.line;
        self.unit.line = e.loc.line;
        let r = self.jump_if_inner(e, label, cond);
        self.unit.line = saved;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, label: Label, cond: bool) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, label, !cond),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                // `a or b`: jump out as soon as one is true; `a and b`: as soon as one is false.
                let short_circuit = *op == BoolOp::Or;
                let next = if short_circuit == cond {
                    label
                } else {
                    self.new_label()
                };
                let (last, rest) = values.split_last().unwrap_or((&values[0], &[]));
                for v in rest {
                    self.jump_if(v, next, short_circuit)?;
                }
                self.jump_if(last, label, cond)?;
                if next != label {
                    self.bind(next);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let other = self.new_label();
                self.jump_if(test, other, false)?;
                self.jump_if(body, label, cond)?;
                self.jump(end);
                self.bind(other);
                self.jump_if(orelse, label, cond)?;
                self.bind(end);
                return Ok(());
            }
            // `x is None` / `x is not None`: one instruction tests and jumps.
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1
                && comparators.len() == 1
                && matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                && (is_none(left) || is_none(&comparators[0])) =>
            {
                let operand = if is_none(left) {
                    &comparators[0]
                } else {
                    &**left
                };
                self.expr(operand)?;
                let jump_on_none = (ops[0] == CmpOp::Is) == cond;
                let op = if jump_on_none {
                    Op::POP_JUMP_IF_NONE
                } else {
                    Op::POP_JUMP_IF_NOT_NONE
                };
                return self.emit_jump(op, label);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && ops.len() == comparators.len() => {
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(left)?;
                let n = ops.len();
                for i in 0..n - 1 {
                    self.expr(&comparators[i])?;
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::COPY, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Op::POP_JUMP_IF_FALSE, cleanup)?;
                }
                self.expr(&comparators[n - 1])?;
                self.compare_op(ops[n - 1]);
                self.emit_jump(
                    if cond {
                        Op::POP_JUMP_IF_TRUE
                    } else {
                        Op::POP_JUMP_IF_FALSE
                    },
                    label,
                )?;
                self.jump(end);
                self.bind(cleanup);
                self.emit0(Op::POP_TOP);
                if !cond {
                    self.jump(label);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                Op::POP_JUMP_IF_TRUE
            } else {
                Op::POP_JUMP_IF_FALSE
            },
            label,
        )
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Op::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => (Op::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => (Op::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => (Op::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => (Op::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => (Op::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => (Op::IS_OP, 0),
            CmpOp::IsNot => (Op::IS_OP, 1),
            CmpOp::In => (Op::CONTAINS_OP, 0),
            CmpOp::NotIn => (Op::CONTAINS_OP, 1),
        };
        self.emit(opcode, arg);
    }

    // ----- expressions ----------------------------------------------------------------------

    fn expr(&mut self, e: &'a Expr) -> R {
        let saved = self.unit.line;
        self.unit.line = e.loc.line;
        let r = self.expr_inner(e);
        self.unit.line = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let Some((last, rest)) = values.split_last() else {
                    return Err(self.internal("empty boolean operation"));
                };
                let end = self.new_label();
                let jump = if *op == BoolOp::And {
                    Op::JUMP_IF_FALSE_OR_POP
                } else {
                    Op::JUMP_IF_TRUE_OR_POP
                };
                for v in rest {
                    self.expr(v)?;
                    self.emit_jump(jump, end)?;
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::Named { target, value } => {
                self.expr(value)?;
                self.emit(Op::COPY, 1);
                self.check_target(target, false)?;
                self.compile_store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BINARY_OP, binary_op(*op) as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = const_of(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit0(match op {
                    UnaryOp::Invert => Op::UNARY_INVERT,
                    UnaryOp::Not => Op::UNARY_NOT,
                    UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    UnaryOp::USub => Op::UNARY_NEGATIVE,
                });
            }
            ExprKind::Lambda { args, body } => {
                let scope = self.scope_of(e)?;
                self.compile_function(
                    scope,
                    "<lambda>",
                    args,
                    FnBody::Lambda(body),
                    e.loc.line,
                    false,
                )?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(test, other, false)?;
                self.expr(body)?;
                self.jump(end);
                self.bind(other);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(elts, SeqKind::Set)?,
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, generators, elt, None, CompKind::List)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, generators, elt, None, CompKind::Set)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(e, generators, key, Some(value), CompKind::Dict)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, generators, elt, None, CompKind::Gen)?
            }
            ExprKind::Await(value) => {
                match self.unit.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(self.error(e.loc, "'await' outside function"))
                    }
                    ScopeKind::Function if self.table.scope(self.unit.scope).is_coroutine => {}
                    _ => return Err(self.error(e.loc, "'await' outside async function")),
                }
                self.expr(value)?;
                self.emit0(Op::GET_AWAITABLE);
                self.load_none();
                self.yield_from_loop()?;
            }
            ExprKind::Yield(value) => {
                if !self.unit.kind.is_function_like() {
                    return Err(self.error(e.loc, "'yield' outside function"));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Op::YIELD_VALUE, 0);
            }
            ExprKind::YieldFrom(value) => {
                if !self.unit.kind.is_function_like() {
                    return Err(self.error(e.loc, "'yield' outside function"));
                }
                if self.table.scope(self.unit.scope).is_coroutine {
                    return Err(self.error(e.loc, "'yield from' inside async function"));
                }
                self.expr(value)?;
                self.emit0(Op::GET_YIELD_FROM_ITER);
                self.load_none();
                self.yield_from_loop()?;
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords, e.loc)?,
            ExprKind::FString(parts) => self.compile_fstring(parts)?,
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let attr = self.mangle(attr);
                self.unit.line = attr_line(e.loc);
                self.emit_name(Op::LOAD_ATTR, &attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Op::BINARY_SUBSCR);
            }
            ExprKind::Starred { .. } => {
                return Err(self.error(e.loc, "can't use starred expression here"))
            }
            // `__debug__` is a compile-time constant (True: stitch has no -O).
            ExprKind::Name { id, .. } if id == "__debug__" => self.load_const(Const::Bool(true)),
            ExprKind::Name { id, .. } => self.compile_name(id, Ctx::Load, e.loc)?,
            ExprKind::List { elts, .. } => self.starunpack(elts, SeqKind::List)?,
            ExprKind::Tuple { elts, .. } => match const_of(e) {
                Some(c) => self.load_const(c),
                None => self.starunpack(elts, SeqKind::Tuple)?,
            },
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_none(),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BUILD_SLICE, 3);
                    }
                    None => self.emit(Op::BUILD_SLICE, 2),
                }
            }
        }
        Ok(())
    }

    /// `[sub, v] -> [result]`: the send/yield loop of `yield from` and `await`.
    fn yield_from_loop(&mut self) -> R {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Op::SEND, exit)?;
        self.emit(Op::YIELD_VALUE, 1);
        self.jump(start);
        self.bind(exit);
        Ok(())
    }

    fn compile_compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> R {
        if ops.is_empty() || ops.len() != comparators.len() {
            return Err(self.internal("malformed comparison"));
        }
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        // Each middle operand is evaluated once: keep a copy for the next comparison.
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit(Op::SWAP, 2);
            self.emit(Op::COPY, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup)?;
        }
        self.expr(&comparators[n - 1])?;
        self.compare_op(ops[n - 1]);
        self.jump(end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit0(Op::POP_TOP);
        self.bind(end);
        Ok(())
    }

    /// List, tuple and set displays, with or without `*` items.
    fn starunpack(&mut self, elts: &'a [Expr], kind: SeqKind) -> R {
        let (build, append, extend) = match kind {
            SeqKind::List | SeqKind::Tuple => (Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND),
            SeqKind::Set => (Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE),
        };
        let has_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        // Three or more constants: extend an empty list/set from a constant tuple.
        if kind != SeqKind::Tuple && elts.len() >= 3 {
            if let Some(items) = elts.iter().map(const_of).collect::<Option<Vec<_>>>() {
                self.emit(build, 0);
                // CPython folds a constant set display into a frozenset constant; building it
                // the same way gives the same iteration order.
                self.load_const(if kind == SeqKind::Set {
                    Const::FrozenSet(items)
                } else {
                    Const::Tuple(items)
                });
                self.emit(extend, 1);
                return Ok(());
            }
        }
        if !has_star && elts.len() <= STACK_USE_GUIDELINE {
            for e in elts {
                self.expr(e)?;
            }
            let op = match kind {
                SeqKind::List => Op::BUILD_LIST,
                SeqKind::Tuple => Op::BUILD_TUPLE,
                SeqKind::Set => Op::BUILD_SET,
            };
            self.emit(op, elts.len() as u32);
            return Ok(());
        }
        let lead = elts
            .iter()
            .take_while(|e| !matches!(e.kind, ExprKind::Starred { .. }))
            .count()
            .min(STACK_USE_GUIDELINE);
        for e in &elts[..lead] {
            self.expr(e)?;
        }
        self.emit(build, lead as u32);
        for e in &elts[lead..] {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(append, 1);
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit0(Op::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        if keys.len() != values.len() {
            return Err(self.internal("dict keys and values differ in length"));
        }
        let has_splat = keys.iter().any(|k| k.is_none());
        if !has_splat && keys.len() as u32 <= MAP_CHUNK {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BUILD_MAP, keys.len() as u32);
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending = 0;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                    if pending == MAP_CHUNK {
                        self.flush_map(&mut pending, &mut have_dict, Op::DICT_UPDATE);
                    }
                }
                None => {
                    self.flush_map(&mut pending, &mut have_dict, Op::DICT_UPDATE);
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(v)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        self.flush_map(&mut pending, &mut have_dict, Op::DICT_UPDATE);
        if !have_dict {
            self.emit(Op::BUILD_MAP, 0);
        }
        Ok(())
    }

    /// Build a dict of the `pending` key/value pairs on the stack and merge it into the one
    /// below (if there is one yet).
    fn flush_map(&mut self, pending: &mut u32, have_dict: &mut bool, merge: Op) {
        if *pending == 0 {
            return;
        }
        self.emit(Op::BUILD_MAP, *pending);
        if *have_dict {
            self.emit(merge, 1);
        }
        *have_dict = true;
        *pending = 0;
    }

    fn compile_fstring(&mut self, parts: &'a [FStringPart]) -> R {
        let mut count = 0;
        let mut literal = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(s) => literal.push_str(s),
                FStringPart::Formatted {
                    value,
                    conversion,
                    format_spec,
                } => {
                    if !literal.is_empty() {
                        self.load_str(&std::mem::take(&mut literal));
                        count += 1;
                    }
                    self.expr(value)?;
                    let mut arg = match conversion {
                        b's' => 1,
                        b'r' => 2,
                        b'a' => 3,
                        _ => 0,
                    };
                    if let Some(spec) = format_spec {
                        self.compile_fstring(spec)?;
                        arg |= 4;
                    }
                    self.emit(Op::FORMAT_VALUE, arg);
                    count += 1;
                }
            }
        }
        if !literal.is_empty() || count == 0 {
            self.load_str(&literal);
            count += 1;
        }
        if count > 1 {
            self.emit(Op::BUILD_STRING, count);
        }
        Ok(())
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    return Err(self.error(k.loc, format!("keyword argument repeated: {name}")));
                }
            }
        }
        Ok(())
    }

    fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        loc: Loc,
    ) -> R {
        self.check_keywords(keywords)?;
        let simple_args = !args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        match &func.kind {
            ExprKind::Attribute { value, attr, .. } if simple_args => {
                self.expr(value)?;
                let attr = self.mangle(attr);
                // Like CPython, a method call spanning lines is attributed to the method name.
                let line = attr_line(func.loc);
                self.unit.line = line;
                self.emit_name(Op::LOAD_METHOD, &attr);
                return self.call_helper(0, args, keywords, Loc { line, ..loc });
            }
            _ => {
                self.expr(func)?;
                self.emit0(Op::PUSH_NULL);
            }
        }
        self.call_helper(0, args, keywords, loc)
    }

    /// The arguments and the call itself; `pre` positional arguments are already on the stack
    /// (above the callable and its self-or-NULL slot).
    fn call_helper(&mut self, pre: u32, args: &'a [Expr], keywords: &'a [Keyword], loc: Loc) -> R {
        let has_star = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.unit.line = loc.line;
            let n = pre + args.len() as u32 + keywords.len() as u32;
            if keywords.is_empty() {
                self.emit(Op::CALL, n);
            } else {
                let names = keywords
                    .iter()
                    .map(|k| Const::Str(k.arg.clone().unwrap_or_default()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Op::CALL_KW, n);
            }
            return Ok(());
        }
        // Positional arguments as a tuple.
        if has_star {
            let lead = args
                .iter()
                .take_while(|a| !matches!(a.kind, ExprKind::Starred { .. }))
                .count();
            for a in &args[..lead] {
                self.expr(a)?;
            }
            self.emit(Op::BUILD_LIST, pre + lead as u32);
            for a in &args[lead..] {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.expr(value)?;
                        self.emit(Op::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Op::LIST_APPEND, 1);
                    }
                }
            }
            self.emit0(Op::LIST_TO_TUPLE);
        } else {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BUILD_TUPLE, pre + args.len() as u32);
        }
        // Keyword arguments as a dict.
        if keywords.is_empty() {
            self.unit.line = loc.line;
            self.emit(Op::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending = 0;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    self.flush_map(&mut pending, &mut have_dict, Op::DICT_MERGE);
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        self.flush_map(&mut pending, &mut have_dict, Op::DICT_MERGE);
        self.unit.line = loc.line;
        self.emit(Op::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    // ----- comprehensions -------------------------------------------------------------------

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Err(self.internal("comprehension without generators"));
        };
        let scope = self.scope_of(e)?;
        let sc = self.table.scope(scope);
        if sc.has_async_comprehension {
            let in_async = self.unit.kind == ScopeKind::Function
                && self.table.scope(self.unit.scope).is_coroutine;
            let msg = if in_async {
                "asynchronous comprehensions are not supported"
            } else {
                "asynchronous comprehension outside of an asynchronous function"
            };
            return Err(self.error(e.loc, msg));
        }
        for g in generators {
            self.check_target(&g.target, false)?;
        }
        let name = sc.name.clone();
        let qualname = self.qualname_for(&name, false);
        self.enter_unit(scope, &name, qualname, e.loc.line);
        self.unit.argcount = 1;
        if kind == CompKind::Gen {
            self.unit.flags |= code_flags::GENERATOR;
        }
        match kind {
            CompKind::List => self.emit(Op::BUILD_LIST, 0),
            CompKind::Set => self.emit(Op::BUILD_SET, 0),
            CompKind::Dict => self.emit(Op::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comprehension_loop(generators, 0, elt, value, kind)?;
        if kind == CompKind::Gen {
            self.load_none();
        }
        self.emit0(Op::RETURN_VALUE);
        let code = self.leave_unit()?;

        self.make_closure(code, 0)?;
        self.emit0(Op::PUSH_NULL);
        self.expr(&outermost.iter)?;
        self.emit0(Op::GET_ITER);
        self.emit(Op::CALL, 1);
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let g = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            // The outermost iterator is the argument `.0`.
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit0(Op::GET_ITER);
        }
        self.bind(start);
        self.emit_jump(Op::FOR_ITER, anchor)?;
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, elt, value, kind)?;
        } else {
            // The collection sits below one iterator per generator.
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit0(Op::POP_TOP);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MAP_ADD, depth);
                }
            }
        }
        self.bind(if_cleanup);
        self.jump(start);
        self.bind(anchor);
        Ok(())
    }

    // ----- pattern matching -----------------------------------------------------------------

    fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let Some(last) = cases.last() else {
            self.emit0(Op::POP_TOP);
            return Ok(());
        };
        let end = self.new_label();
        let n = cases.len();
        // A trailing `case _:` needs no copy of the subject and no test.
        let has_default = is_wildcard(&last.pattern) && n > 1;
        let tested = n - has_default as usize;
        for (i, case) in cases[..tested].iter().enumerate() {
            self.unit.line = case.pattern.loc.line;
            let keep_subject = i + 1 != tested;
            if keep_subject {
                self.emit(Op::COPY, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            if pc.on_top != 0 {
                return Err(self.internal("pattern left items on the stack"));
            }
            for name in std::mem::take(&mut pc.stores) {
                self.compile_name(&name, Ctx::Store, case.pattern.loc)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, fail, false)?;
            }
            if keep_subject {
                self.emit0(Op::POP_TOP);
            }
            self.compile_body(&case.body)?;
            self.jump(end);
            self.unit.line = case.pattern.loc.line;
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.unit.line = last.pattern.loc.line;
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.compile_body(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jump (conditionally with `op`, or always with None) to the failure path, popping the
    /// captures and the items on top.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Option<Op>) -> R {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        match op {
            Some(op) => self.emit_jump(op, target),
            None => {
                self.jump(target);
                Ok(())
            }
        }
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit0(Op::POP_TOP);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Move the top of the stack down to depth `count` (1 = top), keeping the order of the
    /// items it passes.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Op::SWAP, k as u32);
        }
    }

    /// Capture the subject on top of the stack as `name` (or drop it for a wildcard).
    fn pattern_store_name(&mut self, name: Option<&str>, pc: &mut PatternCtx, loc: Loc) -> R {
        let Some(name) = name else {
            self.emit0(Op::POP_TOP);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error(loc, "cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(
                loc,
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Match the subject on top of the stack. On success the subject is consumed and the
    /// captures are on the stack (see `PatternCtx`); on failure control reaches
    /// `pc.fail_pop[on_top + stores]` with those items to pop.
    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        self.last_pattern_loc = p.loc;
        let saved = self.unit.line;
        self.unit.line = p.loc.line;
        let r = self.compile_pattern_inner(p, pc);
        self.unit.line = saved;
        r
    }

    fn compile_pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        match &p.kind {
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.emit(Op::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))
            }
            PatternKind::Singleton(c) => {
                self.load_const(constant(c));
                self.emit(Op::IS_OP, 0);
                self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))
            }
            PatternKind::Sequence(patterns) => self.pattern_sequence(patterns, pc, p.loc),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc, p.loc),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::Star(name) => self.pattern_store_name(name.as_deref(), pc, p.loc),
            PatternKind::As { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(p.loc, msg));
                    }
                    self.pattern_store_name(name.as_deref(), pc, p.loc)
                }
                Some(sub) => {
                    // Keep a copy of the subject to capture after the sub-pattern matched.
                    pc.on_top += 1;
                    self.emit(Op::COPY, 1);
                    self.compile_pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(name.as_deref(), pc, p.loc)
                }
            },
            PatternKind::Or(alternatives) => self.pattern_or(alternatives, pc),
        }
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternCtx, loc: Loc) -> R {
        let size = patterns.len();
        let mut star = None;
        let mut star_wildcard = false;
        let mut only_wildcard = true;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub.kind, PatternKind::Star(_)) {
                if star.is_some() {
                    return Err(self.error(loc, "multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(sub);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(sub);
        }
        // Keep the subject during the type and length checks.
        pc.on_top += 1;
        self.emit0(Op::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))?;
        if star.is_none() {
            self.emit0(Op::GET_LEN);
            self.load_const(Const::Int(size.to_string()));
            self.emit(Op::COMPARE_OP, CompareOp::Eq as u32);
            self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))?;
        } else if size > 1 {
            self.emit0(Op::GET_LEN);
            self.load_const(Const::Int((size - 1).to_string()));
            self.emit(Op::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))?;
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Op::POP_TOP);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => {
                // `[a, *_, b]`: index the items instead of unpacking into a list.
                pc.on_top += 1;
                for (i, sub) in patterns.iter().enumerate() {
                    if is_wildcard(sub) || i == star {
                        continue;
                    }
                    self.emit(Op::COPY, 1);
                    if i < star {
                        self.load_const(Const::Int(i.to_string()));
                    } else {
                        // Negative indexes may not be supported: use len(subject) - k.
                        self.emit0(Op::GET_LEN);
                        self.load_const(Const::Int((size - i).to_string()));
                        self.emit(Op::BINARY_OP, BinaryOp::Sub as u32);
                    }
                    self.emit0(Op::BINARY_SUBSCR);
                    self.compile_subpattern(sub, pc)?;
                }
                pc.on_top -= 1;
                self.emit0(Op::POP_TOP);
            }
            _ => {
                self.emit_unpack(
                    size,
                    star,
                    patterns.first().map_or(Loc::default(), |p| p.loc),
                )?;
                pc.on_top += size;
                for sub in patterns {
                    pc.on_top -= 1;
                    self.compile_subpattern(sub, pc)?;
                }
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternCtx,
        loc: Loc,
    ) -> R {
        let size = keys.len();
        if patterns.len() != size {
            return Err(self.internal("mapping pattern keys and patterns differ in length"));
        }
        pc.on_top += 1;
        self.emit0(Op::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))?;
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit0(Op::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Op::GET_LEN);
            self.load_const(Const::Int(size.to_string()));
            self.emit(Op::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))?;
        }
        let mut seen = HashSet::new();
        for key in keys {
            if let Some(c) = const_of(key) {
                if let Some(k) = const_key(&c) {
                    if !seen.insert(k) {
                        return Err(self.error(
                            loc,
                            format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                        ));
                    }
                }
            } else if !matches!(
                key.kind,
                ExprKind::Attribute { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. }
            ) {
                return Err(self.error(
                    loc,
                    "mapping pattern keys may only match literals and attribute lookups",
                ));
            }
            self.expr(key)?;
        }
        self.emit(Op::BUILD_TUPLE, size as u32);
        self.emit0(Op::MATCH_KEYS);
        // [subject, keys, values-or-None]
        pc.on_top += 2;
        self.emit(Op::COPY, 1);
        self.load_none();
        self.emit(Op::IS_OP, 1);
        self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))?;
        self.emit(Op::UNPACK_SEQUENCE, size as u32);
        pc.on_top -= 1;
        pc.on_top += size;
        for sub in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        // The keys tuple and the subject are consumed below.
        pc.on_top -= 2;
        match rest {
            Some(rest) => {
                // rest = dict(subject) minus the matched keys
                self.emit(Op::BUILD_MAP, 0); // [subject, keys, {}]
                self.emit(Op::SWAP, 3); // [{}, keys, subject]
                self.emit(Op::DICT_UPDATE, 2); // [copy, keys]
                self.emit(Op::UNPACK_SEQUENCE, size as u32); // [copy, k_n … k_1]
                for remaining in (1..=size).rev() {
                    self.emit(Op::COPY, remaining as u32 + 1);
                    self.emit(Op::SWAP, 2);
                    self.emit0(Op::DELETE_SUBSCR);
                }
                self.pattern_store_name(Some(rest), pc, loc)
            }
            None => {
                self.emit0(Op::POP_TOP);
                self.emit0(Op::POP_TOP);
                Ok(())
            }
        }
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> R {
        if kwd_attrs.len() != kwd_patterns.len() {
            return Err(self.internal("class pattern attributes and patterns differ in length"));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(attr) {
                return Err(self.error(
                    kwd_patterns[i].loc,
                    format!("attribute name repeated in class pattern: {attr}"),
                ));
            }
        }
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Op::MATCH_CLASS, patterns.len() as u32);
        self.emit(Op::COPY, 1);
        self.load_none();
        self.emit(Op::IS_OP, 1);
        // [attributes-or-None]
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Some(Op::POP_JUMP_IF_FALSE))?;
        let n = patterns.len() + kwd_patterns.len();
        self.emit(Op::UNPACK_SEQUENCE, n as u32);
        pc.on_top -= 1;
        pc.on_top += n;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit0(Op::POP_TOP);
            } else {
                self.compile_subpattern(sub, pc)?;
            }
        }
        Ok(())
    }

    /// Swap stack items at positions `a` and `b` (0 = top) using the top as scratch.
    fn swap_positions(&mut self, a: usize, b: usize) {
        if a == b {
            return;
        }
        if a == 0 || b == 0 {
            self.emit(Op::SWAP, (a.max(b) + 1) as u32);
        } else {
            self.emit(Op::SWAP, (a + 1) as u32);
            self.emit(Op::SWAP, (b + 1) as u32);
            self.emit(Op::SWAP, (a + 1) as u32);
        }
    }

    fn pattern_or(&mut self, alternatives: &'a [Pattern], pc: &mut PatternCtx) -> R {
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        // The names bound by the first alternative; the others must bind the same names, and
        // their captures are reordered on the stack to this order.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.unit.line = alt.loc.line;
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alternatives.len() && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::COPY, 1);
            self.compile_pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    let same =
                        ctrl.len() == pc.stores.len() && ctrl.iter().all(|n| pc.stores.contains(n));
                    if !same {
                        return Err(self.error(
                            self.last_pattern_loc,
                            "alternative patterns bind different names",
                        ));
                    }
                    // Captures are the top items: bring them into the control order.
                    let mut current = std::mem::take(&mut pc.stores);
                    for pos in (0..ctrl.len()).rev() {
                        let at = current.iter().position(|n| *n == ctrl[pos]).unwrap_or(pos);
                        if at != pos {
                            self.swap_positions(at, pos);
                            current.swap(at, pos);
                        }
                    }
                    pc.stores = current;
                }
            }
            self.jump(end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: drop the subject and fail.
        self.emit0(Op::POP_TOP);
        self.jump_to_fail_pop(pc, None)?;

        self.bind(end);
        // [… outer captures, on_top items, subject, new captures]: move each new capture below
        // the outer captures, then drop the subject.
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    Loc {
                        line: self.unit.line,
                        ..Loc::default()
                    },
                    format!("multiple assignments to name '{name}' in pattern"),
                ));
            }
            pc.stores.push(name);
        }
        self.emit0(Op::POP_TOP);
        Ok(())
    }
}

// ----- stack effects and validation -------------------------------------------------------------

/// How an instruction uses the operand stack: the items it needs, and the net change when it
/// falls through (`None`: it never does) and when it jumps (`None`: it never jumps).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackEffect {
    pub needs: u32,
    pub fall: Option<i64>,
    pub jump: Option<i64>,
}

pub fn stack_effect(ins: Instr) -> StackEffect {
    let n = ins.arg as i64;
    let simple = |needs: i64, effect: i64| StackEffect {
        needs: needs.max(0) as u32,
        fall: Some(effect),
        jump: None,
    };
    let terminal = |needs: i64| StackEffect {
        needs: needs.max(0) as u32,
        fall: None,
        jump: None,
    };
    let branch = |needs: i64, fall: i64, jump: i64| StackEffect {
        needs: needs as u32,
        fall: Some(fall),
        jump: Some(jump),
    };
    match ins.op {
        Op::NOP => simple(0, 0),
        Op::POP_TOP => simple(1, -1),
        Op::PUSH_NULL => simple(0, 1),
        Op::COPY => simple(n, 1),
        Op::SWAP => simple(n, 0),
        Op::LOAD_CONST
        | Op::LOAD_FAST
        | Op::LOAD_DEREF
        | Op::LOAD_CLOSURE
        | Op::LOAD_GLOBAL
        | Op::LOAD_NAME => simple(0, 1),
        Op::STORE_FAST | Op::STORE_DEREF | Op::STORE_GLOBAL | Op::STORE_NAME => simple(1, -1),
        Op::DELETE_FAST | Op::DELETE_DEREF | Op::DELETE_GLOBAL | Op::DELETE_NAME => simple(0, 0),
        Op::LOAD_ATTR => simple(1, 0),
        Op::STORE_ATTR => simple(2, -2),
        Op::DELETE_ATTR => simple(1, -1),
        Op::LOAD_METHOD => simple(1, 1),
        Op::BINARY_SUBSCR => simple(2, -1),
        Op::STORE_SUBSCR => simple(3, -3),
        Op::DELETE_SUBSCR => simple(2, -2),
        Op::BUILD_SLICE => simple(n, 1 - n),
        Op::BINARY_OP => simple(2, -1),
        Op::UNARY_NEGATIVE | Op::UNARY_POSITIVE | Op::UNARY_INVERT | Op::UNARY_NOT => simple(1, 0),
        Op::COMPARE_OP | Op::IS_OP | Op::CONTAINS_OP => simple(2, -1),
        Op::JUMP_FORWARD | Op::JUMP_BACKWARD => StackEffect {
            needs: 0,
            fall: None,
            jump: Some(0),
        },
        Op::POP_JUMP_IF_FALSE
        | Op::POP_JUMP_IF_TRUE
        | Op::POP_JUMP_IF_NONE
        | Op::POP_JUMP_IF_NOT_NONE => branch(1, -1, -1),
        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => branch(1, -1, 0),
        Op::GET_ITER => simple(1, 0),
        Op::FOR_ITER => branch(1, 1, -1),
        Op::RETURN_VALUE => terminal(1),
        Op::BUILD_TUPLE | Op::BUILD_LIST | Op::BUILD_SET | Op::BUILD_STRING => simple(n, 1 - n),
        Op::BUILD_MAP => simple(2 * n, 1 - 2 * n),
        Op::LIST_APPEND | Op::SET_ADD => simple(n + 1, -1),
        Op::MAP_ADD => simple(n + 2, -2),
        Op::LIST_EXTEND | Op::SET_UPDATE | Op::DICT_UPDATE | Op::DICT_MERGE => simple(n + 1, -1),
        Op::LIST_TO_TUPLE => simple(1, 0),
        Op::FORMAT_VALUE => {
            if n & 4 != 0 {
                simple(2, -1)
            } else {
                simple(1, 0)
            }
        }
        Op::UNPACK_SEQUENCE => simple(1, n - 1),
        Op::UNPACK_EX => simple(1, (n & 0xff) + (n >> 8)),
        Op::MAKE_FUNCTION => {
            let extra = (n & 15).count_ones() as i64;
            simple(1 + extra, -extra)
        }
        Op::CALL => simple(n + 2, -n - 1),
        Op::CALL_KW => simple(n + 3, -n - 2),
        Op::CALL_FUNCTION_EX => simple(3 + (n & 1), -2 - (n & 1)),
        Op::RAISE_VARARGS => terminal(n),
        Op::PUSH_EXC_INFO => simple(1, 1),
        Op::POP_EXCEPT => simple(1, -1),
        Op::CHECK_EXC_MATCH => simple(2, 0),
        Op::RERAISE => terminal(1),
        Op::LOAD_ASSERTION_ERROR | Op::LOAD_BUILD_CLASS => simple(0, 1),
        Op::BEFORE_WITH => simple(1, 1),
        Op::WITH_EXCEPT_START => simple(4, 1),
        Op::YIELD_VALUE => simple(1, 0),
        Op::SEND => branch(2, 0, -1),
        Op::GET_YIELD_FROM_ITER | Op::GET_AWAITABLE => simple(1, 0),
        Op::IMPORT_NAME => simple(2, -1),
        Op::IMPORT_FROM => simple(1, 1),
        Op::IMPORT_STAR => simple(1, -1),
        Op::GET_LEN | Op::MATCH_MAPPING | Op::MATCH_SEQUENCE => simple(1, 1),
        Op::MATCH_KEYS => simple(2, 1),
        Op::MATCH_CLASS => simple(3, -2),
        Op::SETUP_ANNOTATIONS => simple(0, 0),
    }
}

/// Check a code unit's internal consistency and return its maximum stack depth: every
/// operand index and jump target in range, forward jumps forward and back-edges backward,
/// exception rows in range, and (by a flow analysis over jumps, fall-through and exception
/// edges) a stack depth that never goes negative and agrees wherever paths join.
/// Nested code constants are not checked (each was validated when it was assembled).
pub fn validate(code: &CodeUnit) -> Result<u32, String> {
    let len = code.code.len();
    if code.lines.len() != len {
        return Err(format!(
            "{} lines for {} instructions",
            code.lines.len(),
            len
        ));
    }
    if len == 0 {
        return Err("empty code".into());
    }
    let ncells = code.cellvars.len() + code.freevars.len();
    for (i, ins) in code.code.iter().enumerate() {
        let arg = ins.arg as usize;
        let in_range = match ins.op {
            Op::LOAD_CONST => arg < code.consts.len(),
            Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => arg < code.varnames.len(),
            Op::LOAD_DEREF | Op::STORE_DEREF | Op::DELETE_DEREF | Op::LOAD_CLOSURE => arg < ncells,
            op if op.arg_is_name() => arg < code.names.len(),
            Op::COPY => arg >= 1,
            Op::SWAP => arg >= 2,
            Op::BINARY_OP => (arg % BinaryOp::INPLACE as usize) < BinaryOp::ALL.len(),
            Op::COMPARE_OP => arg < CompareOp::ALL.len(),
            _ => true,
        };
        if !in_range {
            return Err(format!(
                "instruction {i} ({} {}) has an argument out of range",
                ins.op.name(),
                ins.arg
            ));
        }
        if ins.op.is_jump() {
            let ok = match ins.op {
                Op::JUMP_BACKWARD => arg < i,
                _ => arg > i && arg < len,
            };
            if !ok {
                return Err(format!(
                    "instruction {i} ({}) jumps to {arg}",
                    ins.op.name()
                ));
            }
        }
    }
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > len || e.handler as usize >= len {
            return Err(format!("exception entry {e:?} out of range"));
        }
    }

    // The row covering each instruction: the first in table order wins, so fill from the last.
    let mut row_of: Vec<Option<usize>> = vec![None; len];
    for (r, e) in code.exception_table.iter().enumerate().rev() {
        for slot in &mut row_of[e.start as usize..e.end as usize] {
            *slot = Some(r);
        }
    }
    let mut depth_at: Vec<Option<u32>> = vec![None; len];
    let mut work = vec![(0usize, 0u32)];
    let mut max_depth = 0;
    while let Some((i, depth)) = work.pop() {
        match depth_at[i] {
            Some(d) if d == depth => continue,
            Some(d) => {
                return Err(format!(
                    "stack depth {depth} at instruction {i}, expected {d}"
                ))
            }
            None => depth_at[i] = Some(depth),
        }
        max_depth = max_depth.max(depth);
        let ins = code.code[i];
        let effect = stack_effect(ins);
        if depth < effect.needs {
            return Err(format!(
                "stack underflow at instruction {i} ({} {}): depth {depth}, needs {}",
                ins.op.name(),
                ins.arg,
                effect.needs
            ));
        }
        if let Some(e) = row_of[i].map(|r| &code.exception_table[r]) {
            if e.depth > depth {
                return Err(format!(
                    "handler depth {} above the stack depth {depth} at instruction {i}",
                    e.depth
                ));
            }
            work.push((e.handler as usize, e.depth + e.push_lasti as u32 + 1));
        }
        let next = |delta: i64| -> Result<u32, String> {
            u32::try_from(depth as i64 + delta)
                .map_err(|_| format!("negative stack depth after instruction {i}"))
        };
        if let Some(delta) = effect.fall {
            if i + 1 >= len {
                return Err(format!("control falls off the end after instruction {i}"));
            }
            work.push((i + 1, next(delta)?));
        }
        if let Some(delta) = effect.jump {
            work.push((ins.arg as usize, next(delta)?));
        }
    }
    Ok(max_depth)
}

#[cfg(test)]
mod tests {
    use super::super::lower::parse_module;
    use super::*;

    fn try_compile(src: &str) -> Result<CodeUnit, SyntaxErrorInfo> {
        let body = parse_module(src, "<test>")?;
        compile_module(&body, src, "<test>")
    }

    /// Compile and validate every code unit in the result.
    fn compile(src: &str) -> CodeUnit {
        let code = try_compile(src).unwrap_or_else(|e| panic!("{e:?}\n{src}"));
        check_all(&code);
        code
    }

    fn check_all(code: &CodeUnit) {
        let depth = validate(code).unwrap_or_else(|e| panic!("{e}\n{}", code.disassemble()));
        assert_eq!(depth, code.stacksize, "{}", code.qualname);
        for c in &code.consts {
            if let Const::Code(inner) = c {
                check_all(inner);
            }
        }
    }

    fn error(src: &str) -> SyntaxErrorInfo {
        match try_compile(src) {
            Ok(code) => panic!("expected an error:\n{src}\n{}", code.disassemble()),
            Err(e) => e,
        }
    }

    /// The nested code unit with this qualname.
    fn unit<'c>(code: &'c CodeUnit, qualname: &str) -> &'c CodeUnit {
        fn find<'c>(code: &'c CodeUnit, q: &str) -> Option<&'c CodeUnit> {
            if code.qualname == q {
                return Some(code);
            }
            code.consts.iter().find_map(|c| match c {
                Const::Code(inner) => find(inner, q),
                _ => None,
            })
        }
        find(code, qualname).unwrap_or_else(|| panic!("no unit {qualname}\n{}", code.disassemble()))
    }

    fn ops(code: &CodeUnit) -> Vec<Op> {
        code.code.iter().map(|i| i.op).collect()
    }

    fn has(code: &CodeUnit, op: Op, arg: u32) -> bool {
        code.code.contains(&Instr { op, arg })
    }

    fn name_op(code: &CodeUnit, op: Op, name: &str) -> bool {
        code.code.iter().any(|i| {
            i.op == op
                && match op {
                    Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => {
                        code.varnames[i.arg as usize] == name
                    }
                    Op::LOAD_DEREF | Op::STORE_DEREF | Op::DELETE_DEREF | Op::LOAD_CLOSURE => {
                        code.cellvars
                            .iter()
                            .chain(&code.freevars)
                            .nth(i.arg as usize)
                            .map(|s| s.as_str())
                            == Some(name)
                    }
                    _ => code.names[i.arg as usize] == name,
                }
        })
    }

    #[test]
    fn module_names_are_globals() {
        let code = compile("x = 1\nprint(x)\ndel x\n");
        assert_eq!(code.flags, code_flags::MODULE);
        assert!(name_op(&code, Op::STORE_GLOBAL, "x"));
        assert!(name_op(&code, Op::LOAD_GLOBAL, "print"));
        assert!(name_op(&code, Op::DELETE_GLOBAL, "x"));
        assert_eq!(code.qualname, "<module>");
        assert_eq!(
            *code.code.last().unwrap(),
            Instr {
                op: Op::RETURN_VALUE,
                arg: 0
            }
        );
    }

    #[test]
    fn function_frame_layout_and_scopes() {
        let code = compile(
            "def f(a, /, b, c=1, *args, d, e=2, **kw):\n    x = a\n    def g():\n        return b + x + y\n    return g\n",
        );
        let f = unit(&code, "f");
        assert_eq!(f.varnames[..7], ["a", "b", "c", "d", "e", "args", "kw"]);
        assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 1, 2));
        assert_eq!(f.flags, code_flags::VARARGS | code_flags::VARKEYWORDS);
        // b is a captured parameter; x a captured local.
        assert_eq!(f.cellvars, ["b", "x"]);
        assert_eq!(f.cell_from_arg, [Some(1), None]);
        assert!(name_op(f, Op::STORE_DEREF, "x"));
        assert!(name_op(f, Op::LOAD_FAST, "a"));
        let g = unit(&code, "f.<locals>.g");
        assert_eq!(g.freevars, ["b", "x"]);
        assert!(name_op(g, Op::LOAD_DEREF, "b"));
        assert!(name_op(g, Op::LOAD_GLOBAL, "y"));
        // The closure tuple is built in the inner code's freevars order, then MAKE_FUNCTION 8.
        let i = f
            .code
            .iter()
            .position(|i| i.op == Op::MAKE_FUNCTION)
            .unwrap();
        assert_eq!(f.code[i].arg, 8);
        assert_eq!(
            f.code[i - 4..i - 1],
            [
                Instr {
                    op: Op::LOAD_CLOSURE,
                    arg: 0
                },
                Instr {
                    op: Op::LOAD_CLOSURE,
                    arg: 1
                },
                Instr {
                    op: Op::BUILD_TUPLE,
                    arg: 2
                },
            ]
        );
        // Defaults: a tuple (flag 1) and a kw-only dict (flag 2).
        assert!(has(&code, Op::MAKE_FUNCTION, 3));
    }

    #[test]
    fn global_and_nonlocal_declarations() {
        let code = compile(
            "def f():\n    global g\n    g = 1\n    n = 0\n    def h():\n        nonlocal n\n        n += 1\n    return h\n",
        );
        let f = unit(&code, "f");
        assert!(name_op(f, Op::STORE_GLOBAL, "g"));
        assert_eq!(f.cellvars, ["n"]);
        let h = unit(&code, "f.<locals>.h");
        assert!(name_op(h, Op::LOAD_DEREF, "n") && name_op(h, Op::STORE_DEREF, "n"));
    }

    #[test]
    fn class_body_and_class_cell() {
        let code = compile(
            "class C(B, metaclass=M):\n    \"doc\"\n    x: int = 1\n    def m(self):\n        return super().m() + x\n",
        );
        let c = unit(&code, "C");
        assert_eq!(c.flags, code_flags::CLASS_BODY);
        assert_eq!(c.argcount, 0);
        assert_eq!(c.doc.as_deref(), Some("doc"));
        let expected_start = [
            Op::LOAD_NAME,
            Op::STORE_NAME,
            Op::LOAD_CONST,
            Op::STORE_NAME,
            Op::LOAD_CONST,
            Op::STORE_NAME,
        ];
        assert_eq!(ops(c)[..6], expected_start);
        assert_eq!(c.names[..3], ["__name__", "__module__", "__qualname__"]);
        assert!(ops(c).contains(&Op::SETUP_ANNOTATIONS));
        // The class owns the __class__ cell and hands it to type() as __classcell__.
        assert_eq!(c.cellvars, ["__class__"]);
        let tail: Vec<Op> = ops(c).into_iter().rev().take(4).collect();
        assert_eq!(
            tail,
            [
                Op::RETURN_VALUE,
                Op::LOAD_CONST,
                Op::STORE_NAME,
                Op::LOAD_CLOSURE
            ]
        );
        assert!(name_op(c, Op::STORE_NAME, "__classcell__"));
        let m = unit(&code, "C.m");
        assert_eq!(m.freevars, ["__class__"]);
        // Class-level names are not visible in methods.
        assert!(name_op(m, Op::LOAD_GLOBAL, "x"));
        // LOAD_BUILD_CLASS; PUSH_NULL; <function>; 'C'; B; M; ('metaclass',); CALL_KW 4
        assert_eq!(ops(&code)[..2], [Op::LOAD_BUILD_CLASS, Op::PUSH_NULL]);
        assert!(has(&code, Op::CALL_KW, 4));
    }

    #[test]
    fn class_free_variable_that_is_also_a_class_local() {
        let code = compile("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n");
        let c = unit(&code, "f.<locals>.C");
        assert_eq!(c.freevars, ["x"]);
        assert!(name_op(c, Op::STORE_NAME, "x"));
        assert!(name_op(c, Op::LOAD_CLOSURE, "x"));
        assert!(name_op(unit(&code, "f.<locals>.C.m"), Op::LOAD_DEREF, "x"));
    }

    #[test]
    fn private_names_are_mangled() {
        let code = compile(
            "class C:\n    __x = 1\n    def m(self, __y):\n        return self.__x + __y\n",
        );
        assert!(name_op(unit(&code, "C"), Op::STORE_NAME, "_C__x"));
        let m = unit(&code, "C.m");
        assert_eq!(m.varnames, ["self", "_C__y"]);
        assert!(name_op(m, Op::LOAD_ATTR, "_C__x"));
    }

    #[test]
    fn comprehensions_are_nested_functions() {
        let code = compile("def f(xs):\n    return [y for x in xs if x if (y := x * 2)]\n");
        let comp = unit(&code, "f.<locals>.<listcomp>");
        assert_eq!(comp.name, "<listcomp>");
        assert_eq!(comp.varnames[0], ".0");
        assert_eq!(comp.argcount, 1);
        assert_eq!(
            ops(comp)[..3],
            [Op::BUILD_LIST, Op::LOAD_FAST, Op::FOR_ITER]
        );
        assert!(has(comp, Op::LIST_APPEND, 2));
        // The walrus target lives in f, as a cell shared with the comprehension.
        assert_eq!(comp.freevars, ["y"]);
        assert_eq!(unit(&code, "f").cellvars, ["y"]);
        // MAKE_FUNCTION (closure); PUSH_NULL; <xs>; GET_ITER; CALL 1
        let f = unit(&code, "f");
        let i = f
            .code
            .iter()
            .position(|i| i.op == Op::MAKE_FUNCTION)
            .unwrap();
        assert_eq!(
            ops(f)[i..i + 5],
            [
                Op::MAKE_FUNCTION,
                Op::PUSH_NULL,
                Op::LOAD_FAST,
                Op::GET_ITER,
                Op::CALL
            ]
        );

        let code = compile("g = (x for x in range(3))\n");
        let gen = unit(&code, "<genexpr>");
        assert_eq!(gen.flags, code_flags::GENERATOR);
        assert!(has(gen, Op::YIELD_VALUE, 0));
        let code = compile("d = {k: v for k, v in items}\ns = {x for x in y}\n");
        assert!(has(unit(&code, "<dictcomp>"), Op::MAP_ADD, 2));
        assert!(has(unit(&code, "<setcomp>"), Op::SET_ADD, 2));
    }

    #[test]
    fn qualnames() {
        let code = compile(
            "def f():\n    def g():\n        pass\n    class K:\n        def m(self):\n            return lambda: [x for x in ()]\n",
        );
        for q in [
            "f",
            "f.<locals>.g",
            "f.<locals>.K",
            "f.<locals>.K.m",
            "f.<locals>.K.m.<locals>.<lambda>",
        ] {
            unit(&code, q);
        }
        unit(
            &code,
            "f.<locals>.K.m.<locals>.<lambda>.<locals>.<listcomp>",
        );
        let code = compile("def f():\n    global g\n    def g():\n        pass\n");
        unit(&code, "g");
    }

    #[test]
    fn generator_and_coroutine_flags() {
        let code = compile(
            "def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n",
        );
        assert_eq!(unit(&code, "g").flags, code_flags::GENERATOR);
        assert_eq!(unit(&code, "c").flags, code_flags::COROUTINE);
        assert_eq!(unit(&code, "ag").flags, code_flags::ASYNC_GENERATOR);
        let c = unit(&code, "c");
        let i = c
            .code
            .iter()
            .position(|i| i.op == Op::GET_AWAITABLE)
            .unwrap();
        assert_eq!(
            ops(c)[i..i + 5],
            [
                Op::GET_AWAITABLE,
                Op::LOAD_CONST,
                Op::SEND,
                Op::YIELD_VALUE,
                Op::JUMP_BACKWARD
            ]
        );
        assert_eq!(c.code[i + 2].arg, i as u32 + 5);
        assert_eq!(c.code[i + 4].arg, i as u32 + 2);
    }

    #[test]
    fn constant_folding_and_dedup() {
        let code = compile("a = -5\nb = 0\nc = 0.0\nd = False\ne = -0.0\nf = 0\ng = (1, -2, ('x', None))\nh = -(-7)\n");
        let consts = &code.consts;
        assert!(consts.contains(&Const::Int("-5".into())));
        assert!(consts.contains(&Const::Int("7".into())));
        assert!(!ops(&code).contains(&Op::UNARY_NEGATIVE));
        let count = |c: &Const| {
            consts
                .iter()
                .filter(|x| const_key(x) == const_key(c))
                .count()
        };
        assert_eq!(count(&Const::Int("0".into())), 1);
        assert_eq!(count(&Const::Float(0.0)), 1);
        assert_eq!(count(&Const::Float(-0.0)), 1);
        assert_eq!(count(&Const::Bool(false)), 1);
        assert!(consts.contains(&Const::Tuple(vec![
            Const::Int("1".into()),
            Const::Int("-2".into()),
            Const::Tuple(vec![Const::Str("x".into()), Const::None]),
        ])));
    }

    #[test]
    fn calls() {
        let code = compile("f(a, b)\no.m(a, k=1)\nf(*a, b, **c, d=1)\n");
        let o = ops(&code);
        assert_eq!(
            o[..5],
            [
                Op::LOAD_GLOBAL,
                Op::PUSH_NULL,
                Op::LOAD_GLOBAL,
                Op::LOAD_GLOBAL,
                Op::CALL
            ]
        );
        assert_eq!(code.code[4].arg, 2);
        assert!(o.contains(&Op::LOAD_METHOD));
        assert!(has(&code, Op::CALL_KW, 2));
        assert!(code
            .consts
            .contains(&Const::Tuple(vec![Const::Str("k".into())])));
        for op in [
            Op::LIST_EXTEND,
            Op::LIST_APPEND,
            Op::LIST_TO_TUPLE,
            Op::DICT_MERGE,
        ] {
            assert!(o.contains(&op), "{op:?}");
        }
        assert!(has(&code, Op::CALL_FUNCTION_EX, 1));
        // callable, NULL, a, b
        assert_eq!(compile("f(a, b)\n").stacksize, 4);
    }

    #[test]
    fn decorators_apply_bottom_up() {
        let code = compile("@a\n@b(1)\ndef f():\n    pass\n");
        let o = ops(&code);
        let i = o.iter().position(|&op| op == Op::MAKE_FUNCTION).unwrap();
        assert_eq!(o[i + 1..i + 4], [Op::CALL, Op::CALL, Op::STORE_GLOBAL]);
        assert_eq!(unit(&code, "f").first_line, 1);
    }

    #[test]
    fn try_except_table() {
        let code = compile("try:\n    f()\nexcept E as e:\n    g()\nexcept:\n    h()\n");
        let t = &code.exception_table;
        // The body goes to the handler without lasti at depth 0; the handlers' cleanup keeps
        // prev_exc (depth 1) and pushes lasti.
        let body = t.iter().find(|e| e.start == 0).unwrap();
        assert_eq!((body.depth, body.push_lasti), (0, false));
        assert_eq!(code.code[body.handler as usize].op, Op::PUSH_EXC_INFO);
        let cleanup = t.iter().find(|e| e.start == body.handler).unwrap();
        assert_eq!((cleanup.depth, cleanup.push_lasti), (1, true));
        let h = cleanup.handler as usize;
        assert_eq!(
            ops(&code)[h..h + 3],
            [Op::COPY, Op::POP_EXCEPT, Op::RERAISE]
        );
        assert_eq!(code.code[h].arg, 3);
        // `as e` bodies clear the name on both exits.
        assert!(name_op(&code, Op::DELETE_GLOBAL, "e"));
        assert_eq!(
            code.code
                .iter()
                .filter(|i| i.op == Op::DELETE_GLOBAL)
                .count(),
            2
        );
        assert!(ops(&code).contains(&Op::CHECK_EXC_MATCH));
    }

    #[test]
    fn try_finally_and_with_tables() {
        let code = compile("def f():\n    for x in y:\n        try:\n            return g()\n        finally:\n            h()\n");
        let f = unit(&code, "f");
        // Inside the loop the iterator is below the try: depth 1.
        let body = f
            .exception_table
            .iter()
            .find(|e| f.code[e.handler as usize].op == Op::PUSH_EXC_INFO)
            .unwrap();
        assert_eq!((body.depth, body.push_lasti), (1, false));
        // `return` runs the finally body inline and pops the iterator under the return value.
        assert_eq!(
            f.code
                .iter()
                .filter(|i| i.op == Op::LOAD_GLOBAL && f.names[i.arg as usize] == "h")
                .count(),
            3
        );
        let ret = f
            .code
            .iter()
            .position(|i| i.op == Op::RETURN_VALUE)
            .unwrap();
        assert_eq!(
            ops(f)[ret - 3..=ret],
            [Op::POP_TOP, Op::SWAP, Op::POP_TOP, Op::RETURN_VALUE]
        );

        let code = compile("with a as b, c:\n    d()\n");
        let rows = &code.exception_table;
        // One handler per with item (its rows are split around the inner with's region).
        let mut with_rows: Vec<_> = rows
            .iter()
            .filter(|e| code.code[e.handler as usize].op == Op::PUSH_EXC_INFO)
            .collect();
        with_rows.sort_by_key(|e| e.handler);
        with_rows.dedup_by_key(|e| e.handler);
        assert_eq!(with_rows.len(), 2);
        assert!(with_rows.iter().all(|e| e.push_lasti));
        let mut depths: Vec<u32> = with_rows.iter().map(|e| e.depth).collect();
        depths.sort();
        assert_eq!(depths, [1, 2]);
        let h = with_rows[0].handler as usize;
        assert_eq!(
            ops(&code)[h..h + 4],
            [
                Op::PUSH_EXC_INFO,
                Op::WITH_EXCEPT_START,
                Op::POP_JUMP_IF_TRUE,
                Op::RERAISE
            ]
        );
        // The exit call on the normal path: PUSH_NULL, None x3, CALL 3, POP_TOP.
        assert!(has(&code, Op::CALL, 3));
        // Cleanup rows of a with handler keep [exit, lasti, prev_exc].
        assert!(rows.iter().any(|e| e.depth == 3 && e.push_lasti));
    }

    #[test]
    fn exception_rows_list_inner_handlers_first() {
        let code = compile(
            "try:\n    try:\n        a()\n    except E:\n        b()\nexcept F:\n    c()\n",
        );
        for (i, e) in code.exception_table.iter().enumerate() {
            for later in &code.exception_table[i + 1..] {
                // Rows never overlap, so the first match is the innermost handler.
                assert!(
                    e.end <= later.start || later.end <= e.start,
                    "{e:?} {later:?}"
                );
            }
        }
    }

    #[test]
    fn loops_and_jumps() {
        let code = compile("for x in y:\n    if x:\n        break\n    continue\nelse:\n    z()\nwhile True:\n    pass\n");
        let o = ops(&code);
        // break pops the iterator first
        let b = code
            .code
            .iter()
            .position(|i| i.op == Op::POP_JUMP_IF_FALSE)
            .unwrap();
        assert_eq!(o[b + 1..b + 3], [Op::POP_TOP, Op::JUMP_FORWARD]);
        for (i, ins) in code.code.iter().enumerate() {
            match ins.op {
                Op::JUMP_BACKWARD => assert!((ins.arg as usize) < i),
                op if op.is_jump() => assert!(ins.arg as usize > i),
                _ => {}
            }
        }
        // `while True:` has no test.
        let last_loop = code
            .code
            .iter()
            .rposition(|i| i.op == Op::JUMP_BACKWARD)
            .unwrap();
        assert_eq!(code.code[code.code[last_loop].arg as usize].op, Op::NOP);
    }

    #[test]
    fn augmented_assignment_evaluates_once() {
        let code = compile("a.b += 1\nc[d] -= 2\n");
        let o = ops(&code);
        assert_eq!(o.iter().filter(|&&op| op == Op::COPY).count(), 3);
        assert!(has(
            &code,
            Op::BINARY_OP,
            BinaryOp::Add as u32 + BinaryOp::INPLACE
        ));
        assert!(has(&code, Op::SWAP, 3));
        assert!(o.contains(&Op::STORE_ATTR) && o.contains(&Op::STORE_SUBSCR));
    }

    #[test]
    fn unpacking() {
        let code = compile("a, *b, c = x\n[d, e] = y\n(f, g), h = z\n");
        assert!(has(&code, Op::UNPACK_EX, 1 | (1 << 8)));
        assert!(has(&code, Op::UNPACK_SEQUENCE, 2));
        // The swap idiom needs no tuple.
        let code = compile("a, b = b, a\n");
        assert_eq!(
            ops(&code)[..3],
            [Op::LOAD_GLOBAL, Op::LOAD_GLOBAL, Op::SWAP]
        );
    }

    #[test]
    fn chained_comparison_evaluates_operands_once() {
        let code = compile("r = a < b() < c\n");
        assert_eq!(
            code.code.iter().filter(|i| i.op == Op::COMPARE_OP).count(),
            2
        );
        assert!(ops(&code).contains(&Op::JUMP_IF_FALSE_OR_POP));
        assert_eq!(code.code.iter().filter(|i| i.op == Op::CALL).count(), 1);
    }

    #[test]
    fn fstrings() {
        let code = compile("s = f'a{x!r:>{w}}b{y}'\n");
        assert!(has(&code, Op::FORMAT_VALUE, 2 | 4));
        assert!(has(&code, Op::FORMAT_VALUE, 0));
        assert!(has(&code, Op::BUILD_STRING, 4));
    }

    #[test]
    fn imports() {
        let code =
            compile("import a.b.c\nimport a.b as ab\nfrom . import x as y\nfrom m import *\n");
        assert!(name_op(&code, Op::IMPORT_NAME, "a.b.c"));
        assert!(name_op(&code, Op::STORE_GLOBAL, "a"));
        assert!(name_op(&code, Op::LOAD_ATTR, "b") && name_op(&code, Op::STORE_GLOBAL, "ab"));
        assert!(name_op(&code, Op::IMPORT_FROM, "x") && name_op(&code, Op::STORE_GLOBAL, "y"));
        assert!(code
            .consts
            .contains(&Const::Tuple(vec![Const::Str("x".into())])));
        assert!(ops(&code).contains(&Op::IMPORT_STAR));
    }

    #[test]
    fn pattern_matching() {
        let code = compile(
            "match p:\n    case [1, *rest] | (rest, 2):\n        pass\n    case {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=y) as pt:\n        pass\n    case None:\n        pass\n    case _:\n        pass\n",
        );
        let o = ops(&code);
        for op in [
            Op::MATCH_SEQUENCE,
            Op::MATCH_MAPPING,
            Op::MATCH_KEYS,
            Op::MATCH_CLASS,
            Op::GET_LEN,
            Op::UNPACK_EX,
        ] {
            assert!(o.contains(&op), "{op:?}");
        }
        assert!(has(&code, Op::IS_OP, 0));
    }

    #[test]
    fn line_numbers() {
        let code = compile("x = f(\n    a,\n    b)\ny = (o\n    .m(1))\n");
        let line_of = |op: Op, n: usize| {
            code.lines[code
                .code
                .iter()
                .enumerate()
                .filter(|(_, i)| i.op == op)
                .nth(n)
                .unwrap()
                .0]
        };
        assert_eq!(line_of(Op::CALL, 0), 1);
        assert_eq!(line_of(Op::LOAD_GLOBAL, 1), 2);
        assert_eq!(line_of(Op::LOAD_GLOBAL, 2), 3);
        assert_eq!(line_of(Op::LOAD_METHOD, 0), 5);
        assert_eq!(line_of(Op::CALL, 1), 5);
        assert_eq!(line_of(Op::STORE_GLOBAL, 1), 4);
        assert_eq!(code.lines.len(), code.code.len());
    }

    #[test]
    fn syntax_errors() {
        let cases: &[(&str, &str, u32, u32)] = &[
            ("x = 1\nreturn x\n", "'return' outside function", 2, 1),
            (
                "class C:\n    return 1\n",
                "'return' outside function",
                2,
                5,
            ),
            (
                "for x in y:\n    pass\nbreak\n",
                "'break' outside loop",
                3,
                1,
            ),
            (
                "while 1:\n    def f():\n        continue\n",
                "'continue' not properly in loop",
                3,
                9,
            ),
            ("yield 1\n", "'yield' outside function", 1, 1),
            ("await x\n", "'await' outside function", 1, 1),
            (
                "def f():\n    await x\n",
                "'await' outside async function",
                2,
                5,
            ),
            (
                "def f():\n    x = 1\n    global x\n",
                "name 'x' is assigned to before global declaration",
                3,
                5,
            ),
            (
                "def f():\n    print(x)\n    global x\n",
                "name 'x' is used prior to global declaration",
                3,
                5,
            ),
            (
                "nonlocal x\n",
                "nonlocal declaration not allowed at module level",
                1,
                1,
            ),
            (
                "f() = 1\n",
                "cannot assign to function call here. Maybe you meant '==' instead of '='?",
                1,
                1,
            ),
            ("del f()\n", "cannot delete function call", 1, 5),
            (
                "*a = 1\n",
                "starred assignment target must be in a list or tuple",
                1,
                1,
            ),
            (
                "a, *b, *c = x\n",
                "multiple starred expressions in assignment",
                1,
                1,
            ),
            (
                "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
                "default 'except:' must be last",
                3,
                1,
            ),
            (
                "class C:\n    [(y := 1) for x in z]\n",
                "assignment expression within a comprehension cannot be used in a class body",
                2,
                7,
            ),
            (
                "def f():\n    [(x := 1) for x in y]\n",
                "assignment expression cannot rebind comprehension iteration variable 'x'",
                2,
                7,
            ),
            (
                "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
                "name capture 'y' makes remaining patterns unreachable",
                2,
                10,
            ),
            (
                "match x:\n    case [a, a]:\n        pass\n",
                "multiple assignments to name 'a' in pattern",
                2,
                14,
            ),
            (
                "import os\nfrom __future__ import annotations\n",
                "from __future__ imports must occur at the beginning of the file",
                2,
                1,
            ),
        ];
        for &(src, msg, line, col) in cases {
            let e = error(src);
            assert_eq!((e.msg.as_str(), e.line, e.col), (msg, line, col), "{src}");
            assert_eq!(e.kind, "SyntaxError");
            assert_eq!(
                e.text.as_deref(),
                src.lines().nth(line as usize - 1),
                "{src}"
            );
        }
    }

    #[test]
    fn too_many_nested_blocks() {
        let mut src = String::new();
        for depth in 0..21 {
            src.push_str(&format!("{}for x{depth} in y:\n", "    ".repeat(depth)));
        }
        src.push_str(&format!("{}pass\n", "    ".repeat(21)));
        let e = error(&src);
        assert_eq!(
            (e.msg.as_str(), e.line),
            ("too many statically nested blocks", 21)
        );
        // Twenty is fine.
        let twenty: String = src
            .lines()
            .skip(1)
            .map(|l| format!("{}\n", &l[4..]))
            .collect();
        compile(&twenty);
    }

    #[test]
    fn deep_nesting() {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(|| {
                let n = 1900;
                compile(&format!("x = {}\n", vec!["1"; n].join(" + ")));
                compile(&format!("x = {}1\n", "-".repeat(n)));
                compile(&format!("x = {}1\n", "not ".repeat(n)));
                let code = compile(&format!("x = {}\n", vec!["a"; n].join(" ** ")));
                assert_eq!(code.stacksize as usize, n);
                compile(&format!("f = {}1\n", "lambda: ".repeat(n / 2)));
            })
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn every_construct_validates() {
        // A grab bag of statements whose stack discipline the validator checks.
        compile(concat!(
            "def f(a, *b, c=1, **d):\n",
            "    try:\n",
            "        with g() as (x, y), h():\n",
            "            for i in x:\n",
            "                try:\n",
            "                    if i: break\n",
            "                    elif y: continue\n",
            "                    else: return i\n",
            "                except (E, F) as e:\n",
            "                    raise G from e\n",
            "                finally:\n",
            "                    while a < b <= c:\n",
            "                        del a\n",
            "    except:\n",
            "        raise\n",
            "    else:\n",
            "        yield from z\n",
            "    finally:\n",
            "        assert a, 'm'\n",
            "    return [j for i in a for j in i if j], {k: v for k, v in d}, {*a}, {**d, 1: 2}\n",
            "class C(*bs, **kw):\n",
            "    match x:\n",
            "        case [1, 2, *_, (3 | 4) as q] | {'a': [q, *_]}:\n",
            "            pass\n",
            "        case C(1, y=[_, q]) if q:\n",
            "            pass\n",
            "x[1:2], x[::3] = y = f'{a!a:{b}}', lambda *a: (yield)\n",
        ));
    }

    #[test]
    fn hand_built_ast() {
        // No parser needed: `return 1` at module level.
        let loc = Loc {
            line: 1,
            col: 0,
            end_line: 1,
            end_col: 8,
        };
        let one = Expr {
            loc,
            kind: ExprKind::Constant(Constant::Int("1".into())),
        };
        let body = vec![Stmt {
            loc,
            kind: StmtKind::Return(Some(one.clone())),
        }];
        let e = compile_module(&body, "return 1\n", "t.py").unwrap_err();
        assert_eq!(
            (e.msg.as_str(), e.line, e.col, e.filename.as_str()),
            ("'return' outside function", 1, 1, "t.py")
        );
        let body = vec![Stmt {
            loc,
            kind: StmtKind::Expr(Expr {
                loc,
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(one),
                },
            }),
        }];
        let code = compile_module(&body, "-1\n", "t.py").unwrap();
        assert!(code.consts.contains(&Const::Int("-1".into())));
    }

    #[test]
    fn late_future_import_on_the_same_line() {
        // `import os; from __future__ import annotations`: CPython reports a 0-based column.
        let src = "import os; from __future__ import annotations\n";
        let at = |col: u32, end_col: u32| Loc {
            line: 1,
            col,
            end_line: 1,
            end_col,
        };
        let alias = |name: &str, col: u32| Alias {
            name: name.into(),
            asname: None,
            loc: at(col, col + 2),
        };
        let body = vec![
            Stmt {
                loc: at(0, 9),
                kind: StmtKind::Import(vec![alias("os", 7)]),
            },
            Stmt {
                loc: at(11, 45),
                kind: StmtKind::ImportFrom {
                    module: Some("__future__".into()),
                    names: vec![alias("annotations", 34)],
                    level: 0,
                },
            },
        ];
        let e = compile_module(&body, src, "t.py").unwrap_err();
        assert_eq!(
            (e.msg.as_str(), e.line, e.col),
            (
                "from __future__ imports must occur at the beginning of the file",
                1,
                11
            )
        );
    }

    #[test]
    fn validator_rejects_broken_code() {
        let base = CodeUnit {
            name: "t".into(),
            qualname: "t".into(),
            consts: vec![Const::None],
            code: vec![
                Instr {
                    op: Op::LOAD_CONST,
                    arg: 0,
                },
                Instr {
                    op: Op::RETURN_VALUE,
                    arg: 0,
                },
            ],
            lines: vec![1, 1],
            ..CodeUnit::default()
        };
        assert_eq!(validate(&base), Ok(1));
        let broken = |f: &dyn Fn(&mut CodeUnit)| {
            let mut c = base.clone();
            f(&mut c);
            validate(&c).unwrap_err()
        };
        assert!(broken(&|c| c.code[0] = Instr {
            op: Op::POP_TOP,
            arg: 0
        })
        .contains("underflow"));
        assert!(broken(&|c| c.code[0].arg = 5).contains("out of range"));
        assert!(broken(&|c| {
            c.code.insert(
                0,
                Instr {
                    op: Op::JUMP_FORWARD,
                    arg: 9,
                },
            );
            c.lines.push(1);
        })
        .contains("jumps"));
        assert!(broken(&|c| c.code[1] = Instr {
            op: Op::NOP,
            arg: 0
        })
        .contains("falls off"));
        assert!(broken(&|c| c.lines.pop().map(drop).unwrap_or(())).contains("lines"));
        // Two paths reaching one instruction with different depths.
        let mut c = base.clone();
        c.code = vec![
            Instr {
                op: Op::LOAD_CONST,
                arg: 0,
            },
            Instr {
                op: Op::POP_JUMP_IF_TRUE,
                arg: 3,
            },
            Instr {
                op: Op::LOAD_CONST,
                arg: 0,
            },
            Instr {
                op: Op::LOAD_CONST,
                arg: 0,
            },
            Instr {
                op: Op::RETURN_VALUE,
                arg: 0,
            },
        ];
        c.lines = vec![1; 5];
        assert!(validate(&c).unwrap_err().contains("depth"));
        // A handler that keeps more items than the protected code has.
        let mut c = base.clone();
        c.exception_table = vec![ExceptionEntry {
            start: 0,
            end: 1,
            handler: 1,
            depth: 3,
            push_lasti: false,
        }];
        assert!(validate(&c).unwrap_err().contains("handler depth"));
    }
}
