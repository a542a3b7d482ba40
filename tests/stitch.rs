//! The copy-and-patch pipeline end to end: stencils built by build.rs, stitched into W^X memory,
//! run on a frame; exits leave the frame the way the interpreter expects it.

use stitch::jit::dump::{disassemble, disassemble_stencil, disassemble_trace};
use stitch::jit::exec_memory::ExecArena;
use stitch::jit::stencil_table::{HoleKind, HoleValue, StencilId, STENCILS};
use stitch::jit::stitcher::{stitch, stitch_with, StitchError, StitchedTrace, UopInst};
use stitch::runtime::abi::{
    box_small_int, JitExit, JitFrame, JitThreadState, JIT_EXIT_DEOPT, JIT_EXIT_END,
    JIT_EXIT_EVAL_BREAKER, JIT_EXIT_SIDE, SMALL_INT_MAX,
};
use StencilId::*;

/// A frame: `nlocals` locals, then room for the operand stack.
struct TestFrame {
    slots: Vec<u64>,
    nlocals: usize,
}

impl TestFrame {
    fn new(locals: &[u64], stack_room: usize) -> TestFrame {
        let mut slots = locals.to_vec();
        slots.resize(locals.len() + stack_room, 0xDEAD);
        TestFrame {
            slots,
            nlocals: locals.len(),
        }
    }

    fn run(&mut self, trace: &StitchedTrace, ts: &mut JitThreadState) -> JitExit {
        let mut header = JitFrame {
            slots: self.slots.as_mut_ptr(),
            stack_base: self.nlocals as u32,
            nslots: self.slots.len() as u32,
            runtime_frame: std::ptr::null_mut(),
        };
        // SAFETY: the traces below use locals < nlocals and push at most 2 values.
        unsafe { trace.run(&mut header, self.nlocals, ts) }
    }
}

fn thread_state() -> JitThreadState {
    JitThreadState {
        exit: JitExit::default(),
        eval_breaker: 0,
        runtime: std::ptr::null_mut(),
    }
}

fn int(i: i64) -> u64 {
    box_small_int(i)
}

// Locals of the loop below, and the bytecode indices its exits resume at.
const I: u32 = 0;
const TOTAL: u32 = 1;
const LIMIT: u32 = 2;
const BC_LOOP_TEST: u32 = 4;
const BC_ADD_TOTAL: u32 = 8;
const BC_ADD_ONE: u32 = 13;
const BC_BACK_EDGE: u32 = 16;
const BC_AFTER_LOOP: u32 = 18;

/// `while i < limit: total = total + i; i = i + 1`, as the recorder would trace it.
fn sum_loop() -> Vec<UopInst> {
    vec![
        /* 0 */ UopInst::new(LOAD_FAST).oparg(I),
        /* 1 */ UopInst::new(LOAD_FAST).oparg(LIMIT),
        /* 2 */ UopInst::new(GUARD_BOTH_INT).exit_to(16),
        /* 3 */ UopInst::new(COMPARE_LT_INT_JUMP).jump_to(17),
        /* 4 */ UopInst::new(LOAD_FAST).oparg(TOTAL),
        /* 5 */ UopInst::new(LOAD_FAST).oparg(I),
        /* 6 */ UopInst::new(GUARD_BOTH_INT).exit_to(18),
        /* 7 */ UopInst::new(BINARY_OP_ADD_INT).exit_to(18),
        /* 8 */ UopInst::new(STORE_FAST).oparg(TOTAL),
        /* 9 */ UopInst::new(LOAD_FAST).oparg(I),
        /* 10 */ UopInst::new(LOAD_CONST_SMALL).operand0(int(1)),
        /* 11 */ UopInst::new(GUARD_BOTH_INT).exit_to(19),
        /* 12 */ UopInst::new(BINARY_OP_ADD_INT).exit_to(19),
        /* 13 */ UopInst::new(STORE_FAST).oparg(I),
        /* 14 */ UopInst::new(CHECK_EVAL_BREAKER).exit_to(20),
        /* 15 */ UopInst::new(JUMP_TO_TOP).jump_to(0),
        // Exit stubs.
        /* 16 */ UopInst::exit_trace(BC_LOOP_TEST, JIT_EXIT_DEOPT, 0),
        /* 17 */ UopInst::exit_trace(BC_AFTER_LOOP, JIT_EXIT_SIDE, 1),
        /* 18 */ UopInst::exit_trace(BC_ADD_TOTAL, JIT_EXIT_DEOPT, 2),
        /* 19 */ UopInst::exit_trace(BC_ADD_ONE, JIT_EXIT_DEOPT, 3),
        /* 20 */ UopInst::exit_trace(BC_BACK_EDGE, JIT_EXIT_EVAL_BREAKER, 4),
    ]
}

#[test]
fn sum_loop_computes_the_sum() {
    let mut arena = ExecArena::new();
    let trace = stitch(&mut arena, &sum_loop()).unwrap();
    let mut ts = thread_state();
    for n in [0i64, 1, 2, 3, 10, 1000, 123_457] {
        let mut frame = TestFrame::new(&[int(1), int(0), int(n + 1)], 2);
        let exit = frame.run(&trace, &mut ts);
        assert_eq!(
            exit,
            JitExit {
                resume_index: BC_AFTER_LOOP,
                stack_top: 3,
                reason: JIT_EXIT_SIDE,
                exit_id: 1
            }
        );
        assert_eq!(ts.exit, exit);
        assert_eq!(
            frame.slots[TOTAL as usize],
            int(n * (n + 1) / 2),
            "sum of 1..={n}"
        );
        assert_eq!(frame.slots[I as usize], int(n.max(0) + 1));
    }
}

#[test]
fn overflow_deopts_before_the_add_with_operands_on_the_stack() {
    let mut arena = ExecArena::new();
    let trace = stitch(&mut arena, &sum_loop()).unwrap();
    let mut ts = thread_state();
    // total + 1 + 2 fits; adding 3 would need a big int.
    let start = SMALL_INT_MAX - 5;
    let mut frame = TestFrame::new(&[int(1), int(start), int(100)], 2);
    let exit = frame.run(&trace, &mut ts);
    assert_eq!(
        exit,
        JitExit {
            resume_index: BC_ADD_TOTAL,
            stack_top: 5,
            reason: JIT_EXIT_DEOPT,
            exit_id: 2
        }
    );
    assert_eq!(
        frame.slots[..5],
        [int(3), int(start + 3), int(100), int(start + 3), int(3)]
    );
}

#[test]
fn non_int_operands_take_the_guard_exit() {
    let mut arena = ExecArena::new();
    let trace = stitch(&mut arena, &sum_loop()).unwrap();
    let mut ts = thread_state();

    // `i` is a float: the first guard fails before anything is consumed.
    let float = 1.5f64.to_bits();
    let mut frame = TestFrame::new(&[float, int(0), int(10)], 2);
    let exit = frame.run(&trace, &mut ts);
    assert_eq!(
        exit,
        JitExit {
            resume_index: BC_LOOP_TEST,
            stack_top: 5,
            reason: JIT_EXIT_DEOPT,
            exit_id: 0
        }
    );
    assert_eq!(frame.slots[..5], [float, int(0), int(10), float, int(10)]);

    // `total` is None: the loop test passes, the guard before `total + i` fails.
    let none = stitch::runtime::abi::VALUE_NONE;
    let mut frame = TestFrame::new(&[int(1), none, int(10)], 2);
    let exit = frame.run(&trace, &mut ts);
    assert_eq!(
        exit,
        JitExit {
            resume_index: BC_ADD_TOTAL,
            stack_top: 5,
            reason: JIT_EXIT_DEOPT,
            exit_id: 2
        }
    );
    assert_eq!(frame.slots[..5], [int(1), none, int(10), none, int(1)]);
}

#[test]
fn eval_breaker_exits_at_the_back_edge() {
    let mut arena = ExecArena::new();
    let trace = stitch(&mut arena, &sum_loop()).unwrap();
    let mut ts = thread_state();
    ts.eval_breaker = 1;
    let mut frame = TestFrame::new(&[int(1), int(0), int(100)], 2);
    let exit = frame.run(&trace, &mut ts);
    assert_eq!(
        exit,
        JitExit {
            resume_index: BC_BACK_EDGE,
            stack_top: 3,
            reason: JIT_EXIT_EVAL_BREAKER,
            exit_id: 4
        }
    );
    assert_eq!(frame.slots[..3], [int(2), int(1), int(100)]);
}

#[test]
fn dropped_trailing_jumps_make_stitched_code_smaller() {
    let mut arena = ExecArena::new();
    let uops = sum_loop();
    let trace = stitch(&mut arena, &uops).unwrap();
    let sum: usize = uops.iter().map(|u| u.stencil.stencil().code.len()).sum();
    let dropped: usize = uops[..uops.len() - 1]
        .iter()
        .map(|u| u.stencil.stencil().trailing_jump as usize)
        .sum();
    assert!(
        dropped >= 5 * 10,
        "most uops of the loop end in a droppable jump"
    );
    assert_eq!(trace.code_len(), sum - dropped);
    assert!(trace.code_len() < sum);
}

#[test]
fn stencils_have_the_expected_shape() {
    for stencil in &STENCILS {
        assert!(!stencil.code.is_empty(), "{}", stencil.name);
        for hole in stencil.holes {
            let width = if hole.kind == HoleKind::Abs64 { 8 } else { 4 };
            assert!(
                hole.offset as usize + width <= stencil.code.len(),
                "{}",
                stencil.name
            );
        }
    }
    let load_fast = LOAD_FAST.stencil();
    assert!(load_fast
        .holes
        .iter()
        .any(|h| h.value == HoleValue::Oparg && h.kind == HoleKind::Abs32));
    assert!(LOAD_CONST_SMALL
        .stencil()
        .holes
        .iter()
        .any(|h| h.value == HoleValue::Operand0 && h.kind == HoleKind::Abs64));
    assert_eq!(StencilId::from_name("STORE_FAST"), Some(STORE_FAST));

    // Every stencil that continues should end in a droppable `jmp _JIT_CONTINUE` (guards get
    // there through build.rs inverting their final jcc). Known exceptions are listed.
    let keeps_its_jump = ["BINARY_OP_MODULO_FLOAT"];
    for id in StencilId::ALL {
        if id.continues() && !keeps_its_jump.contains(&id.name()) {
            assert_eq!(
                id.stencil().trailing_jump,
                5,
                "{} keeps its final jump",
                id.name()
            );
        }
    }
    assert!(!EXIT_TRACE.continues() && !JUMP_TO_TOP.continues());
}

/// Python's `a % b` on floats, through a runtime helper reached by a veneer.
#[test]
fn float_modulo_calls_its_helper() {
    let mut arena = ExecArena::new();
    let mut ts = thread_state();
    for (a, b, expected) in [
        (-7.5f64, 2.0f64, 0.5f64),
        (7.5, -2.0, -0.5),
        (6.0, 3.0, 0.0),
        (-6.0, -4.0, -2.0),
    ] {
        let uops = [
            UopInst::new(LOAD_CONST_SMALL).operand0(a.to_bits()),
            UopInst::new(LOAD_CONST_SMALL).operand0(b.to_bits()),
            UopInst::new(GUARD_BOTH_FLOAT).exit_to(6),
            UopInst::new(BINARY_OP_MODULO_FLOAT).exit_to(6),
            UopInst::new(STORE_FAST).oparg(0),
            UopInst::exit_trace(7, JIT_EXIT_END, 0),
            UopInst::exit_trace(3, JIT_EXIT_DEOPT, 1),
        ];
        let trace = stitch(&mut arena, &uops).unwrap();
        let helper = stitch::jit::helpers::stitch_jit_float_mod as *const () as usize;
        if helper.abs_diff(trace.region().addr) > i32::MAX as usize {
            assert!(
                trace.region().len >= trace.code_len() + 16,
                "the far helper is called through a veneer"
            );
        }
        let mut frame = TestFrame::new(&[0], 2);
        let exit = frame.run(&trace, &mut ts);
        assert_eq!(
            exit,
            JitExit {
                resume_index: 7,
                stack_top: 1,
                reason: JIT_EXIT_END,
                exit_id: 0
            }
        );
        assert_eq!(
            f64::from_bits(frame.slots[0]).to_bits(),
            expected.to_bits(),
            "{a} % {b}"
        );

        // A zero divisor deopts (tier 1 raises ZeroDivisionError) with both operands pushed.
        let mut zero = uops;
        zero[1] = UopInst::new(LOAD_CONST_SMALL).operand0((-0.0f64).to_bits());
        let trace = stitch(&mut arena, &zero).unwrap();
        let exit = frame.run(&trace, &mut ts);
        assert_eq!(
            exit,
            JitExit {
                resume_index: 3,
                stack_top: 3,
                reason: JIT_EXIT_DEOPT,
                exit_id: 1
            }
        );
        assert_eq!(frame.slots[1..3], [a.to_bits(), (-0.0f64).to_bits()]);
    }
}

/// Reads /proc/self/maps: (start, end, permissions) of every mapping.
fn mappings() -> Vec<(usize, usize, String)> {
    std::fs::read_to_string("/proc/self/maps")
        .unwrap()
        .lines()
        .map(|line| {
            let mut fields = line.split_whitespace();
            let (range, perms) = (fields.next().unwrap(), fields.next().unwrap());
            let (start, end) = range.split_once('-').unwrap();
            let parse = |s| usize::from_str_radix(s, 16).unwrap();
            (parse(start), parse(end), perms.to_owned())
        })
        .collect()
}

#[test]
fn arena_pages_are_never_writable_and_executable() {
    let mut arena = ExecArena::with_chunk_size(4096);
    let mut traces = Vec::new();
    let check = |arena: &ExecArena| {
        let maps = mappings();
        for (start, end, perms) in &maps {
            let in_arena = arena
                .mapped_ranges()
                .iter()
                .any(|&(s, e)| s < *end && *start < e);
            assert!(
                !(perms.contains('w') && perms.contains('x')),
                "W+X mapping {start:#x}-{end:#x} {perms}"
            );
            if in_arena {
                assert!(
                    perms.starts_with("r-x"),
                    "arena mapping {start:#x}-{end:#x} is {perms}"
                );
            }
        }
    };
    // Enough traces to fill several one-page chunks, checking between batches and inside one.
    for _ in 0..20 {
        traces.push(stitch(&mut arena, &sum_loop()).unwrap());
        check(&arena);
    }
    arena.write(|writer| {
        let (_, bytes) = writer.alloc(64).unwrap();
        bytes[0] = 0xC3;
        let maps = mappings();
        assert!(maps
            .iter()
            .all(|(_, _, perms)| !(perms.contains('w') && perms.contains('x'))));
    });
    check(&arena);
    assert!(arena.mapped_ranges().len() > 1);

    // All of them still run.
    let mut ts = thread_state();
    for trace in &traces {
        let mut frame = TestFrame::new(&[int(1), int(0), int(11)], 2);
        frame.run(trace, &mut ts);
        assert_eq!(frame.slots[TOTAL as usize], int(55));
    }
}

#[test]
fn freed_chunks_are_reused() {
    let mut arena = ExecArena::with_chunk_size(4096);
    let first = stitch(&mut arena, &sum_loop()).unwrap();
    let chunks = arena.mapped_ranges().len();
    let mut live = vec![first];
    for _ in 0..40 {
        live.push(stitch(&mut arena, &sum_loop()).unwrap());
        if live.len() > 3 {
            let old = live.remove(0);
            // SAFETY: the trace is not running and nothing links to it.
            unsafe { arena.free(old.region()) };
        }
    }
    assert!(
        arena.mapped_ranges().len() <= chunks + 2,
        "chunks are recycled, not leaked"
    );
    let mut ts = thread_state();
    for trace in &live {
        let mut frame = TestFrame::new(&[int(1), int(0), int(5)], 2);
        frame.run(trace, &mut ts);
        assert_eq!(frame.slots[TOTAL as usize], int(10));
    }
}

#[test]
fn bad_traces_are_rejected() {
    let mut arena = ExecArena::new();
    let ends_mid_way = [UopInst::new(LOAD_FAST).oparg(0)];
    assert!(matches!(
        stitch(&mut arena, &ends_mid_way),
        Err(StitchError::NoNextUop { uop: 0 })
    ));
    let guard_without_exit = [
        UopInst::new(GUARD_BOTH_INT),
        UopInst::exit_trace(0, JIT_EXIT_END, 0),
    ];
    assert!(matches!(
        stitch(&mut arena, &guard_without_exit),
        Err(StitchError::BadTarget { uop: 0, .. })
    ));
    assert!(matches!(stitch(&mut arena, &[]), Err(StitchError::Empty)));
}

#[test]
fn dump_shows_uops_and_instructions() {
    let mut arena = ExecArena::new();
    let trace = stitch(&mut arena, &sum_loop()).unwrap();
    let text = disassemble_trace(&trace, &arena);
    assert!(text.contains("; uop 0: LOAD_FAST oparg=0"), "{text}");
    assert!(text.contains("; uop 20: EXIT_TRACE oparg=16"), "{text}");
    assert!(text.contains("jo "), "{text}");
    assert!(text.contains("ret"), "{text}");
    assert_eq!(
        disassemble(&[0x48, 0x83, 0xc2, 0x08, 0xc3], 0x1000)
            .lines()
            .count(),
        2
    );
    let stencil = disassemble_stencil(LOAD_FAST);
    assert!(
        stencil.contains("Oparg") && stencil.contains("Continue"),
        "{stencil}"
    );
}

/// Not a check: prints stitching cost and loop speed (`cargo test --release -- --ignored
/// --nocapture measure`).
#[test]
#[ignore]
fn measure() {
    use std::time::Instant;
    let uops = sum_loop();
    let rounds = 20_000;

    // Copy and patch only: one write batch, one protection flip.
    let mut arena = ExecArena::with_chunk_size(64 << 20);
    let mut traces = Vec::with_capacity(rounds);
    let mut elapsed = Default::default();
    // The first round also pays for page faults on fresh memory.
    for round in 0..2 {
        for trace in traces.drain(..) {
            // SAFETY: never run.
            unsafe { arena.free(StitchedTrace::region(&trace)) };
        }
        let start = Instant::now();
        arena.write(|writer| {
            for _ in 0..rounds {
                traces.push(stitch_with(writer, &uops).unwrap());
            }
        });
        elapsed = start.elapsed();
        println!(
            "round {round}: {:.1} ns/uop",
            elapsed.as_nanos() as f64 / (rounds * uops.len()) as f64
        );
    }
    // The same, reusing one region so the code stays in cache.
    let start = Instant::now();
    arena.write(|writer| {
        for _ in 0..rounds {
            let trace = stitch_with(writer, &uops).unwrap();
            // SAFETY: never run.
            unsafe { writer.free(trace.region()) };
        }
    });
    println!(
        "stitch into cache-hot memory: {:.1} ns/uop",
        start.elapsed().as_nanos() as f64 / (rounds * uops.len()) as f64
    );
    println!(
        "stitch in one batch: {:.1} ns/uop ({:.2} us/trace of {} uops, {} bytes of code; stencils sum {} bytes)",
        elapsed.as_nanos() as f64 / (rounds * uops.len()) as f64,
        elapsed.as_nanos() as f64 / rounds as f64 / 1000.0,
        uops.len(),
        traces[0].code_len(),
        uops.iter().map(|u| u.stencil.stencil().code.len()).sum::<usize>(),
    );

    // One batch per trace, as the JIT compiles them (two mprotects each).
    for chunk_size in [16 << 10, 64 << 10, 256 << 10] {
        let mut arena = ExecArena::with_chunk_size(chunk_size);
        let mut live = std::collections::VecDeque::new();
        let start = Instant::now();
        for _ in 0..rounds {
            live.push_back(stitch(&mut arena, &uops).unwrap());
            if live.len() > 100 {
                // SAFETY: never run.
                unsafe { arena.free(live.pop_front().unwrap().region()) };
            }
        }
        println!(
            "stitch per trace with W^X flips, {} KiB chunks: {:.2} us/trace",
            chunk_size >> 10,
            start.elapsed().as_nanos() as f64 / rounds as f64 / 1000.0
        );
    }

    let mut ts = thread_state();
    let n = 10_000_000i64;
    let mut frame = TestFrame::new(&[int(1), int(0), int(n + 1)], 2);
    let start = Instant::now();
    frame.run(&traces[0], &mut ts);
    let elapsed = start.elapsed();
    assert_eq!(frame.slots[TOTAL as usize], int(n * (n + 1) / 2));
    println!(
        "loop: {:.2} ns/iteration",
        elapsed.as_nanos() as f64 / n as f64
    );
    println!("{}", disassemble_trace(&traces[0], &arena));
}
