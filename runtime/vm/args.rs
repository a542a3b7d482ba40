//! Arguments of a call into a builtin: positional values, then keyword values named by
//! `kwnames`.

use super::{PyResult, Vm};
use crate::runtime::object::StrObj;
use crate::runtime::value::Value;

#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional values followed by keyword values.
    pub values: &'a [Value],
    /// Names (str values) of the last `kwnames.len()` entries of `values`.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }
    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.pos().len()
    }
    pub fn is_empty(&self) -> bool {
        self.pos().is_empty()
    }
    /// Keyword (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, Value)> + 'a {
        let vals = &self.values[self.values.len() - self.kwnames.len()..];
        self.kwnames
            .iter()
            .zip(vals.iter())
            .map(|(n, v)| (n.get::<StrObj>().map(|s| s.as_str()).unwrap_or(""), *v))
    }
    pub fn kwarg(&self, name: &str) -> Option<Value> {
        self.kwargs().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// TypeError unless there are no keyword arguments.
    pub fn no_kwargs(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// TypeError unless the keywords are among `allowed`.
    pub fn only_kwargs(&self, vm: &mut Vm, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (n, _) in self.kwargs() {
            if !allowed.contains(&n) {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{n}'"
                )));
            }
        }
        Ok(())
    }

    /// Check the positional count is in `min..=max` (CPython's wording).
    pub fn expect(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        Err(vm.type_error(msg))
    }

    /// The i-th positional argument, or the keyword `name`, if given.
    pub fn get(&self, i: usize, name: &str) -> Option<Value> {
        self.pos().get(i).copied().or_else(|| self.kwarg(name))
    }
}
