#!/usr/bin/env python3
"""SDMetrics reference figures for the Swift `doppel report` test (not part of CI).

Writes three fixtures into Tests/DoppelReportTests/Fixtures/:
  fidelity_real.sql        a small "real" database: parent (60 rows), child (~200 rows)
  fidelity_synthetic.sql   a "synthetic" copy with the same schema and different-but-similar data
  fidelity_expected.json   SDMetrics' multi-table QualityReport and DiagnosticReport on the pair

The SQL is generated deterministically (random.Random(SEED), every value written literally), so
rerunning the script rewrites byte-identical SQL files; the JSON then depends only on the sdmetrics
(and numpy/pandas/scipy) versions, which it records.

Rerun (from the repository root):
    python3 -m venv /tmp/sdv-venv
    /tmp/sdv-venv/bin/pip install -r Benchmarks/sdv/requirements.txt   # or just: pip install sdmetrics==0.32.0
    /tmp/sdv-venv/bin/python Benchmarks/sdv/sdmetrics_reference.py [--out-dir DIR]

How the SQL is read back into pandas (the "loading convention", also written into the JSON):
  * each table: `SELECT * FROM t ORDER BY rowid` through sqlite3, then cast by sdtype:
    id -> int64 (float64 if it has NULLs; object if not numeric), numerical -> float64 (NULL -> NaN), categorical -> object (NULL -> NaN),
    datetime -> the text as stored (object; the report parses it with datetime_format),
    boolean -> object holding True/False (0/1), NULL -> NaN.
  The fixed dtypes make SDMetrics' Data Structure (TableStructure: Jaccard of (column, dtype)) depend
  on the column names only, not on whether a column happens to contain a NULL.

Determinism: SDMetrics' Column Pair Trends / Intertable Trends subsample rows with an UNSEEDED
`DataFrame.sample` for ContingencySimilarity when a table (or a parent-child join) has more than
`num_rows_subsample` (default 50,000) rows. These tables are far below that, and the script also sets
`report.num_rows_subsample = None` before `generate`, which disables subsampling altogether. Nothing
else in either report is random.

Two quality reports are recorded: `quality` (SDMetrics' defaults: a column pair only counts if the REAL
data shows |Pearson r| > 0.5, resp. Cramér's V > 0.3) and `quality_all_pairs` (both thresholds set to
0, so every pair counts: the pre-threshold definition).
"""

import argparse
import datetime as dt
import json
import math
import os
import random
import sqlite3
import sys
import warnings
from importlib.metadata import version

import numpy as np
import pandas as pd

SEED = 20240611
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
DEFAULT_OUT = os.path.join(REPO, 'Tests', 'DoppelReportTests', 'Fixtures')

DDL = """CREATE TABLE parent (id INTEGER PRIMARY KEY, amount REAL, category TEXT, created DATETIME, active BOOLEAN);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id), quantity INTEGER, kind TEXT);
"""

DATETIME_FORMAT = '%Y-%m-%d %H:%M:%S'

METADATA = {
    'tables': {
        'parent': {
            'primary_key': 'id',
            'columns': {
                'id': {'sdtype': 'id'},
                'amount': {'sdtype': 'numerical'},
                'category': {'sdtype': 'categorical'},
                'created': {'sdtype': 'datetime', 'datetime_format': DATETIME_FORMAT},
                'active': {'sdtype': 'boolean'},
            },
        },
        'child': {
            'primary_key': 'id',
            'columns': {
                'id': {'sdtype': 'id'},
                'parent_id': {'sdtype': 'id'},
                'quantity': {'sdtype': 'numerical'},
                'kind': {'sdtype': 'categorical'},
            },
        },
    },
    'relationships': [
        {
            'parent_table_name': 'parent',
            'parent_primary_key': 'id',
            'child_table_name': 'child',
            'child_foreign_key': 'parent_id',
        }
    ],
}


# --- data generation ----------------------------------------------------------------------------------

CATEGORY_BASE = {'alpha': 100.0, 'beta': 200.0, 'gamma': 300.0, 'delta': 420.0, 'epsilon': 520.0}
KIND_BY_CATEGORY = {
    'alpha': (['x', 'y', 'z'], [0.7, 0.2, 0.1]),
    'beta': (['x', 'y', 'z'], [0.2, 0.6, 0.2]),
    'gamma': (['x', 'y', 'z'], [0.1, 0.3, 0.6]),
    'delta': (['x', 'y', 'z'], [0.1, 0.2, 0.7]),
    'epsilon': (['x', 'y', 'z'], [0.3, 0.3, 0.4]),
}
EPOCH = dt.datetime(2023, 1, 1, 0, 0, 0)


def _choice(rng, values, weights):
    return rng.choices(values, weights=weights, k=1)[0]


def generate(rng, *, n_parents, categories, cat_weights, noise, day_span, time_offset_days,
             child_counts, child_count_weights, amount_nulls, category_nulls, quantity_nulls,
             forced_counts=None, quantity_slope=1.0 / 60.0):
    """Return (parents, children) as lists of tuples of Python values (None = NULL)."""
    parents = []
    for pid in range(1, n_parents + 1):
        category = _choice(rng, categories, cat_weights)
        day = rng.uniform(0, day_span)
        created = EPOCH + dt.timedelta(days=time_offset_days + day, seconds=rng.randrange(0, 86400))
        created = created.replace(microsecond=0)
        # amount: category level + a trend over time (so amount~created correlate) + noise
        amount = CATEGORY_BASE[category] + 0.9 * day + rng.gauss(0.0, noise)
        amount = round(amount, 2)
        p_active = 0.75 if amount > 260 else 0.35
        active = 1 if rng.random() < p_active else 0
        parents.append([pid, amount, category, created.strftime(DATETIME_FORMAT), active])

    for pid in rng.sample(range(n_parents), amount_nulls):
        parents[pid][1] = None
    for pid in rng.sample(range(n_parents), category_nulls):
        parents[pid][2] = None

    children = []
    cid = 1
    for index, parent in enumerate(parents):
        count = _choice(rng, child_counts, child_count_weights)
        if forced_counts and parent[0] in forced_counts:
            count = forced_counts[parent[0]]
        category = parent[2] if parent[2] is not None else 'epsilon'
        level = parent[1] if parent[1] is not None else CATEGORY_BASE[category]
        for _ in range(count):
            quantity = int(round(level * quantity_slope + rng.gauss(0.0, 1.2)))
            quantity = max(quantity, 0)
            kinds, kind_weights = KIND_BY_CATEGORY[category]
            children.append([cid, parent[0], quantity, _choice(rng, kinds, kind_weights)])
            cid += 1
    for ci in rng.sample(range(len(children)), quantity_nulls):
        children[ci][2] = None
    return parents, children


def build_real(rng):
    return generate(
        rng, n_parents=60,
        categories=['alpha', 'beta', 'gamma', 'delta'], cat_weights=[0.4, 0.3, 0.2, 0.1],
        noise=35.0, day_span=300.0, time_offset_days=0.0,
        child_counts=[1, 2, 3, 4, 5, 6], child_count_weights=[0.12, 0.2, 0.25, 0.2, 0.13, 0.1],
        amount_nulls=0, category_nulls=0, quantity_nulls=3,
    )


def build_synthetic(rng):
    return generate(
        rng, n_parents=55,
        categories=['alpha', 'beta', 'gamma', 'delta', 'epsilon'],
        cat_weights=[0.34, 0.3, 0.22, 0.11, 0.03],
        noise=55.0, day_span=330.0, time_offset_days=-10.0,
        child_counts=[0, 1, 2, 3, 4, 5, 6, 7], child_count_weights=[0.12, 0.12, 0.18, 0.2, 0.16, 0.1, 0.08, 0.04],
        amount_nulls=4, category_nulls=3, quantity_nulls=2,
        forced_counts={7: 9},                       # one parent above the real maximum cardinality
        quantity_slope=1.0 / 55.0,
    )


def sql_literal(value):
    if value is None:
        return 'NULL'
    if isinstance(value, bool):
        return '1' if value else '0'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(value)
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def render_sql(title, parents, children):
    lines = [f'-- {title}', '-- Generated by Benchmarks/sdv/sdmetrics_reference.py; do not edit by hand.',
             DDL.rstrip('\n')]
    for row in parents:
        lines.append('INSERT INTO parent VALUES (' + ', '.join(sql_literal(v) for v in row) + ');')
    for row in children:
        lines.append('INSERT INTO child VALUES (' + ', '.join(sql_literal(v) for v in row) + ');')
    return '\n'.join(lines) + '\n'


# --- loading and scoring -------------------------------------------------------------------------------

def load_tables(sqlite_path_or_script, metadata, *, is_script=False):
    """Read every metadata table into pandas with dtypes fixed by sdtype (see module docstring)."""
    conn = sqlite3.connect(':memory:' if is_script else sqlite_path_or_script)
    try:
        if is_script:
            conn.executescript(sqlite_path_or_script)
        return {name: read_table(conn, name, meta) for name, meta in metadata['tables'].items()}
    finally:
        conn.close()


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def read_table(conn, name, table_meta):
    cols = list(table_meta['columns'])
    frame = pd.read_sql_query(
        f'SELECT {", ".join(_quote(c) for c in cols)} FROM {_quote(name)} ORDER BY rowid'
        if _has_rowid(conn, name) else f'SELECT {", ".join(_quote(c) for c in cols)} FROM {_quote(name)}',
        conn,
    )
    for col, col_meta in table_meta['columns'].items():
        frame[col] = cast_column(frame[col], col_meta['sdtype'])
    return frame


def _has_rowid(conn, name):
    try:
        conn.execute(f'SELECT rowid FROM {_quote(name)} LIMIT 1')
        return True
    except sqlite3.OperationalError:
        return False


def cast_column(series, sdtype):
    if sdtype == 'id':
        try:
            numeric = pd.to_numeric(series, errors='raise')
        except (TypeError, ValueError):
            return series.astype(object).where(series.notna(), np.nan)
        # integer keys stay int64; a key column with NULLs (a nullable FK) becomes float64, as pandas does
        return numeric.astype('float64') if numeric.isna().any() else numeric.astype('int64')
    if sdtype == 'numerical':
        return pd.to_numeric(series, errors='coerce').astype('float64')
    if sdtype == 'boolean':
        def to_bool(v):
            if v is None or (isinstance(v, float) and math.isnan(v)):
                return np.nan
            if isinstance(v, str):
                return v.strip().lower() in ('1', 'true', 't', 'yes')
            return bool(v)
        return pd.Series([to_bool(v) for v in series], index=series.index, dtype=object)
    # categorical, datetime (text as stored), text, pii: object with NaN for NULL
    out = series.astype(object)
    return out.where(out.notna(), np.nan)


def _clean(value):
    if value is None:
        return None
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        value = float(value)
        return None if math.isnan(value) else value
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def details_rows(frame):
    rows = []
    for record in frame.to_dict(orient='records'):
        rows.append({str(k): _clean(v) for k, v in record.items()})
    return rows


def run_report(report_cls, real, synthetic, metadata, **attrs):
    report = report_cls()
    report.num_rows_subsample = None          # never subsample (ContingencySimilarity), see docstring
    for key, value in attrs.items():
        setattr(report, key, value)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        report.generate(real, synthetic, metadata, verbose=False)
    props = report.get_properties()
    result = {
        'overall': _clean(report.get_score()),
        'properties': {row['Property']: _clean(row['Score']) for _, row in props.iterrows()},
        'details': {},
    }
    for name in result['properties']:
        result['details'][name] = details_rows(report.get_details(name))
    return result


def quality_and_diagnostic(real, synthetic, metadata, *, all_pairs=True):
    from sdmetrics.reports.multi_table import DiagnosticReport, QualityReport

    out = {'quality': run_report(QualityReport, real, synthetic, metadata)}
    if all_pairs:
        out['quality_all_pairs'] = run_report(
            QualityReport, real, synthetic, metadata,
            real_correlation_threshold=0, real_association_threshold=0,
        )
    out['diagnostic'] = run_report(DiagnosticReport, real, synthetic, metadata)
    return out


def versions():
    return {pkg: version(pkg) for pkg in ('sdmetrics', 'numpy', 'pandas', 'scipy')} | {
        'python': sys.version.split()[0]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--out-dir', default=DEFAULT_OUT)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)

    real_parents, real_children = build_real(random.Random(SEED))
    syn_parents, syn_children = build_synthetic(random.Random(SEED + 1))
    real_sql = render_sql('fidelity_real.sql: the "real" database of the report fixture', real_parents, real_children)
    syn_sql = render_sql('fidelity_synthetic.sql: the "synthetic" database of the report fixture', syn_parents, syn_children)
    with open(os.path.join(args.out_dir, 'fidelity_real.sql'), 'w') as f:
        f.write(real_sql)
    with open(os.path.join(args.out_dir, 'fidelity_synthetic.sql'), 'w') as f:
        f.write(syn_sql)

    real = load_tables(real_sql, METADATA, is_script=True)
    synthetic = load_tables(syn_sql, METADATA, is_script=True)
    result = {
        'generator': 'Benchmarks/sdv/sdmetrics_reference.py',
        'versions': versions(),
        'seed': SEED,
        'report_classes': 'sdmetrics.reports.multi_table.QualityReport / DiagnosticReport',
        'num_rows_subsample': None,
        'loading_convention': {
            'id': 'int64 (float64 with NULLs)', 'numerical': 'float64 (NULL -> NaN)', 'categorical': 'object (NULL -> NaN)',
            'datetime': 'object text as stored, parsed by the report with datetime_format',
            'boolean': 'object True/False from 0/1 (NULL -> NaN)',
        },
        'metadata': METADATA,
        'row_counts': {
            'real': {t: len(df) for t, df in real.items()},
            'synthetic': {t: len(df) for t, df in synthetic.items()},
        },
    }
    result.update(quality_and_diagnostic(real, synthetic, METADATA))
    with open(os.path.join(args.out_dir, 'fidelity_expected.json'), 'w') as f:
        json.dump(result, f, indent=2, allow_nan=False)
        f.write('\n')

    q, d = result['quality'], result['diagnostic']
    print(f"sdmetrics {result['versions']['sdmetrics']}: quality {q['overall']!r}, diagnostic {d['overall']!r}")
    for name, score in q['properties'].items():
        print(f'  quality    {name:<22} {score!r}')
    for name, score in result['quality_all_pairs']['properties'].items():
        print(f'  all pairs  {name:<22} {score!r}')
    for name, score in d['properties'].items():
        print(f'  diagnostic {name:<22} {score!r}')
    print(f'wrote {args.out_dir}/fidelity_real.sql, fidelity_synthetic.sql, fidelity_expected.json')


if __name__ == '__main__':
    main()
