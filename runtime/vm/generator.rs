//! Running generators and coroutines: creating them from a call, resuming them with a value or
//! an exception, delegation through `yield from`/`await`, and their methods.

use super::{Args, Frame, PyErr, PyResult, Vm};
use crate::runtime::bytecode::{code_flags, Op};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::call::MAX_NATIVE_DEPTH;
use crate::runtime::vm::types::ExcName;
use std::cell::{Cell, RefCell};

enum ThrowOutcome {
    Yielded(Value),
    Resume,
    Raise(PyErr),
}

/// What a resumed generator did.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Does calling this code make a generator/coroutine instead of running it?
    pub fn is_generator_code(code: &CodeObj) -> bool {
        code.unit.flags
            & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
    }

    /// Wrap a fresh frame of a generator function into a generator object.
    pub fn new_generator(&mut self, frame: Frame) -> Value {
        let code = frame.code;
        let is_coroutine = code.unit.flags & code_flags::COROUTINE != 0;
        let (name, qualname) = match frame.func.get::<FunctionObj>() {
            Some(f) => (f.name.get(), f.qualname.get()),
            None => (code.name, code.qualname),
        };
        self.alloc(GeneratorObj {
            header: Default::default(),
            frame: RefCell::new(Some(Box::new(frame))),
            state: Cell::new(GenState::Created),
            name,
            qualname,
            is_coroutine,
        })
    }

    /// Resume `gen`: with `sent` pushed as the value of the pending `yield`, or with `throw`
    /// raised at it.
    pub fn gen_resume(
        &mut self,
        gen: Value,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        let g = gen.get::<GeneratorObj>().expect("generator");
        let what = if g.is_coroutine {
            "coroutine"
        } else {
            "generator"
        };
        match g.state.get() {
            GenState::Running => return Err(self.value_error(format!("{what} already executing"))),
            GenState::Done => {
                if let Some(e) = throw {
                    return Err(e);
                }
                if g.is_coroutine {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                return Ok(GenStep::Returned(Value::NONE));
            }
            GenState::Created => {
                if throw.is_none() && !sent.is_none() {
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {what}"
                    )));
                }
                if let Some(e) = throw {
                    // Never started: the exception is raised "at the start" and ends it.
                    g.state.set(GenState::Done);
                    g.frame.borrow_mut().take();
                    return Err(e);
                }
            }
            GenState::Suspended => {}
        }
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(self.err(ExcName::RecursionError, "maximum recursion depth exceeded"));
        }
        let mut frame = g
            .frame
            .borrow_mut()
            .take()
            .expect("suspended generator has a frame");
        let started = g.state.get() == GenState::Suspended;
        let mut raise = None;
        match throw {
            None => {
                if started {
                    frame.slots.push(sent);
                }
            }
            // A throw into a generator paused inside `yield from`: the sub-iterator gets it first.
            Some(e) => match self.throw_into_delegate(&mut frame, e) {
                ThrowOutcome::Yielded(y) => {
                    *g.frame.borrow_mut() = Some(frame);
                    return Ok(GenStep::Yielded(y));
                }
                ThrowOutcome::Resume => {}
                ThrowOutcome::Raise(e) => raise = Some(e),
            },
        }
        frame.is_entry = true;
        g.state.set(GenState::Running);
        // The frame runs on the VM's stack; its box stays with the generator (holding an empty
        // stand-in) so that suspending again needs no allocation.
        let running = std::mem::replace(&mut *frame, self.empty_frame());
        *g.frame.borrow_mut() = Some(frame);
        self.push_frame(running);
        self.native_depth += 1;
        let r = match raise {
            Some(e) => match self.unwind(e, false) {
                Ok(()) => self.run(),
                Err(e) => Err(e),
            },
            None => self.run(),
        };
        self.native_depth -= 1;
        match r {
            Ok(v) if std::mem::take(&mut self.yielded) => {
                let f = self.pop_frame();
                match g.frame.borrow_mut().as_mut() {
                    Some(b) => **b = f,
                    None => unreachable!("a running generator keeps its frame box"),
                }
                g.state.set(GenState::Suspended);
                Ok(GenStep::Yielded(v))
            }
            Ok(v) => {
                g.state.set(GenState::Done);
                g.frame.borrow_mut().take();
                Ok(GenStep::Returned(v))
            }
            Err(e) => {
                g.state.set(GenState::Done);
                g.frame.borrow_mut().take();
                if self.exc_is(e.0, ExcName::StopIteration) {
                    let msg = format!("{what} raised StopIteration");
                    let err = self.runtime_error(msg);
                    if let Some(x) = err.0.get::<ExceptionObj>() {
                        x.cause.set(e.0);
                        x.context.set(e.0);
                        x.suppress_context.set(true);
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// A throw into `frame`: if it is paused at the `yield` of a `yield from` over a
    /// generator, that generator gets the exception first.
    fn throw_into_delegate(&mut self, frame: &mut Frame, e: PyErr) -> ThrowOutcome {
        let code = frame.code;
        let at = code.unit.code.get(frame.lasti).copied();
        let in_yield_from = matches!(at, Some(i) if i.op == Op::YIELD_VALUE && i.arg == 1);
        let sub = frame.slots.last().copied().unwrap_or(Value::NULL);
        if !in_yield_from || !sub.is::<GeneratorObj>() {
            return ThrowOutcome::Raise(e);
        }
        if self.exc_is(e.0, ExcName::GeneratorExit) {
            return match self.gen_close(sub) {
                Ok(_) => ThrowOutcome::Raise(e),
                Err(e2) => ThrowOutcome::Raise(e2),
            };
        }
        match self.gen_resume(sub, Value::NONE, Some(e)) {
            Ok(GenStep::Yielded(y)) => ThrowOutcome::Yielded(y),
            Ok(GenStep::Returned(r)) => {
                // The `yield from` is over: continue after it with its result. The yield is
                // followed by JUMP_BACKWARD to the SEND whose argument is the exit.
                frame.slots.pop();
                frame.slots.push(r);
                let send_at = code
                    .unit
                    .code
                    .get(frame.lasti + 1)
                    .map(|i| i.arg as usize)
                    .unwrap_or(0);
                frame.ip = code
                    .unit
                    .code
                    .get(send_at)
                    .map(|i| i.arg as usize)
                    .unwrap_or(0);
                ThrowOutcome::Resume
            }
            Err(e2) => ThrowOutcome::Raise(e2),
        }
    }

    /// `gen.close()`: throw GeneratorExit in; it must not yield again.
    pub fn gen_close(&mut self, gen: Value) -> PyResult<Value> {
        let g = gen.get::<GeneratorObj>().expect("generator");
        if matches!(g.state.get(), GenState::Created | GenState::Done) {
            g.state.set(GenState::Done);
            g.frame.borrow_mut().take();
            return Ok(Value::NONE);
        }
        let exit = e_generator_exit(self);
        match self.gen_resume(gen, Value::NONE, Some(exit)) {
            Ok(GenStep::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(GenStep::Returned(_)) => Ok(Value::NONE),
            Err(e)
                if self.exc_is(e.0, ExcName::GeneratorExit)
                    || self.exc_is(e.0, ExcName::StopIteration) =>
            {
                Ok(Value::NONE)
            }
            Err(e) => Err(e),
        }
    }

    /// SEND: `[sub, v]` → `[sub, yielded]`, or `[result]` and jump when sub is finished.
    pub fn send_into(&mut self, sub: Value, v: Value) -> PyResult<GenStep> {
        if sub.is::<GeneratorObj>() {
            return self.gen_resume(sub, v, None);
        }
        if !v.is_none() {
            let send = self.get_attr_str(sub, "send")?;
            return match self.call_value(send, &[v]) {
                Ok(y) => Ok(GenStep::Yielded(y)),
                Err(e) if self.exc_is(e.0, ExcName::StopIteration) => {
                    Ok(GenStep::Returned(stop_value(e)))
                }
                Err(e) => Err(e),
            };
        }
        match self.iter_next(sub)? {
            Some(y) => Ok(GenStep::Yielded(y)),
            None => Ok(GenStep::Returned(Value::NONE)),
        }
    }
}

fn e_generator_exit(vm: &mut Vm) -> PyErr {
    let class = vm.exc_class(ExcName::GeneratorExit);
    PyErr(vm.new_exception(class, vec![]))
}

/// The value carried by a StopIteration.
pub fn stop_value(e: PyErr) -> Value {
    e.0.get::<ExceptionObj>()
        .and_then(|x| {
            x.args
                .get()
                .get::<TupleObj>()
                .and_then(|t| t.items.first().copied())
        })
        .unwrap_or(Value::NONE)
}

// ---- methods of generator objects -------------------------------------------------------

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos().first() {
        Some(&g) if g.is::<GeneratorObj>() => Ok(g),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'generator' object"))),
    }
}

fn step_to_result(vm: &mut Vm, step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(vm.stop_iteration(if v.is_none() { Value::NULL } else { v })),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "send")?;
    args.expect(vm, "send", 2, 2)?;
    let step = vm.gen_resume(g, args.pos()[1], None)?;
    step_to_result(vm, step)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "__next__")?;
    let step = vm.gen_resume(g, Value::NONE, None)?;
    step_to_result(vm, step)
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "throw")?;
    args.expect(vm, "throw", 2, 4)?;
    let typ = args.pos()[1];
    let exc = match args.pos().get(2) {
        Some(&val) if typ.is::<TypeObj>() && !val.is_none() && !val.is::<ExceptionObj>() => {
            vm.call_value(typ, &[val])?
        }
        Some(&val) if val.is::<ExceptionObj>() => val,
        _ => vm.make_raisable(typ)?,
    };
    let step = vm.gen_resume(g, Value::NONE, Some(PyErr(exc)))?;
    step_to_result(vm, step)
}

fn gen_close_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args, "close")?;
    vm.gen_close(g)
}

/// Register the generator and coroutine methods.
pub fn install(vm: &mut Vm) {
    let methods: [(&'static str, super::super::object::BuiltinFn); 5] = [
        ("send", gen_send),
        ("__next__", gen_next),
        ("__iter__", gen_iter),
        ("throw", gen_throw),
        ("close", gen_close_method),
    ];
    for ty in [vm.t.generator, vm.t.coroutine] {
        let dict = ty.get::<TypeObj>().expect("type").dict;
        for (name, func) in methods {
            let owner = if ty == vm.t.generator {
                "generator"
            } else {
                "coroutine"
            };
            let f = vm.alloc(BuiltinObj {
                header: Default::default(),
                name,
                func,
                bound: Value::NULL,
                owner,
            });
            let key = vm.intern(name);
            let _ = vm.dict_set(dict, key, f);
        }
    }
}
