//! The JSON Lines writer: one object per document with the CSV's fields (raw, not neutralised:
//! JSON is read by programs) and the full signal list with evidence.

use std::io::Write;

use serde::Serialize;

use crate::{Report, Sink};

/// Writes reports as JSON Lines.
pub struct JsonlSink<W: Write> {
    out: W,
}

impl<W: Write> JsonlSink<W> {
    /// A JSON Lines writer.
    pub fn new(out: W) -> JsonlSink<W> {
        JsonlSink { out }
    }
}

#[derive(Serialize)]
struct JsonRecord<'a> {
    #[serde(flatten)]
    row: crate::Row,
    aggregator_risk: Option<f64>,
    ai_risk: Option<f64>,
    published_confidence: Option<f32>,
    updated: Option<&'a str>,
    policy_version: Option<&'a str>,
    signals: &'a [credence_heuristics::Signal],
    diagnostics: &'a [String],
}

impl<W: Write> Sink for JsonlSink<W> {
    fn write(&mut self, report: &Report) -> std::io::Result<()> {
        let a = report.assessment.as_ref();
        let x = report.extraction.as_ref();
        let mut row = report.row();
        // Numbers as numbers in JSON; the CSV's string forms are replaced below.
        row.aggregator_risk.clear();
        row.ai_risk.clear();
        let record = JsonRecord {
            row,
            aggregator_risk: a.and_then(|a| a.aggregator.risk),
            ai_risk: a.and_then(|a| a.ai.risk),
            published_confidence: x.and_then(|x| x.published.as_ref()).map(|p| p.confidence),
            updated: x.and_then(|x| x.updated.as_ref()).map(|u| u.value.as_str()),
            policy_version: a.map(|a| a.policy_version.as_str()),
            signals: a.map(|a| a.signals.as_slice()).unwrap_or(&[]),
            diagnostics: &report.diagnostics,
        };
        let mut value = serde_json::to_value(&record).map_err(std::io::Error::other)?;
        if let Some(obj) = value.as_object_mut() {
            for key in ["aggregator_risk", "ai_risk"] {
                if let Some(v) = obj.get(key) {
                    if v.as_str() == Some("") {
                        obj.insert(key.into(), serde_json::Value::Null);
                    }
                }
            }
        }
        // `From` keeps an I/O error's kind (a closed pipe must stay a closed pipe).
        serde_json::to_writer(&mut self.out, &value).map_err(std::io::Error::from)?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
