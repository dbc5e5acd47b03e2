//! One [`Scorer`] per policy, built once per process and shared: a Python caller passes
//! `policy=` on every call, and building a scorer compiles the lexicons.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use credence_facade::{Config, Policy, Scorer};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::PyResult;

/// A partial policy file's text, with the scorer built from it. The key is the text, not the
/// path, so editing the file between calls takes effect.
static BY_POLICY: Mutex<Option<HashMap<String, Scorer>>> = Mutex::new(None);
static DEFAULT: OnceLock<Scorer> = OnceLock::new();

/// The scorer for `policy` (a partial TOML policy file laid over the defaults, as the CLI's
/// `--policy FILE`), or the default one. Raises `OSError` when the file cannot be read and
/// `ValueError` when it is not a valid policy, with the CLI's wording.
pub fn scorer(policy: Option<&Path>) -> PyResult<Scorer> {
    let Some(path) = policy else {
        return Ok(DEFAULT
            .get_or_init(|| Scorer::new(Config::default()))
            .clone());
    };
    let text = std::fs::read_to_string(path).map_err(|e| {
        PyOSError::new_err(format!("cannot read policy file '{}': {e}", path.display()))
    })?;
    // A poisoned lock only means another thread panicked while inserting; the map is intact.
    let mut guard = BY_POLICY.lock().unwrap_or_else(|p| p.into_inner());
    let map = guard.get_or_insert_with(HashMap::new);
    if let Some(s) = map.get(&text) {
        return Ok(s.clone());
    }
    let parsed = Policy::with_overrides(&text).map_err(|e| {
        PyValueError::new_err(format!("invalid policy file '{}': {e}", path.display()))
    })?;
    let s = Scorer::new(Config {
        policy: parsed,
        ..Config::default()
    });
    map.insert(text, s.clone());
    Ok(s)
}
