/// A SQLite schema with what production SQLite files hold: an AUTOINCREMENT key, UNIQUE COLLATE NOCASE,
/// NVARCHAR lengths, a self-reference, a `WITHOUT ROWID` table with a composite key of reserved words and
/// stored and virtual generated columns, a partly nullable composite and DEFERRABLE reference to it, a
/// `STRICT` table, a table without a primary key (and duplicate rows), RTRIM collation, CHECKs (one
/// calling `json_valid`), expression, partial and descending indexes, views over views, a trigger, BLOBs,
/// JSON and dates as text, and names with spaces, hyphens and capitals.
public enum TortureSQLite {
    public static let sql = #"""
        PRAGMA foreign_keys = OFF;
        CREATE TABLE "Customer Accounts" (
            "Account Id" INTEGER PRIMARY KEY AUTOINCREMENT,
            "E-Mail" TEXT NOT NULL UNIQUE COLLATE NOCASE,
            "Display Name" NVARCHAR(40) NOT NULL,
            referrer INTEGER REFERENCES "Customer Accounts"("Account Id") ON DELETE SET NULL,
            signed_up TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            avatar BLOB,
            settings TEXT CHECK (settings IS NULL OR json_valid(settings))
        );
        CREATE TABLE "order" (
            "group" INTEGER NOT NULL,
            "select" INTEGER NOT NULL,
            account INTEGER NOT NULL REFERENCES "Customer Accounts"("Account Id"),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price NUMERIC(8, 2) NOT NULL,
            total NUMERIC GENERATED ALWAYS AS (quantity * unit_price) STORED,
            label TEXT GENERATED ALWAYS AS ('#' || "group" || '-' || "select") VIRTUAL,
            PRIMARY KEY ("group", "select")
        ) WITHOUT ROWID;
        CREATE TABLE shipment (
            id INTEGER PRIMARY KEY,
            order_group INTEGER,
            order_select INTEGER,
            parent_group INTEGER,
            parent_id INTEGER,
            carrier TEXT NOT NULL COLLATE RTRIM,
            FOREIGN KEY (order_group, order_select) REFERENCES "order"("group", "select") DEFERRABLE INITIALLY DEFERRED,
            FOREIGN KEY (parent_id) REFERENCES shipment(id)
        );
        CREATE TABLE measurements (id INTEGER PRIMARY KEY, reading REAL NOT NULL, note TEXT, taken_on TEXT) STRICT;
        CREATE TABLE event_log (at TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT);
        CREATE INDEX event_log_kind ON event_log(kind, at DESC);
        CREATE INDEX order_big ON "order"(account) WHERE quantity > 10;
        CREATE INDEX accounts_lower_name ON "Customer Accounts"(lower("Display Name"));
        CREATE VIEW big_orders AS SELECT "group", "select", account FROM "order" WHERE quantity > 10;
        CREATE VIEW big_order_accounts AS SELECT DISTINCT account FROM big_orders;
        CREATE TRIGGER order_logged AFTER INSERT ON "order" BEGIN
            INSERT INTO event_log VALUES (datetime('now'), 'order', NEW."group" || '/' || NEW."select");
        END;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
        INSERT INTO "Customer Accounts" ("Account Id", "E-Mail", "Display Name", referrer, signed_up, avatar, settings)
        SELECT i, 'User' || i || '@Example.test', 'User ' || i, CASE WHEN i > 1 THEN 1 END, '2024-01-' || printf('%02d', i % 28 + 1) || ' 10:00:00',
               CASE WHEN i % 3 = 0 THEN x'00ff10' END, CASE WHEN i % 2 = 0 THEN '{"theme":"dark","n":' || i || '}' END
        FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
        INSERT INTO "order" ("group", "select", account, quantity, unit_price) SELECT i / 10, i % 10, 1 + i % 30, i % 17 + 1, (i % 9) + 0.25 FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
        INSERT INTO shipment SELECT i, CASE WHEN i % 5 = 0 THEN NULL ELSE (i + 1) / 10 END, (i + 1) % 10, NULL, CASE WHEN i > 1 THEN i - 1 END, 'carrier ' || (i % 3) || '  ' FROM n;
        INSERT INTO measurements VALUES (1, 1.5, 'tab	here, quote '' and ünïcødé', '2024-02-29'), (2, -0.0001, NULL, NULL);
        INSERT INTO event_log VALUES ('2024-01-01 00:00:00', 'boot', NULL), ('2024-01-01 00:00:00', 'boot', NULL);
        """#

    /// The tables, as SQL.
    public static let tables = ["\"Customer Accounts\"", "\"order\"", "shipment", "measurements", "event_log"]
}
