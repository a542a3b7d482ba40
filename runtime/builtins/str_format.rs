//! `str.format` and `str.format_map`: render a template parsed by the format module's field
//! parser, looking fields up in the arguments (or the mapping) in template order, as CPython
//! does, so errors surface in the same order.

use super::common::*;
use crate::runtime::format::fields::Conversion;
use crate::runtime::format::{
    self, Accessor, AutoNumbering, FieldKey, FieldName, FormatPiece, SpecText,
};
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};

/// Where replacement fields get their values.
enum Source<'a> {
    /// `str.format(*pos, **kw)`
    Args {
        pos: &'a [Value],
        args: &'a Args<'a>,
    },
    /// `str.format_map(mapping)`
    Mapping(Value),
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(&'static StrObj, &'a [Value])> {
    let (recv, rest) = split_receiver(vm, args, "str", name)?;
    match recv.get::<StrObj>() {
        Some(s) => Ok((s, rest)),
        None => Err(wrong_receiver(vm, "str", name, recv)),
    }
}

pub fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = this(vm, &args, "format")?;
    let text = render(
        vm,
        s.as_str(),
        &Source::Args {
            pos: rest,
            args: &args,
        },
    )?;
    Ok(vm.new_str(text))
}

pub fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = this(vm, &args, "format_map")?;
    let mapping = one_arg(vm, &args, rest, "str.format_map")?;
    let text = render(vm, s.as_str(), &Source::Mapping(mapping))?;
    Ok(vm.new_str(text))
}

fn render(vm: &mut Vm, template: &str, src: &Source) -> PyResult<String> {
    let pieces = format::parse_format_string(template);
    let mut numbering = AutoNumbering::new();
    let mut out = String::new();
    let mark = vm.roots_mark();
    let r = render_pieces(vm, &pieces, src, &mut numbering, &mut out);
    vm.unroot_to(mark);
    r.map(|_| out)
}

fn render_pieces(
    vm: &mut Vm,
    pieces: &[FormatPiece],
    src: &Source,
    numbering: &mut AutoNumbering,
    out: &mut String,
) -> PyResult<()> {
    for piece in pieces {
        match piece {
            FormatPiece::Literal(text) => out.push_str(text),
            FormatPiece::Error(msg) => return Err(vm.value_error(msg.clone())),
            FormatPiece::Field(field) => {
                let obj = lookup_field(vm, &field.name, src, numbering)?;
                let obj = match field.conversion {
                    None => obj,
                    Some(c) => {
                        let text = match Conversion::from_char(c) {
                            Ok(Conversion::Str) => vm.to_str(obj)?,
                            Ok(Conversion::Repr) => vm.repr(obj)?,
                            Ok(Conversion::Ascii) => {
                                let r = vm.repr(obj)?;
                                format::ascii_escape(&r)
                            }
                            Err(msg) => return Err(vm.value_error(msg)),
                        };
                        let v = vm.new_str(text);
                        vm.root(v);
                        v
                    }
                };
                let spec = match &field.spec {
                    SpecText::Plain(s) => s.clone(),
                    SpecText::Nested(inner) => {
                        let mut s = String::new();
                        render_pieces(vm, inner, src, numbering, &mut s)?;
                        s
                    }
                };
                let text = vm.format_value(obj, &spec)?;
                out.push_str(&text);
            }
        }
    }
    Ok(())
}

/// The object a field names: the argument, then each `.attr` / `[key]` step. Results are
/// rooted (until `render` returns) since later steps may run Python code.
fn lookup_field(
    vm: &mut Vm,
    name: &FieldName,
    src: &Source,
    numbering: &mut AutoNumbering,
) -> PyResult<Value> {
    let index = numbering
        .index(&name.key)
        .map_err(|msg| vm.value_error(msg))?;
    let mut obj = match (index, src) {
        (Some(i), Source::Args { pos, .. }) => match pos.get(i) {
            Some(&v) => v,
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )));
            }
        },
        (Some(_), Source::Mapping(_)) => {
            return Err(vm.value_error("Format string contains positional fields"))
        }
        (None, src) => {
            let key = match &name.key {
                FieldKey::Name(n) => n.as_str(),
                _ => "",
            };
            match src {
                Source::Args { args, .. } => match args.kwarg(key) {
                    Some(v) => v,
                    None => {
                        let k = vm.new_str(key);
                        return Err(vm.key_error(k));
                    }
                },
                Source::Mapping(m) => {
                    let k = vm.new_str(key);
                    vm.root(k);
                    vm.get_item(*m, k)?
                }
            }
        }
    };
    vm.root(obj);
    for step in &name.accessors {
        obj = match step {
            Ok(Accessor::Attr(attr)) => vm.get_attr_str(obj, attr)?,
            Ok(Accessor::Index(i)) => {
                let k = vm.new_int(*i as i64);
                vm.get_item(obj, k)?
            }
            Ok(Accessor::Key(key)) => {
                let k = vm.new_str(key.as_str());
                vm.root(k);
                vm.get_item(obj, k)?
            }
            Err(msg) => return Err(vm.value_error(msg.clone())),
        };
        vm.root(obj);
    }
    Ok(obj)
}
