//! `simulate`: the engine on the command line. See [`sync_planner::cli`] and the README.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::io::Read;
    use std::process::ExitCode;

    use sync_planner::cli::{ArgsError, parse_args, run};

    // `simulate import FILE…` reads Task Scheduler XML and Get-ADSyncScheduler text.
    let mut argv = std::env::args().skip(1).peekable();
    if argv.peek().is_some_and(|a| a == "import") {
        return sync_planner::cli::import::main(argv.skip(1));
    }
    let args = match parse_args(argv) {
        Ok(args) => args,
        Err(e @ ArgsError::Help) => {
            print!("{e}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprint!("{e}");
            return ExitCode::from(2);
        }
    };
    let text = if args.input == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(&args.input)
    };
    let text = match text {
        Ok(text) => text,
        Err(e) => {
            eprintln!("simulate: cannot read {}: {e}", args.input);
            return ExitCode::from(2);
        }
    };
    match run(&text, &args) {
        Ok(out) => {
            for note in &out.notes {
                eprintln!("simulate: {note}");
            }
            print!("{}", out.text);
            if !out.text.ends_with('\n') {
                println!();
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("simulate: {}: {e}", args.input);
            ExitCode::from(1)
        }
    }
}

/// The simulator reads files, so it exists natively only; the wasm build of this target is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
