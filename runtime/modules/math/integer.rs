//! Exact integer functions: `factorial`, `perm` and `comb`. Products are split in halves so the
//! big multiplications are balanced (Karatsuba pays off), as CPython does.

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive};

/// The product lo * (lo+1) * … * (hi-1), by balanced splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    let count = hi - lo;
    if count <= 16 && hi < (1 << 16) {
        // 16 factors below 2**16 fit in 256 bits; multiply pairwise in u128 first.
        let mut acc = BigInt::one();
        let mut word: u128 = 1;
        for v in lo..hi {
            match word.checked_mul(v as u128) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = v as u128;
                }
            }
        }
        return acc * word;
    }
    let mid = lo + count / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// n! for n >= 0.
pub fn factorial(n: u64) -> BigInt {
    // Split off the powers of two: n! = odd_part * 2**(n - popcount(n)), and the odd part is
    // the product over i of the odd numbers in (n >> (i+1), n >> i].
    let mut odd = BigInt::one();
    let mut inner = BigInt::one();
    let mut shift = 64 - n.leading_zeros();
    while shift > 0 {
        shift -= 1;
        let hi = n >> shift;
        let lo = n >> (shift + 1);
        // Odd numbers in (lo, hi].
        let first = (lo + 1) | 1;
        if first <= hi {
            inner *= odd_product(first, hi);
        }
        odd *= &inner;
    }
    let twos = n - n.count_ones() as u64;
    odd << twos
}

/// The product of the odd numbers in [first, last] (first odd, first <= last).
fn odd_product(first: u64, last: u64) -> BigInt {
    let count = (last - first) / 2 + 1;
    if count <= 8 {
        let mut acc = BigInt::one();
        let mut word: u128 = 1;
        let mut v = first;
        while v <= last {
            match word.checked_mul(v as u128) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = v as u128;
                }
            }
            v += 2;
        }
        return acc * word;
    }
    let mid = first + 2 * (count / 2); // odd, the start of the upper half
    odd_product(first, mid - 2) * odd_product(mid, last)
}

/// P(n, k) = n * (n-1) * … * (n-k+1), for k <= n.
pub fn perm(n: &BigInt, k: u64) -> BigInt {
    if let Some(nn) = n.to_u64().filter(|&nn| nn < u64::MAX) {
        return range_product(nn - k + 1, nn + 1);
    }
    perm_big(n, k)
}

fn perm_big(n: &BigInt, k: u64) -> BigInt {
    match k {
        0 => BigInt::one(),
        1 => n.clone(),
        _ => {
            let j = k / 2;
            perm_big(n, j) * perm_big(&(n - j), k - j)
        }
    }
}

/// C(n, k) = P(n, k) / k! for k <= n (the caller passes the smaller of k and n-k).
pub fn comb(n: &BigInt, k: u64) -> BigInt {
    if k <= 1 {
        return if k == 0 { BigInt::one() } else { n.clone() };
    }
    perm(n, k) / factorial(k)
}
