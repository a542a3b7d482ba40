//! Scope analysis: which names are local, global, free or cell in each scope.
