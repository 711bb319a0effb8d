#!/usr/bin/env python3
"""tty-rows.py WIDTH < typescript: check what a terminal of WIDTH columns
shows of a khabar listing.  Escape sequences and CR are dropped; every row
must fit in WIDTH cells (combining marks take none), so that the terminal
never wraps laid-out text itself, and some row must be the continuation of
a wrapped title (starting with at least 30 blanks)."""
import re
import sys
import unicodedata

width = int(sys.argv[1])
text = sys.stdin.buffer.read().decode("utf-8")
text = re.sub(r"\x1b\[[0-9;?]*[ -/]*[@-~]", "", text).replace("\r", "")
rows = [r for r in text.split("\n") if r]
cells = [sum(not unicodedata.combining(c) and unicodedata.category(c) not in ("Mn", "Me", "Cf")
             for c in r) for r in rows]
if not rows or max(cells) > width:
    sys.exit("rows wider than %d: %s" % (width, [c for c in cells if c > width]))
if not any(r.startswith(" " * 30) for r in rows):
    sys.exit("no continuation row")
