//! The `credence cluster` writers: one row per document with its id, title, date and the
//! provenance columns alone.

use std::io::Write;

use serde::Serialize;

use crate::{neutralise, ProvenanceCells, Report, Sink, PROVENANCE_COLUMNS};

/// The cluster table's columns, in order.
pub const CLUSTER_COLUMNS: &[&str] = &[
    "id",
    "title",
    "published",
    "cluster",
    "cluster_size",
    "origin_id",
    "relation",
    "similarity",
];

/// Writes the cluster table as CSV (spreadsheet-safe like [`crate::CsvSink`]).
pub struct ClusterCsvSink<W: Write> {
    writer: csv::Writer<W>,
    header_written: bool,
    bom: bool,
}

impl<W: Write> ClusterCsvSink<W> {
    /// A CSV writer; `excel_bom` starts the file with a UTF-8 byte-order mark.
    pub fn new(out: W, excel_bom: bool) -> ClusterCsvSink<W> {
        ClusterCsvSink {
            writer: csv::WriterBuilder::new().from_writer(out),
            header_written: false,
            bom: excel_bom,
        }
    }

    fn header(&mut self) -> std::io::Result<()> {
        debug_assert_eq!(&CLUSTER_COLUMNS[3..], PROVENANCE_COLUMNS);
        let mut cols: Vec<String> = CLUSTER_COLUMNS.iter().map(|c| c.to_string()).collect();
        if self.bom {
            cols[0].insert(0, '\u{feff}');
        }
        self.writer.write_record(cols)?;
        self.header_written = true;
        Ok(())
    }
}

impl<W: Write> Sink for ClusterCsvSink<W> {
    fn write(&mut self, report: &Report) -> std::io::Result<()> {
        if !self.header_written {
            self.header()?;
        }
        let r = report.row();
        let mut record = vec![
            neutralise(&r.id).into_owned(),
            neutralise(&r.title).into_owned(),
            neutralise(&r.published).into_owned(),
        ];
        record.extend(ProvenanceCells::csv_cells(r.provenance.as_ref()));
        self.writer.write_record(&record)?;
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        if !self.header_written {
            self.header()?;
        }
        self.writer.flush()
    }
}

/// Writes the cluster table as JSON Lines: the same fields, plus `why` (the provenance
/// evidence) and `error`.
pub struct ClusterJsonlSink<W: Write> {
    out: W,
}

impl<W: Write> ClusterJsonlSink<W> {
    /// A JSON Lines writer.
    pub fn new(out: W) -> ClusterJsonlSink<W> {
        ClusterJsonlSink { out }
    }
}

#[derive(Serialize)]
struct ClusterRecord<'a> {
    id: &'a str,
    title: &'a str,
    published: &'a str,
    #[serde(flatten)]
    provenance: Option<&'a ProvenanceCells>,
    why: Option<&'a str>,
    error: Option<&'a str>,
}

impl<W: Write> Sink for ClusterJsonlSink<W> {
    fn write(&mut self, report: &Report) -> std::io::Result<()> {
        let r = report.row();
        let record = ClusterRecord {
            id: &r.id,
            title: &r.title,
            published: &r.published,
            provenance: r.provenance.as_ref(),
            why: report.provenance.as_ref().map(|p| p.why.as_str()),
            error: report.error.as_deref(),
        };
        serde_json::to_writer(&mut self.out, &record).map_err(std::io::Error::other)?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use credence_provenance::{Placement, Relation};

    #[test]
    fn cluster_rows() {
        let mut r = Report::failed("a.txt", "x");
        r.error = None;
        r.provenance = Some(Placement {
            cluster: 2,
            cluster_size: 3,
            origin_id: "=o.html".into(),
            origin: 0,
            relation: Relation::Copy,
            similarity: Some(0.987),
            why: "copy".into(),
            date_lag: None,
            uncredited: None,
            same_outlet: false,
        });
        let mut out = Vec::new();
        {
            let mut sink = ClusterCsvSink::new(&mut out, false);
            sink.write(&r).unwrap();
            sink.finish().unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "id,title,published,cluster,cluster_size,origin_id,relation,similarity\n\
             a.txt,,,2,3,'=o.html,copy,0.99\n"
        );
        let mut out = Vec::new();
        ClusterJsonlSink::new(&mut out).write(&r).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["relation"], "copy");
        assert_eq!(v["cluster_size"], 3);
        assert_eq!(v["origin_id"], "=o.html");
    }
}
