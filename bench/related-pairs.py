#!/usr/bin/env python3
"""related-pairs.py DB [N] [OLD_DB]: N (default 20) random related pairs of an
archive (fixed seed), each with its score, reason, both speakers and the
beginning of both statements, for judging relatedness by eye.

With OLD_DB (an archive of the same files made by another version of khabar,
so the statement ids agree), also how many of OLD_DB's best relations the
archive keeps among its best 10.  Prints nothing from the terminal's point of
view but text: run it on a khabar archive you made."""
import random
import sqlite3
import sys


def clip(s, n=90):
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


def main():
    db = sqlite3.connect(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    # A relation is one row (newer to older) since schema 20, two rows (one each way) before.
    rows = db.execute("SELECT min(statement_id, other_id), max(statement_id, other_id), max(score), reason"
                      " FROM related GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    print("%d related pairs in %s; %d at random:" % (len(rows), sys.argv[1], min(n, len(rows))))
    q = ("SELECT coalesce(p.name, '?'), s.text, s.article_id FROM statements s"
         " LEFT JOIN speakers p ON p.id = s.speaker_id WHERE s.id = ?")
    for k, (a, b, score, reason) in enumerate(random.Random(13).sample(rows, min(n, len(rows))), 1):
        sa, ta, aa = db.execute(q, (a,)).fetchone()
        sb, tb, ab = db.execute(q, (b,)).fetchone()
        print("%2d. %.2f  %s" % (k, score, reason))
        print("    [%d/%d] %s: %s" % (aa, a, sa, clip(ta)))
        print("    [%d/%d] %s: %s" % (ab, b, sb, clip(tb)))
    if len(sys.argv) > 3:
        db.execute("ATTACH ? AS old", (sys.argv[3],))
        # Each statement's list as `khabar related` shows it: the relations on either side
        # (UNION: an archive from before schema 20 has each relation both ways).
        both = ("(SELECT statement_id, other_id, score FROM %s.related UNION"
                " SELECT other_id, statement_id, score FROM %s.related)")
        for top in (1, 3):
            r = db.execute(
                "WITH o AS (SELECT statement_id, other_id, row_number() OVER (PARTITION BY statement_id"
                "  ORDER BY score DESC, other_id DESC) rk FROM " + both % ("old", "old") + "),"
                " n AS (SELECT statement_id, other_id, row_number() OVER (PARTITION BY statement_id"
                "  ORDER BY score DESC, other_id DESC) rk FROM " + both % ("main", "main") + ")"
                " SELECT count(*), sum(EXISTS (SELECT 1 FROM n WHERE n.statement_id = o.statement_id"
                "  AND n.other_id = o.other_id AND n.rk <= 10)) FROM o WHERE o.rk <= ?", (top,)).fetchone()
            print("the old archive's best %d per statement: %d relations, %d (%.1f%%) among the new best 10"
                  % (top, r[0], r[1], 100.0 * r[1] / max(r[0], 1)))
        for name in ("old", "main"):
            c = db.execute("SELECT count(DISTINCT s), count(*) / 2 FROM (SELECT statement_id AS s, other_id"
                           " FROM %s.related UNION SELECT other_id, statement_id FROM %s.related)"
                           % (name, name)).fetchone()
            print("%s archive: %d statements with related ones, %d relations" % (
                "old" if name == "old" else "new", c[0], c[1]))


if __name__ == "__main__":
    main()
