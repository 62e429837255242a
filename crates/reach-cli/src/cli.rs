//! The command line's shape: global options and subcommands (docs/spec/MODEL.md section 6).

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use reach_core::evaluation::EstimateKind;
use rust_decimal::Decimal;

#[derive(Debug, Parser)]
#[command(
    name = "reach",
    version,
    about = "Reach — advisory service thresholds for retail brokerage: who can be served, by how many advisors, for what revenue and cost."
)]
pub struct Cli {
    /// The warehouse file (default: the desktop app's, or $REACH_DB).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the calibrated, synthetic demo book in the warehouse (replaces the current book),
    /// or with --csv write it as CSV files in the import format instead.
    Demo {
        #[arg(long, default_value_t = 1_000_000)]
        customers: usize,
        #[arg(long, default_value_t = reach_core::demo::DemoParams::default().seed)]
        seed: u64,
        /// Write the customers to this CSV file; the warehouse is left alone.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// With --csv: also write the branches file (branch,region,advisors).
        #[arg(long, value_name = "FILE", requires = "csv")]
        branches_csv: Option<PathBuf>,
        /// Also write the synthetic demo pilot (known effects) as an outcome CSV.
        #[arg(long, value_name = "FILE")]
        pilot_csv: Option<PathBuf>,
    },
    /// Import a customer book (all or nothing) from CSV — UTF-8 or GBK, English or Chinese
    /// headers (docs/import.md) — or from an Excel workbook (.xlsx). Ctrl-C cancels. When a
    /// book is loaded, says what a replace drops and asks at a terminal; elsewhere refuses
    /// unless --replace.
    Import {
        #[arg(long, value_name = "FILE")]
        customers: PathBuf,
        #[arg(long, value_name = "FILE")]
        branches: Option<PathBuf>,
        /// Replace the current book (atomically; it is kept as the previous book, which
        /// `reach book undo` brings back).
        #[arg(long)]
        replace: bool,
        /// Language of messages and refusals (en or zh).
        #[arg(long, default_value = "en")]
        lang: reach_report::Lang,
    },
    /// Write an empty customer book to fill in (headers and 2 example rows), CSV or XLSX by
    /// the extension of --out.
    Template {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Language of the headers and example values (zh or en).
        #[arg(long, default_value = "zh")]
        lang: reach_report::Lang,
    },
    /// Every term Reach shows: definition, formula in words, unit and, for inputs, default,
    /// range and basis (the app's ⓘ and docs/glossary.md).
    Glossary {
        /// Language of the listing (zh or en); --json gives both.
        #[arg(long, default_value = "zh")]
        lang: reach_report::Lang,
        #[arg(long)]
        json: bool,
    },
    /// Run one scenario on the warehouse's book.
    Run {
        /// A scenario TOML file, or the name of a saved scenario.
        scenario: String,
        #[arg(long)]
        json: bool,
    },
    /// Vary one tier's min_assets from A to B in K points, everything else held.
    Sweep {
        scenario: String,
        #[arg(long, value_name = "NAME")]
        tier: String,
        #[arg(long, value_name = "CNY")]
        from: Decimal,
        #[arg(long, value_name = "CNY")]
        to: Decimal,
        #[arg(long, value_name = "K", default_value_t = 21)]
        steps: usize,
        /// Space the points evenly on a log scale instead of linearly.
        #[arg(long)]
        log: bool,
        #[arg(long)]
        json: bool,
    },
    /// Goal seek: the grid value of one field (a path: `advisor_cost`,
    /// `tiers.<tier>.<field>`) that meets a condition on a totals figure, or that maximises one.
    Seek {
        scenario: String,
        /// The field varied, by path.
        #[arg(long, value_name = "PATH")]
        field: String,
        #[arg(long, allow_negative_numbers = true)]
        from: Decimal,
        #[arg(long, allow_negative_numbers = true)]
        to: Decimal,
        #[arg(long, allow_negative_numbers = true)]
        step: Decimal,
        /// The totals figure of the condition (net, hires, eligible, served, …).
        #[arg(long, value_name = "F", required_unless_present = "maximize", requires_all = ["op", "value"])]
        figure: Option<String>,
        /// `>=` or `<=`.
        #[arg(long, value_name = "OP", requires = "figure")]
        op: Option<reach_core::analysis::seek::Op>,
        #[arg(long, value_name = "V", allow_negative_numbers = true, requires = "figure")]
        value: Option<Decimal>,
        /// `lowest` or `highest` of the grid values that meet the condition.
        #[arg(long, default_value = "lowest", requires = "figure")]
        aim: reach_core::analysis::seek::Aim,
        /// Instead of a condition: the grid value with the largest figure F.
        #[arg(long, value_name = "F", conflicts_with = "figure")]
        maximize: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// The tornado of the scenario's [ranges]: a figure at each range's low and high, largest swing first.
    Tornado {
        scenario: String,
        #[arg(long, value_name = "F", default_value = "net")]
        figure: String,
        #[arg(long)]
        json: bool,
    },
    /// Seeded Monte Carlo over the scenario's [ranges] (triangular: low, the scenario's value, high).
    Montecarlo {
        scenario: String,
        #[arg(long, value_name = "N", default_value_t = reach_core::analysis::montecarlo::DEFAULT_DRAWS)]
        draws: usize,
        #[arg(long, value_name = "S", default_value_t = reach_core::analysis::montecarlo::DEFAULT_SEED)]
        seed: u64,
        #[arg(long)]
        json: bool,
    },
    /// Totals of several scenarios side by side, with deltas against the first.
    Compare {
        #[arg(required = true, num_args = 1..)]
        scenarios: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Saved scenarios in the warehouse.
    #[command(subcommand)]
    Scenario(ScenarioCommand),
    /// Pilots (campaign outcomes, treated vs control) stored in the warehouse.
    #[command(subcommand)]
    Pilot(PilotCommand),
    /// What a pilot really did (MODEL section 11): uplift, activation, asset growth and wealth
    /// share with 95% intervals and flags, overall and per segment.
    Evaluate {
        /// An outcome CSV (customer_id, group, revenue_before, …).
        #[arg(required_unless_present = "pilot", conflicts_with = "pilot")]
        file: Option<PathBuf>,
        /// A stored pilot instead of a file.
        #[arg(long, value_name = "NAME")]
        pilot: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// What the warehouse holds: the book, its bands, the previous book and the import
    /// history; `undo` and `drop-previous` manage the previous book.
    Book {
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        action: Option<BookCommand>,
    },
    /// Write a consistent copy of the warehouse to a new file (safe while the app runs).
    Backup {
        /// The copy to write; an existing file is never overwritten.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Replace the warehouse with a backup, after checking it; the current warehouse is kept
    /// as a backup file beside it, and the current saved scenarios are kept.
    Restore {
        /// A backup written by `reach backup` (or another Reach warehouse file).
        file: PathBuf,
    },
    /// Measure the performance targets on this machine and write docs/benchmarks.md.
    Bench {
        /// Customers in the benchmark book.
        #[arg(long, default_value_t = 1_000_000)]
        customers: usize,
        /// Customers in the in-memory book whose peak memory is measured (0 to skip).
        #[arg(long, default_value_t = 10_000_000)]
        memory_customers: usize,
        /// Where to write the figures (markdown).
        #[arg(long, value_name = "FILE")]
        write: Option<PathBuf>,
    },
    /// (internal) Build an in-memory demo book of N customers and print the peak memory.
    #[command(hide = true)]
    BenchMemory { customers: usize },
    /// Write a report of one or more scenarios (deltas against the first): Excel, HTML or CSV,
    /// chosen by the extension of --out (.xlsx, .html, .csv).
    Report {
        #[arg(required = true, num_args = 1..)]
        scenarios: Vec<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Language of the labels and number formats (zh or en).
        #[arg(long, default_value = "zh")]
        lang: reach_report::Lang,
        /// Monte Carlo draws per scenario with [ranges] (1 to 100,000).
        #[arg(long, default_value_t = reach_core::analysis::montecarlo::DEFAULT_DRAWS)]
        draws: usize,
        /// Monte Carlo seed (same seed, same draws).
        #[arg(long, default_value_t = reach_core::analysis::montecarlo::DEFAULT_SEED)]
        seed: u64,
        /// Leave out the tornado and Monte Carlo (faster on a large book).
        #[arg(long)]
        no_analyses: bool,
    },
    /// Draw one chart as SVG or PNG, by the extension of --out: sweep, tiers, load, credit,
    /// bands, revenue, revenue-sweep, acquisition, assessment, assessment-rules, tornado,
    /// montecarlo (the last two with the default draws and seed).
    Chart {
        kind: reach_report::charts::ChartKind,
        #[arg(required = true, num_args = 1..)]
        scenarios: Vec<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, default_value = "zh")]
        lang: reach_report::Lang,
        /// Draw at WIDTHxHEIGHT pixels (at least 480x280) instead of the chart's natural size.
        #[arg(long, value_name = "WxH", value_parser = parse_size)]
        size: Option<reach_report::charts::Size>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ScenarioCommand {
    /// Validate a TOML file and save it under its name (or --name). A scenario of that name is
    /// replaced only after asking at a terminal, or with --overwrite.
    Save {
        file: PathBuf,
        #[arg(long)]
        name: Option<String>,
        /// Replace a saved scenario of the same name without asking.
        #[arg(long)]
        overwrite: bool,
    },
    /// List the saved scenarios.
    List,
    /// Print a saved scenario as TOML.
    Show { name: String },
    /// Delete a saved scenario.
    Delete { name: String },
}

#[derive(Debug, Subcommand)]
pub enum PilotCommand {
    /// Import a pilot outcome file under a new name (all or nothing).
    Import {
        file: PathBuf,
        #[arg(long)]
        name: String,
    },
    /// List the stored pilots.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Delete a stored pilot.
    Delete { name: String },
    /// Write a stored pilot's estimate into a scenario tier, saved as a new scenario (never
    /// over an existing name) with its provenance; a flagged estimate needs --confirm.
    Apply {
        /// The stored pilot.
        #[arg(long, value_name = "NAME")]
        pilot: String,
        /// uplift, activation, asset_growth or wealth_share (the tier field it feeds).
        #[arg(long, value_name = "ESTIMATE")]
        estimate: EstimateKind,
        /// A .toml file or a saved scenario's name.
        #[arg(long)]
        scenario: String,
        /// The tier (by name) whose field takes the estimate.
        #[arg(long)]
        tier: String,
        /// The new saved scenario's name.
        #[arg(long = "as", value_name = "NEW_NAME")]
        new_name: String,
        /// Apply a flagged estimate (interval includes 0, small groups) anyway.
        #[arg(long)]
        confirm: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BookCommand {
    /// Undo the last import: bring back the book it replaced (the replaced one is kept in
    /// turn, so undoing again redoes). Saved scenarios are untouched.
    Undo,
    /// Drop the previous book for good (it is kept by every import until dropped).
    DropPrevious,
}

/// `--size 800x450`: a chart's drawing size in pixels.
fn parse_size(s: &str) -> Result<reach_report::charts::Size, String> {
    let (w, h) = s.split_once(['x', 'X', '×']).ok_or_else(|| format!("`{s}` is not WIDTHxHEIGHT (e.g. 800x450)"))?;
    let px = |v: &str, what: &str| {
        v.trim().parse::<u32>().map_err(|_| format!("`{s}`: the {what} `{v}` is not a whole number of pixels"))
    };
    let size = reach_report::charts::Size::new(px(w, "width")?, px(h, "height")?);
    let min = reach_report::charts::Size::MIN;
    if size.width < min.width || size.height < min.height {
        return Err(format!("`{s}` is smaller than {}x{}, the smallest a chart is drawn", min.width, min.height));
    }
    Ok(size)
}
