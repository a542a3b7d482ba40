fn main() {
    std::process::exit(stitch::runtime::cli::main());
}
