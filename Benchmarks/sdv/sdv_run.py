#!/usr/bin/env python3
"""Fit SDV's HMASynthesizer on a SQLite database and write one sampled copy (scale 1) to SQLite.

    python Benchmarks/sdv/sdv_run.py --real SUBSET.sqlite --policy Policies/chinook.yaml \
        --out SDV.sqlite --json SDV-timings.json [--seed 1]

The metadata follows Benchmarks/sdv/dbmeta.py (the same rules the scoring uses; free-text columns
become SDV sdtype 'unknown', which SDV fills with anonymized strings; PII columns get their PII sdtype
with pii=True). The output database is created with the real database's own CREATE TABLE / CREATE
INDEX statements, so both tools' copies have the same schema.

Measured in this process: fit seconds and sample seconds (time.perf_counter around
HMASynthesizer.fit and .sample_scale/.sample), the peak resident set size (getrusage ru_maxrss, which
includes importing torch/SDV) and the RSS right after the imports. If SDV refuses the schema
(e.g. HMA's limits: more than 5 tables, depth > 2), the JSON gets {"error": "..."} and the exit status
is 3.

Deterministic: the script re-executes itself with PYTHONHASHSEED=0 (unless PYTHONHASHSEED is set) and
seeds random/numpy/torch with --seed; SDV seeds its own sampling. Two runs give identical databases.
"""

import argparse
import json
import math
import os
import random
import resource
import sqlite3
import sys
import time
import traceback
import warnings

# SDV seeds numpy itself (HMASynthesizer._numpy_seed = 73251), but its output still varies between
# processes with Python's string-hash randomization (set/dict iteration orders); with a fixed
# PYTHONHASHSEED two runs write identical databases. Re-exec once with PYTHONHASHSEED=0 unless set.
if os.environ.get('PYTHONHASHSEED') is None:
    os.environ['PYTHONHASHSEED'] = '0'
    os.execv(sys.executable, [sys.executable, *sys.argv])

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import dbmeta  # noqa: E402
from sdmetrics_reference import read_table  # noqa: E402


def rss_mb():
    try:
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float('nan')


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def load(db_path, metadata):
    conn = sqlite3.connect(db_path)
    try:
        return {name: read_table(conn, name, meta) for name, meta in metadata['tables'].items()}
    finally:
        conn.close()


def to_sql_value(value, declared, sdtype, datetime_format):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT or (hasattr(pd, 'isna') and not isinstance(value, (str, bytes)) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime(datetime_format)
    if isinstance(value, (np.bool_, bool)):
        return 1 if value else 0
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (np.floating, float)):
        value = float(value)
        if dbmeta.is_integer_type(declared) and value.is_integer():
            return int(value)
        return value
    return value


def write_sqlite(out_path, real_path, data, metadata):
    tables_ddl, indexes = dbmeta.table_ddl(real_path)
    declared = dbmeta.declared_types(real_path)
    if os.path.exists(out_path):
        os.remove(out_path)
    conn = sqlite3.connect(out_path)
    try:
        for _, sql in tables_ddl:
            conn.execute(sql)
        for table, _ in tables_ddl:
            if table not in data:
                continue
            frame = data[table]
            columns = list(declared[table])
            meta = metadata['tables'][table]['columns']
            rows = []
            for record in frame[columns].itertuples(index=False, name=None):
                rows.append(tuple(
                    to_sql_value(v, declared[table][c], meta[c]['sdtype'],
                                 meta[c].get('datetime_format', dbmeta.DATETIME_FORMAT))
                    for v, c in zip(record, columns)
                ))
            placeholders = ', '.join('?' for _ in columns)
            col_list = ', '.join(dbmeta.quote(c) for c in columns)
            conn.executemany(f'INSERT INTO {dbmeta.quote(table)} ({col_list}) VALUES ({placeholders})', rows)
        for sql in indexes:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def main():
    parser = argparse.ArgumentParser(description='Fit SDV HMASynthesizer and sample one copy.')
    parser.add_argument('--real', required=True)
    parser.add_argument('--policy', default=None, help='Doppel policy whose pii: tags mark PII columns')
    parser.add_argument('--out', required=True)
    parser.add_argument('--json', required=True)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()

    t_import = time.perf_counter()
    warnings.filterwarnings('ignore')
    import sdv
    from sdv.metadata import Metadata
    from sdv.multi_table import HMASynthesizer

    result = {
        'tool': 'sdv', 'synthesizer': 'HMASynthesizer', 'sdv_version': sdv.__version__,
        'import_seconds': time.perf_counter() - t_import, 'rss_after_import_mb': rss_mb(),
    }
    random.seed(args.seed)
    np.random.seed(args.seed)
    try:
        import torch

        torch.manual_seed(args.seed)
    except Exception:  # noqa: BLE001 - torch is optional for HMA
        pass

    meta = dbmeta.build_metadata(args.real, args.policy)
    data = load(args.real, meta)
    result['rows_real'] = {t: len(df) for t, df in data.items()}

    try:
        sdv_meta = Metadata.load_from_dict(dbmeta.sdv_metadata_dict(meta))
        sdv_meta.validate()
        synthesizer = HMASynthesizer(sdv_meta, verbose=False)
        t0 = time.perf_counter()
        synthesizer.fit(data)
        result['fit_seconds'] = time.perf_counter() - t0
        t0 = time.perf_counter()
        if hasattr(synthesizer, 'sample_scale'):
            sampled = synthesizer.sample_scale(scale=1.0)
        else:
            sampled = synthesizer.sample(scale=1.0)
        result['sample_seconds'] = time.perf_counter() - t0
    except Exception as e:  # noqa: BLE001 - report what SDV said
        result['error'] = f'{type(e).__name__}: {e}'
        result['traceback'] = traceback.format_exc()
        result['peak_rss_mb'] = peak_mb()
        with open(args.json, 'w') as f:
            json.dump(result, f, indent=2)
        print(f'SDV refused: {result["error"]}', file=sys.stderr)
        sys.exit(3)

    t0 = time.perf_counter()
    write_sqlite(args.out, args.real, sampled, meta)
    result['write_seconds'] = time.perf_counter() - t0
    result['rows_synthetic'] = {t: len(df) for t, df in sampled.items()}
    result['fit_sample_seconds'] = result['fit_seconds'] + result['sample_seconds']
    result['peak_rss_mb'] = peak_mb()
    with open(args.json, 'w') as f:
        json.dump(result, f, indent=2)
    print(f"sdv {result['sdv_version']}: fit {result['fit_seconds']:.2f} s, sample "
          f"{result['sample_seconds']:.2f} s, peak {result['peak_rss_mb']:.0f} MB -> {args.out}", file=sys.stderr)


if __name__ == '__main__':
    main()
