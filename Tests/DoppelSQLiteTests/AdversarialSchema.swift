/// A SQLite schema with every feature the introspector must see: rowid aliases, composite and
/// WITHOUT ROWID keys, STRICT tables, self-references, a two-table cycle, DEFERRABLE keys, ON DELETE
/// actions, UNIQUE constraints and indexes, CHECKs, generated columns, views, triggers, and names
/// that need quoting.
enum AdversarialSchema {
    static let sql = #"""
        PRAGMA foreign_keys = OFF;
        CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            manager_id INTEGER REFERENCES employees(id) DEFERRABLE INITIALLY DEFERRED,
            budget REAL CHECK (budget >= 0)
        );
        CREATE TABLE employees (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
            boss_id INTEGER REFERENCES employees(id) ON DELETE SET NULL,
            email TEXT NOT NULL,
            salary INTEGER NOT NULL DEFAULT 1000,
            salary_band INTEGER GENERATED ALWAYS AS (salary / 1000) VIRTUAL,
            CONSTRAINT salary_positive CHECK (salary > 0)
        );
        CREATE UNIQUE INDEX employees_email ON employees(email);
        CREATE INDEX employees_boss ON employees(boss_id) WHERE boss_id IS NOT NULL;
        CREATE TABLE "order lines" (
            "Order" INTEGER NOT NULL,
            "line ""no""" INTEGER NOT NULL,
            sku TEXT NOT NULL,
            PRIMARY KEY ("Order", "line ""no""")
        ) WITHOUT ROWID;
        CREATE TABLE shipments (
            id INTEGER PRIMARY KEY,
            order_no INTEGER NOT NULL,
            line_no INTEGER NOT NULL,
            FOREIGN KEY (order_no, line_no) REFERENCES "order lines"("Order", "line ""no""")
        );
        CREATE TABLE measurements (id INTEGER PRIMARY KEY, value REAL NOT NULL, note TEXT) STRICT;
        CREATE VIEW department_sizes AS SELECT department_id, count(*) AS size FROM employees GROUP BY department_id;
        CREATE TRIGGER employees_audit AFTER INSERT ON employees BEGIN
            UPDATE departments SET budget = budget - 1 WHERE id = NEW.department_id;
        END;
        INSERT INTO departments VALUES (1, 'Research', 1, 100.0), (2, 'Sales', NULL, 50.0);
        INSERT INTO employees (id, department_id, boss_id, email, salary) VALUES (1, 1, NULL, 'a@x.test', 5000), (2, 1, 1, 'b@x.test', 3000);
        INSERT INTO "order lines" VALUES (10, 1, 'A'), (10, 2, 'B');
        INSERT INTO shipments VALUES (1, 10, 1);
        INSERT INTO measurements VALUES (1, 1.5, 'tab\there, newline\nthere, quote '' and backslash \\ and ünïcødé');
        """#
}
