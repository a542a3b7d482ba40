//! Accurate floating-point sums: `fsum`'s exact partials (Shewchuk's algorithm with CPython's
//! final half-even correction) and the vector norm behind `hypot` and `dist` (power-of-two
//! scaling, Veltkamp-Dekker squaring, compensated summation and a square-root correction).
//! Both are evaluated in the same order as CPython's so the doubles agree.

use super::float_bits::{frexp, ldexp};

/// How an `fsum` fails.
pub enum FsumError {
    /// A finite input overflowed a partial sum.
    Overflow,
    /// Infinities of both signs.
    InfMinusInf,
}

/// Running state of `fsum`: non-overlapping partial sums in increasing magnitude, plus the
/// sums of the non-finite inputs.
#[derive(Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    pub fn add(&mut self, value: f64) -> Result<(), FsumError> {
        let mut x = value;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either a non-finite input or an overflow of finite ones.
                if value.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if value.is_infinite() {
                    self.inf_sum += value;
                }
                self.special_sum += value;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum.
    pub fn total(&self) -> Result<f64, FsumError> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(FsumError::InfMinusInf);
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the top down while the sum stays exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across partials: if the remaining partials push the same way as the
        // rounding error, an exact tie was not really a tie.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// sqrt(sum(x*x for x in vec)) for non-negative values, with `max` the largest of them and
/// `found_nan` whether any is a NaN.
pub fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, the Veltkamp splitter
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    let mut frac3 = 0.0;
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead of scaling.
        for &v in vec {
            let x = v / max;
            let x = x * x;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp(1.0, -(max_e as i64));
    for &v in vec {
        let x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;

        let x = hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;

        let x = 2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;

        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

    // One Newton step: subtract h*h exactly and correct by the residual over 2h.
    let x = h;
    let t = x * T27;
    let hi = t - (t - x);
    let lo = x - hi;

    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;

    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;

    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;

    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}
