#!/usr/bin/env python3
"""ui-fixture.py DB KHABAR: add two statements (first quotation of article 2 and of
article 5, both by لافروف) related to each other, so the reader's statement keys
and the related jump can be driven whatever extraction finds.  Offsets are
computed from the stored text (code points).  Prints "A B" (the two article ids)."""
import json, sqlite3, subprocess, sys

db, khabar = sys.argv[1], sys.argv[2]

def quote(aid):
    out = subprocess.run([khabar, "--db", db, "show", str(aid), "--json"],
                         check=True, capture_output=True, text=True).stdout
    c = json.loads(out)["content"]
    s = c.index('"')
    e = c.index('"', s + 1) + 1
    return s, e, c[s:e]

con = sqlite3.connect(db)
con.execute("INSERT OR IGNORE INTO speakers(id, name, folded) VALUES (9001, 'لافروف', 'fixture-lavrov')")
ids = []
for sid, aid in ((9101, 2), (9102, 5)):
    s, e, t = quote(aid)
    con.execute("INSERT OR REPLACE INTO statements(id, article_id, speaker_id, kind, start, end, text)"
                " VALUES (?, ?, 9001, 'direct', ?, ?, ?)", (sid, aid, s, e, t))
    ids.append(aid)
con.execute("INSERT OR REPLACE INTO related VALUES (9101, 9102, 0.9, 'fixture')")
con.execute("INSERT OR REPLACE INTO related VALUES (9102, 9101, 0.9, 'fixture')")
con.commit()
print(*ids)
