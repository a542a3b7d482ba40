//! Argument binding for the module functions. In CPython they are bound methods of a hidden
//! `Random` instance written in Python, so their argument errors are those of Python functions
//! ("Random.randint() missing 1 required positional argument: 'b'") and count `self`.

use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};

/// A method's parameters: `positional` (the first `required` of them without defaults), then
/// keyword-only ones.
pub struct Signature {
    pub name: &'static str,
    pub positional: &'static [&'static str],
    pub required: usize,
    pub keyword_only: &'static [&'static str],
}

impl Signature {
    /// Values for `positional` then `keyword_only`, None where not given.
    pub fn bind(&self, vm: &mut Vm, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        let pos = args.pos();
        let np = self.positional.len();
        let mut out: Vec<Option<Value>> = vec![None; np + self.keyword_only.len()];
        for (slot, &v) in out.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        // Keywords first, then the positional count, then missing arguments: CPython's order.
        for (kw, v) in args.kwargs() {
            let index = self
                .positional
                .iter()
                .chain(self.keyword_only)
                .position(|p| *p == kw);
            match index {
                None => {
                    return Err(vm.type_error(format!(
                        "Random.{name}() got an unexpected keyword argument '{kw}'"
                    )));
                }
                Some(i) if out[i].is_some() => {
                    return Err(vm.type_error(format!(
                        "Random.{name}() got multiple values for argument '{kw}'"
                    )));
                }
                Some(i) => out[i] = Some(v),
            }
        }
        if pos.len() > np {
            let takes = if self.required == np {
                format!(
                    "{} positional argument{}",
                    np + 1,
                    if np == 0 { "" } else { "s" }
                )
            } else {
                format!(
                    "from {} to {} positional arguments",
                    self.required + 1,
                    np + 1
                )
            };
            return Err(vm.type_error(format!(
                "Random.{name}() takes {takes} but {} were given",
                pos.len() + 1
            )));
        }
        let missing: Vec<String> = (0..self.required)
            .filter(|&i| out[i].is_none())
            .map(|i| format!("'{}'", self.positional[i]))
            .collect();
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                2 => format!("{} and {}", missing[0], missing[1]),
                n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
            };
            return Err(vm.type_error(format!(
                "Random.{name}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            )));
        }
        Ok(out)
    }
}
