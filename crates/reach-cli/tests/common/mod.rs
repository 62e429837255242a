//! Shared by the CLI's end-to-end tests: a temporary folder with its own warehouse, and the
//! `reach` binary run against it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    /// An empty warehouse in a new temporary folder.
    pub fn new() -> Self {
        Env { dir: tempfile::tempdir().unwrap() }
    }
    /// A warehouse holding a demo book of `customers`.
    pub fn with_demo(customers: usize) -> Self {
        let env = Env::new();
        env.ok(&["demo", "--customers", &customers.to_string()]);
        env
    }
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    pub fn db(&self) -> PathBuf {
        self.path("reach.sqlite")
    }
    pub fn file(&self, name: &str, content: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, content).unwrap();
        p
    }
    pub fn reach(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_reach"))
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env_remove("REACH_DB")
            .output()
            .unwrap()
    }
    /// Runs `reach`, asserts success, returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.reach(args);
        assert!(out.status.success(), "reach {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }
}

/// A path in the repository, as text for the command line.
pub fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path).to_string_lossy().into_owned()
}
