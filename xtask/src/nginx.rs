//! Debian's nginx for the end-to-end tests: started by `cargo xtask test` as
//! a child (no daemon, one process) on a free port with a temporary prefix,
//! serving the guide as `deploy/nginx.conf` says, and stopped when dropped.
//!
//! Its site folder (`HG_NGINX_ROOT`) holds the clinic's own pages at the
//! top and a copy of the guide in each folder: the deploy and offline tests
//! link `dist/`, or their own copies of it, in there
//! (`tests/e2e/nginx.mjs`). Its address is `HG_NGINX_URL`.

use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::run::root;
use crate::tools::NGINX;

pub struct Nginx {
    child: Child,
    prefix: PathBuf,
    pub url: String,
    pub site: PathBuf,
}

/// The server's configuration: the clinic's pages at `/`, a copy of the
/// guide in every folder, each configured by `deploy/nginx.conf`.
fn config(prefix: &std::path::Path, site: &std::path::Path, port: u16, as_root: bool) -> String {
    let p = prefix.display();
    let user = if as_root { "user root;\n" } else { "" };
    format!(
        "{user}daemon off;\nmaster_process off;\nworker_processes 1;\npid {p}/nginx.pid;\n\
         error_log {p}/error.log warn;\nevents {{ worker_connections 256; }}\nhttp {{\n\
         \x20   access_log off;\n\
         \x20   client_body_temp_path {p}/body;\n    proxy_temp_path {p}/proxy;\n\
         \x20   fastcgi_temp_path {p}/fastcgi;\n    uwsgi_temp_path {p}/uwsgi;\n    scgi_temp_path {p}/scgi;\n\
         \x20   types {{ text/html html; text/javascript js; }}\n\
         \x20   server {{\n        listen 127.0.0.1:{port};\n        root {site};\n\
         \x20       location / {{ add_header Cache-Control no-cache; }}\n\
         \x20       location ~ ^/[^/]+/ {{ include {conf}; }}\n    }}\n}}\n",
        site = site.display(),
        conf = root().join("deploy/nginx.conf").display(),
    )
}

/// A port no one listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("find a free port")
}

impl Nginx {
    /// Starts nginx; stops the test command with nginx's own message if it
    /// cannot.
    pub fn start() -> Nginx {
        let prefix = std::env::temp_dir().join(format!("hg-nginx-{}", std::process::id()));
        let site = prefix.join("site");
        let _ = fs::remove_dir_all(&prefix);
        fs::create_dir_all(&site).expect("create nginx's temporary prefix");
        let as_root = crate::run::output_of(Command::new("id").arg("-u")).trim() == "0";
        // The port was free a moment ago; another program may take it
        // first, so a few tries.
        for _ in 0..5 {
            let port = free_port();
            let conf = prefix.join("nginx.conf");
            fs::write(&conf, config(&prefix, &site, port, as_root)).expect("write nginx.conf");
            let mut child = Command::new(NGINX)
                .arg("-p")
                .arg(&prefix)
                .arg("-e")
                .arg(prefix.join("error.log"))
                .arg("-c")
                .arg(&conf)
                .stdin(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("start {NGINX}: {e}"));
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    let url = format!("http://127.0.0.1:{port}");
                    eprintln!(
                        "xtask: nginx (deploy/nginx.conf) serves the end-to-end tests at {url}"
                    );
                    return Nginx {
                        child,
                        prefix,
                        url,
                        site,
                    };
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        let log = fs::read_to_string(prefix.join("error.log")).unwrap_or_default();
        eprintln!("xtask: nginx did not start:\n{log}");
        std::process::exit(1);
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // One process (master_process off): ending it ends the server.
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = fs::remove_dir_all(&self.prefix);
    }
}
