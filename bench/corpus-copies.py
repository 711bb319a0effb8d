#!/usr/bin/env python3
"""corpus-copies.py IN_DIR OUT_DIR COPY: write copy number COPY of the JSON
files of IN_DIR into OUT_DIR, every record's url made new (COPY 1 keeps the
urls as they are).  Records without a url get one, so that each copy is new
to the archive: khabar tells articles apart by url, else by content.

Used by bench/import-copies.sh and bench/build-archive.sh (archives built
from several copies of the corpus).  Writes synthetic urls only; the text
of each record is left as it is."""
import json
import os
import sys


def main():
    src, dst, copy = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            records = json.load(f)
        for i, r in enumerate(records):
            if not isinstance(r, dict):
                continue
            url = r.get("url") or "khabar-bench:%s/%d" % (name, i)
            if copy > 1:
                url += ("&" if "?" in url else "?") + "khabar-copy=%d" % copy
            r["url"] = url
        out = os.path.join(dst, "c%d-%s" % (copy, name))
        with open(out, "w", encoding="utf-8") as f:
            json.dump(records, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
