//! The hash objects of `hashlib` (`hashlib.md5()`, …): a running message digest. The
//! algorithms are the RustCrypto crates; the Python-facing methods are in
//! `modules::hashlib`.

use crate::runtime::heap::{Header, Marker, Trace};
use crate::runtime::value::Value;
use sha2::Digest;
use std::cell::RefCell;

/// A digest in progress, one variant per algorithm.
#[derive(Clone)]
pub enum DigestState {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl DigestState {
    /// The state for an algorithm name as `hashlib.new` spells it (any case), if supported.
    pub fn new(name: &str) -> Option<DigestState> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => DigestState::Md5(md5::Md5::new()),
            "sha1" => DigestState::Sha1(sha1::Sha1::new()),
            "sha224" => DigestState::Sha224(sha2::Sha224::new()),
            "sha256" => DigestState::Sha256(sha2::Sha256::new()),
            "sha384" => DigestState::Sha384(sha2::Sha384::new()),
            "sha512" => DigestState::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }
    /// The canonical (lowercase) name, `h.name`.
    pub fn name(&self) -> &'static str {
        match self {
            DigestState::Md5(_) => "md5",
            DigestState::Sha1(_) => "sha1",
            DigestState::Sha224(_) => "sha224",
            DigestState::Sha256(_) => "sha256",
            DigestState::Sha384(_) => "sha384",
            DigestState::Sha512(_) => "sha512",
        }
    }
    pub fn digest_size(&self) -> usize {
        match self {
            DigestState::Md5(_) => 16,
            DigestState::Sha1(_) => 20,
            DigestState::Sha224(_) => 28,
            DigestState::Sha256(_) => 32,
            DigestState::Sha384(_) => 48,
            DigestState::Sha512(_) => 64,
        }
    }
    pub fn block_size(&self) -> usize {
        match self {
            DigestState::Sha384(_) | DigestState::Sha512(_) => 128,
            _ => 64,
        }
    }
    pub fn update(&mut self, data: &[u8]) {
        match self {
            DigestState::Md5(h) => h.update(data),
            DigestState::Sha1(h) => h.update(data),
            DigestState::Sha224(h) => h.update(data),
            DigestState::Sha256(h) => h.update(data),
            DigestState::Sha384(h) => h.update(data),
            DigestState::Sha512(h) => h.update(data),
        }
    }
    /// The digest of everything so far (the state itself is left as it was).
    pub fn finish(&self) -> Vec<u8> {
        match self.clone() {
            DigestState::Md5(h) => h.finalize().to_vec(),
            DigestState::Sha1(h) => h.finalize().to_vec(),
            DigestState::Sha224(h) => h.finalize().to_vec(),
            DigestState::Sha256(h) => h.finalize().to_vec(),
            DigestState::Sha384(h) => h.finalize().to_vec(),
            DigestState::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

#[repr(C)]
pub struct DigestObj {
    pub header: Header,
    /// The Python class of the object (`_hashlib.HASH`).
    pub class: Value,
    pub state: RefCell<DigestState>,
}

impl Trace for DigestObj {
    fn trace(&self, m: &mut Marker) {
        m.mark(self.class);
    }
}
