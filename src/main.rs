//! Entry point of the browser app. Trunk builds this binary for wasm32; natively it only says
//! how to run the app, so that `cargo run --bin sync-planner` is not a silent no-op.

#[cfg(target_arch = "wasm32")]
fn main() {
    sync_planner::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Sync Planner runs in the browser: `bash scripts/serve.sh` builds it and serves it");
    eprintln!(
        "at http://127.0.0.1:8080. For the command-line engine, use `cargo run --bin simulate`."
    );
    std::process::exit(2);
}
