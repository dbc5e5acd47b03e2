//! No data lost: a run that is killed or interrupted never leaves a truncated output file, and a
//! closed pipe ends the run quietly.
//!
//! To stop a run mid-way without timing anything, an input is a named pipe (FIFO): reading it
//! blocks until the test writes to it, so the run is provably in the middle when it is signalled.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::util::{root, Csv};

const PREVIOUS: &[u8] = b"id,verdict\nprevious-run.txt,original\n";

/// `n` small documents in `dir`.
fn documents(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    let sample = std::fs::read(root().join("data/samples/b_wire.txt")).unwrap();
    for i in 0..n {
        std::fs::write(dir.join(format!("doc{i:03}.txt")), &sample).unwrap();
    }
}

/// A named pipe, or `None` (with a printed reason) when `mkfifo` is not available.
fn fifo(path: &Path) -> Option<()> {
    match Command::new("mkfifo").arg(path).status() {
        Ok(s) if s.success() => Some(()),
        _ => {
            eprintln!("skipped: mkfifo is not available to make a blocking input");
            None
        }
    }
}

struct Run {
    child: Child,
    out_dir: PathBuf,
    target: PathBuf,
    fifo: PathBuf,
    _dir: tempfile::TempDir,
}

/// Starts `credence score pipe.txt before/ after/ -o out/scores.csv` over a previous
/// `scores.csv`, and waits until the run has opened its temporary output file (so it is under
/// way, and its signal handler installed).
fn start() -> Option<Run> {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    documents(&d.join("before"), 20);
    documents(&d.join("after"), 20);
    let pipe = d.join("pipe.txt");
    fifo(&pipe)?;
    let out_dir = d.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let target = out_dir.join("scores.csv");
    std::fs::write(&target, PREVIOUS).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_credence"))
        .args(["score", "-q", "--jobs", "1", "-o"])
        .arg(&target)
        .arg(&pipe)
        .arg(d.join("before"))
        .arg(d.join("after"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Not a timing assertion: a bound so a broken binary fails the test instead of hanging it.
    for _ in 0..6000 {
        if temp_files(&out_dir) > 0 {
            return Some(Run {
                child,
                out_dir,
                target,
                fifo: pipe,
                _dir: dir,
            });
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the run never opened its temporary output file");
}

fn temp_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".credence-")
        })
        .count()
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill {sig} failed");
}

/// Unblocks the run's read of the named pipe with a small document.
fn feed(fifo: &Path) {
    let mut f = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
    f.write_all(b"Harbor Reopens\n\nThe harbor reopened on Monday, officials said.\n")
        .unwrap();
}

#[test]
fn kill_9_mid_run_leaves_the_previous_output() {
    let Some(mut run) = start() else { return };
    signal(&run.child, "-KILL");
    let status = run.child.wait().unwrap();
    assert!(!status.success());
    assert_eq!(
        std::fs::read(&run.target).unwrap(),
        PREVIOUS,
        "the previous output is byte-identical"
    );
    // The killed run's temporary file may stay behind; it is never the output file.
    assert!(!run.out_dir.join("scores.csv.partial").exists());
}

#[test]
fn sigint_mid_run_keeps_complete_rows_apart_and_the_previous_output() {
    let Some(mut run) = start() else { return };
    signal(&run.child, "-INT");
    // Wait for the handler to acknowledge before letting the run go on.
    let mut stderr = BufReader::new(run.child.stderr.take().unwrap());
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "stderr closed before the interruption was acknowledged: {seen}"
        );
        seen.push_str(&line);
        if line.contains("interrupted") {
            break;
        }
    }
    // The run may have stopped before it opened the pipe (signalled between two windows), so the
    // pipe is fed from a thread, and unblocked by a reader opened here (see below).
    let feeder = {
        let fifo = run.fifo.clone();
        std::thread::spawn(move || feed(&fifo))
    };
    stderr.read_to_string(&mut seen).unwrap();
    let status = run.child.wait().unwrap();
    // A reader held until the feeder is done, opened read-write, which never blocks on a FIFO
    // (Linux, macOS): the feeder's open and write go through whether or not the run read the
    // pipe, and whenever the feeder gets there. (A blocking read-only open here, dropped at
    // once, could miss the feeder under load and leave it, and this test, waiting.)
    let _reader = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&run.fifo)
        .unwrap();
    feeder.join().unwrap();
    assert_eq!(status.code(), Some(130), "{seen}");
    assert_eq!(std::fs::read(&run.target).unwrap(), PREVIOUS);
    assert!(
        seen.contains("interrupted after") && seen.contains("(of 41 inputs)"),
        "{seen}"
    );
    let partial = std::fs::read(run.out_dir.join("scores.csv.partial")).unwrap();
    let csv = Csv::parse(&partial);
    assert!(csv.rows.len() < 41, "{} rows", csv.rows.len());
    assert!(csv.rows.iter().all(|r| !r["verdict"].is_empty()));
    assert_eq!(temp_files(&run.out_dir), 0, "no temporary file left behind");
}

#[test]
fn broken_pipe_exits_quietly() {
    let mut args = vec!["score", "-q"];
    // Enough rows to overflow a pipe's buffer, so the writes after `head` closes it fail.
    args.extend(std::iter::repeat_n("data/samples", 20));
    let mut child = Command::new(env!("CARGO_BIN_EXE_credence"))
        .args(&args)
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        out.read_line(&mut first).unwrap();
        assert!(first.starts_with("id,"));
        // `out` is dropped here: the reading end of the pipe closes, as with `| head -1`.
    }
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "quiet on a closed pipe: {stderr}");
}
