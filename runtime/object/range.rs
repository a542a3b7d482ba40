//! `range` and `slice`.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;

/// `range(start, stop, step)` with i64 bounds (step != 0).
#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        RangeObj {
            header: Header::new(),
            start,
            stop,
            step,
        }
    }
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// Number of items of `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
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
