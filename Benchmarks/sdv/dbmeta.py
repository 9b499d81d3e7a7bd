"""SDMetrics / SDV metadata for a SQLite database, following the benchmark's metadata rules.

Rules (the same metadata scores every tool):
  * primary-key and foreign-key columns                  -> 'id' (+ the relationships)
  * columns the Doppel policy marks with `pii: TAG`      -> a PII sdtype (SDV: that sdtype, pii=True);
                                                            SDMetrics does not score them
  * declared INTEGER / NUMERIC / REAL (/ DECIMAL, ...)   -> 'numerical'
  * declared DATETIME / DATE / TIMESTAMP                 -> 'datetime', datetime_format '%Y-%m-%d %H:%M:%S'
  * declared BOOLEAN                                     -> 'boolean'
  * anything else (text)                                 -> 'categorical' with <= 50 distinct non-null values
                                                            in the REAL database, else 'text' (not scored)
The real database decides the metadata; synthetic databases are scored against it.
"""

import re
import sqlite3

DATETIME_FORMAT = '%Y-%m-%d %H:%M:%S'
CATEGORICAL_MAX_DISTINCT = 50

# Doppel `pii:` tags -> SDV sdtypes (Faker function names accepted by SDV 1.x/2.x metadata).
PII_TO_SDTYPE = {
    'street_address': 'street_address',
    'address': 'address',
    'city': 'city',
    'state': 'state',
    'country': 'country',
    'postcode': 'postcode',
    'zipcode': 'postcode',
    'phone': 'phone_number',
    'phone_number': 'phone_number',
    'email': 'email',
    'first_name': 'first_name',
    'last_name': 'last_name',
    'name': 'name',
    'company': 'company',
    'date_of_birth': 'date_of_birth',
    'ssn': 'ssn',
}


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def policy_pii(policy_path):
    """{table: {column: pii_tag}} from a Doppel policy YAML (needs PyYAML)."""
    if not policy_path:
        return {}
    import yaml

    with open(policy_path) as f:
        policy = yaml.safe_load(f) or {}
    out = {}
    for table, spec in (policy.get('tables') or {}).items():
        columns = (spec or {}).get('columns') or {}
        for column, rule in columns.items():
            if isinstance(rule, dict) and rule.get('pii'):
                out.setdefault(table, {})[column] = str(rule['pii'])
    return out


def _affinity(declared):
    d = (declared or '').upper()
    if 'BOOL' in d:
        return 'boolean'
    if 'DATE' in d or 'TIME' in d:
        return 'datetime'
    if 'INT' in d or 'NUMERIC' in d or 'REAL' in d or 'DECIMAL' in d or 'DOUBLE' in d or 'FLOAT' in d:
        return 'numerical'
    return 'text'


def user_tables(conn):
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    return [r[0] for r in rows]


def build_metadata(db_path, policy_path=None, *, drop_self_references=True):
    """The SDMetrics metadata dict for the database at db_path (see the module docstring).

    Self-referencing foreign keys (Chinook's Employee.ReportsTo) are kept as 'id' columns but left out
    of 'relationships' when drop_self_references is set: SDMetrics' Intertable Trends joins a table to
    itself with identical column prefixes and fails on them.
    """
    pii = policy_pii(policy_path)
    conn = sqlite3.connect(db_path)
    try:
        tables = {}
        relationships = []
        dropped = []
        for table in user_tables(conn):
            info = conn.execute(f'PRAGMA table_info({quote(table)})').fetchall()
            # cid, name, type, notnull, dflt_value, pk
            pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5] > 0]
            fks = conn.execute(f'PRAGMA foreign_key_list({quote(table)})').fetchall()
            # id, seq, table, from, to, on_update, on_delete, match
            fk_columns = {row[3] for row in fks}
            columns = {}
            for _, name, declared, _, _, _ in info:
                if name in pk or name in fk_columns:
                    columns[name] = {'sdtype': 'id'}
                elif name in pii.get(table, {}):
                    tag = pii[table][name]
                    columns[name] = {'sdtype': PII_TO_SDTYPE.get(tag, tag), 'pii': True}
                else:
                    kind = _affinity(declared)
                    if kind == 'datetime':
                        columns[name] = {'sdtype': 'datetime', 'datetime_format': DATETIME_FORMAT}
                    elif kind in ('numerical', 'boolean'):
                        columns[name] = {'sdtype': kind}
                    else:
                        distinct = conn.execute(
                            f'SELECT COUNT(DISTINCT {quote(name)}) FROM {quote(table)}'
                        ).fetchone()[0]
                        columns[name] = {
                            'sdtype': 'categorical' if distinct <= CATEGORICAL_MAX_DISTINCT else 'text'
                        }
            table_meta = {'columns': columns}
            if len(pk) == 1:
                table_meta['primary_key'] = pk[0]
            elif len(pk) > 1:
                table_meta['primary_key'] = pk
            tables[table] = table_meta
            for fk in sorted(fks, key=lambda r: (r[0], r[1])):
                parent, child_col, parent_col = fk[2], fk[3], fk[4]
                if parent_col is None:
                    parent_pk = [row[1] for row in conn.execute(f'PRAGMA table_info({quote(parent)})') if row[5] > 0]
                    parent_col = parent_pk[0]
                rel = {
                    'parent_table_name': parent,
                    'parent_primary_key': parent_col,
                    'child_table_name': table,
                    'child_foreign_key': child_col,
                }
                if drop_self_references and parent == table:
                    dropped.append(rel)
                    continue
                relationships.append(rel)
        # relationships in parent-table order, then child-table order (stable across tools)
        order = {name: i for i, name in enumerate(tables)}
        relationships.sort(key=lambda r: (order[r['parent_table_name']], order[r['child_table_name']],
                                          r['child_foreign_key']))
        metadata = {'tables': tables, 'relationships': relationships}
        if dropped:
            metadata['_dropped_self_references'] = dropped
        return metadata
    finally:
        conn.close()


def sdmetrics_metadata(metadata):
    """The dict SDMetrics gets (private keys removed)."""
    return {k: v for k, v in metadata.items() if not k.startswith('_')}


def sdv_metadata_dict(metadata):
    """The same metadata in SDV's multi-table dict form ('text' -> 'unknown', which SDV anonymizes)."""
    tables = {}
    for name, table in metadata['tables'].items():
        columns = {}
        for col, meta in table['columns'].items():
            meta = dict(meta)
            if meta['sdtype'] == 'text':
                meta = {'sdtype': 'unknown', 'pii': True}
            columns[col] = meta
        out = {'columns': columns}
        if 'primary_key' in table:
            out['primary_key'] = table['primary_key']
        tables[name] = out
    return {
        'METADATA_SPEC_VERSION': 'V1',
        'tables': tables,
        'relationships': [dict(r) for r in metadata['relationships']],
    }


def table_ddl(db_path):
    """[(table, CREATE TABLE sql)] in creation order, plus the CREATE INDEX statements."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        ).fetchall()
        return [(name, sql) for kind, name, sql in rows if kind == 'table'], [
            sql for kind, _, sql in rows if kind == 'index'
        ]
    finally:
        conn.close()


def declared_types(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {
            t: {row[1]: (row[2] or '') for row in conn.execute(f'PRAGMA table_info({quote(t)})')}
            for t in user_tables(conn)
        }
    finally:
        conn.close()


_INT_RE = re.compile(r'INT', re.I)


def is_integer_type(declared):
    return bool(_INT_RE.search(declared or ''))
