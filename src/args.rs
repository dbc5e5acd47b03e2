//! Command-line arguments (clap derive), validated once into a [`credence::Config`].

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// A usage error: reported with exit status 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

#[derive(Parser, Debug)]
#[command(
    name = "credence",
    version,
    about = "Score the credibility and provenance of news documents",
    long_about = "Score the credibility and provenance of news documents: spam-aggregator copies, AI paraphrases, wire republications and converted copies, with evidence quoted from the text.",
    after_help = "Examples:\n  credence score data/samples -o scores.csv     score a folder, CSV for a spreadsheet\n  credence explain data/samples/a_aggregator.txt  every signal with its evidence\n  credence extract page.html                    title, bylines, dates, URLs as JSON\n\nExit status: 0 all inputs scored; 1 some inputs failed (their rows are written with 'error'); 2 usage error; 3 the output could not be written."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Score files, folders (recursively) or stdin ('-'); one row per document (a WARC or JSON Lines file holds many).
    #[command(
        after_help = "Examples:\n  credence score data/samples -o scores.csv\n  credence score --format jsonl page1.html page2.txt\n  credence score crawl.warc.gz -o scores.csv      every HTML 200 response\n  credence score --text-field body feed.jsonl.gz\n  cat article.txt | credence score -\n  zcat crawl.warc.gz | credence score --input-format warc -\n\nIn folders, files ending .txt .text .html .htm .xhtml .shtml .warc .jsonl .ndjson (each also with .gz) are read, in sorted order; a file named on the command line is always read."
    )]
    Score(ScoreArgs),
    /// Write one self-contained HTML page: a sortable table and every document's evidence highlighted.
    #[command(after_help = "Example:\n  credence report data/samples -o report.html")]
    Report(ReportArgs),
    /// Group documents into story clusters: one row per input with id, title, published,
    /// cluster, cluster_size, origin_id, relation and similarity.
    #[command(
        after_help = "Examples:\n  credence cluster data/samples -o clusters.csv\n  credence cluster --format jsonl crawl/\n\nrelation: origin, copy, wire_republication, paraphrase, same_event, related, unique."
    )]
    Cluster(ClusterArgs),
    /// Print what was extracted from documents, as JSON.
    #[command(after_help = "Example:\n  credence extract data/samples/a_original.html")]
    Extract(ExtractArgs),
    /// Explain a document's score for a person: every signal with its points and evidence.
    #[command(after_help = "Example:\n  credence explain data/samples/a_aggregator.txt")]
    Explain(ExplainArgs),
    /// List every signal: code, name, axis, default weight and what it measures.
    Signals,
    /// Show the scoring policy.
    #[command(subcommand)]
    Policy(PolicyCommand),
}

#[derive(Subcommand, Debug)]
pub enum PolicyCommand {
    /// Print the policy in force (the compiled-in default, or with --policy FILE laid over it) as TOML.
    Show {
        /// A partial policy file whose values override the defaults.
        #[arg(long, value_name = "FILE")]
        policy: Option<PathBuf>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// Comma-separated values (the documented column contract).
    Csv,
    /// JSON Lines: the same fields plus every signal with its evidence.
    Jsonl,
    /// An Excel workbook, chosen by an output file named `.xlsx` (`--xlsx FILE` writes one beside
    /// the CSV).
    #[value(skip)]
    Xlsx,
}

/// How to read an input whose name does not say (stdin), or to override what names say.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// One plain-text document.
    Text,
    /// One HTML page.
    Html,
    /// JSON Lines: one document per line (see the --*-field options).
    Jsonl,
    /// WARC: every HTML, status-200 response record is a document.
    Warc,
}

/// Which JSON fields hold what, for `.jsonl` inputs.
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "JSON Lines input")]
pub struct JsonlOptions {
    /// The field holding the row id (a string or number); lines without it get `PATH:LINE`.
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_field: String,
    /// The field holding the document as plain text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_field: String,
    /// The field holding the document as HTML (preferred when a line has both).
    #[arg(long, value_name = "NAME", default_value = "html")]
    pub html_field: String,
    /// The field holding the URL the document was fetched from.
    #[arg(long, value_name = "NAME", default_value = "url")]
    pub url_field: String,
    /// The field holding the crawl date (YYYY-MM-DD or an ISO 8601 date-time).
    #[arg(long, value_name = "NAME", default_value = "date")]
    pub date_field: String,
}

impl JsonlOptions {
    /// The reader's field names.
    pub fn fields(&self) -> credence_sources::JsonlFields {
        credence_sources::JsonlFields {
            id: self.id_field.clone(),
            text: self.text_field.clone(),
            html: self.html_field.clone(),
            url: self.url_field.clone(),
            date: self.date_field.clone(),
        }
    }
}

/// Options shared by the commands that score.
#[derive(Args, Debug, Clone)]
pub struct ScoringOptions {
    /// A partial policy file (TOML) whose values override the defaults (see `credence policy show`).
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Documents larger than this many bytes get an error row instead of a score.
    #[arg(long, value_name = "BYTES", default_value_t = credence::DEFAULT_MAX_DOC_BYTES)]
    pub max_doc_bytes: usize,
    /// A document still being scored after this many seconds (fractions allowed) gets an error
    /// row instead of a score; checked between reading, extraction and the signals. Default: none.
    #[arg(long, value_name = "SECS", value_parser = parse_seconds)]
    pub max_doc_seconds: Option<std::time::Duration>,
    /// The crawl date of the inputs (YYYY-MM-DD): dates after it are implausible. Default: today.
    #[arg(long, value_name = "DATE")]
    pub crawl_date: Option<jiff::civil::Date>,
}

/// Inputs, output and run options shared by `score` and `cluster`.
#[derive(Args, Debug)]
pub struct BatchArgs {
    /// Files, folders (read recursively) or '-' for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Read every input as this format (default: from each file's name; stdin is one document).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Write to this file (atomically: a temporary file renamed into place) instead of stdout;
    /// `-` is stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format (default: from the output file's extension in any case: .jsonl .ndjson
    /// .json give jsonl, .xlsx a workbook (score only), anything else csv; a further .gz
    /// compresses the file, as in scores.csv.gz).
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    /// Start the CSV with a UTF-8 byte-order mark so Excel reads it as UTF-8.
    #[arg(long)]
    pub excel: bool,
    /// Worker threads (default, or 0: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar, per-error lines or summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub scoring: ScoringOptions,
    #[command(flatten)]
    pub jsonl: JsonlOptions,
}

impl BatchArgs {
    /// The output format: as given, else from the output file's extension, else CSV.
    pub fn output_format(&self) -> OutputFormat {
        self.format
            .unwrap_or_else(|| format_from_name(self.output.as_deref()))
    }

    /// Worker threads: as given, else (or for 0, as `xz -T0` and `zstd -T0` read it) one per
    /// core.
    pub fn worker_threads(&self) -> usize {
        match self.jobs {
            Some(n) if n > 0 => n,
            _ => std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
        }
    }
}

#[derive(Args, Debug)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
    /// Also write the rows as an Excel workbook (scores, a sheet documenting every column and
    /// signal, and the per-source sheet). The workbook is built in memory: for review batches.
    #[arg(long, value_name = "FILE")]
    pub xlsx: Option<PathBuf>,
    /// Also write a per-source summary as CSV (registrable domain, or site name): documents,
    /// mean credibility, share of each verdict, reputation, the worst example; worst first.
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,
    /// Cluster the inputs into stories and add the columns cluster, cluster_size, origin_id,
    /// relation and similarity after 'source_reputation' (rows are written once every input is
    /// scored).
    #[arg(long)]
    pub provenance: bool,
}

impl ScoreArgs {
    /// The output files by flag, for [`crate::output::refuse_overlaps`].
    pub fn outputs(&self) -> Vec<(&'static str, Option<&Path>)> {
        vec![
            ("-o", self.batch.output.as_deref()),
            ("--xlsx", self.xlsx.as_deref()),
            ("--sources", self.sources.as_deref()),
        ]
    }
}

#[derive(Args, Debug)]
pub struct ClusterArgs {
    #[command(flatten)]
    pub batch: BatchArgs,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Files, folders (read recursively) or '-' for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Write the page to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// No summary line on stderr (as `score -q`).
    #[arg(short, long)]
    pub quiet: bool,
    /// Read every input as this format (default: from each file's name; stdin is one document).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    #[command(flatten)]
    pub scoring: ScoringOptions,
    #[command(flatten)]
    pub jsonl: JsonlOptions,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Files or '-' for stdin.
    #[arg(required = true, value_name = "FILE")]
    pub paths: Vec<String>,
    /// `json` (pretty, the default for one document) or `jsonl` (one line per document, the
    /// default for several, and for a WARC or JSON Lines input).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Read every input as this format (default: from each file's name; stdin is one document).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    #[command(flatten)]
    pub scoring: ScoringOptions,
    #[command(flatten)]
    pub jsonl: JsonlOptions,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The document to explain ('-' for stdin); a WARC or JSON Lines file explains each of its
    /// documents.
    #[arg(value_name = "FILE")]
    pub path: String,
    /// `text` (default) or `json`.
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: String,
    /// Colour: `auto` (when stdout is a terminal and NO_COLOR is unset), `always` or `never`.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: String,
    /// Read every input as this format (default: from each file's name; stdin is one document).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    #[command(flatten)]
    pub scoring: ScoringOptions,
    #[command(flatten)]
    pub jsonl: JsonlOptions,
}

/// The format an output file's name asks for: its extension in any case, a `.gz` after it looked
/// through (the file is compressed, see `output::Output`); CSV for any other name and stdout.
pub fn format_from_name(path: Option<&Path>) -> OutputFormat {
    let Some(name) = path.and_then(Path::file_name).and_then(|n| n.to_str()) else {
        return OutputFormat::Csv;
    };
    let lower = name.to_ascii_lowercase();
    let inner = lower.strip_suffix(".gz").unwrap_or(&lower);
    match inner.rsplit_once('.').map(|(_, ext)| ext) {
        Some("jsonl" | "json" | "ndjson") => OutputFormat::Jsonl,
        Some("xlsx") => OutputFormat::Xlsx,
        _ => OutputFormat::Csv,
    }
}

/// A positive, finite number of seconds, as a duration.
fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    let secs: f64 = s
        .trim()
        .parse()
        .map_err(|_| "not a number of seconds".to_string())?;
    if secs.is_nan() || secs <= 0.0 {
        return Err("the time budget must be more than 0 seconds".to_string());
    }
    std::time::Duration::try_from_secs_f64(secs).map_err(|_| "too many seconds".to_string())
}

impl ScoringOptions {
    /// The scorer these options describe: the configuration, and the time budget if one is set.
    pub fn scorer(&self) -> anyhow::Result<credence::Scorer> {
        let scorer = credence::Scorer::try_new(self.config()?).map_err(anyhow::Error::msg)?;
        Ok(match self.max_doc_seconds {
            Some(budget) => scorer.with_time_budget(budget),
            None => scorer,
        })
    }

    /// The validated library configuration.
    pub fn config(&self) -> anyhow::Result<credence::Config> {
        let policy = match &self.policy {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    UsageError(format!("cannot read policy file '{}': {e}", path.display()))
                })?;
                credence::Policy::with_overrides(&text).map_err(|e| {
                    UsageError(format!("invalid policy file '{}': {e}", path.display()))
                })?
            }
            None => credence::Policy::default(),
        };
        // Lexicon files named in the policy, relative to the policy file.
        let base = self
            .policy
            .as_deref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let read = |f: &String| -> anyhow::Result<(PathBuf, String)> {
            let path = base.join(f);
            let text = std::fs::read_to_string(&path).map_err(|e| {
                UsageError(format!(
                    "cannot read lexicon file '{}': {e}",
                    path.display()
                ))
            })?;
            Ok((path, text))
        };
        let read_all = |files: &[String]| -> anyhow::Result<Option<String>> {
            if files.is_empty() {
                return Ok(None);
            }
            let mut all = String::new();
            for f in files {
                all.push_str(&read(f)?.1);
                all.push('\n');
            }
            Ok(Some(all))
        };
        let lex = &policy.lexicons;
        // Each agency file is checked on its own, so that an error names the file it is in.
        for f in &lex.agencies {
            let (path, text) = read(f)?;
            credence::extract::lexicon::BUILTIN
                .with_extras(&text, "")
                .map_err(|e| {
                    UsageError(format!("invalid agency file '{}': {e}", path.display()))
                })?;
        }
        Ok(credence::Config {
            extra_stock_phrases: read_all(&lex.stock_phrases)?,
            extra_headline_headings: read_all(&lex.headline_headings)?,
            extra_agencies: read_all(&lex.agencies)?,
            policy,
            max_doc_bytes: self.max_doc_bytes,
        })
    }

    /// The hint for one input.
    pub fn hint(&self, id: &str) -> credence::Hint {
        credence::Hint {
            crawl_date: self.crawl_date,
            ..credence::Hint::new(id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_choose_formats_in_any_case() {
        let f = |n: &str| format_from_name(Some(Path::new(n)));
        assert_eq!(f("scores.JSONL"), OutputFormat::Jsonl);
        assert_eq!(f("out/feed.ndjson.gz"), OutputFormat::Jsonl);
        assert_eq!(f("Review.XLSX"), OutputFormat::Xlsx);
        assert_eq!(f("s.csv.GZ"), OutputFormat::Csv);
        assert_eq!(f("scores.tsv"), OutputFormat::Csv);
        assert_eq!(f("jsonl"), OutputFormat::Csv);
        assert_eq!(format_from_name(None), OutputFormat::Csv);
    }

    #[test]
    fn jobs_zero_or_unset_means_every_core() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = |extra: &[&str]| {
            let mut argv = vec!["credence", "score", "x.txt"];
            argv.extend_from_slice(extra);
            match Cli::parse_from(argv).command {
                Command::Score(a) => a.batch.worker_threads(),
                other => panic!("parsed as {other:?}"),
            }
        };
        assert_eq!(threads(&[]), cores);
        assert_eq!(threads(&["--jobs", "0"]), cores);
        assert_eq!(threads(&["-j", "3"]), 3);
    }
}
