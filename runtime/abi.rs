//! The layouts and constants that both the runtime and the JIT stencils compile against.
//! `build.rs` compiles `stencils/` with this file included (`#[path]`), and reruns when it
//! changes. It must stay `no_std`-clean: constants and `#[repr(C)]` types only.
//!
//! # Value encoding (NaN-boxing)
//! A `Value` is one `u64`. Every bit pattern whose top 16 bits are below `TAG_FIRST` is an
//! IEEE-754 double, stored as itself (NaNs are canonicalised to `CANONICAL_NAN` when boxed, so
//! no float ever lands in the tag space). Above that, the top 16 bits are a tag and the low 48
//! bits its payload:
//!
//! | tag | payload |
//! | --- | --- |
//! | `TAG_INT`  | a small int, 48-bit two's complement (`SMALL_INT_MIN..=SMALL_INT_MAX`) |
//! | `TAG_MISC` | `MISC_NULL`, `MISC_NONE`, `MISC_FALSE`, `MISC_TRUE`, `MISC_NOT_IMPLEMENTED`, `MISC_ELLIPSIS` |
//! | `TAG_PTR`  | address of a heap object header (user-space addresses fit in 48 bits) |
#![allow(dead_code)]

pub const TAG_SHIFT: u32 = 48;
pub const PAYLOAD_MASK: u64 = (1u64 << 48) - 1;
/// Every tagged value has its top 16 bits at or above this.
pub const TAG_FIRST: u64 = 0xFFF9;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_MISC: u64 = 0xFFFA;
pub const TAG_PTR: u64 = 0xFFFC;

pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

pub const SMALL_INT_BITS: u32 = 48;
pub const SMALL_INT_MIN: i64 = -(1i64 << 47);
pub const SMALL_INT_MAX: i64 = (1i64 << 47) - 1;

pub const MISC_NULL: u64 = 0;
pub const MISC_NONE: u64 = 1;
pub const MISC_FALSE: u64 = 2;
pub const MISC_TRUE: u64 = 3;
pub const MISC_NOT_IMPLEMENTED: u64 = 4;
pub const MISC_ELLIPSIS: u64 = 5;

/// The boxed words of the immediates.
pub const VALUE_NULL: u64 = (TAG_MISC << TAG_SHIFT) | MISC_NULL;
pub const VALUE_NONE: u64 = (TAG_MISC << TAG_SHIFT) | MISC_NONE;
pub const VALUE_FALSE: u64 = (TAG_MISC << TAG_SHIFT) | MISC_FALSE;
pub const VALUE_TRUE: u64 = (TAG_MISC << TAG_SHIFT) | MISC_TRUE;
pub const VALUE_NOT_IMPLEMENTED: u64 = (TAG_MISC << TAG_SHIFT) | MISC_NOT_IMPLEMENTED;
pub const VALUE_ELLIPSIS: u64 = (TAG_MISC << TAG_SHIFT) | MISC_ELLIPSIS;

/// Box a small int (caller guarantees it is in range).
#[inline(always)]
pub const fn box_small_int(i: i64) -> u64 {
    (TAG_INT << TAG_SHIFT) | ((i as u64) & PAYLOAD_MASK)
}

/// Unbox a small int (caller guarantees the tag is `TAG_INT`): sign-extend 48 bits.
#[inline(always)]
pub const fn unbox_small_int(bits: u64) -> i64 {
    ((bits << 16) as i64) >> 16
}

#[inline(always)]
pub const fn is_small_int(bits: u64) -> bool {
    (bits >> TAG_SHIFT) == TAG_INT
}

#[inline(always)]
pub const fn is_float(bits: u64) -> bool {
    (bits >> TAG_SHIFT) < TAG_FIRST
}

#[inline(always)]
pub const fn fits_small_int(i: i64) -> bool {
    i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
}
