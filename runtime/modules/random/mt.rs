//! MT19937, the Mersenne Twister of Matsumoto and Nishimura, exactly as CPython's `_random`
//! uses it: `init_by_array` seeding, 53-bit floats from two outputs, `getrandbits` filling
//! 32-bit words from the least significant end, and `_randbelow` by rejection sampling.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;

pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

#[derive(Clone)]
pub struct Mt19937 {
    mt: [u32; N],
    /// Next word of `mt` to temper; N means the block must be regenerated first.
    index: usize,
}

impl Mt19937 {
    fn from_seed(s: u32) -> Mt19937 {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { mt, index: N }
    }

    /// The reference `init_by_array`: every word of the key influences the state.
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut g = Mt19937::from_seed(19_650_218);
        let mt = &mut g.mt;
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000; // MSB is 1, assuring a non-zero initial array
        g
    }

    /// A generator seeded with the absolute value of an int, as 32-bit words from the least
    /// significant end (CPython's `random_seed` for ints).
    pub fn from_int(n: &BigInt) -> Mt19937 {
        Mt19937::from_key(&n.magnitude().to_u32_digits())
    }

    fn regenerate(&mut self) {
        let mt = &mut self.mt;
        let twist = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for kk in 0..N - M {
            mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M]);
        }
        for kk in N - M..N - 1 {
            mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M - N]);
        }
        mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits: 27 from one output and 26 from the next.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for 0 < k <= 64: words fill from the least significant end, and the
    /// last (most significant) word keeps the top bits of its output.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let low = self.next_u32() as u64;
        let high = (self.next_u32() >> (64 - k)) as u64;
        low | (high << 32)
    }

    /// `getrandbits(k)` for any k > 0.
    pub fn bits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(digits))
    }

    /// `_randbelow_with_getrandbits(n)` for n > 0: draws of n.bit_length() bits until one is
    /// below n.
    pub fn below_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0; // callers pass n >= 1; this only keeps the loop below finite
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow` for any positive n.
    pub fn below(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// The state as `getstate()` shows it: 624 words and the position.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.mt, self.index)
    }

    pub fn from_state(mt: [u32; N], index: usize) -> Mt19937 {
        Mt19937 { mt, index }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs() {
        // The reference implementation's published first outputs for
        // init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut g = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn cpython_seed_42() {
        // random.seed(42); random.random() == 0.6394267984578837
        let mut g = Mt19937::from_int(&BigInt::from(42));
        assert_eq!(g.random(), 0.6394267984578837);
    }
}
