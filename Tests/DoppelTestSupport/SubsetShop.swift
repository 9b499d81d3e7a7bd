/// A small shop whose schema holds what subsetting must get right: a lookup table with a text key, a cycle
/// (stores ↔ staff) with a self-reference inside it (staff.boss_id), a self-referencing customers table, a
/// composite key (products) with a many-to-many link table (product_tags), a table without a primary key
/// (payments; partitioned, with its foreign keys declared on the partitions, in the PostgreSQL edition), a table
/// that only references a parent-only table (audit), and tables nothing reaches (tags, settings).
///
/// Its rows are few and chosen so that every rule of the closure decides some row; the expected subsets in the
/// tests are worked out by hand from them.
public enum SubsetShop {
    static let rows = """
        INSERT INTO countries VALUES ('DE', 'Germany'), ('FR', 'France'), ('US', 'United States'), ('JP', 'Japan');
        INSERT INTO addresses VALUES (1, 'DE', 'Berlin'), (2, 'DE', 'Bonn'), (3, 'FR', 'Lyon'), (4, 'US', 'Austin'), (5, 'US', 'Boise'),
            (6, 'JP', 'Osaka'), (7, 'FR', 'Nice'), (8, 'DE', 'Kiel');
        INSERT INTO stores VALUES (1, 1, NULL), (2, 4, NULL);
        INSERT INTO staff VALUES (1, 1, NULL, 'Ada'), (2, 1, 1, 'Bo'), (3, 2, 1, 'Cy'), (4, 2, 3, 'Di');
        UPDATE stores SET manager_id = 1 WHERE id = 1;
        UPDATE stores SET manager_id = 3 WHERE id = 2;
        INSERT INTO customers VALUES (1, 1, 2, NULL, 'Eve'), (2, 1, 3, 1, 'Fay'), (3, 2, 5, NULL, 'Gus'), (4, 2, 5, NULL, 'Hal'),
            (5, 1, NULL, 4, 'Ivy'), (6, 2, 6, 3, 'Jo');
        INSERT INTO products VALUES ('A', 1, 'Anvil'), ('A', 2, 'Anvil XL'), ('B', 1, 'Bolt'), ('C', 1, 'Crate');
        INSERT INTO tags VALUES (1, 'iron'), (2, 'heavy'), (3, 'wood');
        INSERT INTO product_tags VALUES ('A', 1, 1), ('A', 2, 2), ('B', 1, 1), ('C', 1, 3);
        INSERT INTO orders VALUES (10, 1, 2, '2025-01-02'), (11, 2, 1, '2025-01-03'), (12, 3, 4, '2025-01-04'), (13, 4, 3, '2025-01-05'),
            (14, 5, NULL, '2025-01-06');
        INSERT INTO order_lines VALUES (10, 1, 'A', 1, 2), (10, 2, 'B', 1, 5), (11, 1, 'A', 2, 1), (12, 1, 'C', 1, 1), (13, 1, 'C', 1, 3),
            (14, 1, 'A', 1, 1);
        INSERT INTO payments VALUES (100, 1, 10, 2, 30), (101, 2, 11, 1, 12), (102, 3, 12, 4, 7), (103, 4, 13, 3, 9), (104, 5, NULL, 2, 4);
        INSERT INTO settings VALUES ('theme', 'dark');
        INSERT INTO audit VALUES (1, 1, 'opened'), (2, 4, 'closed'), (3, 3, 'moved');
        """

    /// The SQLite edition (a foreign key may name a table created after it).
    public static let sqlite = """
        PRAGMA foreign_keys = ON;
        CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE addresses (id INTEGER PRIMARY KEY, country_code TEXT NOT NULL REFERENCES countries(code), city TEXT NOT NULL);
        CREATE TABLE stores (id INTEGER PRIMARY KEY, address_id INTEGER NOT NULL REFERENCES addresses(id), manager_id INTEGER REFERENCES staff(id));
        CREATE TABLE staff (id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores(id), boss_id INTEGER REFERENCES staff(id), name TEXT NOT NULL);
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores(id), address_id INTEGER REFERENCES addresses(id),
            referred_by INTEGER REFERENCES customers(id), name TEXT NOT NULL);
        CREATE TABLE products (sku TEXT NOT NULL, variant INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (sku, variant));
        CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        CREATE TABLE product_tags (
            sku TEXT NOT NULL, variant INTEGER NOT NULL, tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (sku, variant, tag_id),
            FOREIGN KEY (sku, variant) REFERENCES products(sku, variant));
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), staff_id INTEGER REFERENCES staff(id), placed TEXT NOT NULL);
        CREATE TABLE order_lines (
            order_id INTEGER NOT NULL REFERENCES orders(id), line INTEGER NOT NULL, sku TEXT NOT NULL, variant INTEGER NOT NULL, qty INTEGER NOT NULL,
            PRIMARY KEY (order_id, line), FOREIGN KEY (sku, variant) REFERENCES products(sku, variant));
        CREATE TABLE payments (
            id INTEGER NOT NULL, customer_id INTEGER NOT NULL REFERENCES customers(id), order_id INTEGER REFERENCES orders(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id), amount INTEGER NOT NULL);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE audit (id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES staff(id), note TEXT NOT NULL);
        """ + rows

    /// The PostgreSQL edition: the stores ↔ staff cycle closed by `ALTER TABLE`, and payments partitioned by id
    /// with its foreign keys declared on each partition, as in the rental-shop sample database.
    public static let postgres = """
        CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
        CREATE TABLE addresses (id integer PRIMARY KEY, country_code text NOT NULL REFERENCES countries(code), city text NOT NULL);
        CREATE TABLE stores (id integer PRIMARY KEY, address_id integer NOT NULL REFERENCES addresses(id), manager_id integer);
        CREATE TABLE staff (id integer PRIMARY KEY, store_id integer NOT NULL REFERENCES stores(id), boss_id integer REFERENCES staff(id), name text NOT NULL);
        ALTER TABLE stores ADD FOREIGN KEY (manager_id) REFERENCES staff(id);
        CREATE TABLE customers (
            id integer PRIMARY KEY, store_id integer NOT NULL REFERENCES stores(id), address_id integer REFERENCES addresses(id),
            referred_by integer REFERENCES customers(id), name text NOT NULL);
        CREATE TABLE products (sku text NOT NULL, variant integer NOT NULL, name text NOT NULL, PRIMARY KEY (sku, variant));
        CREATE TABLE tags (id integer PRIMARY KEY, label text NOT NULL);
        CREATE TABLE product_tags (
            sku text NOT NULL, variant integer NOT NULL, tag_id integer NOT NULL REFERENCES tags(id), PRIMARY KEY (sku, variant, tag_id),
            FOREIGN KEY (sku, variant) REFERENCES products(sku, variant));
        CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers(id), staff_id integer REFERENCES staff(id), placed text NOT NULL);
        CREATE TABLE order_lines (
            order_id integer NOT NULL REFERENCES orders(id), line integer NOT NULL, sku text NOT NULL, variant integer NOT NULL, qty integer NOT NULL,
            PRIMARY KEY (order_id, line), FOREIGN KEY (sku, variant) REFERENCES products(sku, variant));
        CREATE TABLE payments (id integer NOT NULL, customer_id integer NOT NULL, order_id integer, staff_id integer NOT NULL, amount integer NOT NULL)
            PARTITION BY RANGE (id);
        CREATE TABLE payments_low PARTITION OF payments FOR VALUES FROM (0) TO (102);
        CREATE TABLE payments_high PARTITION OF payments FOR VALUES FROM (102) TO (1000);
        ALTER TABLE payments_low ADD FOREIGN KEY (customer_id) REFERENCES customers(id);
        ALTER TABLE payments_low ADD FOREIGN KEY (order_id) REFERENCES orders(id);
        ALTER TABLE payments_low ADD FOREIGN KEY (staff_id) REFERENCES staff(id);
        ALTER TABLE payments_high ADD FOREIGN KEY (customer_id) REFERENCES customers(id);
        ALTER TABLE payments_high ADD FOREIGN KEY (order_id) REFERENCES orders(id);
        ALTER TABLE payments_high ADD FOREIGN KEY (staff_id) REFERENCES staff(id);
        CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE audit (id integer PRIMARY KEY, staff_id integer REFERENCES staff(id), note text NOT NULL);
        """ + rows

    /// A policy that keeps every column and takes `subset` (YAML under the `subset:` key) and `tables` as given.
    public static func policy(subset: String, tables: String = "") -> String {
        """
        version: 1
        seed: 7
        unlisted: keep
        subset:
        \(subset.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        """ + (tables.isEmpty ? "" : "\ntables:\n" + tables.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")) + "\n"
    }

    /// Each table's key column(s) as text, one row a line, sorted: what the tests compare.
    public static let keyColumns: [String: String] = [
        "countries": "code", "addresses": "id", "stores": "id", "staff": "id", "customers": "id", "products": "sku || variant",
        "tags": "id", "product_tags": "sku || variant || '-' || tag_id", "orders": "id", "order_lines": "order_id || '-' || line",
        "payments": "id", "settings": "key", "audit": "id",
    ]
}
