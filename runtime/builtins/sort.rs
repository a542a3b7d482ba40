//! The stable sort behind `list.sort` and `sorted`, comparing with Python's `<`.
//!
//! It follows CPython's timsort closely enough that programs observe the same thing: runs are
//! found with `count_run` (strictly descending runs reversed), short runs are extended to
//! `minrun` with binary insertion sort (so lists shorter than 64 are sorted with exactly
//! CPython's sequence of comparisons), and runs are merged stably with the classic
//! `merge_collapse` invariants (without galloping). A comparison that raises stops the sort;
//! the permutation reached so far is still returned, as CPython leaves the list partly sorted.

use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// Sort positions `0..keys.len()` by `keys` with `<`, stably; `reverse` as `list.sort` does it
/// (reverse, sort, reverse, which keeps equal elements in their original order). Returns the
/// permutation (new position -> old position) and the error of a failed comparison, if any.
/// The caller keeps `keys` rooted.
pub fn sort_permutation(vm: &mut Vm, keys: &[Value], reverse: bool) -> (Vec<usize>, PyResult<()>) {
    let mut perm: Vec<usize> = (0..keys.len()).collect();
    if reverse {
        perm.reverse();
    }
    let result = {
        let mut s = Sorter {
            vm,
            keys,
            perm: &mut perm,
        };
        s.timsort()
    };
    if reverse {
        perm.reverse();
    }
    (perm, result)
}

struct Sorter<'a> {
    vm: &'a mut Vm,
    keys: &'a [Value],
    perm: &'a mut Vec<usize>,
}

impl Sorter<'_> {
    /// `keys[a] < keys[b]` for positions a, b of the permutation's values.
    fn lt(&mut self, a: usize, b: usize) -> PyResult<bool> {
        self.vm.lt(self.keys[a], self.keys[b])
    }

    fn timsort(&mut self) -> PyResult<()> {
        let n = self.perm.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = compute_minrun(n);
        let mut runs: Vec<(usize, usize)> = Vec::new(); // (start, len)
        let mut lo = 0;
        while lo < n {
            let remaining = n - lo;
            let (mut run, descending) = self.count_run(lo, n)?;
            if descending {
                self.perm[lo..lo + run].reverse();
            }
            if run < minrun {
                let force = remaining.min(minrun);
                self.binary_sort(lo, lo + force, lo + run)?;
                run = force;
            }
            runs.push((lo, run));
            self.merge_collapse(&mut runs)?;
            lo += run;
        }
        while runs.len() > 1 {
            let k = runs.len() - 2;
            self.merge_at(&mut runs, k)?;
        }
        Ok(())
    }

    /// Length of the run starting at `lo` and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let p = &*self.perm;
        let (first, second) = (p[lo], p[lo + 1]);
        if self.lt(second, first)? {
            let mut i = lo + 2;
            while i < hi {
                let (cur, prev) = (self.perm[i], self.perm[i - 1]);
                if !self.lt(cur, prev)? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            let mut i = lo + 2;
            while i < hi {
                let (cur, prev) = (self.perm[i], self.perm[i - 1]);
                if self.lt(cur, prev)? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// CPython's `binarysort`: `[lo, start)` is sorted; insert each of `[start, hi)`.
    fn binary_sort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let mut start = if start == lo { lo + 1 } else { start };
        while start < hi {
            let pivot = self.perm[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                let at_p = self.perm[p];
                if self.lt(pivot, at_p)? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.perm[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// Restore the run-length invariants of timsort's stack.
    fn merge_collapse(&mut self, runs: &mut Vec<(usize, usize)>) -> PyResult<()> {
        while runs.len() > 1 {
            let n = runs.len() - 2;
            let len = |i: usize, runs: &Vec<(usize, usize)>| runs[i].1;
            if (n > 0 && len(n - 1, runs) <= len(n, runs) + len(n + 1, runs))
                || (n > 1 && len(n - 2, runs) <= len(n - 1, runs) + len(n, runs))
            {
                if n > 0 && len(n - 1, runs) < len(n + 1, runs) {
                    self.merge_at(runs, n - 1)?;
                } else {
                    self.merge_at(runs, n)?;
                }
            } else if len(n, runs) <= len(n + 1, runs) {
                self.merge_at(runs, n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    /// Merge runs `i` and `i + 1` (adjacent) stably.
    fn merge_at(&mut self, runs: &mut Vec<(usize, usize)>, i: usize) -> PyResult<()> {
        let (a_start, a_len) = runs[i];
        let (_, b_len) = runs[i + 1];
        runs[i] = (a_start, a_len + b_len);
        runs.remove(i + 1);
        let left: Vec<usize> = self.perm[a_start..a_start + a_len].to_vec();
        let right: Vec<usize> = self.perm[a_start + a_len..a_start + a_len + b_len].to_vec();
        let (mut x, mut y, mut out) = (0, 0, a_start);
        let mut result = Ok(());
        while x < left.len() && y < right.len() {
            match self.lt(right[y], left[x]) {
                Ok(true) => {
                    self.perm[out] = right[y];
                    y += 1;
                }
                Ok(false) => {
                    self.perm[out] = left[x];
                    x += 1;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            out += 1;
        }
        // Whatever is left (all of it after an error) keeps its order, so the permutation
        // stays a permutation.
        for &v in &left[x..] {
            self.perm[out] = v;
            out += 1;
        }
        for &v in &right[y..] {
            self.perm[out] = v;
            out += 1;
        }
        result
    }
}

/// CPython's `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sort `items` in place by `keys` (the items themselves when None). Returns the error of a
/// failed comparison after applying the partial permutation. The caller roots items and keys.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    keys: Option<&[Value]>,
    reverse: bool,
) -> PyResult<()> {
    let owned;
    let keys = match keys {
        Some(k) => k,
        None => {
            owned = items.clone();
            &owned[..]
        }
    };
    let (perm, result) = sort_permutation(vm, keys, reverse);
    let sorted: Vec<Value> = perm.iter().map(|&i| items[i]).collect();
    *items = sorted;
    result
}
