#!/usr/bin/env python3
"""Prints the SQL (for the sqlite3 CLI) of the timing case: TABLES tables of ROWS rows each.

Ten table shapes (people, orders, events, products, German contacts, accounts, metrics, tickets, addresses,
logs) of mixed personal and plain columns. The first table of each shape is filled by a recursive CTE whose
values are SQL expressions of the row number (names and cities from small lookup tables); the other tables of
that shape copy it with INSERT ... SELECT, which is what keeps 10 M rows to well under a minute. The orders
tables reference person_00, so `init` sees foreign keys too.

Usage: python3 large.py [TABLES [ROWS]] | sqlite3 big.db      (defaults 100 and 100000)
"""

import sys

TABLES = int(sys.argv[1]) if len(sys.argv) > 1 else 100
ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 100000

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
         "Lukas", "Anna", "Jonas", "Lena", "María", "José", "Camille", "Hugo", "Daan", "Sanne"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Müller", "Schmidt", "Schneider", "Fernández", "Dubois", "Lefebvre", "de Vries", "Jansen", "Rossi", "Nowak"]
CITIES = ["Springfield", "Riverside", "Franklin", "Greenville", "Bristol", "Clinton", "Fairview", "Salem", "Madison",
          "Georgetown", "Berlin", "Hamburg", "Madrid", "Sevilla", "Lyon", "Nantes", "Utrecht", "Leiden", "Porto", "Graz"]
STREETS = ["Main Street", "Oak Avenue", "Pine Road", "Maple Lane", "Cedar Court", "Hauptstraße", "Calle Mayor",
           "rue de la Gare", "Kerkstraat", "Elm Street"]
WORDS = ["order", "delivery", "invoice", "refund", "package", "delayed", "customer", "called", "about", "the",
         "new", "address", "please", "check", "stock", "warehouse", "returned", "damaged", "replacement", "sent"]


def lookup(name, values):
    rows = ", ".join("(%d, '%s')" % (i, v.replace("'", "''")) for i, v in enumerate(values))
    return f"CREATE TEMP TABLE {name} (k INTEGER PRIMARY KEY, v TEXT NOT NULL);\nINSERT INTO {name} VALUES {rows};\n"


def pick(table, n, expr):
    return f"(SELECT v FROM {table} WHERE k = ({expr}) % {n})"


H = "((i * 2654435761) % 4294967296)"  # a multiplicative hash of the row number
FN = pick("_fn", len(FIRST), "i")
LN = pick("_ln", len(LAST), f"{H} / 7")
CITY = pick("_city", len(CITIES), f"{H} / 13")
STREET = pick("_street", len(STREETS), f"{H} / 17")
WORD = lambda salt: pick("_word", len(WORDS), f"{H} / {salt}")
EMAIL = f"lower({FN}) || '.' || lower(replace({LN}, ' ', '')) || i || '@example.' || CASE i % 3 WHEN 0 THEN 'com' WHEN 1 THEN 'org' ELSE 'net' END"
PHONE = f"printf('+1 %03d-%03d-%04d', 200 + {H} % 700, 200 + ({H} / 1000) % 700, {H} % 10000)"
DATE = lambda lo, span: f"date('{lo}', '+' || ({H} % {span}) || ' days')"
TS = f"datetime('2024-01-01', '+' || ({H} % 63072000) || ' seconds')"
SENTENCE = f"{WORD(3)} || ' ' || {WORD(5)} || ' ' || {WORD(11)} || ' ' || {WORD(19)} || ' ' || {WORD(23)}"

SHAPES = [
    ("person", "id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, phone TEXT, birth_date TEXT, city TEXT, balance REAL, created_at TEXT",
     f"i, {FN}, {LN}, {EMAIL}, {PHONE}, {DATE('1940-01-01', 24000)}, {CITY}, ({H} % 1000000) / 100.0, {TS}"),
    ("orders", "id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES person_00(id), order_no TEXT, amount REAL, status TEXT, ordered_at TEXT, ship_street TEXT, ship_zip TEXT, note TEXT",
     f"i, 1 + {H} % {ROWS}, printf('ORD-%08d', i), ({H} % 50000) / 100.0, CASE i % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'paid' WHEN 2 THEN 'shipped' ELSE 'returned' END, {TS}, "
     f"(1 + {H} % 9000) || ' ' || {STREET}, printf('%05d', {H} % 100000), CASE WHEN i % 10 = 0 THEN 'Call ' || {FN} || ' at ' || {PHONE} || ' or ' || {EMAIL} WHEN i % 3 = 0 THEN {SENTENCE} ELSE NULL END"),
    ("events", "id INTEGER PRIMARY KEY, user_id INTEGER, kind TEXT, payload TEXT, ip TEXT, occurred_at TEXT",
     f"i, 1 + {H} % {ROWS}, CASE i % 3 WHEN 0 THEN 'login' WHEN 1 THEN 'view' ELSE 'signup' END, "
     f"CASE WHEN i % 3 = 2 THEN json_object('email', {EMAIL}, 'name', {FN} || ' ' || {LN}) ELSE json_object('path', '/p/' || (i % 97), 'ms', {H} % 3000) END, "
     f"(1 + {H} % 223) || '.' || ({H} / 256 % 256) || '.' || ({H} / 65536 % 256) || '.' || (1 + i % 254), {TS}"),
    ("products", "id INTEGER PRIMARY KEY, sku TEXT, name TEXT, price REAL, stock INTEGER, description TEXT",
     f"i, printf('SKU-%06d', i), {WORD(7)} || ' ' || {WORD(29)} || ' ' || (i % 1000), ({H} % 100000) / 100.0, {H} % 500, {SENTENCE}"),
    ("kontakte", "id INTEGER PRIMARY KEY, vorname TEXT, nachname TEXT, strasse TEXT, plz TEXT, ort TEXT, telefon TEXT, iban TEXT",
     f"i, {FN}, {LN}, {STREET} || ' ' || (1 + i % 120), printf('%05d', {H} % 100000), {CITY}, printf('0%d %07d', 30 + i % 60, {H} % 10000000), printf('DE%02d%018d', {H} % 97, {H} * 7919)"),
    ("accounts", "id INTEGER PRIMARY KEY, username TEXT, card_number TEXT, iban TEXT, opened_at TEXT, balance REAL",
     f"i, lower(substr({FN}, 1, 1) || replace({LN}, ' ', '')) || (i % 1000), printf('4%015d', {H} * 31337 % 1000000000000000), printf('GB%02dBARC%014d', {H} % 97, {H} * 104729 % 100000000000000), {DATE('2005-01-01', 7000)}, ({H} % 10000000) / 100.0"),
    ("metrics", "id INTEGER PRIMARY KEY, metric TEXT, value REAL, ts TEXT, host TEXT",
     f"i, CASE i % 4 WHEN 0 THEN 'cpu' WHEN 1 THEN 'mem' WHEN 2 THEN 'disk' ELSE 'net' END, ({H} % 10000) / 100.0, {TS}, 'web-' || (i % 40)"),
    ("tickets", "id INTEGER PRIMARY KEY, subject TEXT, body TEXT, priority TEXT, status TEXT, opened_at TEXT",
     f"i, {WORD(13)} || ' ' || {WORD(31)}, CASE WHEN i % 7 = 0 THEN 'Please write to ' || {EMAIL} || ', thanks, ' || {FN} ELSE {SENTENCE} END, "
     f"CASE i % 3 WHEN 0 THEN 'low' WHEN 1 THEN 'normal' ELSE 'high' END, CASE i % 2 WHEN 0 THEN 'open' ELSE 'closed' END, {TS}"),
    ("addresses", "id INTEGER PRIMARY KEY, street_address TEXT, city TEXT, postcode TEXT, country TEXT, lat REAL, lon REAL",
     f"i, (1 + {H} % 9000) || ' ' || {STREET}, {CITY}, printf('%05d', {H} % 100000), CASE i % 4 WHEN 0 THEN 'Germany' WHEN 1 THEN 'Spain' WHEN 2 THEN 'France' ELSE 'United States' END, "
     f"({H} % 180000) / 1000.0 - 90, ({H} / 7 % 360000) / 1000.0 - 180"),
    ("logs", "id INTEGER PRIMARY KEY, level TEXT, message TEXT, ts TEXT, trace_id TEXT",
     f"i, CASE i % 5 WHEN 0 THEN 'WARN' WHEN 1 THEN 'ERROR' ELSE 'INFO' END, {SENTENCE}, {TS}, printf('%016x', {H} * 48271)"),
]


def main():
    out = sys.stdout
    out.write("PRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\nPRAGMA cache_size = -200000;\nPRAGMA temp_store = MEMORY;\n")
    out.write(lookup("_fn", FIRST) + lookup("_ln", LAST) + lookup("_city", CITIES) + lookup("_street", STREETS) + lookup("_word", WORDS))
    names = []
    for n in range(TABLES):
        shape = SHAPES[n % len(SHAPES)]
        names.append((f"{shape[0]}_{n // len(SHAPES):02d}", shape))
    for name, (_, columns, _) in names:
        out.write(f"CREATE TABLE {name} ({columns});\n")
    out.write("BEGIN;\n")
    first = {}
    for name, (shape, _, values) in names:
        if shape not in first:
            first[shape] = name
            out.write(f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ROWS}) INSERT INTO {name} SELECT {values} FROM n;\n")
        else:
            out.write(f"INSERT INTO {name} SELECT * FROM {first[shape]};\n")
    out.write("COMMIT;\n")


if __name__ == "__main__":
    main()
