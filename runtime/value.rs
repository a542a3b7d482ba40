//! `Value`: one NaN-boxed 64-bit word (the encoding is documented in `abi.rs`).
//!
//! Floats and small ints never allocate; everything else is a pointer to a heap object whose
//! header says what it is (`heap::Kind`).

use super::abi::*;
use super::heap::{Header, HeapObj, Kind};
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

impl Value {
    /// The internal "no value" marker (unset local, the null half of a call's self slot).
    pub const NULL: Value = Value(VALUE_NULL);
    pub const NONE: Value = Value(VALUE_NONE);
    pub const TRUE: Value = Value(VALUE_TRUE);
    pub const FALSE: Value = Value(VALUE_FALSE);
    pub const NOT_IMPLEMENTED: Value = Value(VALUE_NOT_IMPLEMENTED);
    pub const ELLIPSIS: Value = Value(VALUE_ELLIPSIS);

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }

    /// A small int; the caller guarantees `fits_small_int(i)`. Use `Vm::int` for any i64.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!(fits_small_int(i));
        Value(box_small_int(i))
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline(always)]
    pub fn from_ptr(p: *const Header) -> Value {
        Value((TAG_PTR << TAG_SHIFT) | (p as u64 & PAYLOAD_MASK))
    }

    #[inline(always)]
    pub fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        is_float(self.0)
    }
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        is_small_int(self.0)
    }
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == VALUE_NULL
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == VALUE_NONE
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 == VALUE_TRUE || self.0 == VALUE_FALSE
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.0)
    }
    #[inline(always)]
    pub fn as_small_int(self) -> i64 {
        unbox_small_int(self.0)
    }
    #[inline(always)]
    pub fn as_bool(self) -> bool {
        self.0 == VALUE_TRUE
    }

    /// The header of a heap object, if this is a pointer.
    #[inline(always)]
    pub fn header(self) -> Option<&'static Header> {
        if self.is_ptr() {
            // SAFETY: pointer values are only ever made by `from_ptr` from live heap objects,
            // and the collector frees an object only when no reachable Value points to it.
            Some(unsafe { &*((self.0 & PAYLOAD_MASK) as *const Header) })
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn kind(self) -> Option<Kind> {
        self.header().map(|h| h.kind())
    }

    /// Borrow the heap object as `T` if it is one.
    #[inline(always)]
    pub fn get<T: HeapObj>(self) -> Option<&'static T> {
        match self.header() {
            Some(h) if h.kind() == T::KIND => {
                // SAFETY: the header's kind says the object was allocated as `T`; `T` is
                // `#[repr(C)]` with the header first, so the header address is the object's.
                Some(unsafe { &*(h as *const Header as *const T) })
            }
            _ => None,
        }
    }

    #[inline(always)]
    pub fn is<T: HeapObj>(self) -> bool {
        self.kind() == Some(T::KIND)
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is_same(self, other: Value) -> bool {
        self.0 == other.0
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_ptr() {
            write!(f, "Obj({:?}@{:#x})", self.kind(), self.0 & PAYLOAD_MASK)
        } else {
            match self.0 {
                VALUE_NULL => write!(f, "NULL"),
                VALUE_NONE => write!(f, "None"),
                VALUE_TRUE => write!(f, "True"),
                VALUE_FALSE => write!(f, "False"),
                VALUE_NOT_IMPLEMENTED => write!(f, "NotImplemented"),
                VALUE_ELLIPSIS => write!(f, "Ellipsis"),
                _ => write!(f, "Bits({:#x})", self.0),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_trip() {
        for f in [
            0.0,
            -0.0,
            1.5,
            -1e300,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            5e-324,
        ] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
    }

    #[test]
    fn nans_stay_floats() {
        // x86 produces the negative quiet NaN 0xFFF8…; a NaN with any payload must be boxed
        // as a float, never read back as a tag.
        for bits in [
            0xFFF8_0000_0000_0000u64,
            0x7FF8_0000_0000_0001,
            0xFFFF_FFFF_FFFF_FFFF,
            0x7FF0_0000_0000_0001,
        ] {
            let f = f64::from_bits(bits);
            assert!(f.is_nan());
            let v = Value::float(f);
            assert!(v.is_float() && !v.is_ptr() && !v.is_small_int());
            assert!(v.as_float().is_nan());
        }
        let nan = Value::float(0.0 / 0.0);
        assert!(nan.as_float().is_nan());
    }

    #[test]
    fn small_ints_round_trip_at_the_boundary() {
        for i in [
            0,
            1,
            -1,
            42,
            SMALL_INT_MAX,
            SMALL_INT_MIN,
            SMALL_INT_MAX - 1,
            SMALL_INT_MIN + 1,
        ] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(!fits_small_int(SMALL_INT_MAX + 1));
        assert!(!fits_small_int(SMALL_INT_MIN - 1));
    }

    #[test]
    fn immediates_are_distinct() {
        let all = [
            Value::NULL,
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_ptr());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert!(Value::TRUE.as_bool() && !Value::FALSE.as_bool());
        assert!(Value::bool(true).is_bool());
    }
}
