#!/usr/bin/env python3
"""feeds-check.py DB EXPECTED.jsonl [plain]: compare what `khabar fetch` stored with what the feeds held.

With "plain", entries of full-text feeds are left out.  Prints one line per field (title, content, date, source) with how many articles
agree, and the first differences; exits 1 when an article is missing or differs.
"""
import json
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
rows = {}
for url, title, content, date, origin, src in db.execute(
        "SELECT a.url, a.title, a.content, a.date, a.date_origin, s.name FROM articles a"
        " LEFT JOIN sources s ON s.id = a.source_id WHERE a.url IS NOT NULL"):
    rows[url] = (title, content, date, origin, src)
total = missing = 0
bad = {"title": [], "content": [], "date": [], "source": []}
for line in open(sys.argv[2], encoding="utf-8"):
    e = json.loads(line)
    if len(sys.argv) > 3 and e["full_text"]:
        continue
    total += 1
    r = rows.get(e["url"])
    if r is None:
        missing += 1
        continue
    title, content, date, origin, src = r
    if (title or "") != e["title"] and not (e["full_text"] and e["title"] == ""):
        # (an entry without a title takes its page's)
        bad["title"].append((e["url"], e["title"], title))
    if content != e["content"]:
        bad["content"].append((e["url"], e["content"][:200], (content or "")[:200]))
    if e["date"] and (date != e["date"] or origin != "import"):
        bad["date"].append((e["url"], e["date"], (date, origin)))
    if src != e["feed"][:-4]:
        bad["source"].append((e["url"], e["feed"], src))
print("articles in the feeds %d, stored %d, missing %d" % (total, total - missing, missing))
for k, v in bad.items():
    print("  %-8s agree %d of %d" % (k, total - missing - len(v), total - missing))
    for url, want, got in v[:3]:
        print("    %s\n      want %r\n      got  %r" % (url, want, got))
sys.exit(1 if missing or any(bad.values()) else 0)
