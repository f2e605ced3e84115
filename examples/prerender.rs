//! Writes the prerendered start page (`start.html`) and the no-JavaScript
//! page (`noscript.html`) into the folder given; `cargo xtask dist` puts
//! them into `dist/index.html`.
//!
//! `cargo run --example prerender --features prerender -- <folder>`

use std::path::PathBuf;

fn main() {
    let Some(folder) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <folder>");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&folder).expect("create the output folder");
    let pages = [
        ("start.html", hamstring_guide::prerender::start_page()),
        ("noscript.html", hamstring_guide::prerender::no_script()),
    ];
    for (name, html) in pages {
        std::fs::write(folder.join(name), html).expect("write a prerendered page");
    }
}
