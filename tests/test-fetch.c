/* test-fetch.c: feed parsing, dates, HTML to text, main text, subscription lists (no network). */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fetch/fetch.h"
#include "tests/helpers.h"
#include "tests/tap.h"

static int
parse(const char *xml, size_t max, struct feed_doc *d, char **cause)
{
	*cause = NULL;
	return fetch_parse_feed(xml, strlen(xml), "http://feed.example/dir/rss.xml", max, d, cause);
}

TEST(fetch_dates)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "Tue, 01 Dec 2026 10:00:00 +0300", "2026-12-01" },
		{ "Mon, 30 Nov 2026 23:59:59 GMT", "2026-11-30" },
		{ "1 Jan 2026 00:00:00 +0000", "2026-01-01" },
		{ "Sat, 05 Sep 15 12:00:00 +0000", "2015-09-05" },
		{ "  2026-11-28T07:30:00+03:00", "2026-11-28" },
		{ "2026-02-03", "2026-02-03" },
		{ "Tue, 41 Dec 2026 10:00:00 +0300", NULL },
		{ "2026-13-01T00:00:00Z", NULL },
		{ "الثلاثاء، 1 ديسمبر 2026", NULL },
		{ "", NULL },
		{ "yesterday", NULL },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = fetch_parse_date(cases[i].in);
		CHECK_STR(got, cases[i].want);
		free(got);
	}
}

TEST(fetch_rss2)
{
	const char *xml =
		"<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
		"<channel><title>قناة</title><link>http://feed.example/</link>"
		"<item><title>  عنوان   أول </title><link>../a/1</link><guid>g-1</guid>"
		"<pubDate>Tue, 01 Dec 2026 10:00:00 +0300</pubDate><author>x@example.org (كاتب)</author>"
		"<description>&lt;p&gt;ملخص&lt;/p&gt;</description>"
		"<content:encoded><![CDATA[<p>فقرة ١</p><p>فقرة ٢ <script>bad()</script></p>]]></content:encoded></item>"
		"<item/>"
		"<item><title>ثالث</title></item>"
		"</channel></rss>";
	struct feed_doc d;
	char *cause;

	CHECK(parse(xml, 100, &d, &cause) == 0);
	CHECK_STR(d.kind, "RSS 2.0");
	CHECK_STR(d.title, "قناة");
	CHECK_INT(d.n, 3);
	if (d.n == 3) {
		CHECK_STR(d.entries[0].title, "عنوان أول");
		CHECK_STR(d.entries[0].link, "http://feed.example/a/1");
		CHECK_STR(d.entries[0].guid, "g-1");
		CHECK_STR(d.entries[0].date, "2026-12-01");
		CHECK_STR(d.entries[0].summary, "ملخص");
		CHECK_STR(d.entries[0].content, "فقرة ١\nفقرة ٢");
		CHECK(d.entries[1].title == NULL && d.entries[1].link == NULL);
		CHECK_STR(d.entries[2].title, "ثالث");
	}
	fetch_feed_doc_clear(&d);
	CHECK(parse(xml, 1, &d, &cause) == 0);
	CHECK_INT(d.n, 1);
	CHECK_INT(d.dropped, 2);
	fetch_feed_doc_clear(&d);
}

TEST(fetch_atom_and_rdf)
{
	const char *atom =
		"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>ت</title>"
		"<entry><title type=\"text\">&lt;b&gt; ليس وسما</title><id>urn:1</id>"
		"<link rel=\"enclosure\" href=\"http://x/enc.mp3\"/><link href=\"/p/1\"/>"
		"<updated>2026-11-27T10:00:00Z</updated><published>2026-11-26T10:00:00Z</published>"
		"<author><name>كاتبة</name></author>"
		"<summary type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>أ</p><p>ب</p></div></summary>"
		"</entry></feed>";
	const char *rdf =
		"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
		" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"c\"><title>ن</title></channel>"
		"<item rdf:about=\"http://r/1\"><title>ع</title><link>http://r/1</link><dc:date>2026-01-02</dc:date></item>"
		"</rdf:RDF>";
	struct feed_doc d;
	char *cause;

	CHECK(parse(atom, 10, &d, &cause) == 0);
	CHECK_STR(d.kind, "Atom 1.0");
	CHECK_INT(d.n, 1);
	if (d.n == 1) {
		CHECK_STR(d.entries[0].title, "<b> ليس وسما");
		CHECK_STR(d.entries[0].link, "http://feed.example/p/1");
		CHECK_STR(d.entries[0].guid, "urn:1");
		CHECK_STR(d.entries[0].date, "2026-11-26");
		CHECK_STR(d.entries[0].author, "كاتبة");
		CHECK_STR(d.entries[0].summary, "أ\nب");
	}
	fetch_feed_doc_clear(&d);
	CHECK(parse(rdf, 10, &d, &cause) == 0);
	CHECK_STR(d.kind, "RSS 1.0");
	CHECK_INT(d.n, 1);
	if (d.n == 1) {
		CHECK_STR(d.entries[0].guid, "http://r/1");
		CHECK_STR(d.entries[0].date, "2026-01-02");
	}
	fetch_feed_doc_clear(&d);
}

TEST(fetch_bad_feeds)
{
	struct feed_doc d;
	char *cause;

	CHECK(parse("<rss><channel>\n<item>\n<title>x</titl></item></channel></rss>", 10, &d, &cause) == -1);
	CHECK_MSG(cause && strncmp(cause, "bad XML at line 3:", 18) == 0, "cause: %s", cause);
	CHECK(d.n == 0 && d.entries == NULL);
	free(cause);
	CHECK(parse("<html><body>not a feed</body></html>", 10, &d, &cause) == -1);
	CHECK_STR(cause, "not an RSS or Atom feed (its root element is <html>)");
	free(cause);
	CHECK(parse("", 10, &d, &cause) == -1);
	CHECK(cause != NULL);
	free(cause);
	/* Billion laughs: libxml2's amplification limit stops it, nothing is expanded. */
	CHECK(parse("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
		    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
		    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
		    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
		    "<rss><channel><item><title>&g;</title></item></channel></rss>",
		    10, &d, &cause) <= 0);
	CHECK(d.n == 0 || d.entries[0].title == NULL || strlen(d.entries[0].title) < 1000);
	fetch_feed_doc_clear(&d);
	free(cause);
}

TEST(fetch_html_text)
{
	const char *soup = "<p>أ <b>ب<p>ج&nbsp;د &amp; &lt;هـ&gt;<script>x()</script><style>p{}</style>"
			   "<br>و<li>ز\x1b[31m</ul>";
	char *t = fetch_html_text(soup, strlen(soup), NULL);

	CHECK_STR(t, "أ ب\nج د & <هـ>\nو\nز[31m");
	free(t);
	t = fetch_html_text("", 0, NULL);
	CHECK_STR(t, "");
	free(t);
	/* Links keep their targets as newsboat shows them: text[N], then "[N]: URL" lines. */
	soup = "<p>قال <a href=\"https://spa.gov.sa/1\">الوزير</a> إن"
	       " <a href='javascript:alert(1)'>هذا</a> <a href=\"/rel\">نسبي</a>"
	       " و<a href=\"https://spa.gov.sa/1\">المتحدث</a>"
	       " <a href=\"http://x.example/a\">http://x.example/a</a>"
	       " <a href=\"https://x.example/\x1b]0;t\">ب</a>"
	       " <a href=\"https://img.example/\"><img src=x></a></p>";
	t = fetch_html_text(soup, strlen(soup), NULL);
	CHECK_STR(t, "قال الوزير[1] إن هذا نسبي والمتحدث[1] http://x.example/a ب\n"
		     "[1]: https://spa.gov.sa/1");
	free(t);
}

TEST(fetch_html_main)
{
	const char *page =
		"<html><head><title>العنوان | الموقع</title>"
		"<meta property=\"og:title\" content=\"العنوان\">"
		"<meta property=\"article:published_time\" content=\"2026-11-20T08:00:00+03:00\"></head><body>"
		"<nav><p><a href=/>الرئيسية والأقسام والأخبار والرياضة والاقتصاد</a></p></nav>"
		"<div class=\"story-body\"><h1>العنوان</h1>"
		"<p>الفقرة الأولى من المقال، وهي طويلة بما يكفي لتحسب، وفيها فواصل كثيرة، كما ترى.</p>"
		"<p>الفقرة الثانية من المقال، وهي أيضا طويلة بما يكفي، وفيها فواصل، وكلمات أخرى.</p>"
		"<div class=\"related\"><p>أخبار ذات صلة كثيرة جدا جدا جدا جدا جدا جدا جدا.</p></div></div>"
		"<div id=\"comments\"><p>تعليق من قارئ على المقال، شكرا، وأحسنتم، والله يعطيكم العافية.</p></div>"
		"</body></html>";
	struct fetch_page p;

	fetch_html_main(page, strlen(page), NULL, &p);
	CHECK_STR(p.title, "العنوان");
	CHECK_STR(p.date, "2026-11-20");
	CHECK_STR(p.text, "الفقرة الأولى من المقال، وهي طويلة بما يكفي لتحسب، وفيها فواصل كثيرة، كما ترى.\n"
			  "الفقرة الثانية من المقال، وهي أيضا طويلة بما يكفي، وفيها فواصل، وكلمات أخرى.");
	fetch_page_clear(&p);
	fetch_html_main("<p>قصير</p>", 15, NULL, &p);
	CHECK(p.text == NULL);
	fetch_page_clear(&p);
}

TEST(fetch_subscription_lists)
{
	const char *opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
			   "<outline text=\"مجلد\"><outline text=\"أ\" xmlUrl=\"http://a/rss\"/>"
			   "<outline title=\"ب\" text=\"x\" xmlUrl=\"https://b/atom\"/></outline>"
			   "<outline text=\"ملف\" xmlUrl=\"file:///etc/passwd\"/></body></opml>";
	const char *urls = "# c\nhttp://a/rss tag \"~اسم\"\n\"query:x:unread = \\\"yes\\\"\"\n\n"
			   "https://b/atom\r\nftp://c/x\n";
	struct fetch_sub *s;
	size_t n, skipped;
	char *cause = NULL;

	CHECK(fetch_read_subs(opml, strlen(opml), &s, &n, &skipped, &cause) == 0);
	CHECK_INT(n, 2);
	CHECK_INT(skipped, 1);
	if (n == 2) {
		CHECK_STR(s[0].url, "http://a/rss");
		CHECK_STR(s[0].name, "أ");
		CHECK_STR(s[1].name, "ب");
	}
	fetch_subs_free(s, n);
	CHECK(fetch_read_subs(urls, strlen(urls), &s, &n, &skipped, &cause) == 0);
	CHECK_INT(n, 2);
	CHECK_INT(skipped, 2);
	if (n == 2) {
		CHECK_STR(s[0].name, "اسم");
		CHECK_STR(s[1].url, "https://b/atom");
		CHECK(s[1].name == NULL);
	}
	fetch_subs_free(s, n);
	CHECK(fetch_read_subs("<html/>", 7, &s, &n, &skipped, &cause) == -1);
	CHECK(cause != NULL);
	free(cause);
}

TEST(fetch_urls_and_names)
{
	char *why = NULL, *name;

	CHECK(fetch_url_ok("https://www.spa.gov.sa/rss.xml", &why));
	CHECK(!fetch_url_ok("file:///etc/passwd", &why));
	CHECK(why && strstr(why, "only http and https"));
	free(why);
	CHECK(!fetch_url_ok("gopher://x/", &why));
	free(why);
	CHECK(!fetch_url_ok("not a url", &why));
	free(why);
	name = fetch_default_name("https://www.spa.gov.sa/rss.xml");
	CHECK_STR(name, "spa.gov.sa");
	free(name);
	name = fetch_default_name("http://user@127.0.0.1:8080/x");
	CHECK_STR(name, "127.0.0.1");
	free(name);
}
