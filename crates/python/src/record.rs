//! A [`Report`] as a Python dict: the line the CLI's [`JsonlSink`] writes, parsed by Python's
//! `json.loads`. Going through the CLI's own writer (rather than building dicts field by field)
//! is what keeps the two equal as the report crate grows columns.

use credence_facade::report::{JsonlSink, Sink};
use credence_facade::Report;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyList};

/// The JSON Lines record of `report`, without its newline. Runs without the GIL.
pub fn jsonl_line(report: &Report) -> Result<Vec<u8>, String> {
    let mut line = Vec::new();
    JsonlSink::new(&mut line)
        .write(report)
        .map_err(|e| format!("cannot serialise the report of '{}': {e}", report.id))?;
    line.pop();
    Ok(line)
}

/// The record of a report that [`jsonl_line`] already serialised, as a dict.
pub fn line_to_dict<'py>(
    py: Python<'py>,
    line: Result<Vec<u8>, String>,
) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let line = line.map_err(PyRuntimeError::new_err)?;
    LOADS
        .import(py, "json", "loads")?
        .call1((PyBytes::new(py, &line),))
}

/// The records of serialised reports, in order, as a list of dicts.
pub fn lines_to_list<'py>(
    py: Python<'py>,
    lines: Vec<Result<Vec<u8>, String>>,
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for line in lines {
        out.append(line_to_dict(py, line)?)?;
    }
    Ok(out)
}
