//! Writing a book into the warehouse as ONE transaction: clear the old book (when replacing),
//! insert branches and customers in multi-row batches, then the headcounts, the columnar
//! snapshot, the `book` row and the history entry, and commit. Dropped before `finish`, the
//! transaction rolls back and the warehouse is as it was. The book replaced is kept whole as
//! the previous book (`previous_book`), so one command undoes a wrong import. Shared by the
//! CSV import and the demo book.

use std::collections::{HashMap, HashSet};

use reach_core::book::{BookBuilder, BranchInfo, Channel, Customer, CustomerFacts, RiskProfile};
use reach_core::snapshot;
use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::book_meta::{self, BookMeta};
use crate::error::StoreError;
use crate::history::{Attempt, ImportOutcome};
use crate::previous_book;
use crate::warehouse::begin_without_foreign_keys;

/// Customers per INSERT statement (9 parameters each; SQLite allows 32,766).
pub(crate) const ROWS_PER_INSERT: usize = 500;

const CUSTOMER_COLUMNS: &str = "INSERT INTO customers (customer_id, branch_id, total_assets_fen, age, risk_profile, \
                                channel, trades_12m, revenue_12m_fen, advisor_id) VALUES ";

/// Where the branches' advisor headcounts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Headcounts {
    /// The distinct non-empty advisor ids among each branch's customers.
    Derived,
    /// A branches file: a branch it does not list has 0.
    File,
    /// The demo generator's list.
    Demo,
}

impl Headcounts {
    fn source(self) -> &'static str {
        match self {
            Self::Derived => "derived",
            Self::File => "file",
            Self::Demo => "demo",
        }
    }
}

/// A book being written; see the module doc.
pub(crate) struct BookWriter {
    tx: Transaction<'static, Sqlite>,
    headcounts: Headcounts,
    /// The `CREATE INDEX` / `CREATE TRIGGER` statements of the customers table, put back
    /// before commit.
    customer_schema: Vec<String>,
    full_insert: String,
    branch_index: HashMap<String, u16>,
    branch_names: Vec<String>,
    /// Branches `0..branches_inserted` have their row already.
    branches_inserted: usize,
    /// Distinct advisor ids per branch (only when `Derived`).
    advisors: Vec<HashSet<String>>,
    facts: Vec<CustomerFacts>,
}

impl BookWriter {
    /// Starts the write transaction. Refuses when a book exists and `replace` is false;
    /// otherwise sets the current book aside as the previous one, dropping the one kept
    /// before (still inside the transaction).
    pub async fn begin(pool: &SqlitePool, replace: bool, headcounts: Headcounts) -> Result<Self, StoreError> {
        // Foreign keys are checked once for the whole book before commit rather than row by
        // row (a quarter of the insert's cost). The setting cannot change inside a transaction,
        // so it is turned off on a connection of its own, which is closed afterwards instead of
        // going back to the pool.
        let mut tx = begin_without_foreign_keys(pool).await?;
        let current = book_meta::read(&mut tx).await?;
        if let Some(meta) = &current {
            if !replace {
                return Err(StoreError::BookExists { label: meta.label.clone(), customers: meta.customers });
            }
        }
        // Emptying `customers` row by row (which is what DELETE does to a table with foreign
        // keys) and keeping its customer_id index up to date while inserting in random id order
        // would each cost more than the insert itself. So the table is dropped and created
        // again from the schema's own definition, and its indexes and triggers are recreated
        // (the index by sorting, once) just before commit.
        let schema: Vec<(String, String)> = sqlx::query_as(
            "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'customers' AND sql IS NOT NULL ORDER BY type = 'table' DESC, rowid",
        )
        .fetch_all(&mut *tx)
        .await?;
        let (table_sql, customer_schema) = match schema.split_first() {
            Some(((kind, sql), rest)) if kind == "table" => {
                (sql.clone(), rest.iter().map(|(_, s)| s.clone()).collect())
            }
            _ => return Err(StoreError::CorruptBook("the warehouse has no customers table".into())),
        };
        if current.is_some() {
            // The current book is kept, whole, as the previous one (`previous_book`).
            previous_book::retire_current(&mut tx).await?;
        } else {
            for table in ["book", "book_snapshot"] {
                sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?;
            }
            sqlx::query("DROP TABLE customers").execute(&mut *tx).await?;
            sqlx::query("DELETE FROM branches").execute(&mut *tx).await?;
        }
        sqlx::query(&table_sql).execute(&mut *tx).await?;
        Ok(BookWriter {
            tx,
            headcounts,
            customer_schema,
            full_insert: insert_sql(ROWS_PER_INSERT),
            branch_index: HashMap::new(),
            branch_names: Vec::new(),
            branches_inserted: 0,
            advisors: Vec::new(),
            facts: Vec::new(),
        })
    }

    /// Appends customers (in book order).
    pub async fn write(&mut self, customers: Vec<Customer>) -> Result<(), StoreError> {
        let mut branch_ids = Vec::with_capacity(customers.len());
        for c in &customers {
            let branch = self.branch_of(&c.branch)?;
            if self.headcounts == Headcounts::Derived {
                if let Some(a) = c.advisor_id.as_deref().filter(|a| !a.is_empty()) {
                    let seen = &mut self.advisors[usize::from(branch)];
                    if !seen.contains(a) {
                        seen.insert(a.to_string());
                    }
                }
            }
            self.facts.push(CustomerFacts::of(c, branch));
            branch_ids.push(i64::from(branch) + 1);
        }
        self.insert_new_branches().await?;

        let mut rows = customers.into_iter().zip(branch_ids);
        let mut left = rows.len();
        while left > 0 {
            let n = left.min(ROWS_PER_INSERT);
            // Full batches reuse one cached statement; the last, shorter one is not cached.
            let tail_sql;
            let mut query = if n == ROWS_PER_INSERT {
                sqlx::query(self.full_insert.as_str())
            } else {
                tail_sql = insert_sql(n);
                sqlx::query(tail_sql.as_str()).persistent(false)
            };
            for (c, branch_id) in rows.by_ref().take(n) {
                query = query
                    .bind(c.customer_id)
                    .bind(branch_id)
                    .bind(c.total_assets_fen)
                    .bind(i64::from(c.age))
                    .bind(risk_code(c.risk_profile))
                    .bind(channel_code(c.channel))
                    .bind(i64::from(c.trades_12m))
                    .bind(c.revenue_12m_fen)
                    .bind(c.advisor_id.filter(|a| !a.is_empty()));
            }
            query.execute(&mut *self.tx).await?;
            left -= n;
        }
        Ok(())
    }

    /// Sets the headcounts (`listed` is the branches file or the demo's list; branches it
    /// names that have no customers are added), writes the snapshot, the `book` row and the
    /// history entry, and commits. Returns the new book's description.
    pub async fn finish(
        mut self,
        listed: Option<Vec<BranchInfo>>,
        mut meta: BookMeta,
        attempt: &Attempt,
    ) -> Result<BookMeta, StoreError> {
        let mut infos: Vec<BranchInfo> = self
            .branch_names
            .iter()
            .map(|name| BranchInfo { name: name.clone(), region: None, current_advisors: 0 })
            .collect();
        match listed {
            None => {
                for (info, advisors) in infos.iter_mut().zip(&self.advisors) {
                    info.current_advisors = advisors.len() as u32;
                }
            }
            Some(list) => {
                for b in list {
                    match self.branch_index.get(&b.name) {
                        Some(&i) => infos[usize::from(i)] = b,
                        None => {
                            self.branch_of(&b.name)?;
                            infos.push(b);
                        }
                    }
                }
            }
        }
        self.insert_new_branches().await?;
        for (i, info) in infos.iter().enumerate() {
            if info.current_advisors != 0 || info.region.is_some() {
                sqlx::query("UPDATE branches SET region = ?, advisors = ? WHERE id = ?")
                    .bind(&info.region)
                    .bind(i64::from(info.current_advisors))
                    .bind(i as i64 + 1)
                    .execute(&mut *self.tx)
                    .await?;
            }
        }

        // The customers' indexes and triggers, back (see `begin`).
        for sql in &self.customer_schema {
            sqlx::query(sql).execute(&mut *self.tx).await?;
        }

        let mut builder = BookBuilder::new(infos).map_err(|e| StoreError::CorruptBook(e.to_string()))?;
        builder.reserve(self.facts.len());
        for f in std::mem::take(&mut self.facts) {
            builder.push(f).map_err(|e| StoreError::CorruptBook(e.to_string()))?;
        }
        let book = builder.finish();
        let bytes = snapshot::encode(&book);
        sqlx::query("INSERT INTO book_snapshot (id, format_version, customers, bytes) VALUES (1, ?, ?, ?)")
            .bind(i64::from(snapshot::FORMAT_VERSION))
            .bind(book.len() as i64)
            .bind(bytes)
            .execute(&mut *self.tx)
            .await?;

        meta.customers = book.len() as u64;
        meta.branches = book.branches().len() as u64;
        book_meta::write(&mut self.tx, &meta).await?;
        let message = format!("{} customers in {} branches", meta.customers, meta.branches);
        attempt.record(&mut self.tx, meta.customers, ImportOutcome::Ok, &message).await?;
        // The foreign keys, checked once (see `begin`).
        let orphans: i64 = sqlx::query_scalar("SELECT count(*) FROM pragma_foreign_key_check('customers')")
            .fetch_one(&mut *self.tx)
            .await?;
        if orphans > 0 {
            return Err(StoreError::CorruptBook(format!("{orphans} customers refer to a missing branch")));
        }
        self.tx.commit().await?;
        Ok(meta)
    }

    /// The branch's index, numbering a new branch (its row is inserted before the customers
    /// that refer to it).
    fn branch_of(&mut self, name: &str) -> Result<u16, StoreError> {
        if let Some(&i) = self.branch_index.get(name) {
            return Ok(i);
        }
        let i = u16::try_from(self.branch_names.len())
            .ok()
            .filter(|&i| i < u16::MAX)
            .ok_or_else(|| StoreError::CorruptBook("the book names more than 65,535 branches".into()))?;
        self.branch_index.insert(name.to_string(), i);
        self.branch_names.push(name.to_string());
        if self.headcounts == Headcounts::Derived {
            self.advisors.push(HashSet::new());
        }
        Ok(i)
    }

    async fn insert_new_branches(&mut self) -> Result<(), StoreError> {
        for (i, name) in self.branch_names.iter().enumerate().skip(self.branches_inserted) {
            sqlx::query("INSERT INTO branches (id, name, region, advisors, advisors_source) VALUES (?, ?, NULL, 0, ?)")
                .bind(i as i64 + 1)
                .bind(name)
                .bind(self.headcounts.source())
                .execute(&mut *self.tx)
                .await?;
        }
        self.branches_inserted = self.branch_names.len();
        Ok(())
    }
}

fn insert_sql(rows: usize) -> String {
    let mut sql = String::with_capacity(CUSTOMER_COLUMNS.len() + rows * 20);
    sql.push_str(CUSTOMER_COLUMNS);
    for i in 0..rows {
        if i > 0 {
            sql.push(',');
        }
        sql.push_str("(?,?,?,?,?,?,?,?,?)");
    }
    sql
}

pub(crate) fn risk_code(r: RiskProfile) -> &'static str {
    match r {
        RiskProfile::C1 => "C1",
        RiskProfile::C2 => "C2",
        RiskProfile::C3 => "C3",
        RiskProfile::C4 => "C4",
        RiskProfile::C5 => "C5",
    }
}

pub(crate) fn channel_code(c: Channel) -> &'static str {
    match c {
        Channel::Online => "online",
        Channel::Offline => "offline",
    }
}
