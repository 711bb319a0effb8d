#!/usr/bin/env python3
"""feed-server.py: a small HTTP server on 127.0.0.1 for the feed tests.

    feed-server.py fixtures DIR    write the test feeds and pages into DIR
    feed-server.py serve DIR       serve DIR on a free 127.0.0.1 port; the
                                   port is written to DIR/port once listening
    feed-server.py serve-tls DIR CERT KEY
                                   the same over TLS with that certificate;
                                   the port goes to DIR/tls-port

Files in DIR are served with an ETag (a hash of the bytes) and a
Last-Modified (the file's mtime), and a conditional GET that matches gets
304.  Every request is logged to DIR/requests.log (path, If-None-Match,
If-Modified-Since, User-Agent, Accept-Encoding, tab-separated).  Special
paths: /status/N answers N; /loop redirects to itself forever; /hang
answers nothing for 30 s; /big is 50 MB (with Content-Length), /bigchunked
the same without; /bomb is a gzip bomb (65 KB on the wire, 64 MB
decoded); /to-file redirects to file:///etc/passwd; /gz/NAME serves NAME
gzip-compressed; /busy answers 503 with Retry-After: 600; a file asked
for with ?max-age=N is served with Cache-Control: max-age=N.
"""
import gzip
import hashlib
import http.server
import io
import os
import socketserver
import sys
import time
import zlib
from email.utils import formatdate, parsedate_to_datetime

# ---- fixtures ----

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>أخبار الرياض</title>
<link>http://example.org/</link>
<item>
  <title>وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية</title>
  <link>/news/1</link>
  <guid isPermaLink="false">riyadh-1</guid>
  <pubDate>Tue, 01 Dec 2026 10:00:00 +0300</pubDate>
  <dc:creator>محمد العلي</dc:creator>
  <description>ملخص قصير</description>
  <content:encoded><![CDATA[<p>بحث وزير الخارجية مع نظيره الروسي سيرغي لافروف اليوم تطورات الأزمة السورية.</p><p>وقال الوزير إن &quot;الحل السياسي هو الطريق الوحيد&quot; للخروج من الأزمة.</p>]]></content:encoded>
</item>
<item>
  <title>ارتفاع أسعار النفط &amp; الذهب&#x9b;</title>
  <link>http://example.org/news/2</link>
  <guid>http://example.org/news/2</guid>
  <pubDate>Mon, 30 Nov 2026 08:15:00 GMT</pubDate>
  <description>&lt;p&gt;ارتفعت أسعار النفط في تعاملات اليوم بنسبة اثنين في المئة.&lt;/p&gt;&lt;p&gt;وسجل الذهب أعلى مستوى له منذ شهر.&lt;/p&gt;</description>
</item>
<item>
  <title>افتتاح معرض الكتاب في جدة</title>
  <guid>jeddah-book-fair-2026</guid>
  <pubDate>29 Nov 2026 12:00:00 +0000</pubDate>
  <description>افتتح أمير منطقة مكة المكرمة معرض جدة الدولي للكتاب بمشاركة أكثر من ألف دار نشر.</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">صحيفة الأفق</title>
  <link href="http://example.net/"/>
  <id>urn:uuid:feed-ufuq</id>
  <updated>2026-12-01T09:00:00Z</updated>
  <entry>
    <title>مجلس الشورى يناقش نظام التعليم</title>
    <link rel="alternate" href="http://example.net/a/100"/>
    <link rel="self" href="http://example.net/a/100.atom"/>
    <id>urn:uuid:entry-100</id>
    <published>2026-11-28T07:30:00+03:00</published>
    <updated>2026-12-01T09:00:00Z</updated>
    <author><name>سارة الأحمد</name><email>sara@example.net</email></author>
    <content type="html">&lt;p&gt;ناقش مجلس الشورى في جلسته العادية مشروع نظام التعليم الجديد.&lt;/p&gt;&lt;p&gt;VERSION_ONE&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="html">&lt;b&gt;الهيئة&lt;/b&gt; تعلن نتائج المسابقة</title>
    <link href="/a/101"/>
    <id>urn:uuid:entry-101</id>
    <updated>2026-11-27T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>أعلنت الهيئة العامة للرياضة نتائج المسابقة السنوية.</p><p>وفاز فريق الاتحاد بالمركز الأول.</p></div></content>
  </entry>
</feed>
"""

CP1256 = """<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>جريدة المدينة</title><link>http://example.com/</link>
<item><title>أمطار غزيرة على المدينة المنورة</title><link>http://example.com/rain</link>
<pubDate>Sun, 29 Nov 2026 06:00:00 +0300</pubDate>
<description>هطلت أمطار غزيرة على المدينة المنورة صباح اليوم وسط تحذيرات من السيول.</description></item>
</channel></rss>
"""

RDF = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://example.info/"><title>نشرة</title><link>http://example.info/</link></channel>
<item rdf:about="http://example.info/item/7">
  <title>تدشين مشروع الطاقة الشمسية</title>
  <link>http://example.info/item/7</link>
  <dc:date>2026-11-25T11:00:00Z</dc:date>
  <description>دشن وزير الطاقة مشروع الطاقة الشمسية في منطقة الجوف.</description>
</item>
</rdf:RDF>
"""

SOUP = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>حساء</title>
<item><title>نص مع وسوم مكسورة</title><link>http://soup.example/1</link>
<pubDate>Fri, 27 Nov 2026 10:00:00 +0000</pubDate>
<description><![CDATA[<div><p>الفقرة الأولى <b>بخط عريض<p>الفقرة الثانية&nbsp;مع&nbsp;مسافات <script>alert("x")</script><style>p{color:red}</style>و&amp;رموز &lt;غريبة&gt;<br>سطر بعد فاصل</i></span></td><li>بند <a href="http://soup.example/x">رابط</a></div></div></p>]]></description></item>
</channel></rss>
"""

BAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>مكسور</title>
<item><title>عنوان</title>
<description>نص</descripton>
</item></channel></rss>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://SECRET_PATH">]>
<rss version="2.0"><channel><title>xxe</title>
<item><title>سر &secret; هنا</title><link>http://xxe.example/1</link><description>محاولة قراءة ملف محلي &secret; عبر كيان خارجي.</description></item>
</channel></rss>
"""

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | موقع الخبر</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2026-11-20T08:00:00+03:00">
<script>var tracking = "لا تظهر";</script><style>body {{ font: serif }}</style>
</head><body>
<header class="site-header"><nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/eco">اقتصاد</a></nav></header>
<div class="sidebar"><p><a href="/x">أكثر الأخبار قراءة في الموقع اليوم وأمس وطوال الأسبوع الماضي كله</a></p></div>
<article class="article-body">
<h1>{title}</h1>
<p>{p1}</p>
<p>{p2}</p>
<p>{p3}</p>
<div class="share-buttons"><a href="#">شارك المقال على الشبكات الاجتماعية المختلفة الآن</a></div>
</article>
<div class="comments"><p>تعليق: مقال جميل جدا وشكرا للكاتب على هذا الجهد الكبير والمميز.</p></div>
<footer><p>جميع الحقوق محفوظة لموقع الخبر، ٢٠٢٦، ولا يجوز النقل دون إذن.</p></footer>
</body></html>
"""

EMPTY_PAGE = """<!DOCTYPE html><html><head><title>صفحة فارغة</title></head>
<body><nav><a href="/">الرئيسية</a></nav><p>قصير.</p></body></html>
"""

SUMMARY = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>ملخصات</title>
<item><title>اتفاقية تعاون اقتصادي جديدة</title><link>BASE/pages/a1.html</link>
<pubDate>Fri, 20 Nov 2026 08:00:00 +0300</pubDate><description>ملخص: وقعت المملكة اتفاقية.</description></item>
<item><title>افتتاح مستشفى جديد</title><link>BASE/pages/a2.html</link>
<description>ملخص: افتتح مستشفى.</description></item>
<item><title>خبر بلا نص</title><link>BASE/pages/empty.html</link>
<pubDate>Sat, 21 Nov 2026 08:00:00 +0300</pubDate><description>ملخص فقط لهذا الخبر.</description></item>
</channel></rss>
"""


TTL = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>بطيء</title><ttl>90</ttl>
<item><title>خبر من قناة بطيئة</title><link>http://ttl.example/1</link>
<description>قناة تطلب ألا تجلب أخبارها أكثر من مرة كل تسعين دقيقة.</description></item>
</channel></rss>
"""

SY = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="http://sy.example/"><title>يومية</title><link>http://sy.example/</link>
<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel>
<item rdf:about="http://sy.example/1"><title>خبر يومي</title><link>http://sy.example/1</link>
<description>نشرة تتجدد أربع مرات في اليوم.</description></item>
</rdf:RDF>
"""


def page(title, n):
    return PAGE.format(
        title=title,
        p1="وقعت المملكة العربية السعودية اليوم اتفاقية تعاون اقتصادي جديدة مع عدد من الدول الشقيقة، "
        "في خطوة تهدف إلى تعزيز التبادل التجاري بين البلدين الصديقين. (%d)" % n,
        p2="وقال وزير التجارة إن الاتفاقية ستفتح آفاقا واسعة أمام المستثمرين، "
        "وأضاف أن حجم التبادل التجاري مرشح للنمو خلال الأعوام المقبلة.",
        p3="وتشمل الاتفاقية مجالات الطاقة والنقل والتقنية، إضافة إلى التعليم والصحة والسياحة.",
    )


def many(n):
    items = "".join(
        "<item><title>خبر رقم %d</title><link>http://many.example/%d</link>"
        "<description>نص الخبر رقم %d عن الأحداث.</description></item>" % (i, i, i)
        for i in range(n)
    )
    return '<?xml version="1.0"?><rss version="2.0"><channel><title>كثير</title>%s</channel></rss>' % items


def fixtures(d):
    os.makedirs(os.path.join(d, "pages"), exist_ok=True)
    files = {
        "arabic.rss": RSS,
        "atom.xml": ATOM,
        "rdf.xml": RDF,
        "soup.rss": SOUP,
        "bad.rss": BAD,
        "xxe.rss": XXE.replace("SECRET_PATH", os.path.join(os.path.abspath(d), "secret.txt")),
        "secret.txt": "TOPSECRET-LOCAL-FILE",
        "many.rss": many(8),
        "gz.rss": RDF.replace("item/7", "item/8").replace("الطاقة الشمسية", "طاقة الرياح"),
        "pages/a1.html": page("اتفاقية تعاون اقتصادي جديدة", 1),
        "pages/a2.html": page("افتتاح مستشفى جديد", 2),
        "pages/empty.html": EMPTY_PAGE,
        "notfeed.html": EMPTY_PAGE,
        "ttl.rss": TTL,
        "sy.rdf": SY,
    }
    for name, text in files.items():
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(d, "cp1256.rss"), "wb") as f:
        f.write(CP1256.encode("cp1256"))
    with open(os.path.join(d, "summary.rss.in"), "w", encoding="utf-8") as f:
        f.write(SUMMARY)
    bomb(d)


# ---- serving ----

ROOT = "."


def bomb(d, mb=64):
    """mb megabytes of zeros, gzip-compressed (about 65 KB): written once."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 20)
    with open(os.path.join(d, "bomb.gz"), "wb") as f:
        for _ in range(mb):
            f.write(z.compress(chunk))
        f.write(z.flush())


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def log_request_line(self):
        h = self.headers
        with open(os.path.join(ROOT, "requests.log"), "a", encoding="utf-8") as f:
            f.write("\t".join([self.path, h.get("If-None-Match", "-"), h.get("If-Modified-Since", "-"),
                               h.get("User-Agent", "-"), h.get("Accept-Encoding", "-")]) + "\n")

    def send(self, code, body=b"", ctype="text/plain", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        self.log_request_line()
        p, _, q = self.path.partition("?")
        self.extra = [("Cache-Control", q.split("=", 1)[1])] if q.startswith("max-age=") else []
        if self.extra:
            self.extra[0] = ("Cache-Control", "max-age=" + self.extra[0][1])
        try:
            self.route(p)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, p):
        if p.startswith("/status/"):
            return self.send(int(p[8:]), b"status page")
        if p == "/busy":
            return self.send(503, b"busy", extra=[("Retry-After", "600")])
        if p == "/loop":
            return self.send(302, b"", extra=[("Location", "/loop")])
        if p == "/to-file":
            return self.send(302, b"", extra=[("Location", "file:///etc/passwd")])
        if p == "/hang":
            time.sleep(30)
            return
        if p in ("/big", "/bigchunked"):
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            if p == "/big":
                self.send_header("Content-Length", str(50 << 20))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            chunk = b"<" * (1 << 20)
            for _ in range(50):
                self.wfile.write(chunk)
            return
        if p == "/bomb":
            with open(os.path.join(ROOT, "bomb.gz"), "rb") as f:
                body = f.read()
            return self.send(200, body, "application/rss+xml", [("Content-Encoding", "gzip")])
        gz = p.startswith("/gz/")
        name = p[4:] if gz else p.lstrip("/")
        path = os.path.realpath(os.path.join(ROOT, name))
        if not path.startswith(os.path.realpath(ROOT) + os.sep) or not os.path.isfile(path):
            return self.send(404, b"not found")
        with open(path, "rb") as f:
            body = f.read()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        mtime = os.path.getmtime(path)
        lm = formatdate(mtime, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None and inm == etag:
            return self.send(304, b"", extra=[("ETag", etag)] + self.extra)
        if inm is None and ims is not None:
            try:
                if int(mtime) <= parsedate_to_datetime(ims).timestamp():
                    return self.send(304, b"", extra=[("Last-Modified", lm)])
            except (TypeError, ValueError):
                pass
        ctype = "text/html; charset=utf-8" if name.endswith(".html") else "application/rss+xml"
        extra = [("ETag", etag), ("Last-Modified", lm)] + self.extra
        if gz:
            body = gzip.compress(body)
            extra.append(("Content-Encoding", "gzip"))
        return self.send(200, body, ctype, extra)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass  # a client that gives up (a limit, a timeout) is expected here


def serve(d, cert=None, key=None):
    global ROOT
    ROOT = d
    srv = Server(("127.0.0.1", 0), Handler)
    if cert is not None:
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    port = srv.server_address[1]
    name = "tls-port" if cert is not None else "port"
    tmp = os.path.join(d, name + ".tmp")
    with open(tmp, "w") as f:
        f.write("%d\n" % port)
    os.rename(tmp, os.path.join(d, name))
    srv.serve_forever()


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve-tls"] and len(sys.argv) == 5:
        serve(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) != 3 or sys.argv[1] not in ("fixtures", "serve"):
        sys.exit(__doc__)
    elif sys.argv[1] == "fixtures":
        fixtures(sys.argv[2])
    else:
        serve(sys.argv[2])
