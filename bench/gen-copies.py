#!/usr/bin/env python3
"""gen-copies.py CORPUS_DIR COPIES: the SaudiNewsNet records, COPIES times, as
NDJSON on standard output; copy k > 0 has new urls (url + "#copyK"), so that
khabar stores it as new articles.  Copies come one after the other, so the
archive grows as a real one does: the newest articles have the highest ids."""
import glob, json, os, sys, zipfile

def records(corpus):
    for z in sorted(glob.glob(os.path.join(corpus, "*.zip"))):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    yield from json.loads(zf.read(name).decode("utf-8"))

def main():
    corpus, copies = sys.argv[1], int(sys.argv[2])
    recs = list(records(corpus))
    out = sys.stdout
    for k in range(copies):
        for r in recs:
            if k > 0 and r.get("url"):
                r = dict(r, url="%s#copy%d" % (r["url"], k))
            out.write(json.dumps(r, ensure_ascii=False))
            out.write("\n")

if __name__ == "__main__":
    main()
