//! Tier 1 counters for `--stats`: per family and per specialized form, how often instructions
//! ran, how often the specialized forms' guards held, missed, and were undone. Counting is off
//! unless `--stats` asked for it (one predictable branch per counted event).

use crate::runtime::bytecode::Op;

#[derive(Default)]
pub struct SpecStats {
    pub on: bool,
    /// By opcode: generic executions of a base instruction that can specialize.
    generic: Vec<u64>,
    /// By opcode (specialized forms): guards held / a guard failed / rewritten back.
    hits: Vec<u64>,
    misses: Vec<u64>,
    deopts: Vec<u64>,
    /// By opcode: successful specializations into a form; by family: failed attempts.
    specialized: Vec<u64>,
    failures: Vec<u64>,
}

macro_rules! counter {
    ($self:ident, $field:ident, $op:expr) => {
        if $self.on {
            let i = $op as usize;
            if $self.$field.len() <= i {
                $self.$field.resize(Op::ALL.len(), 0);
            }
            $self.$field[i] += 1;
        }
    };
}

impl SpecStats {
    #[inline(always)]
    pub fn count_generic(&mut self, op: Op) {
        counter!(self, generic, op);
    }
    #[inline(always)]
    pub fn count_hit(&mut self, op: Op) {
        counter!(self, hits, op);
    }
    pub fn count_miss(&mut self, op: Op) {
        counter!(self, misses, op);
    }
    pub fn count_deopt(&mut self, op: Op) {
        counter!(self, deopts, op);
    }
    pub fn count_specialized(&mut self, op: Op) {
        counter!(self, specialized, op);
    }
    pub fn count_failure(&mut self, op: Op) {
        counter!(self, failures, op);
    }

    fn get(v: &[u64], op: Op) -> u64 {
        v.get(op as usize).copied().unwrap_or(0)
    }

    /// The report: one block per family that ran, its forms under it.
    pub fn report(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "  specialization (tier 1): executions, hits, misses, de-specializations; specializations / failed attempts"
        );
        let mut families: Vec<Op> = Op::SPECIALIZED.iter().map(|o| o.family()).collect();
        families.dedup();
        for fam in families {
            let forms: Vec<Op> = Op::SPECIALIZED
                .iter()
                .copied()
                .filter(|o| o.family() == fam)
                .collect();
            let sum = |v: &[u64]| forms.iter().map(|&o| Self::get(v, o)).sum::<u64>();
            let (hits, misses, deopts) = (sum(&self.hits), sum(&self.misses), sum(&self.deopts));
            let generic = Self::get(&self.generic, fam);
            let execs = generic + hits + misses;
            if execs == 0 {
                continue;
            }
            let pct = |n: u64| 100.0 * n as f64 / execs.max(1) as f64;
            let _ = writeln!(
                out,
                "  {:<30} {:>12} exec  {:>12} hit ({:5.1}%)  {:>10} miss  {:>6} deopt  {:>6} spec / {} failed",
                fam.name(),
                execs,
                hits,
                pct(hits),
                misses,
                deopts,
                sum(&self.specialized),
                Self::get(&self.failures, fam),
            );
            for o in forms {
                let (h, m) = (Self::get(&self.hits, o), Self::get(&self.misses, o));
                if h + m == 0 && Self::get(&self.specialized, o) == 0 {
                    continue;
                }
                let _ = writeln!(
                    out,
                    "    {:<28} {:>12} exec  {:>12} hit            {:>10} miss  {:>6} deopt  {:>6} spec",
                    o.name(),
                    h + m,
                    h,
                    m,
                    Self::get(&self.deopts, o),
                    Self::get(&self.specialized, o),
                );
            }
        }
        out
    }
}
