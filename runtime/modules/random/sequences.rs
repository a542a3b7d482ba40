//! Choosing from sequences: `choice`, `choices`, `shuffle` and `sample`, drawing from the
//! shared generator in the same order as `Lib/random.py` (and picking the same one of
//! `sample`'s two algorithms).

use super::params::Signature;
use super::{arith, below_usize, compare, is_exc, next_float, rooted, ssize};
use crate::runtime::builtins::common::{check_build_size, index_bigint, rooted_iter, try_index};
use crate::runtime::bytecode::{BinaryOp, CompareOp};
use crate::runtime::object::{BytesObj, ListObj, RangeObj, StrObj, TupleObj};
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::collections::HashSet;

const CHOICE: Signature = Signature {
    name: "choice",
    positional: &["seq"],
    required: 1,
    keyword_only: &[],
};

pub fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = CHOICE.bind(vm, &args)?;
    let seq = p[0].unwrap_or(Value::NONE);
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = below_usize(n);
    let i = vm.new_int(i as i64);
    vm.get_item(seq, i)
}

const SHUFFLE: Signature = Signature {
    name: "shuffle",
    positional: &["x"],
    required: 1,
    keyword_only: &[],
};

pub fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = SHUFFLE.bind(vm, &args)?;
    let x = p[0].unwrap_or(Value::NONE);
    let n = vm.len(x)?;
    if let Some(list) = x.get::<ListObj>() {
        // A plain list: swap in place (no Python code can run in between).
        let mut items = list.items.borrow_mut();
        for i in (1..n.min(items.len())).rev() {
            let j = below_usize(i + 1);
            items.swap(i, j);
        }
        return Ok(Value::NONE);
    }
    rooted(vm, |vm| {
        for i in (1..n).rev() {
            let j = below_usize(i + 1);
            let (iv, jv) = (vm.new_int(i as i64), vm.new_int(j as i64));
            // x[i], x[j] = x[j], x[i]
            let xj = vm.get_item(x, jv)?;
            vm.root(xj);
            let xi = vm.get_item(x, iv)?;
            vm.root(xi);
            vm.set_item(x, iv, xj)?;
            vm.set_item(x, jv, xi)?;
        }
        Ok(Value::NONE)
    })
}

// ---- sample -----------------------------------------------------------------------------------

const SAMPLE: Signature = Signature {
    name: "sample",
    positional: &["population", "k"],
    required: 2,
    keyword_only: &["counts"],
};

/// `isinstance(population, collections.abc.Sequence)` for the sequence types stitch has.
fn is_sequence(v: Value) -> bool {
    let v = crate::runtime::vm::Vm::unwrap_base(v);
    v.is::<ListObj>()
        || v.is::<TupleObj>()
        || v.is::<StrObj>()
        || v.is::<RangeObj>()
        || v.is::<BytesObj>()
}

pub fn sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = SAMPLE.bind(vm, &args)?;
    let population = p[0].unwrap_or(Value::NONE);
    let k = p[1].unwrap_or(Value::NONE);
    let counts = p[2].filter(|c| !c.is_none());
    if !is_sequence(population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(population)?;
    rooted(vm, |vm| match counts {
        Some(counts) => sample_with_counts(vm, population, n, k, counts),
        None => {
            let picks = sample_indices(vm, n, k)?;
            let mut out = Vec::with_capacity(picks.len());
            for j in picks {
                let jv = vm.new_int(j as i64);
                let item = vm.get_item(population, jv)?;
                vm.root(item);
                out.push(item);
            }
            Ok(vm.new_list(out))
        }
    })
}

/// `sample(population, k, counts=…)`: a sample of `range(total)` mapped back through the
/// cumulative counts.
fn sample_with_counts(
    vm: &mut Vm,
    population: Value,
    n: usize,
    k: Value,
    counts: Value,
) -> PyResult<Value> {
    let mut cum_counts = accumulate(vm, counts)?;
    if cum_counts.len() != n {
        return Err(vm.value_error("The number of counts does not match the population"));
    }
    let Some(total) = cum_counts.pop() else {
        return Err(vm.index_error("pop from empty list"));
    };
    let Some(total) = vm.to_bigint(total).filter(|_| Vm::is_int(total)) else {
        return Err(vm.type_error("Counts must be integers"));
    };
    if !total.is_positive() {
        return Err(vm.value_error("Total of counts must be greater than zero"));
    }
    let total = ssize(vm, &total)?;
    let selections = sample_indices(vm, total, k)?;
    let mut out = Vec::with_capacity(selections.len());
    for s in selections {
        let sv = vm.new_int(s as i64);
        let i = bisect_right(vm, &cum_counts, sv, 0, cum_counts.len())?;
        let iv = vm.new_int(i as i64);
        let item = vm.get_item(population, iv)?;
        vm.root(item);
        out.push(item);
    }
    Ok(vm.new_list(out))
}

/// The indices CPython's `sample` picks from a population of `n`: the pool algorithm for small
/// populations, rejection with a set otherwise (the same rule decides).
fn sample_indices(vm: &mut Vm, n: usize, k: Value) -> PyResult<Vec<usize>> {
    let n_value = vm.new_int(n as i64);
    let in_range = compare(vm, Value::small_int(0), CompareOp::Le, k)?
        && compare(vm, k, CompareOp::Le, n_value)?;
    if !in_range {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    // `[None] * k` rejects a non-int k.
    let Some(k) = try_index(vm, k)? else {
        let tn = vm.type_name(k);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    };
    let k = k.to_usize().unwrap_or(0);
    let mut setsize: u128 = 21; // size of a small set minus size of an empty list
    if k > 5 {
        // 4 ** ceil(log(k * 3, 4)): the table size of a set that holds k items.
        let exp = (((k * 3) as f64).ln() / 4.0f64.ln()).ceil() as u32;
        setsize += 4u128.pow(exp.min(60));
    }
    let mut result = Vec::with_capacity(k);
    if n as u128 <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = below_usize(n - i);
            result.push(pool[j]);
            pool[j] = pool[n - i - 1]; // move the unselected last item into the hole
        }
    } else {
        let mut selected = HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = below_usize(n);
            while selected.contains(&j) {
                j = below_usize(n);
            }
            selected.insert(j);
            result.push(j);
        }
    }
    Ok(result)
}

// ---- choices ----------------------------------------------------------------------------------

const CHOICES: Signature = Signature {
    name: "choices",
    positional: &["population", "weights"],
    required: 1,
    keyword_only: &["cum_weights", "k"],
};

pub fn choices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = CHOICES.bind(vm, &args)?;
    let population = p[0].unwrap_or(Value::NONE);
    let weights = p[1].filter(|w| !w.is_none());
    let cum_weights = p[2].filter(|w| !w.is_none());
    let k = p[3].unwrap_or(Value::small_int(1));
    let n = vm.len(population)?;
    rooted(vm, |vm| {
        let cum = match (weights, cum_weights) {
            (None, None) => return choices_uniform(vm, population, n, k),
            (Some(w), None) => match accumulate(vm, w) {
                Ok(c) => c,
                Err(e) if is_exc(vm, &e, ExcName::TypeError) && Vm::is_int(w) => {
                    let shown = vm.repr(w)?;
                    return Err(vm.type_error(format!(
                        "The number of choices must be a keyword argument: k={shown}"
                    )));
                }
                Err(e) => return Err(e),
            },
            (Some(_), Some(_)) => {
                return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
            }
            (None, Some(c)) => sequence_items(vm, c)?,
        };
        if cum.len() != n {
            return Err(vm.value_error("The number of weights does not match the population"));
        }
        let Some(&last) = cum.last() else {
            return Err(vm.index_error("list index out of range"));
        };
        let total = arith(vm, last, BinaryOp::Add, Value::float(0.0))?;
        if compare(vm, total, CompareOp::Le, Value::float(0.0))? {
            return Err(vm.value_error("Total of weights must be greater than zero"));
        }
        if !crate::runtime::modules::math::as_double(vm, total)?.is_finite() {
            return Err(vm.value_error("Total of weights must be finite"));
        }
        let count = repeat_count(vm, k)?;
        let mut out = Vec::with_capacity(count.min(1 << 16));
        for _ in 0..count {
            let x = arith(vm, Value::float(next_float()), BinaryOp::Mul, total)?;
            let i = bisect_right(vm, &cum, x, 0, n - 1)?;
            let iv = vm.new_int(i as i64);
            let item = vm.get_item(population, iv)?;
            vm.root(item);
            out.push(item);
        }
        Ok(vm.new_list(out))
    })
}

/// Unweighted `choices`: `population[floor(random() * n)]`, k times.
fn choices_uniform(vm: &mut Vm, population: Value, n: usize, k: Value) -> PyResult<Value> {
    let count = repeat_count(vm, k)?;
    let nf = n as f64;
    let mut out = Vec::with_capacity(count.min(1 << 16));
    for _ in 0..count {
        let i = (next_float() * nf).floor();
        let iv = vm.new_int(i as i64);
        let item = vm.get_item(population, iv)?;
        vm.root(item);
        out.push(item);
    }
    Ok(vm.new_list(out))
}

/// `itertools.repeat(None, k)`'s count: an index, negative meaning zero.
fn repeat_count(vm: &mut Vm, k: Value) -> PyResult<usize> {
    let k: BigInt = index_bigint(vm, k)?;
    if k.is_negative() {
        return Ok(0);
    }
    let count = ssize(vm, &k)?;
    check_build_size(vm, count as u128 * 8)?;
    Ok(count)
}

/// `list(itertools.accumulate(iterable))`, the sums made with Python's `+`; every value stays
/// rooted until the caller's `unroot_to`.
fn accumulate(vm: &mut Vm, iterable: Value) -> PyResult<Vec<Value>> {
    let it = rooted_iter(vm, iterable)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(x) = vm.iter_next(it)? {
        vm.root(x);
        let v = match out.last() {
            None => x,
            Some(&acc) => arith(vm, acc, BinaryOp::Add, x)?,
        };
        out.push(v);
    }
    Ok(out)
}

/// The items of a sequence given as `cum_weights` (rooted), read by index like CPython's
/// `len()` and `[]` uses.
fn sequence_items(vm: &mut Vm, seq: Value) -> PyResult<Vec<Value>> {
    let items = if let Some(l) = seq.get::<ListObj>() {
        l.items.borrow().clone()
    } else if let Some(t) = seq.get::<TupleObj>() {
        t.items.to_vec()
    } else {
        let n = vm.len(seq)?;
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let iv = vm.new_int(i as i64);
            let item = vm.get_item(seq, iv)?;
            vm.root(item);
            items.push(item);
        }
        items
    };
    vm.roots.extend_from_slice(&items);
    Ok(items)
}

/// `bisect.bisect_right(a, x, lo, hi)` with Python comparisons.
fn bisect_right(vm: &mut Vm, a: &[Value], x: Value, lo: usize, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (lo, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if compare(vm, x, CompareOp::Lt, a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}
