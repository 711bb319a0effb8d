/*
 * feed.c: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 read with libxml2's
 * streaming reader (xmlTextReader), one entry at a time.  The document's
 * declared encoding is honoured by libxml2; no DTD, external entity or
 * network resource is ever loaded (no XML_PARSE_NOENT, DTDLOAD, XINCLUDE;
 * XML_PARSE_NONET), and libxml2's own limits on depth and entity
 * amplification stay on (no XML_PARSE_HUGE).
 */
#include "config.h"
#include <ctype.h>
#include <libxml/uri.h>
#include <libxml/xmlreader.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fetch/fetch.h"

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_SY "http://purl.org/rss/1.0/modules/syndication/"

/* One parse: the reader, where it is, and the entry being read. */
struct parse {
	xmlTextReaderPtr r;
	const char *base;
	size_t max;
	struct feed_doc *d;
	char *error;          /* the first error libxml2 reported */
	int error_line;
	bool atom;
	int item_depth;       /* depth of the entry being read, -1 outside */
	struct feed_entry e;
	char *updated;        /* Atom's updated, used when there is no published */
	bool link_alternate;  /* e.link came from rel="alternate" */
	long ttl;             /* RSS <ttl> (minutes), -1: none */
	long sy_period;       /* sy:updatePeriod (seconds), -1: none */
	long sy_freq;         /* sy:updateFrequency, -1: none */
};

static char *read_string(xmlTextReaderPtr r);

/* An element's text as a whole number 1 .. 10^7; -1 when it is not one. */
static long
read_number(xmlTextReaderPtr r)
{
	char *v = read_string(r), *end;
	long n = v ? strtol(v, &end, 10) : -1;

	if (v == NULL || end == v || n < 1 || n > 10000000)
		n = -1;
	else
		while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
			end++;
	if (v != NULL && *end != '\0')
		n = -1;
	free(v);
	return n;
}

/* sy:updatePeriod in seconds; -1 when it is not one. */
static long
read_period(xmlTextReaderPtr r)
{
	static const struct {
		const char *name;
		long s;
	} periods[] = { { "hourly", 3600 },     { "daily", 86400 },      { "weekly", 604800 },
			{ "monthly", 2592000 }, { "yearly", 31536000 } };
	char *v = read_string(r);
	long n = -1;
	size_t i;

	for (i = 0; v && i < sizeof periods / sizeof periods[0]; i++)
		if (strncmp(v + strspn(v, " \t\r\n"), periods[i].name, strlen(periods[i].name)) == 0)
			n = periods[i].s;
	free(v);
	return n;
}

static void
on_error(void *arg, const char *msg, xmlParserSeverities severity, xmlTextReaderLocatorPtr loc)
{
	struct parse *p = arg;
	struct buf b;
	const char *s;

	if (p->error != NULL || severity != XML_PARSER_SEVERITY_ERROR)
		return;
	buf_init(&b);
	for (s = msg; *s; s++)
		if ((unsigned char)*s >= 0x20 && *s != 0x7f)
			buf_addc(&b, *s);
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	buf_addc(&b, '\0');
	p->error = buf_detach(&b);
	p->error_line = xmlTextReaderLocatorLineNumber(loc);
}

static bool
ns_is(xmlTextReaderPtr r, const char *ns)
{
	const xmlChar *u = xmlTextReaderConstNamespaceUri(r);

	return u != NULL && strcmp((const char *)u, ns) == 0;
}

static bool
ns_none(xmlTextReaderPtr r)
{
	return xmlTextReaderConstNamespaceUri(r) == NULL;
}

static char *
attr(xmlTextReaderPtr r, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(r, (const xmlChar *)name);
	char *s = v ? xstrdup((const char *)v) : NULL;

	xmlFree(v);
	return s;
}

/* The element's text content (entities decoded); "" when empty. */
static char *
read_string(xmlTextReaderPtr r)
{
	xmlChar *v = xmlTextReaderReadString(r);
	char *s = xstrdup(v ? (const char *)v : "");

	xmlFree(v);
	return s;
}

/* s trimmed of white space at both ends, in place. */
static char *
trim(char *s)
{
	size_t n = strlen(s), i = 0;

	while (n > 0 && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	while (isspace((unsigned char)s[i]))
		i++;
	memmove(s, s + i, n - i + 1);
	return s;
}

/* HTML (escaped in the feed) as paragraphs; NULL when it shows nothing. */
static char *
html_to_text(const char *html)
{
	char *t = fetch_html_text(html, strlen(html), "UTF-8");

	if (t[0] == '\0') {
		free(t);
		return NULL;
	}
	return t;
}

/* Plain text: white space collapsed, controls dropped, one paragraph a line. */
static char *
plain_text(const char *s)
{
	size_t len = strlen(s), pos = 0;
	struct buf b;
	bool space = false;

	buf_init(&b);
	while (pos < len) {
		size_t at = pos;
		int32_t cp = utf8_next(s, len, &pos);

		if (cp == '\n' && b.len > 0 && b.data[b.len - 1] != '\n') {
			buf_addc(&b, '\n');
			space = false;
		} else if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0) {
			space = b.len > 0 && b.data[b.len - 1] != '\n';
		} else if (cp >= 0 && !text_is_control((uint32_t)cp)) {
			if (space)
				buf_addc(&b, ' ');
			space = false;
			buf_add(&b, s + at, pos - at);
		}
	}
	while (b.len > 0 && b.data[b.len - 1] == '\n')
		b.len--;
	buf_addc(&b, '\0');
	if (b.data[0] == '\0') {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/*
 * A text construct: RSS text (which may hold escaped HTML), or Atom's
 * type="text" | "html" | "xhtml".  One line when title.
 */
static char *
text_construct(struct parse *p, bool title)
{
	char *type = p->atom ? attr(p->r, "type") : NULL, *raw, *out;

	if (type && strcmp(type, "xhtml") == 0) {
		xmlChar *x = xmlTextReaderReadInnerXml(p->r);
		raw = xstrdup(x ? (const char *)x : "");
		xmlFree(x);
		out = html_to_text(raw);
	} else if (type && strcmp(type, "text") == 0) {
		raw = read_string(p->r);
		out = plain_text(raw);
	} else if (type && strcmp(type, "html") != 0) {
		raw = NULL; /* another media type, or content by reference (src=) */
		out = NULL;
	} else {
		raw = read_string(p->r);
		out = strpbrk(raw, "<&") ? html_to_text(raw) : plain_text(raw);
	}
	free(type);
	free(raw);
	if (out && title) {
		char *c;
		for (c = out; *c; c++)
			if (*c == '\n')
				*c = ' ';
	}
	return out;
}

/* A link resolved against the feed's URL; NULL when empty. */
static char *
resolve(struct parse *p, char *link)
{
	xmlChar *abs;
	char *out;

	trim(link);
	if (link[0] == '\0') {
		free(link);
		return NULL;
	}
	abs = p->base ? xmlBuildURI((const xmlChar *)link, (const xmlChar *)p->base) : NULL;
	if (abs == NULL)
		return link;
	out = xstrdup((const char *)abs);
	xmlFree(abs);
	free(link);
	return out;
}

static void
set(char **field, char *v)
{
	if (*field == NULL)
		*field = v;
	else
		free(v);
}

static void
entry_clear(struct feed_entry *e)
{
	free(e->title);
	free(e->link);
	free(e->guid);
	free(e->date);
	free(e->author);
	free(e->summary);
	free(e->content);
	memset(e, 0, sizeof *e);
}

/* The entry being read is complete: keep it (or count it as dropped). */
static void
entry_end(struct parse *p)
{
	struct feed_doc *d = p->d;

	if (p->e.date == NULL && p->updated)
		p->e.date = fetch_parse_date(p->updated);
	free(p->updated);
	p->updated = NULL;
	p->item_depth = -1;
	p->link_alternate = false;
	if (d->n >= p->max) {
		d->dropped++;
		entry_clear(&p->e);
		return;
	}
	d->entries = xrealloc(d->entries, (d->n + 1) * sizeof *d->entries);
	d->entries[d->n++] = p->e;
	memset(&p->e, 0, sizeof p->e);
}

/* Atom's <link>: rel="alternate" (or none) is the entry's page. */
static void
atom_link(struct parse *p, bool entry)
{
	char *rel = attr(p->r, "rel"), *href = attr(p->r, "href");
	bool alternate = rel == NULL || strcmp(rel, "alternate") == 0;

	free(rel);
	if (href == NULL || !alternate) {
		free(href);
		return;
	}
	if (!entry) {
		set(&p->d->link, resolve(p, href));
	} else if (!p->link_alternate) {
		free(p->e.link);
		p->e.link = resolve(p, href);
		p->link_alternate = true;
	} else {
		free(href);
	}
}

/* An element directly inside an entry; true when its subtree was read. */
static bool
entry_field(struct parse *p, const char *name)
{
	xmlTextReaderPtr r = p->r;
	char *v;

	if (strcmp(name, "title") == 0 && (ns_none(r) || ns_is(r, NS_ATOM) || ns_is(r, "http://purl.org/rss/1.0/"))) {
		set(&p->e.title, text_construct(p, true));
	} else if (strcmp(name, "link") == 0 && p->atom) {
		atom_link(p, true);
		return false;
	} else if (strcmp(name, "link") == 0) {
		set(&p->e.link, resolve(p, read_string(r)));
	} else if ((strcmp(name, "guid") == 0 && !p->atom) || (strcmp(name, "id") == 0 && p->atom)) {
		v = trim(read_string(r));
		set(&p->e.guid, v[0] ? v : (free(v), NULL));
	} else if (strcmp(name, "pubDate") == 0 || strcmp(name, "published") == 0 ||
		   strcmp(name, "issued") == 0 || (strcmp(name, "date") == 0 && ns_is(r, NS_DC))) {
		v = read_string(r);
		set(&p->e.date, fetch_parse_date(v));
		free(v);
	} else if (strcmp(name, "updated") == 0 || strcmp(name, "modified") == 0) {
		set(&p->updated, read_string(r));
	} else if (strcmp(name, "description") == 0 || strcmp(name, "summary") == 0) {
		set(&p->e.summary, text_construct(p, false));
	} else if ((strcmp(name, "encoded") == 0 && ns_is(r, NS_CONTENT)) ||
		   (strcmp(name, "content") == 0 && p->atom)) {
		set(&p->e.content, text_construct(p, false));
	} else if ((strcmp(name, "author") == 0 && !p->atom) ||
		   (strcmp(name, "creator") == 0 && ns_is(r, NS_DC))) {
		set(&p->e.author, plain_text(v = read_string(r)));
		free(v);
	} else if (strcmp(name, "author") == 0 && p->atom) {
		return false; /* its <name> comes next */
	} else {
		return true; /* something else: skip it whole */
	}
	return true;
}

/* The root element says what the document is. */
static int
root(struct parse *p, const char *name, char **cause)
{
	if (strcmp(name, "rss") == 0) {
		p->d->kind = "RSS 2.0";
	} else if (strcmp(name, "RDF") == 0 && ns_is(p->r, NS_RDF)) {
		p->d->kind = "RSS 1.0";
	} else if (strcmp(name, "feed") == 0 && ns_is(p->r, NS_ATOM)) {
		p->d->kind = "Atom 1.0";
		p->atom = true;
	} else {
		*cause = xasprintf("not an RSS or Atom feed (its root element is <%s>)", name);
		return -1;
	}
	return 0;
}

/* One node; true when its subtree is done with (skip to the next sibling). */
static bool
node(struct parse *p, bool *first, char **cause)
{
	xmlTextReaderPtr r = p->r;
	int type = xmlTextReaderNodeType(r), depth = xmlTextReaderDepth(r);
	const char *name = (const char *)xmlTextReaderConstLocalName(r);
	char *v;

	if (type == XML_READER_TYPE_END_ELEMENT && depth == p->item_depth) {
		entry_end(p);
		return false;
	}
	if (type != XML_READER_TYPE_ELEMENT || name == NULL)
		return false;
	if (*first) {
		*first = false;
		return root(p, name, cause) != 0;
	}
	if (p->item_depth >= 0 && depth == p->item_depth + 1)
		return entry_field(p, name);
	if (p->item_depth >= 0 && p->atom && depth == p->item_depth + 2 && strcmp(name, "name") == 0) {
		set(&p->e.author, plain_text(v = read_string(r)));
		free(v);
		return true;
	}
	if (p->item_depth >= 0)
		return false;
	if (strcmp(name, "item") == 0 || (p->atom && strcmp(name, "entry") == 0)) {
		p->item_depth = depth;
		if (!p->atom && (v = attr(r, "rdf:about")) != NULL)
			set(&p->e.guid, v);
		if (xmlTextReaderIsEmptyElement(r))
			entry_end(p);
		return false;
	}
	if (strcmp(name, "ttl") == 0 && depth <= 2 && !p->atom) {
		p->ttl = read_number(r);
		return true;
	}
	if (strcmp(name, "updatePeriod") == 0 && ns_is(r, NS_SY) && depth <= 2) {
		p->sy_period = read_period(r);
		return true;
	}
	if (strcmp(name, "updateFrequency") == 0 && ns_is(r, NS_SY) && depth <= 2) {
		p->sy_freq = read_number(r);
		return true;
	}
	if (strcmp(name, "title") == 0 && depth <= 2 && p->d->title == NULL) {
		p->d->title = text_construct(p, true);
		return true;
	}
	if (strcmp(name, "link") == 0 && depth <= 2 && p->atom) {
		atom_link(p, false);
		return false;
	}
	if (strcmp(name, "link") == 0 && depth <= 2 && !p->atom && p->d->link == NULL) {
		p->d->link = resolve(p, read_string(r));
		return true;
	}
	return false;
}

int
fetch_parse_feed(const char *data, size_t len, const char *base, size_t max_entries,
		 struct feed_doc *out, char **cause)
{
	struct parse p = { .base = base, .max = max_entries, .d = out, .item_depth = -1,
			   .ttl = -1, .sy_period = -1, .sy_freq = -1 };
	bool first = true, skip = false;
	char *why = NULL;
	int ret;

	memset(out, 0, sizeof *out);
	out->interval = -1;
	if (len > INT_MAX) {
		*cause = xstrdup("the feed is too large to parse");
		return -1;
	}
	p.r = xmlReaderForMemory(data, (int)len, base, NULL,
				 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (p.r == NULL) {
		*cause = xstrdup("bad XML: the document is empty");
		return -1;
	}
	xmlTextReaderSetErrorHandler(p.r, on_error, &p);
	ret = xmlTextReaderRead(p.r);
	while (ret == 1 && why == NULL) {
		skip = node(&p, &first, &why);
		ret = skip ? xmlTextReaderNext(p.r) : xmlTextReaderRead(p.r);
	}
	if (why == NULL && ret < 0)
		why = p.error ? xasprintf("bad XML at line %d: %s", p.error_line, p.error)
			      : xstrdup("bad XML");
	if (why == NULL && first)
		why = xstrdup("bad XML: the document is empty");
	xmlFreeTextReader(p.r);
	entry_clear(&p.e);
	free(p.updated);
	free(p.error);
	if (why != NULL) {
		fetch_feed_doc_clear(out);
		*cause = why;
		return -1;
	}
	/* sy:updateFrequency alone means so many times a day */
	if (p.ttl > 0)
		out->interval = p.ttl * 60;
	else if (p.sy_period > 0 || p.sy_freq > 0)
		out->interval = (p.sy_period > 0 ? p.sy_period : 86400) / (p.sy_freq > 0 ? p.sy_freq : 1);
	return 0;
}

void
fetch_feed_doc_clear(struct feed_doc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		entry_clear(&d->entries[i]);
	free(d->entries);
	free(d->title);
	free(d->link);
	memset(d, 0, sizeof *d);
}

/* ---- Dates ---- */

static bool
valid_ymd(int y, int m, int d)
{
	return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* RFC 822's month names (a format's, not a language's). */
static int
month_of(const char *s, size_t n)
{
	static const char *const names[] = { "jan", "feb", "mar", "apr", "may", "jun",
					     "jul", "aug", "sep", "oct", "nov", "dec" };
	int i;

	if (n < 3)
		return 0;
	for (i = 0; i < 12; i++)
		if (strncasecmp(s, names[i], 3) == 0)
			return i + 1;
	return 0;
}

char *
fetch_parse_date(const char *s)
{
	int y, m, d, k = 0;
	const char *p;
	size_t n;

	while (isspace((unsigned char)*s))
		s++;
	/* RFC 3339 / ISO 8601. */
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &k) == 3 && k == 10 && valid_ymd(y, m, d))
		return xasprintf("%04d-%02d-%02d", y, m, d);
	/* RFC 822: [Day,] DD Mon YYYY ... */
	if ((p = strchr(s, ',')) != NULL && p - s <= 12)
		s = p + 1;
	while (isspace((unsigned char)*s))
		s++;
	if (!isdigit((unsigned char)*s))
		return NULL;
	d = (int)strtol(s, (char **)&p, 10);
	while (isspace((unsigned char)*p))
		p++;
	for (n = 0; isalpha((unsigned char)p[n]); n++)
		;
	if ((m = month_of(p, n)) == 0)
		return NULL;
	p += n;
	if (!isspace((unsigned char)*p))
		return NULL;
	y = (int)strtol(p, (char **)&p, 10);
	if (y >= 0 && y < 100) /* RFC 822's two-digit years */
		y += y < 70 ? 2000 : 1900;
	if (!valid_ymd(y, m, d))
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, m, d);
}
