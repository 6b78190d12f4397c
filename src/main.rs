//! The `escalate` binary: everything happens in the library's `app::main`.

fn main() -> std::process::ExitCode {
    escalate::app::main()
}
