#!/usr/bin/env python3
"""progress-pty.py KHABAR DB FILE: import FILE with standard error on a
pseudo-terminal and print each progress frame as 'FILLED/WIDTH ARTICLES'."""
import os, pty, re, subprocess, sys

k, db, path = sys.argv[1:4]
master, slave = pty.openpty()
p = subprocess.Popen([k, "--db", db, "import", path], stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=slave)
os.close(slave)
out = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
p.wait()
for m in re.finditer(rb"\r\[([# ]*)\] (\d+) articles", out):
    print("%d/%d %s" % (m.group(1).count(b"#"), len(m.group(1)), m.group(2).decode()))
sys.exit(p.returncode)
