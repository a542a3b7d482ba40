//! The suite's reports: `report.md` (also printed), `report.json`, and
//! `report.svg` (speed-ups on a log scale), plus `--check`'s validation.

use std::fmt::Write as _;
use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde_json::{json, Value};

/// One program under one runner.
pub struct Row {
    pub program: String,
    pub runner: String,
    /// Wall seconds of the timed runs; empty when the output was wrong.
    pub times: Vec<f64>,
    pub peak_rss_kb: Option<u64>,
    pub output_ok: bool,
    /// Why the row is wrong (empty when it is right).
    pub note: String,
}

impl Row {
    pub fn median(&self) -> Option<f64> {
        let mut sorted = self.times.clone();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(sorted[n / 2]),
            _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
        }
    }

    fn min(&self) -> Option<f64> {
        self.times.iter().copied().min_by(f64::total_cmp)
    }

    fn max(&self) -> Option<f64> {
        self.times.iter().copied().max_by(f64::total_cmp)
    }
}

pub struct RunnerInfo {
    pub name: String,
    pub command: String,
    pub env: String,
    pub version: String,
    pub is_tier: bool,
}

/// What the reports say about the run as a whole.
pub struct Context {
    pub date: String,
    pub machine: String,
    /// 1-minute load averages at the start and the end: a busy machine
    /// explains noisy numbers.
    pub load: (String, String),
    pub commit: Option<String>,
    pub mode: String,
    pub runs: usize,
    pub warmup: usize,
    pub programs: Vec<String>,
    /// In report order; the first is the reference.
    pub runners: Vec<RunnerInfo>,
    pub notes: Vec<String>,
}

impl Context {
    fn reference(&self) -> &str {
        &self.runners[0].name
    }
}

pub struct Written {
    pub markdown: String,
    pub paths: Vec<String>,
}

pub fn write_all(dir: &Path, context: &Context, rows: &[Row]) -> Result<Written, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let table = Table::new(context, rows);
    let markdown = markdown(context, &table);
    let md_path = dir.join("report.md");
    let json_path = dir.join("report.json");
    let svg_path = dir.join("report.svg");
    write(&md_path, &markdown)?;
    write(&json_path, &json_rows(rows))?;
    svg(&svg_path, context, &table)?;
    let paths = [md_path, json_path, svg_path]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    Ok(Written { markdown, paths })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The rows arranged program × runner, with speed-ups against the reference.
struct Table<'a> {
    /// cells[program][runner]; None when the pair was not run.
    cells: Vec<Vec<Option<&'a Row>>>,
    /// speedups[program][runner] = reference median / runner median.
    speedups: Vec<Vec<Option<f64>>>,
    /// Per runner: geometric mean of its speed-ups, and over how many programs.
    geomeans: Vec<(Option<f64>, usize)>,
}

impl<'a> Table<'a> {
    fn new(context: &Context, rows: &'a [Row]) -> Table<'a> {
        let find = |program: &str, runner: &str| {
            rows.iter()
                .find(|r| r.program == program && r.runner == runner)
        };
        let cells: Vec<Vec<Option<&Row>>> = context
            .programs
            .iter()
            .map(|p| context.runners.iter().map(|r| find(p, &r.name)).collect())
            .collect();
        let speedups: Vec<Vec<Option<f64>>> = cells
            .iter()
            .map(|line| {
                let reference = line[0].and_then(Row::median);
                line.iter()
                    .map(|cell| {
                        let time = cell.and_then(Row::median)?;
                        Some(reference? / time)
                    })
                    .collect()
            })
            .collect();
        let geomeans = (0..context.runners.len())
            .map(|runner| {
                let logs: Vec<f64> = speedups
                    .iter()
                    .filter_map(|line| line[runner])
                    .map(f64::ln)
                    .collect();
                let mean = (!logs.is_empty())
                    .then(|| (logs.iter().sum::<f64>() / logs.len() as f64).exp());
                (mean, logs.len())
            })
            .collect();
        Table {
            cells,
            speedups,
            geomeans,
        }
    }
}

fn markdown(context: &Context, table: &Table) -> String {
    let reference = context.reference();
    let mut md = String::new();
    let _ = writeln!(md, "# stitch perf suite\n");
    let _ = writeln!(md, "- date: {}", context.date);
    let _ = writeln!(md, "- machine: {}", context.machine);
    let _ = writeln!(
        md,
        "- load average (1 min) at start / end: {} / {}",
        context.load.0, context.load.1
    );
    if let Some(commit) = &context.commit {
        let _ = writeln!(md, "- stitch commit: {commit}");
    }
    let _ = writeln!(md, "- mode: {}", context.mode);
    let _ = writeln!(
        md,
        "- runs per cell: {} timed after {} warm-up, runners alternating; median reported",
        context.runs, context.warmup
    );
    let _ = writeln!(md, "- reference for outputs and speed-ups: {reference}\n");

    let names: Vec<String> = context.runners.iter().map(|r| r.name.clone()).collect();
    let mut header = vec!["program".to_string()];
    header.extend(names.iter().cloned());

    let _ = writeln!(
        md,
        "## Speed-up vs {reference} (its median time / the runner's; higher is better)\n"
    );
    let mut lines = Vec::new();
    for (p, program) in context.programs.iter().enumerate() {
        let mut line = vec![program.clone()];
        for r in 0..names.len() {
            line.push(match (table.cells[p][r], table.speedups[p][r]) {
                (_, Some(speedup)) => format!("{speedup:.2}×"),
                (Some(row), None) if !row.output_ok => "WRONG".into(),
                _ => "—".into(),
            });
        }
        lines.push(line);
    }
    let mut geomean = vec!["**geomean**".to_string()];
    for (mean, count) in &table.geomeans {
        geomean.push(match mean {
            Some(m) if *count == context.programs.len() => format!("**{m:.2}×**"),
            Some(m) => format!("**{m:.2}×** ({count}/{})", context.programs.len()),
            None => "—".into(),
        });
    }
    lines.push(geomean);
    md.push_str(&md_table(&header, &lines, true));

    let _ = writeln!(
        md,
        "\n## Median wall time, seconds (min–max), from process start to exit\n"
    );
    let lines: Vec<Vec<String>> = context
        .programs
        .iter()
        .enumerate()
        .map(|(p, program)| {
            let mut line = vec![program.clone()];
            for r in 0..names.len() {
                line.push(match table.cells[p][r] {
                    Some(row) if !row.output_ok => "WRONG".into(),
                    Some(row) => match (row.median(), row.min(), row.max()) {
                        (Some(med), Some(lo), Some(hi)) if row.times.len() > 1 => {
                            format!("{med:.3} ({lo:.3}–{hi:.3})")
                        }
                        (Some(med), _, _) => format!("{med:.3}"),
                        _ => "—".into(),
                    },
                    None => "—".into(),
                });
            }
            line
        })
        .collect();
    md.push_str(&md_table(&header, &lines, true));

    let _ = writeln!(
        md,
        "\n## Peak resident memory, MB (largest `ru_maxrss` over the runs)\n"
    );
    let lines: Vec<Vec<String>> = context
        .programs
        .iter()
        .enumerate()
        .map(|(p, program)| {
            let mut line = vec![program.clone()];
            for r in 0..names.len() {
                line.push(match table.cells[p][r].and_then(|row| row.peak_rss_kb) {
                    Some(kb) => format!("{:.1}", kb as f64 / 1024.0),
                    None => "—".into(),
                });
            }
            line
        })
        .collect();
    md.push_str(&md_table(&header, &lines, true));

    let _ = writeln!(md, "\n## Runners\n");
    let lines: Vec<Vec<String>> = context
        .runners
        .iter()
        .map(|r| {
            let kind = if r.is_tier { "stitch tier" } else { "peer" };
            vec![
                r.name.clone(),
                kind.into(),
                format!("`{}`", r.command),
                if r.env.is_empty() {
                    "".into()
                } else {
                    format!("`{}`", r.env)
                },
                r.version.clone(),
            ]
        })
        .collect();
    let header: Vec<String> = ["runner", "kind", "command", "env", "version"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    md.push_str(&md_table(&header, &lines, false));

    let wrong: Vec<&Row> = table
        .cells
        .iter()
        .flatten()
        .flatten()
        .copied()
        .filter(|r| !r.output_ok)
        .collect();
    if !context.notes.is_empty() || !wrong.is_empty() {
        let _ = writeln!(md, "\n## Notes\n");
        for note in &context.notes {
            let _ = writeln!(md, "- {note}");
        }
        for row in wrong {
            let _ = writeln!(
                md,
                "- WRONG {} × {}: {}",
                row.program,
                row.runner,
                row.note.replace('|', "\\|")
            );
        }
    }
    md
}

/// A markdown table with padded columns, readable as plain text too. The
/// first column is left-aligned, the rest right-aligned when `numeric`.
fn md_table(header: &[String], lines: &[Vec<String>], numeric: bool) -> String {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h).max(3)).collect();
    for line in lines {
        for (w, cell) in widths.iter_mut().zip(line) {
            *w = (*w).max(width(cell));
        }
    }
    let row = |cells: &[String]| {
        let mut out = String::from("|");
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w - width(cell));
            if i == 0 || !numeric {
                let _ = write!(out, " {cell}{pad} |");
            } else {
                let _ = write!(out, " {pad}{cell} |");
            }
        }
        out.push('\n');
        out
    };
    let mut out = row(header);
    out.push('|');
    for (i, w) in widths.iter().enumerate() {
        let dashes = "-".repeat(*w);
        if i == 0 || !numeric {
            let _ = write!(out, " {dashes} |");
        } else {
            let _ = write!(out, " {}: |", &dashes[1..]);
        }
    }
    out.push('\n');
    for line in lines {
        out.push_str(&row(line));
    }
    out
}

/// One object per line, keys in the documented order (serde_json's map
/// would sort them); serde_json still encodes every value.
fn json_rows(rows: &[Row]) -> String {
    let encode = |v: Value| v.to_string();
    let items: Vec<String> = rows
        .iter()
        .map(|row| {
            let fields = [
                ("program", json!(row.program)),
                ("runner", json!(row.runner)),
                ("median_s", json!(row.median())),
                ("min_s", json!(row.min())),
                ("max_s", json!(row.max())),
                ("runs", json!(row.times.len())),
                ("peak_rss_kb", json!(row.peak_rss_kb)),
                ("output_ok", json!(row.output_ok)),
                ("note", json!(row.note)),
            ];
            let body: Vec<String> = fields
                .into_iter()
                .map(|(key, value)| format!("\"{key}\": {}", encode(value)))
                .collect();
            format!("  {{{}}}", body.join(", "))
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

/// Tableau-10: distinguishable, and fine for most colour blindness.
const COLORS: [RGBColor; 10] = [
    RGBColor(78, 121, 167),
    RGBColor(242, 142, 43),
    RGBColor(225, 87, 89),
    RGBColor(118, 183, 178),
    RGBColor(89, 161, 79),
    RGBColor(237, 201, 72),
    RGBColor(176, 122, 161),
    RGBColor(255, 157, 167),
    RGBColor(156, 117, 95),
    RGBColor(186, 176, 172),
];

/// Grouped bars of speed-up vs the reference, log scale, one group per
/// program plus one for the geometric mean.
fn svg(path: &Path, context: &Context, table: &Table) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let mut groups: Vec<String> = context.programs.clone();
    groups.push("geomean".into());
    let mut values: Vec<Vec<Option<f64>>> = table.speedups.clone();
    values.push(table.geomeans.iter().map(|(m, _)| *m).collect());

    let runners = context.runners.len();
    let all: Vec<f64> = values.iter().flatten().flatten().copied().collect();
    let lowest = all.iter().copied().fold(1.0f64, f64::min);
    let highest = all.iter().copied().fold(1.0f64, f64::max);
    // Round the range out to powers of two, with room for labels on top.
    let lo_exp = (lowest / 1.3).log2().floor() as i32;
    let hi_exp = (highest * 1.8).log2().ceil() as i32;
    let (lo, hi) = (2f64.powi(lo_exp), 2f64.powi(hi_exp));
    let span = (hi_exp - lo_exp) as usize;
    let mut ticks: Vec<f64> = (lo_exp..=hi_exp)
        .step_by(span.div_ceil(12).max(1))
        .map(|e| 2f64.powi(e))
        .collect();
    if span <= 3 {
        // A narrow range gets 1.5× steps between the powers of two too.
        ticks.extend((lo_exp..hi_exp).map(|e| 1.5 * 2f64.powi(e)));
    }

    const LEGEND_WIDTH: u32 = 170;
    let width = (220 + groups.len() * (runners * 16 + 28)).max(900) as u32 + LEGEND_WIDTH;
    let root = SVGBackend::new(path, (width, 560)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let caption = format!(
        "Speed-up vs {} (log scale, higher is better) — {}",
        context.reference(),
        context.date
    );
    let mut chart = ChartBuilder::on(&root)
        .caption(caption, ("sans-serif", 20))
        .margin(14)
        .margin_right(LEGEND_WIDTH)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(
            0f64..groups.len() as f64,
            (lo..hi).log_scale().with_key_points(ticks),
        )
        .map_err(|e| err(&e))?;
    // Group names are drawn by hand under their groups (plotters' key points
    // would need a formatter that f64 axes lack).
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_label_formatter(&|y: &f64| tick_label(*y))
        .y_desc(format!("speed-up vs {}", context.reference()))
        .label_style(("sans-serif", 13))
        .draw()
        .map_err(|e| err(&e))?;

    // Bars start at the bottom of the axis; a line marks the reference (1×).
    let slot = 0.84 / runners as f64;
    for r in 0..runners {
        let color = COLORS[r % COLORS.len()];
        let bars = values.iter().enumerate().filter_map(|(g, line)| {
            let value = line[r]?;
            let x0 = g as f64 + 0.08 + r as f64 * slot;
            Some(Rectangle::new(
                [(x0, lo), (x0 + slot * 0.9, value)],
                color.filled(),
            ))
        });
        chart.draw_series(bars).map_err(|e| err(&e))?;
    }
    let label_font = ("sans-serif", 10)
        .into_font()
        .transform(FontTransform::Rotate270);
    let mut labels = Vec::new();
    let mut misses = Vec::new();
    for (g, line) in values.iter().enumerate() {
        for (r, value) in line.iter().enumerate() {
            let x = g as f64 + 0.08 + (r as f64 + 0.45) * slot;
            match value {
                Some(v) => labels.push(Text::new(
                    format!("{v:.2}"),
                    (x - slot * 0.3, v * 1.04),
                    label_font.clone(),
                )),
                // Not run or wrong: a red cross where the bar would be.
                None if g < context.programs.len() => misses.push(Text::new(
                    "✗".to_string(),
                    (x - slot * 0.3, lo * 1.05),
                    ("sans-serif", 12).into_font().color(&RED),
                )),
                None => {}
            }
        }
    }
    chart.draw_series(labels).map_err(|e| err(&e))?;
    chart.draw_series(misses).map_err(|e| err(&e))?;
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(0.0, 1.0), (groups.len() as f64, 1.0)],
            BLACK.stroke_width(1),
        )))
        .map_err(|e| err(&e))?;
    let name_style =
        TextStyle::from(("sans-serif", 14).into_font()).pos(Pos::new(HPos::Center, VPos::Top));
    for (g, name) in groups.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(g as f64 + 0.5, lo));
        root.draw(&Text::new(name.clone(), (x, y + 8), name_style.clone()))
            .map_err(|e| err(&e))?;
    }
    // The legend sits in the right margin, where no bar can hide under it.
    let (_, top) = chart.backend_coord(&(0.0, hi));
    for (r, runner) in context.runners.iter().enumerate() {
        let x = (width - LEGEND_WIDTH + 24) as i32;
        let y = top + 6 + 20 * r as i32;
        let color = COLORS[r % COLORS.len()];
        root.draw(&Rectangle::new([(x, y), (x + 14, y + 12)], color.filled()))
            .map_err(|e| err(&e))?;
        root.draw(&Text::new(
            runner.name.clone(),
            (x + 20, y),
            ("sans-serif", 13),
        ))
        .map_err(|e| err(&e))?;
    }
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

/// "4×", "1.5×", "0.125×", and "1/32×" for the tiny powers of two.
fn tick_label(v: f64) -> String {
    if v < 0.1 {
        return format!("1/{:.0}×", 1.0 / v);
    }
    let text = format!("{v:.3}");
    format!("{}×", text.trim_end_matches('0').trim_end_matches('.'))
}

/// `--check`: report.json is well-formed, every `python3` row is right, and
/// every `liar` row (the deliberately wrong peer) is marked wrong. Prints a
/// `N passed, N failed` line and returns whether all passed.
pub fn check(dir: &Path) -> bool {
    let mut failures: Vec<String> = Vec::new();
    let mut passed = 0;
    let mut verdict = |ok: bool, what: String| {
        if ok {
            passed += 1;
            println!("check ok: {what}");
        } else {
            println!("check FAILED: {what}");
            failures.push(what);
        }
    };

    let path = dir.join("report.json");
    let parsed = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str::<Value>(&text).map_err(|e| e.to_string()));
    let rows = match parsed {
        Ok(Value::Array(rows)) => rows,
        Ok(_) => {
            verdict(false, format!("{} holds an array", path.display()));
            Vec::new()
        }
        Err(e) => {
            verdict(false, format!("{} parses as JSON ({e})", path.display()));
            Vec::new()
        }
    };
    let shape_errors: Vec<String> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| row_shape_error(row).map(|e| format!("row {i}: {e}")))
        .collect();
    verdict(
        !rows.is_empty() && shape_errors.is_empty(),
        format!(
            "report.json rows are well-formed ({} rows{}{})",
            rows.len(),
            if shape_errors.is_empty() { "" } else { "; " },
            shape_errors.join("; ")
        ),
    );

    let of = |runner: &str| -> Vec<&Value> {
        rows.iter()
            .filter(|r| r["runner"].as_str() == Some(runner))
            .collect()
    };
    let python = of("python3");
    verdict(
        !python.is_empty() && python.iter().all(|r| r["output_ok"] == json!(true)),
        format!("all {} python3 rows have output_ok true", python.len()),
    );
    let liar = of("liar");
    verdict(
        !liar.is_empty() && liar.iter().all(|r| r["output_ok"] == json!(false)),
        format!(
            "all {} liar rows have output_ok false (run with STITCH_PEERS=\"liar=benches/liar.sh\")",
            liar.len()
        ),
    );
    for name in ["report.md", "report.svg"] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        let ok = match name {
            "report.svg" => text.contains("<svg") && text.trim_end().ends_with("</svg>"),
            _ => text.contains("| program"),
        };
        verdict(ok, format!("{name} is written"));
    }
    println!("suite check: {passed} passed, {} failed", failures.len());
    failures.is_empty()
}

fn row_shape_error(row: &Value) -> Option<String> {
    let Some(object) = row.as_object() else {
        return Some("not an object".into());
    };
    let number_or_null = |v: &Value| v.is_number() || v.is_null();
    type Validator<'a> = &'a dyn Fn(&Value) -> bool;
    let checks: [(&str, Validator); 9] = [
        ("program", &|v| v.as_str().is_some_and(|s| !s.is_empty())),
        ("runner", &|v| v.as_str().is_some_and(|s| !s.is_empty())),
        ("median_s", &number_or_null),
        ("min_s", &number_or_null),
        ("max_s", &number_or_null),
        ("runs", &|v| v.is_u64()),
        ("peak_rss_kb", &|v| v.is_u64() || v.is_null()),
        ("output_ok", &|v| v.is_boolean()),
        ("note", &|v| v.is_string()),
    ];
    for (key, valid) in checks {
        match object.get(key) {
            None => return Some(format!("missing `{key}`")),
            Some(v) if !valid(v) => return Some(format!("bad `{key}`: {v}")),
            _ => {}
        }
    }
    // A right row is timed; a wrong one never is.
    let ok = object["output_ok"] == json!(true);
    if ok != object["median_s"].is_number() {
        return Some("median_s must be a number exactly when output_ok is true".into());
    }
    None
}

/// "2026-04-01 12:34 UTC", computed without a date crate.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60
    )
}

/// CPU model, core count, memory and kernel, from /proc.
pub fn machine_description() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let mut parts = vec![model, format!("{cores} cores")];
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    if let Some(kb) = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
    {
        parts.push(format!("{:.0} GiB RAM", kb / 1024.0 / 1024.0));
    }
    if let Ok(kernel) = std::fs::read_to_string("/proc/sys/kernel/osrelease") {
        parts.push(format!("Linux {}", kernel.trim()));
    }
    parts.join(", ")
}

/// The 1-minute load average, from /proc/loadavg.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(String::from))
        .unwrap_or_else(|| "?".into())
}

/// Short commit of the work tree, marked `+dirty` when it has changes.
pub fn git_commit(dir: &Path) -> Option<String> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(dir)
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let commit = git(&["rev-parse", "--short", "HEAD"])?;
    let dirty =
        git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    Some(if dirty {
        format!("{commit}+dirty")
    } else {
        commit
    })
}
