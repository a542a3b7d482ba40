//! The import system: `import a.b.c`, relative imports, `from m import x`, `from m import *`.
//!
//! Where a module comes from, in order: `sys.modules` (which also holds the modules built in
//! Rust, registered at start-up), then `<dir>/a/b.py` or `<dir>/a/b/__init__.py` for each
//! folder of `sys.path` (the script's folder first), then the Python modules embedded in the
//! binary (`modules::embedded`).

use super::{PyResult, Vm};
use crate::runtime::modules::embedded;
use crate::runtime::object::*;
use crate::runtime::value::Value;
use crate::runtime::vm::types::ExcName;
use std::path::PathBuf;

/// Where a module's source was found.
struct Found {
    source: String,
    /// The file name tracebacks show.
    filename: String,
    is_package: bool,
    /// For packages: the folder searched for submodules.
    package_dir: Option<PathBuf>,
}

impl Vm {
    /// IMPORT_NAME: `name` with `fromlist` and `level`, from code running with `globals`.
    pub fn import_name(
        &mut self,
        name: Value,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult<Value> {
        let level = self.to_i64(level).unwrap_or(0);
        let name = Vm::str_of(name).to_string();
        let absolute = if level > 0 {
            self.resolve_relative(&name, level as usize, globals)?
        } else {
            name.clone()
        };
        if absolute.is_empty() {
            return Err(self.err(ExcName::ImportError, "Empty module name"));
        }
        // Import every prefix: a, a.b, a.b.c.
        let parts: Vec<&str> = absolute.split('.').collect();
        let mut module = Value::NONE;
        for i in 0..parts.len() {
            let prefix = parts[..=i].join(".");
            module = self.import_one(&prefix)?;
        }
        let has_fromlist = !fromlist.is_none()
            && !fromlist.is_null()
            && fromlist
                .get::<TupleObj>()
                .map(|t| !t.items.is_empty())
                .unwrap_or(true);
        if has_fromlist {
            return Ok(module);
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        // `import a.b.c` binds the top package `a` (for relative ones, the first named part).
        let top = if level > 0 {
            let base_len = absolute.len() - name.len();
            let first = name.split('.').next().unwrap_or("");
            format!("{}{}", &absolute[..base_len], first)
        } else {
            parts[0].to_string()
        };
        self.import_one(&top)
    }

    /// `from . import x` etc.: the package the importing module lives in, `level` up.
    fn resolve_relative(&mut self, name: &str, level: usize, globals: Value) -> PyResult<String> {
        let pkg_key = self.intern("__package__");
        let name_key = self.names.name;
        let path_key = self.intern("__path__");
        let package = match self.dict_get(globals, pkg_key)? {
            Some(p) if p.is::<StrObj>() => Vm::str_of(p).to_string(),
            _ => {
                let modname = self
                    .dict_get(globals, name_key)?
                    .map(|n| Vm::str_of(n).to_string())
                    .unwrap_or_default();
                if self.dict_get(globals, path_key)?.is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.err(
                ExcName::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((p, _)) => base = p,
                None => {
                    return Err(self.err(
                        ExcName::ImportError,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Import exactly one module by its absolute name (its parent already imported).
    fn import_one(&mut self, full: &str) -> PyResult<Value> {
        let modules = self.modules;
        let key = self.new_str(full);
        if let Some(m) = self.dict_get(modules, key)? {
            return Ok(m);
        }
        let (parent, leaf) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, full.to_string()),
        };
        let search_dirs: Vec<PathBuf> = match &parent {
            Some(p) => {
                let pkey = self.new_str(p.as_str());
                let pm = self.dict_get(modules, pkey)?;
                let path = match pm {
                    Some(pm) => self.get_attr_str(pm, "__path__").ok(),
                    None => None,
                };
                match path.and_then(|p| p.get::<ListObj>().map(|l| l.to_vec())) {
                    Some(items) => items
                        .iter()
                        .map(|v| PathBuf::from(Vm::str_of(*v)))
                        .collect(),
                    None => Vec::new(),
                }
            }
            None => self.sys_path(),
        };
        let found = self.find_module(full, &leaf, &search_dirs);
        let Some(found) = found else {
            return Err(self.err(
                ExcName::ModuleNotFoundError,
                format!("No module named '{full}'"),
            ));
        };
        let module = self.exec_module(full, found)?;
        if let Some(p) = parent {
            let pkey = self.new_str(p.as_str());
            if let Some(pm) = self.dict_get(modules, pkey)? {
                let leaf_key = self.intern(&leaf);
                if let Some(pmo) = pm.get::<ModuleObj>() {
                    self.dict_set(pmo.dict, leaf_key, module)?;
                }
            }
        }
        Ok(module)
    }

    fn sys_path(&mut self) -> Vec<PathBuf> {
        let key = self.new_str("sys");
        let modules = self.modules;
        let sys = self.dict_get(modules, key).ok().flatten();
        let path = sys.and_then(|s| self.get_attr_str(s, "path").ok());
        path.and_then(|p| p.get::<ListObj>().map(|l| l.to_vec()))
            .map(|items| {
                items
                    .iter()
                    .filter(|v| v.is::<StrObj>())
                    .map(|v| PathBuf::from(Vm::str_of(*v)))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn find_module(&mut self, full: &str, leaf: &str, dirs: &[PathBuf]) -> Option<Found> {
        for dir in dirs {
            let dir = if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir.clone()
            };
            let pkg_init = dir.join(leaf).join("__init__.py");
            if let Ok(source) = read_source(&pkg_init) {
                return Some(Found {
                    source,
                    filename: display(&pkg_init),
                    is_package: true,
                    package_dir: Some(dir.join(leaf)),
                });
            }
            let file = dir.join(format!("{leaf}.py"));
            if let Ok(source) = read_source(&file) {
                return Some(Found {
                    source,
                    filename: display(&file),
                    is_package: false,
                    package_dir: None,
                });
            }
        }
        embedded::find(full).map(|(is_package, src)| Found {
            source: src.to_string(),
            filename: format!("<stitch>/{}.py", full.replace('.', "/")),
            is_package,
            package_dir: None,
        })
    }

    /// Compile and run a module's source as `full`, registered in sys.modules first (so
    /// circular imports see the partly initialised module).
    fn exec_module(&mut self, full: &str, found: Found) -> PyResult<Value> {
        let unit = match crate::runtime::compiler::compile_module(&found.source, &found.filename) {
            Ok(u) => u,
            Err(e) => {
                let msg = format!("{} ({}, line {})", e.msg, e.filename, e.line);
                return Err(self.err(ExcName::SyntaxError, msg));
            }
        };
        self.sources
            .insert(found.filename.clone(), found.source.clone());
        let module = crate::runtime::modules::new_module(self, full);
        let dict = module.get::<ModuleObj>().expect("module").dict;
        let file = self.new_str(found.filename.as_str());
        crate::runtime::modules::set(self, module, "__file__", file);
        let package = if found.is_package {
            full.to_string()
        } else {
            full.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        let package = self.new_str(package);
        crate::runtime::modules::set(self, module, "__package__", package);
        if found.is_package {
            let dirs: Vec<Value> = found
                .package_dir
                .iter()
                .map(|d| display(d))
                .map(|d| self.new_str(d))
                .collect();
            let path = self.new_list(dirs);
            crate::runtime::modules::set(self, module, "__path__", path);
        }
        let b = self.builtins;
        crate::runtime::modules::set(self, module, "__builtins__", b);
        let code = self.load_code(unit);
        let mark = self.root(module);
        let r = self.run_module_code(code, dict);
        self.unroot_to(mark);
        if let Err(e) = r {
            let modules = self.modules;
            let key = self.new_str(full);
            let _ = self.dict_del(modules, key);
            return Err(e);
        }
        Ok(module)
    }

    /// IMPORT_FROM: `from module import name`, falling back to a submodule.
    pub fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        if let Ok(v) = self.get_attr(module, name) {
            return Ok(v);
        }
        let mn = module
            .get::<ModuleObj>()
            .map(|m| Vm::str_of(m.name).to_string())
            .unwrap_or_default();
        let n = Vm::str_of(name).to_string();
        if module.get::<ModuleObj>().is_some() && self.get_attr_str(module, "__path__").is_ok() {
            if let Ok(sub) = self.import_one(&format!("{mn}.{n}")) {
                return Ok(sub);
            }
        }
        let location = self
            .get_attr_str(module, "__file__")
            .ok()
            .filter(|f| f.is::<StrObj>())
            .map(|f| Vm::str_of(f).to_string());
        let location = location.unwrap_or_else(|| "unknown location".to_string());
        Err(self.err(
            ExcName::ImportError,
            format!("cannot import name '{n}' from '{mn}' ({location})"),
        ))
    }

    /// IMPORT_STAR: copy the module's public names (or its `__all__`) into `namespace`.
    pub fn import_star(&mut self, module: Value, namespace: Value) -> PyResult<()> {
        let Some(m) = module.get::<ModuleObj>() else {
            return Err(self.type_error("from-import-* needs a module"));
        };
        let all_key = self.intern("__all__");
        let names: Vec<Value> = match self.dict_get(m.dict, all_key)? {
            Some(all) => self.collect_iter(all)?,
            None => {
                let keys = m
                    .dict
                    .get::<DictObj>()
                    .map(|d| d.table.borrow().keys())
                    .unwrap_or_default();
                keys.into_iter()
                    .filter(|k| !Vm::str_of(*k).starts_with('_'))
                    .collect()
            }
        };
        for n in names {
            let v = self.get_attr(module, n)?;
            self.dict_set(namespace, n, v)?;
        }
        Ok(())
    }
}

fn read_source(path: &std::path::Path) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?;
    Ok(String::from_utf8_lossy(&bytes).replace("\r\n", "\n"))
}

fn display(p: &std::path::Path) -> String {
    let s = p.to_string_lossy().to_string();
    s.strip_prefix("./").map(|x| x.to_string()).unwrap_or(s)
}
