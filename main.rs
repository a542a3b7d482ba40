fn main() {
    std::process::exit(stitch::runtime::cli::main());
}

/// glibc's malloc showed up as 15–40% of run time on allocation-heavy programs (the payloads of
/// lists, tuples, strs and dicts live in malloc'd buffers); mimalloc's size-class free lists fit
/// the collector's pattern of freeing many small buffers at once.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
