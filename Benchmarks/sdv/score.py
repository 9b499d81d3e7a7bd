#!/usr/bin/env python3
"""Score synthetic SQLite databases against the real one with SDMetrics' multi-table reports.

    python Benchmarks/sdv/score.py --real REAL.sqlite --policy Policies/chinook.yaml \
        --synthetic doppel=DOPPEL.sqlite --synthetic sdv=SDV.sqlite --json SCORES.json

Every synthetic database is scored with the SAME metadata, derived from the real database by
Benchmarks/sdv/dbmeta.py (keys -> id + relationships, policy pii: -> PII sdtype (unscored),
INTEGER/NUMERIC/REAL -> numerical, DATETIME -> datetime '%Y-%m-%d %H:%M:%S', text -> categorical when
<= 50 distinct values, else text (unscored)). Tables are read with the loading convention of
Benchmarks/sdv/sdmetrics_reference.py (dtypes fixed by sdtype, so Data Structure only compares column
names). Reports: sdmetrics.reports.multi_table.QualityReport (default thresholds) and DiagnosticReport,
with num_rows_subsample = None (no random subsampling: the figures are deterministic).

Writes {label: {"quality": {...}, "diagnostic": {...}}} with overall scores, property scores and every
details row; prints one summary line per database. A database that cannot be scored gets {"error": ...}.
"""

import argparse
import json
import os
import sqlite3
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dbmeta  # noqa: E402
from sdmetrics_reference import quality_and_diagnostic, read_table  # noqa: E402


def load(db_path, metadata):
    conn = sqlite3.connect(db_path)
    try:
        present = set(dbmeta.user_tables(conn))
        missing = [t for t in metadata['tables'] if t not in present]
        if missing:
            raise ValueError(f'{db_path}: missing tables {missing}')
        return {name: read_table(conn, name, meta) for name, meta in metadata['tables'].items()}
    finally:
        conn.close()


def datetime_parse_failures(frames, metadata):
    """Count datetime values that do not match the metadata's datetime_format (they break the reports)."""
    import pandas as pd

    out = {}
    for table, meta in metadata['tables'].items():
        for column, col_meta in meta['columns'].items():
            if col_meta['sdtype'] != 'datetime':
                continue
            values = frames[table][column]
            parsed = pd.to_datetime(values, format=col_meta['datetime_format'], errors='coerce')
            bad = int((values.notna() & parsed.isna()).sum())
            if bad:
                out[f'{table}.{column}'] = bad
    return out


def main():
    parser = argparse.ArgumentParser(description='Score synthetic SQLite databases with SDMetrics.')
    parser.add_argument('--real', required=True)
    parser.add_argument('--policy', default=None)
    parser.add_argument('--synthetic', action='append', default=[], metavar='LABEL=PATH')
    parser.add_argument('--json', required=True)
    parser.add_argument('--keep-self-references', action='store_true',
                        help='keep self-referencing FKs in the relationships (SDMetrics fails on them)')
    parser.add_argument('--all-pairs', action='store_true',
                        help='also record the quality report with both pair thresholds set to 0')
    args = parser.parse_args()

    metadata = dbmeta.build_metadata(args.real, args.policy,
                                     drop_self_references=not args.keep_self_references)
    sdm_meta = dbmeta.sdmetrics_metadata(metadata)
    real = load(args.real, sdm_meta)
    results = {'_metadata': metadata}
    for spec in args.synthetic:
        label, _, path = spec.partition('=')
        if not path:
            sys.exit(f'--synthetic wants LABEL=PATH, got {spec!r}')
        try:
            synthetic = load(path, sdm_meta)
            entry = quality_and_diagnostic(real, synthetic, sdm_meta, all_pairs=args.all_pairs)
            entry['rows'] = {t: len(df) for t, df in synthetic.items()}
            bad = datetime_parse_failures(synthetic, sdm_meta)
            if bad:
                entry['datetime_format_mismatches'] = bad
        except Exception as e:  # noqa: BLE001
            entry = {'error': f'{type(e).__name__}: {e}', 'traceback': traceback.format_exc()}
        results[label] = entry
        if 'error' in entry:
            print(f'{label}: cannot score: {entry["error"]}', file=sys.stderr)
        else:
            q, d = entry['quality'], entry['diagnostic']
            props = ', '.join(f'{k} {v:.4f}' if v is not None else f'{k} n/a' for k, v in q['properties'].items())
            print(f'{label}: quality {q["overall"]:.4f} ({props}); diagnostic {d["overall"]:.4f}', file=sys.stderr)
            if entry.get('datetime_format_mismatches'):
                print(f'{label}: datetime values not in {dbmeta.DATETIME_FORMAT}: '
                      f'{entry["datetime_format_mismatches"]}', file=sys.stderr)
    with open(args.json, 'w') as f:
        json.dump(results, f, indent=2, allow_nan=False, default=str)
        f.write('\n')


if __name__ == '__main__':
    main()
