//! `range` and `slice`.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;

/// `range(start, stop, step)` (step != 0). Bounds are i128, so ranges past 2**63 (which
/// CPython allows) work; the constructor rejects anything wider.
#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    pub fn new(start: i128, stop: i128, step: i128) -> RangeObj {
        RangeObj {
            header: Header::new(),
            start,
            stop,
            step,
        }
    }
    /// Number of items (may exceed i64; `len()` of such a range is an OverflowError).
    pub fn len(&self) -> i128 {
        range_len(self.start, self.stop, self.step)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// Number of items of `range(start, stop, step)`.
pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

#[repr(C)]
pub struct SliceObj {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Trace for RangeObj {
    fn trace(&self, _m: &mut Marker) {}
}

impl Trace for SliceObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.start);
        m.mark(self.stop);
        m.mark(self.step);
    }
}
