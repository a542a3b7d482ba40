//! Big ints: Python ints outside the small-int range. Invariant: a `BigIntObj` never holds a
//! value that fits a small int (`Vm::int_from_big` normalises), so equality of small ints is
//! bit equality.

use crate::runtime::heap::{Header, Marker, Trace};
use num_bigint::BigInt;

#[repr(C)]
pub struct BigIntObj {
    pub header: Header,
    pub value: BigInt,
}

impl Trace for BigIntObj {
    fn trace(&self, _m: &mut Marker) {}
}
