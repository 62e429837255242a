//! `reach` against a hostile user, end to end on real files: one exit-status rule (2 for
//! anything the user can fix), quiet ends on a closed pipe, CSV that a spreadsheet cannot run,
//! names that cannot drive the terminal, bounded work, nothing lost without asking, backup,
//! restore and undo, and the app and the CLI on one warehouse at once.

use std::io::Read;
use std::process::{Command, Output, Stdio};

mod common;
use common::{repo, Env};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Asserts exit status 2 with `needle` in the message, and no panic.
fn refused(o: &Output, needle: &str) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "expected exit 2, got {:?}: {err}", o.status.code());
    assert!(err.contains(needle), "`{needle}` not in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

const HEADER: &str = "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\n";

/// A small CSV book whose branches carry the given names.
fn book_csv(branches: &[&str], per_branch: usize) -> String {
    let mut text = String::from(HEADER);
    for (b, name) in branches.iter().enumerate() {
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        for i in 0..per_branch {
            let assets = 20_000 + (i as u64 * 7_919 + b as u64 * 104_729) % 2_000_000;
            text.push_str(&format!("C{b}-{i},{quoted},{assets},{},C3,online,{},{},\n", 25 + i % 50, i % 7, i % 900));
        }
    }
    text
}

#[test]
fn every_user_fixable_failure_exits_2_naming_what_to_fix() {
    let env = Env::new();
    let missing = env.path("no/such/folder/reach.sqlite");
    let run_on = |db: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_reach"))
            .arg("--db")
            .arg(db)
            .arg("book")
            .env_remove("REACH_DB")
            .output()
            .unwrap()
    };
    refused(&run_on(&missing), "no/such/folder");
    assert!(!env.path("no").exists(), "no folder was created");

    refused(&run_on(&env.path("")), "is a folder");
    refused(&run_on(&env.file("text.sqlite", "hello, not a database")), "not an SQLite database");

    let good = Env::with_demo(500);
    let (whole, newer) = (env.path("whole.sqlite"), env.path("newer.sqlite"));
    for copy in [&whole, &newer] {
        assert!(good.reach(&["backup", "--out", copy.to_str().unwrap()]).status.success());
    }
    let bytes = std::fs::read(&whole).unwrap();
    let truncated = env.path("truncated.sqlite");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    refused(&run_on(&truncated), "truncated.sqlite");

    // A newer Reach's warehouse: a schema migration this one does not know.
    rewrite(&newer, "INSERT INTO _sqlx_migrations SELECT 9999, 'future', installed_on, success, checksum, execution_time FROM _sqlx_migrations WHERE version = 1");
    refused(&run_on(&newer), "newer version of Reach");

    // An SQLite database of another program is left alone.
    let other = env.path("other.sqlite");
    rewrite(&other, "CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
    refused(&run_on(&other), "another program");
    assert_eq!(std::fs::read(&other).unwrap().len() % 4096, 0, "still the other program's file");

    // Read-only: only meaningful when this user cannot write a read-only file (not root).
    let ro = env.path("ro.sqlite");
    std::fs::copy(good.db(), &ro).unwrap();
    let mut perms = std::fs::metadata(&ro).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&ro, perms).unwrap();
    if std::fs::OpenOptions::new().write(true).open(&ro).is_err() {
        let o = Command::new(env!("CARGO_BIN_EXE_reach"))
            .arg("--db")
            .arg(&ro)
            .args(["scenario", "save", &repo("scenarios/100k.toml")])
            .output()
            .unwrap();
        refused(&o, "ro.sqlite");
    }

    // Unbounded work is refused before anything is allocated.
    refused(&env.reach(&["demo", "--customers", "18446744073709551615"]), "at most 50000000");
    refused(&env.reach(&["demo", "--customers", "0"]), "at least 1");
    refused(&env.reach(&["bench", "--customers", "60000000"]), "--customers");
    refused(&env.reach(&["bench", "--memory-customers", "99999999999"]), "--memory-customers");
    // Bad arguments.
    assert_eq!(env.reach(&["run"]).status.code(), Some(2));
    assert_eq!(env.reach(&["demo", "--customers", "-5"]).status.code(), Some(2));
}

/// Runs `sql` on a database file (created if missing) with a plain connection.
fn rewrite(path: &std::path::Path, sql: &str) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(path).create_if_missing(true);
        let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
        sqlx::query(sql).execute(&pool).await.unwrap();
        pool.close().await;
    });
}

#[test]
fn output_into_a_closed_pipe_ends_quietly_with_status_0() {
    let env = Env::with_demo(1500);
    let db = env.db();
    let commands: [Vec<String>; 4] = [
        vec!["book".into()],
        vec!["compare".into(), repo("scenarios/500k.toml"), repo("scenarios/30k.toml")],
        vec!["run".into(), repo("scenarios/100k.toml"), "--json".into()],
        vec!["scenario".into(), "list".into()],
    ];
    for args in commands {
        // The reader goes away at once, before `reach` has written anything.
        let mut child = Command::new(env!("CARGO_BIN_EXE_reach"))
            .arg("--db")
            .arg(&db)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?} said: {err}");
    }
    // And through a shell pipeline, as a user types it.
    let line = format!(
        "set -o pipefail; '{}' --db '{}' book | head -1 && '{}' --db '{}' run '{}' --json | head -c 10",
        env!("CARGO_BIN_EXE_reach"),
        db.display(),
        env!("CARGO_BIN_EXE_reach"),
        db.display(),
        repo("scenarios/100k.toml")
    );
    let o = Command::new("bash").arg("-c").arg(line).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Warehouse:"), "{}", stdout(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn csv_reports_neutralise_formulas_in_hostile_names_and_keep_numbers() {
    let env = Env::new();
    let hostile = ["=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "普通营业部"];
    let csv = env.file("hostile.csv", &book_csv(&hostile, 40));
    env.ok(&["import", "--customers", csv.to_str().unwrap()]);
    let text = std::fs::read_to_string(repo("scenarios/100k.toml")).unwrap();
    let start = text.find("name = ").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let scenario_text = format!("{}name = \"=1+2 plan\"{}", &text[..start], &text[end..])
        .replace("name = \"人机协同\"", "name = \"@tier\"")
        .replace("tiers.人机协同.", "tiers.@tier.");
    let scenario = env.file("hostile.toml", &scenario_text);
    let out = env.path("report.csv");
    env.ok(&["report", scenario.to_str().unwrap(), &repo("scenarios/30k.toml"), "--out", out.to_str().unwrap()]);

    let body = std::fs::read_to_string(&out).unwrap();
    let body = body.trim_start_matches('\u{feff}');
    let cells: Vec<String> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes())
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .collect();
    for name in ["=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "=1+2 plan", "@tier"] {
        assert!(cells.iter().any(|c| *c == format!("'{name}")), "{name} is not in the report, neutralised");
    }
    assert!(cells.iter().any(|c| c == "普通营业部"), "other names are written as they are");
    let mut negative_numbers = 0;
    for c in &cells {
        if c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            assert!(c.parse::<rust_decimal::Decimal>().is_ok(), "{c:?} would run as a formula");
            negative_numbers += 1;
        }
    }
    assert!(negative_numbers > 0, "negative figures stay numbers");
}

#[test]
fn names_cannot_drive_the_terminal() {
    let env = Env::with_demo(600);
    let scenario = std::fs::read_to_string(repo("scenarios/100k.toml")).unwrap();
    let file = env.file("s.toml", &scenario);
    for bad in ["red\u{1b}[31m", "two\nlines", "bell\u{7}", &"长".repeat(300)] {
        refused(&env.reach(&["scenario", "save", file.to_str().unwrap(), "--name", bad]), "name");
    }
    assert_eq!(env.ok(&["scenario", "list"]), "", "nothing was saved");

    // Branch names come from users' files; if the import takes them, they print escaped.
    let csv = env.file("ctl.csv", &book_csv(&["evil\u{1b}]0;pwned\u{7}", "line\u{85}break"], 30));
    let imported = env.reach(&["import", "--customers", csv.to_str().unwrap(), "--replace"]);
    if imported.status.success() {
        let out = env.ok(&["run", &repo("scenarios/100k.toml")]);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{85}'), "{out}");
        assert!(out.contains("evil\\u{1b}]0;pwned\\u{7}"), "{out}");
    } else {
        assert_eq!(imported.status.code(), Some(2), "{}", stderr(&imported));
    }
    let err = stderr(&env.reach(&["scenario", "show", "x\u{1b}[2Jy"]));
    assert!(!err.contains('\u{1b}') && err.contains("x\\u{1b}[2Jy"), "{err}");
}

#[test]
fn nothing_is_lost_without_asking_and_one_command_undoes_an_import() {
    let env = Env::with_demo(700);
    let plan = repo("scenarios/100k.toml");
    env.ok(&["scenario", "save", &plan, "--name", "my plan"]);
    let before = env.ok(&["scenario", "show", "my plan"]);
    let other = repo("scenarios/30k.toml");
    refused(&env.reach(&["scenario", "save", &other, "--name", "my plan"]), "--overwrite");
    assert_eq!(env.ok(&["scenario", "show", "my plan"]), before, "not overwritten");
    env.ok(&["scenario", "save", &other, "--name", "my plan", "--overwrite"]);
    assert_ne!(env.ok(&["scenario", "show", "my plan"]), before);

    // An import over a book says what a replace drops and refuses without --replace.
    let small = env.file("small.csv", &book_csv(&["A", "B"], 3));
    let err = refused(&env.reach(&["import", "--customers", small.to_str().unwrap()]), "--replace");
    assert!(err.contains("700 customers") && err.contains("imported 20") && err.contains("demo"), "{err}");
    assert!(env.ok(&["book"]).contains("700 customers"));
    let book_before = env.ok(&["book", "--json"]);

    env.ok(&["import", "--customers", small.to_str().unwrap(), "--replace"]);
    assert!(env.ok(&["book"]).contains("6 customers"));
    let undone = env.ok(&["book", "undo"]);
    assert!(undone.contains("700 customers"), "{undone}");
    let after: serde_json::Value = serde_json::from_str(&env.ok(&["book", "--json"])).unwrap();
    let before: serde_json::Value = serde_json::from_str(&book_before).unwrap();
    assert_eq!(after["stats"], before["stats"], "the same book as before the import");
    assert_eq!(after["previous_book"]["customers"], 6);
    assert!(env.ok(&["scenario", "list"]).contains("my plan"), "scenarios survive the import and the undo");

    env.ok(&["book", "drop-previous"]);
    refused(&env.reach(&["book", "undo"]), "no previous book");
    assert!(env.ok(&["book"]).contains("700 customers"));
}

#[test]
fn backup_and_restore_bring_back_the_warehouse_and_keep_saved_scenarios() {
    let env = Env::with_demo(900);
    env.ok(&["scenario", "save", &repo("scenarios/500k.toml"), "--name", "in the backup"]);
    let before = env.ok(&["run", &repo("scenarios/100k.toml"), "--json"]);
    let backup = env.path("backup.sqlite");
    env.ok(&["backup", "--out", backup.to_str().unwrap()]);
    refused(&env.reach(&["backup", "--out", backup.to_str().unwrap()]), "already exists");
    refused(&env.reach(&["backup", "--out", env.path("nowhere/b.sqlite").to_str().unwrap()]), "nowhere");

    let small = env.file("small.csv", &book_csv(&["A"], 5));
    env.ok(&["import", "--customers", small.to_str().unwrap(), "--replace"]);
    env.ok(&["scenario", "save", &repo("scenarios/30k.toml"), "--name", "saved later"]);

    // A file that is not a warehouse is refused and changes nothing.
    let junk = env.file("junk.sqlite", "not a warehouse at all");
    refused(&env.reach(&["restore", junk.to_str().unwrap()]), "not an SQLite database");
    refused(&env.reach(&["restore", env.path("missing.sqlite").to_str().unwrap()]), "missing.sqlite");
    let damaged = env.path("damaged.sqlite");
    let mut bytes = std::fs::read(&backup).unwrap();
    let half = bytes.len() / 2;
    bytes.truncate(half);
    std::fs::write(&damaged, bytes).unwrap();
    refused(&env.reach(&["restore", damaged.to_str().unwrap()]), "damaged.sqlite");
    assert!(env.ok(&["book"]).contains("5 customers"));

    let restored = env.ok(&["restore", backup.to_str().unwrap()]);
    assert!(restored.contains("900 customers"), "{restored}");
    let kept = restored.lines().find_map(|l| l.strip_prefix("The warehouse it replaced is kept at ")).unwrap();
    let kept = kept.trim_end_matches('.');
    assert!(std::path::Path::new(kept).is_file(), "{kept}");
    assert_eq!(env.ok(&["run", &repo("scenarios/100k.toml"), "--json"]), before);
    let list = env.ok(&["scenario", "list"]);
    assert!(list.contains("in the backup") && list.contains("saved later"), "{list}");

    // The kept file is itself a warehouse that can be restored.
    env.ok(&["restore", kept]);
    assert!(env.ok(&["book"]).contains("5 customers"));
}

#[test]
fn the_app_and_the_cli_at_once_on_one_warehouse_never_see_database_is_locked() {
    let env = Env::with_demo(2000);
    let big = env.file("big.csv", &book_csv(&["甲", "乙", "丙", "丁"], 15_000));
    let import = Command::new(env!("CARGO_BIN_EXE_reach"))
        .arg("--db")
        .arg(env.db())
        .args(["import", "--customers", big.to_str().unwrap(), "--replace"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let plan = repo("scenarios/100k.toml");
    for i in 0..6 {
        env.ok(&["scenario", "save", &plan, "--name", &format!("plan {i}")]);
        env.ok(&["run", &plan, "--json"]);
    }
    let out = import.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.ok(&["book"]).contains("60,000 customers"));
    assert_eq!(env.ok(&["scenario", "list"]).lines().count(), 6);
}
