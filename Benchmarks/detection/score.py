#!/usr/bin/env python3
"""Scores `doppel init` drafts against labels.tsv and prints a Markdown report (run by Benchmarks/detection.sh).

Usage: score.py --labels labels.tsv --work DIR [--large FILE] [--doppel DESC] [--sample-rows N]

DIR holds, per database NAME: NAME.db (the built corpus database), NAME.yaml (the draft, when init wrote one)
and a line `NAME EXIT SECONDS` in DIR/results. --large names a file with one line
`TABLES ROWS BYTES GENERATE_SECONDS EXIT INIT_SECONDS PEAK_KIB` (PEAK_KIB `-` when unknown).

A draft column is personal when its entry carries `pii:`; a foreign-key column appears only as a comment
`# COL: references T.C and inherits its rule`. Columns labelled `fk` are not scored.
"""

import argparse
import os
import re
import sqlite3
import sys
from collections import Counter, defaultdict

import yaml

FAMILIES = {
    "name": "names", "first_name": "names", "last_name": "names",
    "street_address": "location", "city": "location", "state": "location", "region": "location",
    "postcode": "location", "country": "location",
}
GOAL_RECALL, GOAL_PRECISION, GOAL_LARGE_SECONDS = 0.98, 0.90, 30.0

QUOTED = r'"(?:[^"\\]|\\.)*"'
TABLE_LINE = re.compile(r'^  (' + QUOTED + r'|[^\s#"][^:]*?):(?:\s+#.*)?\s*$')
INHERITED_LINE = re.compile(r'^\s+#\s*(' + QUOTED + r'|[^\s"][^:]*?): references (.+?) and inherits its rule\s*$')


def family(kind):
    return FAMILIES.get(kind, kind)


def unquote(key):
    return yaml.safe_load(key) if key.startswith('"') else key


def parse_draft(path):
    """{table: {column: ('pii', kind) | ('plain', rule) | ('inherited', parent)}}."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    data = yaml.safe_load(text) or {}
    out = defaultdict(dict)
    for table, spec in (data.get("tables") or {}).items():
        columns = (spec or {}).get("columns") or {}
        for column, entry in columns.items():
            column = str(column)
            if isinstance(entry, dict) and entry.get("pii") is not None:
                out[str(table)][column] = ("pii", str(entry["pii"]))
            elif isinstance(entry, dict):
                out[str(table)][column] = ("plain", str(entry.get("rule", "?")))
            else:
                out[str(table)][column] = ("plain", str(entry))
    table = None
    for line in text.splitlines():
        m = TABLE_LINE.match(line)
        if m:
            table = unquote(m.group(1))
            continue
        m = INHERITED_LINE.match(line)
        if m and table is not None:
            out[table].setdefault(unquote(m.group(1)), ("inherited", m.group(2)))
    return out


def read_labels(path):
    labels = defaultdict(dict)  # db -> {(table, column): label}
    order = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                sys.exit(f"{path}:{n}: expected 4 tab-separated fields")
            db, table, column, kind = parts
            labels[db][(table, column)] = kind
            if db not in order:
                order.append(db)
    return labels, order


def stored_columns(db_path):
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    cols = set()
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for t in tables:
        for row in con.execute(f'PRAGMA table_xinfo("{t}")'):
            if row[6] in (0, 3):  # 0: ordinary, 3: stored generated; 2 would be a virtual generated column
                cols.add((t, row[1]))
    con.close()
    return tables, cols


def pct(num, den):
    return "–" if den == 0 else f"{100.0 * num / den:.1f} %"


def status_text(code):
    if code is None:
        return "not run"
    return {0: "passes check", 1: "problems (exit 1)"}.get(code, f"failed (exit {code})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--large")
    ap.add_argument("--doppel", default="")
    ap.add_argument("--sample-rows", default="default")
    args = ap.parse_args()

    labels, order = read_labels(args.labels)
    runs = {}
    with open(os.path.join(args.work, "results"), encoding="utf-8") as f:
        for line in f:
            name, code, secs = line.split()
            runs[name] = (int(code), float(secs))

    per_db = []
    scored = []       # (db, table, column, label, drafted_kind or None, how)  how: pii/plain/absent
    problems = []     # corpus or draft anomalies
    no_draft = []
    for db in order:
        if db not in runs:
            continue
        code, secs = runs[db]
        draft_path = os.path.join(args.work, db + ".yaml")
        tables, stored = stored_columns(os.path.join(args.work, db + ".db"))
        labelled = labels[db]
        for t, c in sorted(stored - set(labelled)):
            problems.append(f"{db}.{t}.{c}: stored column without a label")
        for t, c in sorted(set(labelled) - stored):
            problems.append(f"{db}.{t}.{c}: labelled but not in the database")
        if not os.path.exists(draft_path):
            no_draft.append(db)
            per_db.append(dict(db=db, tables=len(tables), columns=len(stored), code=code, secs=secs, draft=False))
            continue
        draft = parse_draft(draft_path)
        drafted_cols = {(t, c) for t, cols in draft.items() for c in cols}
        for t, c in sorted(drafted_cols - set(labelled)):
            problems.append(f"{db}.{t}.{c}: in the draft but not labelled")
        tp = fn = fp = tn = 0
        personal = 0
        for (t, c), label in labelled.items():
            got = draft.get(t, {}).get(c)
            how = got[0] if got else "absent"
            if label == "fk":
                if how != "inherited":
                    problems.append(f"{db}.{t}.{c}: a foreign key, drafted as {got[1] if got else 'nothing'} instead of inheriting")
                continue
            if how == "inherited":
                problems.append(f"{db}.{t}.{c}: labelled {label} but drafted as inheriting from {got[1]} (not scored)")
                continue
            if how == "absent":
                problems.append(f"{db}.{t}.{c}: absent from the draft (scored as not personal)")
            kind = got[1] if how == "pii" else None
            scored.append((db, t, c, label, kind, how))
            if label != "-":
                personal += 1
                if kind:
                    tp += 1
                else:
                    fn += 1
            elif kind:
                fp += 1
            else:
                tn += 1
        per_db.append(dict(db=db, tables=len(tables), columns=len(stored), scored=tp + fn + fp + tn, personal=personal,
                           tp=tp, fn=fn, fp=fp, code=code, secs=secs, draft=True))

    out = []
    w = out.append
    w(f"### Detection: `doppel init` on the labelled corpus")
    w("")
    if args.doppel:
        w(f"Binary: `{args.doppel}`; rows sampled per table: {args.sample_rows}.")
        w("")
    w("| database | tables | columns | scored | personal | found | missed | false pos. | recall | precision | `init` s | draft |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    tot = Counter()
    for d in per_db:
        if not d["draft"]:
            w(f"| {d['db']} | {d['tables']} | {d['columns']} | – | – | – | – | – | – | – | {d['secs']:.2f} | no draft: {status_text(d['code'])} |")
            continue
        for k in ("tables", "columns", "scored", "personal", "tp", "fn", "fp"):
            tot[k] += d[k]
        tot["secs"] += d["secs"]
        w(f"| {d['db']} | {d['tables']} | {d['columns']} | {d['scored']} | {d['personal']} | {d['tp']} | {d['fn']} | {d['fp']} | "
          f"{pct(d['tp'], d['tp'] + d['fn'])} | {pct(d['tp'], d['tp'] + d['fp'])} | {d['secs']:.2f} | {status_text(d['code'])} |")
    passed = sum(1 for d in per_db if d["draft"] and d["code"] == 0)
    drafted = sum(1 for d in per_db if d["draft"])
    w(f"| **all** | {tot['tables']} | {tot['columns']} | {tot['scored']} | {tot['personal']} | {tot['tp']} | {tot['fn']} | {tot['fp']} | "
      f"**{pct(tot['tp'], tot['tp'] + tot['fn'])}** | **{pct(tot['tp'], tot['tp'] + tot['fp'])}** | {tot['secs']:.2f} | {passed}/{drafted} pass |")
    w("")
    recall = tot["tp"] / (tot["tp"] + tot["fn"]) if tot["tp"] + tot["fn"] else 0.0
    precision = tot["tp"] / (tot["tp"] + tot["fp"]) if tot["tp"] + tot["fp"] else 0.0
    goals = [f"recall ≥ 98 %: **{'PASS' if recall >= GOAL_RECALL else 'FAIL'}** ({100 * recall:.1f} %)",
             f"precision ≥ 90 %: **{'PASS' if precision >= GOAL_PRECISION else 'FAIL'}** ({100 * precision:.1f} %)"]

    large = None
    if args.large and os.path.exists(args.large):
        with open(args.large) as f:
            p = f.read().split()
        large = dict(tables=int(p[0]), rows=int(p[1]), bytes=int(p[2]), gen=float(p[3]), code=int(p[4]), secs=float(p[5]),
                     peak=None if p[6] == "-" else int(p[6]))
        ok = large["code"] in (0, 1) and large["secs"] < GOAL_LARGE_SECONDS
        goals.append(f"`init` on {large['tables']} tables, {large['rows']:,} rows under 30 s: **{'PASS' if ok else 'FAIL'}** ({large['secs']:.1f} s)")
    else:
        goals.append("`init` on 100 tables, 10 M rows under 30 s: not measured (DOPPEL_BENCH_SKIP_LARGE=1)")
    w("Goals: " + "; ".join(goals) + ".")
    if no_draft:
        w("")
        w(f"**Incomplete:** no draft for {', '.join(no_draft)}; those databases are left out of every figure.")
    w("")

    # Per kind.
    lab = Counter(r[3] for r in scored if r[3] != "-")
    det = Counter(r[4] for r in scored if r[4])
    any_hit = Counter(r[3] for r in scored if r[3] != "-" and r[4])
    exact = Counter(r[3] for r in scored if r[3] != "-" and r[4] == r[3])
    fam_rec = Counter(r[3] for r in scored if r[3] != "-" and r[4] and family(r[4]) == family(r[3]))
    fam_prec = Counter(r[4] for r in scored if r[4] and r[3] != "-" and family(r[3]) == family(r[4]))
    w("Per kind. *found*: drafted with any `pii:` (what stops a leak); *exact*: the drafted kind is the label's; "
      "*family*: name, first_name and last_name count as one kind, and street_address, city, state, region, postcode "
      "and country as another. Precision of a kind: of the columns drafted as that kind, those labelled so.")
    w("")
    w("| kind | labelled | drafted as | found | recall (exact) | precision (exact) | recall (family) | precision (family) |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|")
    for k in sorted(set(lab) | set(det), key=lambda k: (family(k), k)):
        w(f"| {k} | {lab[k]} | {det[k]} | {pct(any_hit[k], lab[k])} | {pct(exact[k], lab[k])} | {pct(exact[k], det[k])} | "
          f"{pct(fam_rec[k], lab[k])} | {pct(fam_prec[k], det[k])} |")
    w("")
    fams = [f for f in ("names", "location") if f in {family(k) for k in set(lab) | set(det)}]
    if fams:
        w("| family | labelled | drafted as | found | recall (family) | precision (family) |")
        w("|---|---:|---:|---:|---:|---:|")
        for f in fams:
            L = sum(1 for r in scored if r[3] != "-" and family(r[3]) == f)
            D = sum(1 for r in scored if r[4] and family(r[4]) == f)
            A = sum(1 for r in scored if r[3] != "-" and family(r[3]) == f and r[4])
            H = sum(1 for r in scored if r[3] != "-" and r[4] and family(r[3]) == f and family(r[4]) == f)
            w(f"| {f} | {L} | {D} | {pct(A, L)} | {pct(H, L)} | {pct(H, D)} |")
        w("")

    missed = [r for r in scored if r[3] != "-" and not r[4]]
    w(f"Missed personal columns ({len(missed)}):")
    w("")
    for db, t, c, label, _, how in missed:
        w(f"- `{db}.{t}.{c}` ({label})" + (" (absent from the draft)" if how == "absent" else ""))
    if not missed:
        w("- none")
    w("")
    fps = [r for r in scored if r[3] == "-" and r[4]]
    w(f"False positives ({len(fps)}):")
    w("")
    for db, t, c, _, kind, _ in fps:
        w(f"- `{db}.{t}.{c}` drafted as {kind}")
    if not fps:
        w("- none")
    w("")
    wrong = [r for r in scored if r[3] != "-" and r[4] and r[4] != r[3]]
    w(f"Found with another kind ({len(wrong)}):")
    w("")
    for db, t, c, label, kind, _ in wrong:
        w(f"- `{db}.{t}.{c}`: labelled {label}, drafted as {kind}" + ("" if family(label) != family(kind) else " (same family)"))
    if not wrong:
        w("- none")
    w("")
    if problems:
        w(f"Notes on the corpus and drafts ({len(problems)}):")
        w("")
        for p in problems:
            w(f"- {p}")
        w("")

    if large:
        w("Timing case:")
        w("")
        w("| tables | rows | file | generate s | `init` s | peak memory | draft | goal < 30 s |")
        w("|---:|---:|---:|---:|---:|---:|---|---|")
        peak = "–" if large["peak"] is None else f"{large['peak'] * 1024 / 1e6:.0f} MB"
        ok = large["code"] in (0, 1) and large["secs"] < GOAL_LARGE_SECONDS
        w(f"| {large['tables']} | {large['rows']:,} | {large['bytes'] / 1e6:.0f} MB | {large['gen']:.1f} | {large['secs']:.2f} | {peak} | "
          f"{status_text(large['code'])} | {'PASS' if ok else 'FAIL'} |")
        w("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
