//! How should the interpreter dispatch? A model measured three ways on the same toy bytecode
//! (`cargo bench --bench dispatch`): the numbers behind the choice written in
//! DESIGN-DELTAS.md ("Dispatch").
//!
//! The toy program is the loop `s = 0; i = 0; while i < n: s = s + i; i = i + 1` over a stack
//! machine with 8 instructions, like the hot loops of the real interpreter:
//! - `match`: one `loop { match code[ip] { … } }`, as `runtime/vm/interp.rs` does;
//! - `table`: a table of handler functions called from a driver loop, each returning the
//!   next instruction index;
//! - `tail`: each handler calls the next instruction's handler in tail position (the shape of
//!   threaded code / CPython's tail-calling interpreter); stable Rust cannot guarantee the tail
//!   call, so the chain returns to the driver at every backward jump to bound the stack.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

#[derive(Clone, Copy)]
enum Op {
    LoadLocal,
    StoreLocal,
    LoadConst,
    Add,
    Lt,
    JumpIfFalse,
    Jump,
    Halt,
}

#[derive(Clone, Copy)]
struct Ins {
    op: Op,
    arg: usize,
}

struct State {
    stack: Vec<i64>,
    locals: [i64; 2],
    consts: [i64; 3],
}

/// `s` is local 0, `i` local 1; consts: 0, n, 1.
fn program() -> Vec<Ins> {
    use Op::*;
    let i = |op, arg| Ins { op, arg };
    vec![
        i(LoadConst, 0),
        i(StoreLocal, 0),
        i(LoadConst, 0),
        i(StoreLocal, 1),
        // 4: loop head
        i(LoadLocal, 1),
        i(LoadConst, 1),
        i(Lt, 0),
        i(JumpIfFalse, 18),
        i(LoadLocal, 0),
        i(LoadLocal, 1),
        i(Add, 0),
        i(StoreLocal, 0),
        i(LoadLocal, 1),
        i(LoadConst, 2),
        i(Add, 0),
        i(StoreLocal, 1),
        i(Jump, 4),
        i(Halt, 0),
        // 18: exit
        i(Halt, 0),
    ]
}

fn state(n: i64) -> State {
    State {
        stack: Vec::with_capacity(16),
        locals: [0; 2],
        consts: [0, n, 1],
    }
}

fn run_match(code: &[Ins], st: &mut State) -> i64 {
    let mut ip = 0;
    loop {
        let ins = code[ip];
        ip += 1;
        match ins.op {
            Op::LoadLocal => st.stack.push(st.locals[ins.arg]),
            Op::StoreLocal => st.locals[ins.arg] = st.stack.pop().unwrap_or(0),
            Op::LoadConst => st.stack.push(st.consts[ins.arg]),
            Op::Add => {
                let b = st.stack.pop().unwrap_or(0);
                let a = st.stack.pop().unwrap_or(0);
                st.stack.push(a.wrapping_add(b));
            }
            Op::Lt => {
                let b = st.stack.pop().unwrap_or(0);
                let a = st.stack.pop().unwrap_or(0);
                st.stack.push((a < b) as i64);
            }
            Op::JumpIfFalse => {
                if st.stack.pop().unwrap_or(0) == 0 {
                    ip = ins.arg;
                }
            }
            Op::Jump => ip = ins.arg,
            Op::Halt => return st.locals[0],
        }
    }
}

const HALT: usize = usize::MAX;
type Handler = fn(&mut State, usize, usize) -> usize;

fn h_load_local(st: &mut State, arg: usize, ip: usize) -> usize {
    st.stack.push(st.locals[arg]);
    ip + 1
}
fn h_store_local(st: &mut State, arg: usize, ip: usize) -> usize {
    st.locals[arg] = st.stack.pop().unwrap_or(0);
    ip + 1
}
fn h_load_const(st: &mut State, arg: usize, ip: usize) -> usize {
    st.stack.push(st.consts[arg]);
    ip + 1
}
fn h_add(st: &mut State, _: usize, ip: usize) -> usize {
    let b = st.stack.pop().unwrap_or(0);
    let a = st.stack.pop().unwrap_or(0);
    st.stack.push(a.wrapping_add(b));
    ip + 1
}
fn h_lt(st: &mut State, _: usize, ip: usize) -> usize {
    let b = st.stack.pop().unwrap_or(0);
    let a = st.stack.pop().unwrap_or(0);
    st.stack.push((a < b) as i64);
    ip + 1
}
fn h_jump_if_false(st: &mut State, arg: usize, ip: usize) -> usize {
    if st.stack.pop().unwrap_or(0) == 0 {
        arg
    } else {
        ip + 1
    }
}
fn h_jump(_: &mut State, arg: usize, _: usize) -> usize {
    arg
}
fn h_halt(_: &mut State, _: usize, _: usize) -> usize {
    HALT
}

fn handler(op: Op) -> Handler {
    match op {
        Op::LoadLocal => h_load_local,
        Op::StoreLocal => h_store_local,
        Op::LoadConst => h_load_const,
        Op::Add => h_add,
        Op::Lt => h_lt,
        Op::JumpIfFalse => h_jump_if_false,
        Op::Jump => h_jump,
        Op::Halt => h_halt,
    }
}

fn run_table(code: &[(Handler, usize)], st: &mut State) -> i64 {
    let mut ip = 0;
    while ip != HALT {
        let (h, arg) = code[ip];
        ip = h(st, arg, ip);
    }
    st.locals[0]
}

/// Tail-calling: run from `ip` until a backward jump or the end, each handler calling the
/// next. Returns the ip to resume at (or HALT).
struct Threaded<'a> {
    code: &'a [(Handler, usize)],
    is_back_edge: Vec<bool>,
}

#[inline(never)]
fn thread_from(t: &Threaded, st: &mut State, ip: usize) -> usize {
    let (h, arg) = t.code[ip];
    let next = h(st, arg, ip);
    if next == HALT || (t.is_back_edge[ip] && next <= ip) {
        return next;
    }
    thread_from(t, st, next)
}

fn run_tail(t: &Threaded, st: &mut State) -> i64 {
    let mut ip = 0;
    while ip != HALT {
        ip = thread_from(t, st, ip);
    }
    st.locals[0]
}

fn dispatch(c: &mut Criterion) {
    let n = 10_000;
    let code = program();
    let table: Vec<(Handler, usize)> = code.iter().map(|i| (handler(i.op), i.arg)).collect();
    let threaded = Threaded {
        code: &table,
        is_back_edge: code.iter().map(|i| matches!(i.op, Op::Jump)).collect(),
    };
    let expect = (0..n).sum::<i64>();
    assert_eq!(run_match(&code, &mut state(n)), expect);
    assert_eq!(run_table(&table, &mut state(n)), expect);
    assert_eq!(run_tail(&threaded, &mut state(n)), expect);
    c.bench_function("dispatch match loop (10k iterations)", |b| {
        b.iter(|| run_match(black_box(&code), &mut state(black_box(n))))
    });
    c.bench_function("dispatch handler table (10k iterations)", |b| {
        b.iter(|| run_table(black_box(&table), &mut state(black_box(n))))
    });
    c.bench_function("dispatch tail calls (10k iterations)", |b| {
        b.iter(|| run_tail(black_box(&threaded), &mut state(black_box(n))))
    });
}

criterion_group!(benches, dispatch);
criterion_main!(benches);
