#!/usr/bin/env python3
"""gen-feeds.py: RSS feeds (and article pages) for the feed benchmark and the corpus check.

    gen-feeds.py DIR FEEDS ENTRIES FULLTEXT [JSON...]

writes into DIR (served by tests/feed-server.py, BASE replaced by its URL):
  feed-NNN.rss      FEEDS RSS 2.0 feeds of ENTRIES entries each (content:encoded
                    holds the article as HTML paragraphs; pubDate in RFC 822)
  ft-NNN.rss        FULLTEXT summary-only feeds of ENTRIES entries, each linking
                    to pages/NNNNN.html: the article inside a page with a
                    navigation bar, a sidebar, share buttons, comments, a footer
  urls, ft-urls     the feeds' URLs, one a line (for khabar feed import)
  expected.jsonl    per article: feed, url, title, date, content as khabar
                    should store it (paragraphs one a line, white space collapsed)

Articles come from the JSON files given (SaudiNewsNet day files: FEEDS = 0
takes them all, 50 a feed), else synthetic Arabic text (fixed seed).  The
files are written to a temporary folder and never kept in the tree.
"""
import html
import json
import os
import random
import re
import sys
import unicodedata
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
FIXED = ["قال", "وزير", "الخارجية", "الرئيس", "أكد", "في", "من", "على", "إلى", "أن",
         "الرياض", "جدة", "المملكة", "اليوم", "أمس", "سيرغي", "لافروف"]


def synthetic(n):
    rng = random.Random(14)
    pool = FIXED + ["".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 8))) for _ in range(3000)]
    day = datetime(2026, 11, 1, 8, 0, tzinfo=timezone(timedelta(hours=3)))
    for i in range(n):
        paras = [" ".join(rng.choice(pool) for _ in range(rng.randint(20, 60))) + "." for _ in range(rng.randint(3, 8))]
        yield {"title": " ".join(rng.choice(pool) for _ in range(8)),
               "url": "http://bench.example/a/%d" % i,
               "content": "\n\n".join(paras),
               "date": day - timedelta(hours=i)}


def corpus(files):
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for a in json.load(fh):
                c = a.get("content") or ""
                if not c.strip() or not a.get("url"):
                    continue
                try:
                    d = datetime.strptime(a["date_extracted"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=3)))
                except (KeyError, ValueError):
                    d = None
                yield {"title": a.get("title") or "", "url": a["url"], "content": c, "date": d}


CTRL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SPACE = re.compile("[ \t\r\u00a0\u2028\u2029]+")


def paragraphs(text):
    out = []
    for p in text.split("\n"):
        p = SPACE.sub(" ", CTRL.sub("", XML_BAD.sub("", p))).strip()
        if p:
            out.append(p)
    return out


def x(s):
    return html.escape(XML_BAD.sub("", s), quote=False)


PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{t} | الموقع</title>
<meta property="og:title" content="{ta}"><script>var x = 1;</script></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/s">محليات</a> <a href="/e">اقتصاد</a> <a href="/w">العالم</a></nav></header>
<aside class="sidebar"><p><a href="/m">الأكثر قراءة اليوم في الموقع وطوال الأسبوع الماضي</a></p></aside>
<div class="article-body"><h1>{t}</h1>
{body}
<div class="share"><a href="#">شارك على الشبكات الاجتماعية</a></div></div>
<div id="comments"><p>تعليق: شكرا على هذا التقرير المفيد، وننتظر المزيد من التفاصيل قريبا.</p></div>
<footer><p>جميع الحقوق محفوظة، ولا يجوز النقل دون إذن مسبق من إدارة الموقع.</p></footer>
</body></html>
"""


def main():
    d, nfeeds, nentries, nft = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    files = sys.argv[5:]
    os.makedirs(os.path.join(d, "pages"), exist_ok=True)
    want = None if nfeeds == 0 else (nfeeds + nft) * nentries
    src = corpus(files) if files else synthetic(want or 0)
    arts, seen = [], set()
    for a in src:
        if a["url"] in seen:
            continue  # the corpus repeats some urls; a feed has each entry once
        seen.add(a["url"])
        arts.append(a)
        if want is not None and len(arts) >= want:
            break
    if nfeeds == 0:
        nfeeds = (len(arts) - nft * nentries + nentries - 1) // nentries
    exp = open(os.path.join(d, "expected.jsonl"), "w", encoding="utf-8")
    urls = open(os.path.join(d, "urls"), "w")
    fturls = open(os.path.join(d, "ft-urls"), "w")
    k = 0
    for f in range(nfeeds + nft):
        chunk = arts[k:k + nentries]
        k += nentries
        if not chunk:
            break
        ft = f >= nfeeds
        name = "ft-%03d.rss" % (f - nfeeds) if ft else "feed-%03d.rss" % f
        items = []
        for i, a in enumerate(chunk):
            paras = paragraphs(a["content"])
            # SaudiNewsNet's titles hold HTML entities (&#8220;, &quot;): a site's page and feed
            # would show the characters, so they are the title.
            title = SPACE.sub(" ", CTRL.sub("", XML_BAD.sub("", html.unescape(a["title"])))).strip()
            body = "".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras)
            date = format_datetime(a["date"]) if a["date"] else None
            if ft:
                page = "pages/%05d.html" % (k - nentries + i)
                with open(os.path.join(d, page), "w", encoding="utf-8") as ph:
                    ph.write(PAGE.format(t=html.escape(title, quote=False), ta=html.escape(title), body=body))
                link = "BASE/" + page
                summary = paras[0][:120] if paras else title
                items.append("<item><title>%s</title><link>%s</link>%s<description>%s</description></item>" % (
                    x(title), link, "<pubDate>%s</pubDate>" % date if date else "", x(summary)))
            else:
                link = a["url"]
                items.append("<item><title>%s</title><link>%s</link><guid>%s</guid>%s"
                             "<content:encoded>%s</content:encoded></item>" % (
                                 x(title), x(link), x(link), "<pubDate>%s</pubDate>" % date if date else "", x(body)))
            exp.write(json.dumps({"feed": name, "url": link, "title": unicodedata.normalize("NFC", title),
                                  "date": a["date"].strftime("%Y-%m-%d") if a["date"] else None,
                                  "content": unicodedata.normalize("NFC", "\n".join(paras)), "full_text": ft},
                                 ensure_ascii=False) + "\n")
        with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                     'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>%s</title>%s</channel></rss>\n'
                     % (name, "\n".join(items)))
        (fturls if ft else urls).write("BASE/%s \"~%s\"\n" % (name, name[:-4]))
    print("%d articles in %d feeds and %d full-text feeds" % (min(k, len(arts)), nfeeds, nft), file=sys.stderr)


if __name__ == "__main__":
    main()
