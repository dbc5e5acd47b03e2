//! The commands for people and tools that look at one document or at the scorer itself:
//! `extract`, `explain`, `signals`, `policy show`.

use std::io::Write;

use serde::Serialize;

use credence::heuristics::{Axis, REGISTRY};
use credence::report::{JsonlSink, Sink};

use crate::args::{ExplainArgs, ExtractArgs, PolicyCommand, UsageError};
use crate::inputs::{self, InputKind};
use crate::output::{terminal_safe, TerminalSafe};
use crate::stream::Units;

#[derive(Serialize)]
struct ExtractRecord<'a> {
    id: &'a str,
    error: Option<String>,
    format: Option<credence::Format>,
    encoding: Option<&'a str>,
    extraction: Option<&'a credence::extract::Extraction>,
}

pub fn extract(a: ExtractArgs) -> anyhow::Result<u8> {
    let scorer = a.scoring.scorer()?;
    let inputs = inputs::expand(&a.paths, false);
    let one_document = match inputs.as_slice() {
        [only] => matches!(only.kind(a.input_format), InputKind::Document(_)),
        _ => false,
    };
    let pretty = match a.format.as_deref() {
        Some("json") => true,
        Some("jsonl") => false,
        None => one_document,
        Some(other) => {
            return Err(UsageError(format!("unknown --format '{other}': use json or jsonl")).into())
        }
    };
    // Read as `score` reads: a WARC or JSON Lines file is many documents, with the same ids.
    let mut units = Units::new(inputs, a.input_format, a.jsonl.fields(), a.scoring.clone());
    let mut out = std::io::BufWriter::new(for_stdout(std::io::stdout().lock()));
    let mut failed = 0;
    for unit in units.by_ref() {
        let id = unit.id().to_string();
        let (doc, x, error) = match unit.extract(&scorer) {
            Ok((d, x)) => (Some(d), Some(x), None),
            Err(e) => {
                failed += 1;
                eprintln!("credence: {}: {e}", terminal_safe(&id));
                (None, None, Some(e))
            }
        };
        let rec = ExtractRecord {
            id: &id,
            error,
            format: doc.as_ref().map(|d| d.format),
            encoding: doc.as_ref().map(|d| d.encoding.as_str()),
            extraction: x.as_ref(),
        };
        if pretty {
            serde_json::to_writer_pretty(&mut out, &rec)?;
        } else {
            serde_json::to_writer(&mut out, &rec)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    if let Some(note) = crate::stream::skipped_note(&units.skipped) {
        eprintln!("credence: {note}");
    }
    Ok(if failed > 0 {
        crate::EXIT_SOME_FAILED
    } else {
        crate::EXIT_OK
    })
}

pub fn explain(a: ExplainArgs) -> anyhow::Result<u8> {
    let scorer = a.scoring.scorer()?;
    let colour = match a.color.as_str() {
        "always" => true,
        "never" => false,
        "auto" => {
            std::io::IsTerminal::is_terminal(&std::io::stdout())
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
        other => {
            return Err(UsageError(format!(
                "unknown --color '{other}': use auto, always or never"
            ))
            .into())
        }
    };
    let json = match a.format.as_str() {
        "json" => true,
        "text" => false,
        other => {
            return Err(UsageError(format!("unknown --format '{other}': use text or json")).into())
        }
    };
    // Read as `score` reads: a WARC or JSON Lines file explains each of its documents, under the
    // ids `score` gives them.
    let inputs = inputs::expand(std::slice::from_ref(&a.path), false);
    let mut units = Units::new(inputs, a.input_format, a.jsonl.fields(), a.scoring.clone());
    let mut out = std::io::BufWriter::new(for_stdout(std::io::stdout().lock()));
    let mut failed = false;
    let mut first = true;
    for unit in units.by_ref() {
        let report = unit.score(&scorer);
        failed |= report.error.is_some();
        if json {
            let mut sink = JsonlSink::new(&mut out);
            sink.write(&report)?;
            sink.finish()?;
        } else {
            if !first {
                writeln!(out)?;
            }
            write_explanation(&mut out, &printable(&report), Paint(colour))?;
        }
        first = false;
    }
    out.flush()?;
    if let Some(note) = crate::stream::skipped_note(&units.skipped) {
        eprintln!("credence: {note}");
    }
    Ok(if failed {
        crate::EXIT_SOME_FAILED
    } else {
        crate::EXIT_OK
    })
}

/// Standard output, with control bytes made visible when it is a terminal (the JSON forms: JSON
/// escapes C0 characters itself, but not the C1 ones).
fn for_stdout<W: Write + 'static>(w: W) -> Box<dyn Write> {
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        Box::new(TerminalSafe::new(w))
    } else {
        Box::new(w)
    }
}

/// The report with every string made safe for a terminal ([`terminal_safe`]): the explanation
/// prints titles, bylines, evidence quotes and ids from the document, which may hold escape
/// sequences (`ESC ] 0 ; ... BEL` retitles the window, `ESC [ 2 J` clears the screen). The
/// explanation adds its own colour codes afterwards, so they are the only ones printed. Done on
/// the serialised report so that no string field is missed; one document, so the cost is nil.
fn printable(report: &credence::Report) -> credence::Report {
    fn clean(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => {
                if let std::borrow::Cow::Owned(safe) = terminal_safe(s) {
                    *s = safe;
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(clean),
            serde_json::Value::Object(map) => map.values_mut().for_each(clean),
            _ => {}
        }
    }
    let Ok(mut value) = serde_json::to_value(report) else {
        return report.clone();
    };
    clean(&mut value);
    serde_json::from_value(value).unwrap_or_else(|_| report.clone())
}

/// ANSI styling, on or off.
#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn underline(self, s: &str) -> String {
        self.wrap("4", s)
    }
    fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    /// Red for spam and AI, yellow for copies and unknowns, green otherwise.
    fn verdict(self, v: &str) -> String {
        let code = match v {
            "aggregator_spam" | "ai_generated" => "1;31",
            "copy" | "unknown" => "1;33",
            _ => "1;32",
        };
        self.wrap(code, v)
    }
    fn points(self, p: f64) -> String {
        let s = format!("{p:>+6.1}");
        if p > 0.0 {
            self.wrap("31", &s)
        } else {
            self.dim(&s)
        }
    }
}

fn write_explanation(
    out: &mut impl Write,
    report: &credence::Report,
    paint: Paint,
) -> std::io::Result<()> {
    let row = report.row();
    writeln!(out, "{}", paint.bold(&report.id))?;
    if let Some(e) = &report.error {
        writeln!(out, "  error: {e}")?;
        return Ok(());
    }
    let risk = |r: &str| {
        if r.is_empty() {
            "not computed".to_string()
        } else {
            r.to_string()
        }
    };
    writeln!(
        out,
        "  verdict: {}   credibility: {}/100   aggregator risk: {}   ai risk: {}",
        paint.verdict(&row.verdict),
        row.credibility.unwrap_or(0),
        risk(&row.aggregator_risk),
        risk(&row.ai_risk)
    )?;
    writeln!(out, "  why: {}", row.why)?;
    if let Some(x) = &report.extraction {
        writeln!(out, "\n{}", paint.bold("extracted"))?;
        let field = |out: &mut dyn Write, name: &str, v: String| {
            if v.is_empty() {
                Ok(())
            } else {
                writeln!(out, "  {name:<10} {v}")
            }
        };
        field(
            out,
            "title",
            format!(
                "{}{}",
                row.title,
                x.title_source
                    .as_ref()
                    .map(|s| format!("  [{s}]"))
                    .unwrap_or_default()
            ),
        )?;
        field(out, "site", row.site_name.clone())?;
        field(
            out,
            "bylines",
            x.bylines
                .iter()
                .map(|b| {
                    format!(
                        "{} [{}{}]",
                        b.name,
                        b.source,
                        b.line.map(|l| format!(", line {l}")).unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        )?;
        field(
            out,
            "published",
            x.published
                .as_ref()
                .map(|p| {
                    format!(
                        "{} [{}, confidence {:.2}{}]",
                        p.value,
                        p.source,
                        p.confidence,
                        p.line.map(|l| format!(", line {l}")).unwrap_or_default()
                    )
                })
                .unwrap_or_default(),
        )?;
        field(
            out,
            "updated",
            x.updated
                .as_ref()
                .map(|p| format!("{} [{}]", p.value, p.source))
                .unwrap_or_default(),
        )?;
        field(
            out,
            "agency",
            x.agency
                .iter()
                .map(|m| {
                    format!(
                        "{} \"{}\"{}",
                        m.agency,
                        m.marker,
                        m.line.map(|l| format!(" line {l}")).unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        )?;
        field(
            out,
            "dateline",
            x.dateline
                .as_ref()
                .map(|d| format!("{} (line {})", d.place, d.line))
                .unwrap_or_default(),
        )?;
        field(
            out,
            "canonical",
            x.canonical_url
                .as_ref()
                .map(|u| format!("{u} [{}]", x.canonical_source.as_deref().unwrap_or("")))
                .unwrap_or_default(),
        )?;
        field(out, "language", row.language.clone())?;
        field(out, "words", x.words.to_string())?;
        for b in &x.blocks {
            writeln!(
                out,
                "  block      {:?} lines {}–{}{}",
                b.kind,
                b.start_line,
                b.end_line,
                b.heading
                    .as_ref()
                    .map(|h| format!(" \"{h}\""))
                    .unwrap_or_default()
            )?;
        }
    }
    if let Some(a) = &report.assessment {
        writeln!(
            out,
            "\n{} (policy {})",
            paint.bold("signals"),
            a.policy_version
        )?;
        for s in &a.signals {
            let axis = match s.axis {
                Axis::Aggregator => "aggregator",
                Axis::Ai => "ai",
                Axis::Provenance => "provenance",
            };
            writeln!(
                out,
                "  {} {:<24} {} pts  [{axis}]  value {}",
                paint.bold(&s.code),
                s.name,
                paint.points(s.points),
                trim_float(s.value)
            )?;
            writeln!(out, "      {}", s.summary)?;
            if let Some(h) = &s.human_rate {
                writeln!(out, "      {}", paint.dim(&format!("human base rate: {h}")))?;
            }
            for e in &s.evidence {
                match e.line {
                    Some(l) => writeln!(out, "      line {l}: \"{}\"", paint.underline(&e.quote))?,
                    None => writeln!(out, "      \"{}\"", paint.underline(&e.quote))?,
                }
            }
        }
        for axis in [&a.aggregator, &a.ai] {
            if let Some(r) = &axis.abstain_reason {
                writeln!(out, "  note: {r}")?;
            }
        }
    }
    Ok(())
}

fn trim_float(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

pub fn signals() -> anyhow::Result<u8> {
    let policy = credence::Policy::default();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(
        out,
        "{:<5} {:<26} {:<11} {:>7} {:>5} {:>5}  what it measures",
        "code", "name", "axis", "weight", "floor", "cap"
    )?;
    for s in REGISTRY {
        let rule = policy.rule(s.code);
        let axis = match s.axis {
            Axis::Aggregator => "aggregator",
            Axis::Ai => "ai",
            Axis::Provenance => "provenance",
        };
        writeln!(
            out,
            "{:<5} {:<26} {:<11} {:>7} {:>5} {:>5}  {}",
            s.code,
            s.name,
            axis,
            trim_float(rule.weight),
            trim_float(0.0 - rule.floor),
            trim_float(rule.cap),
            s.doc
        )?;
    }
    out.flush()?;
    Ok(crate::EXIT_OK)
}

pub fn policy(cmd: PolicyCommand) -> anyhow::Result<u8> {
    match cmd {
        PolicyCommand::Show { policy } => {
            let text = match policy {
                None => credence::heuristics::DEFAULT_POLICY_TOML.to_string(),
                Some(p) => {
                    let over = std::fs::read_to_string(&p).map_err(|e| {
                        UsageError(format!("cannot read policy file '{}': {e}", p.display()))
                    })?;
                    credence::Policy::with_overrides(&over)
                        .map_err(|e| {
                            UsageError(format!("invalid policy file '{}': {e}", p.display()))
                        })?
                        .to_toml()
                }
            };
            print!("{text}");
            Ok(crate::EXIT_OK)
        }
    }
}
