//! Executable memory for stitched code, under W^X: a page is writable or executable, never both.
//!
//! The arena keeps a pool of chunks (anonymous mappings of `chunk_size` bytes) and packs code
//! into them. Writing happens in batches (`ExecArena::write`): every chunk the batch touches is
//! flipped to read-write for the batch and back to read-execute when it ends, so the cost of
//! `mprotect` is paid per batch, not per trace, and no mapping is ever created per trace. A chunk
//! whose code has all been freed is reused from its start.
//!
//! Flipping a chunk that holds live code to read-write is sound only because nothing executes
//! JIT code while a batch is open (one thread runs Python; a helper that stitches from inside a
//! trace returns into its chunk only after the batch has sealed it again).

use std::io;

use memmap2::{Mmap, MmapMut, MmapOptions};

/// Small chunks flip faster: mprotect time grows with the pages a chunk has in use.
const DEFAULT_CHUNK_SIZE: usize = 16 * 1024;
const PAGE_SIZE: usize = 4096;
/// Code starts on 16-byte boundaries (what compilers give functions).
pub const CODE_ALIGN: usize = 16;

/// A block of code in the arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeRegion {
    pub addr: usize,
    pub len: usize,
    chunk: usize,
}

enum Mapping {
    Writable(MmapMut),
    Executable(Mmap),
    /// Only while the protection is being changed.
    Changing,
}

struct Chunk {
    mapping: Mapping,
    addr: usize,
    capacity: usize,
    /// Bump pointer: bytes handed out so far.
    used: usize,
    /// Bytes handed out and not yet freed.
    live: usize,
}

impl Chunk {
    fn make_writable(&mut self) {
        if let Mapping::Executable(_) = self.mapping {
            let Mapping::Executable(map) = std::mem::replace(&mut self.mapping, Mapping::Changing)
            else {
                unreachable!()
            };
            self.mapping = Mapping::Writable(map.make_mut().unwrap_or_else(|e| lost_code(e)));
        }
    }

    fn make_executable(&mut self) {
        if let Mapping::Writable(_) = self.mapping {
            let Mapping::Writable(map) = std::mem::replace(&mut self.mapping, Mapping::Changing)
            else {
                unreachable!()
            };
            self.mapping = Mapping::Executable(map.make_exec().unwrap_or_else(|e| lost_code(e)));
        }
    }
}

/// memmap2 unmaps a mapping whose protection change failed; traces may still point into it.
fn lost_code(error: io::Error) -> ! {
    eprintln!("stitch: fatal: changing the protection of JIT code failed: {error}");
    std::process::abort()
}

pub struct ExecArena {
    chunks: Vec<Chunk>,
    /// The chunk new code goes to first.
    current: Option<usize>,
    chunk_size: usize,
}

impl Default for ExecArena {
    fn default() -> Self {
        Self::new()
    }
}

impl ExecArena {
    pub fn new() -> Self {
        Self::with_chunk_size(DEFAULT_CHUNK_SIZE)
    }

    pub fn with_chunk_size(chunk_size: usize) -> Self {
        ExecArena {
            chunks: Vec::new(),
            current: None,
            chunk_size: round_up(chunk_size.max(1), PAGE_SIZE),
        }
    }

    /// Runs `batch`, which may allocate and fill any number of regions; all of them are
    /// executable (and no longer writable) when this returns, even if `batch` panics.
    pub fn write<R>(&mut self, batch: impl FnOnce(&mut ArenaWriter<'_>) -> R) -> R {
        let mut writer = ArenaWriter {
            arena: self,
            touched: Vec::new(),
        };
        batch(&mut writer)
    }

    /// Allocates `len` bytes, lets `fill` write them (it gets the final address) and seals them.
    pub fn install(
        &mut self,
        len: usize,
        fill: impl FnOnce(&mut [u8], usize),
    ) -> io::Result<CodeRegion> {
        self.write(|writer| {
            let (region, bytes) = writer.alloc(len)?;
            fill(bytes, region.addr);
            Ok(region)
        })
    }

    /// The bytes of a region, for disassembly.
    pub fn code(&self, region: CodeRegion) -> &[u8] {
        let chunk = &self.chunks[region.chunk];
        assert!(
            region.addr >= chunk.addr && region.addr + region.len <= chunk.addr + chunk.capacity
        );
        // SAFETY: the region lies inside a live mapping of this arena (checked above), which is
        // readable under either protection and not written while `&self` is borrowed.
        unsafe { std::slice::from_raw_parts(region.addr as *const u8, region.len) }
    }

    /// Returns a region's bytes to the pool.
    ///
    /// # Safety
    /// No code in the region may be running or be jumped to afterwards (no trace links to it).
    pub unsafe fn free(&mut self, region: CodeRegion) {
        let chunk = &mut self.chunks[region.chunk];
        chunk.live -= region.len;
        if chunk.live == 0 {
            chunk.used = 0;
        }
    }

    /// Address ranges of every chunk, for tests and diagnostics.
    pub fn mapped_ranges(&self) -> Vec<(usize, usize)> {
        self.chunks
            .iter()
            .map(|c| (c.addr, c.addr + c.capacity))
            .collect()
    }

    fn chunk_with_room(&mut self, len: usize) -> io::Result<usize> {
        let fits = |c: &Chunk| round_up(c.used, CODE_ALIGN) + len <= c.capacity;
        if let Some(current) = self.current.filter(|&i| fits(&self.chunks[i])) {
            return Ok(current);
        }
        let index = match self
            .chunks
            .iter()
            .position(|c| c.live == 0 && c.capacity >= len)
        {
            Some(empty) => {
                self.chunks[empty].used = 0;
                empty
            }
            None => {
                let capacity = round_up(len.max(self.chunk_size), PAGE_SIZE);
                let map = MmapOptions::new().len(capacity).map_anon()?;
                let addr = map.as_ptr() as usize;
                self.chunks.push(Chunk {
                    mapping: Mapping::Writable(map),
                    addr,
                    capacity,
                    used: 0,
                    live: 0,
                });
                self.chunks.len() - 1
            }
        };
        self.current = Some(index);
        Ok(index)
    }
}

/// An open write batch (see `ExecArena::write`). Seals what it touched when dropped.
pub struct ArenaWriter<'a> {
    arena: &'a mut ExecArena,
    touched: Vec<usize>,
}

impl ArenaWriter<'_> {
    /// A fresh, writable, `CODE_ALIGN`-aligned region of `len` bytes. Its contents are
    /// unspecified (old code or `int3` padding): the caller overwrites what it will run.
    pub fn alloc(&mut self, len: usize) -> io::Result<(CodeRegion, &mut [u8])> {
        let index = self.arena.chunk_with_room(len)?;
        let chunk = &mut self.arena.chunks[index];
        chunk.make_writable();
        if !self.touched.contains(&index) {
            self.touched.push(index);
        }
        let start = round_up(chunk.used, CODE_ALIGN);
        chunk.used = start + len;
        chunk.live += len;
        let Mapping::Writable(map) = &mut chunk.mapping else {
            unreachable!("made writable above")
        };
        let bytes = &mut map[start..start + len];
        Ok((
            CodeRegion {
                addr: chunk.addr + start,
                len,
                chunk: index,
            },
            bytes,
        ))
    }
}

impl ArenaWriter<'_> {
    /// `ExecArena::free` inside a batch.
    ///
    /// # Safety
    /// As for `ExecArena::free`.
    pub unsafe fn free(&mut self, region: CodeRegion) {
        // SAFETY: forwarded contract.
        unsafe { self.arena.free(region) }
    }
}

impl Drop for ArenaWriter<'_> {
    fn drop(&mut self) {
        for &index in &self.touched {
            self.arena.chunks[index].make_executable();
        }
    }
}

fn round_up(n: usize, to: usize) -> usize {
    n.div_ceil(to) * to
}
