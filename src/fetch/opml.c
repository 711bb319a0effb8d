/*
 * opml.c: subscription lists in and out.  OPML (what feed readers export)
 * and newsboat's urls file (one URL a line, then tags; a tag "~NAME"
 * names the feed), so that a newsboat user moves over in one command.
 */
#include "config.h"
#include <ctype.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fetch/fetch.h"

/* khabar's own outline attributes (fullText="true": a --full-text feed). */
#define NS_KHABAR "urn:khabar:opml"

static void
add_sub(struct fetch_sub **subs, size_t *n, char *url, char *name, bool full_text)
{
	*subs = xrealloc(*subs, (*n + 1) * sizeof **subs);
	(*subs)[*n].url = url;
	(*subs)[*n].name = name;
	(*subs)[*n].full_text = full_text;
	(*n)++;
}

static char *
prop(xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = NULL;

	if (v && v[0])
		s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

/* Every <outline xmlUrl=...>, at any depth (folders nest them). */
static void
outlines(xmlNode *n, struct fetch_sub **subs, size_t *count, size_t *skipped, int depth)
{
	for (; n; n = n->next) {
		char *url, *name, *why = NULL;

		if (n->type != XML_ELEMENT_NODE || depth > 64)
			continue;
		if (strcmp((const char *)n->name, "outline") == 0 &&
		    ((url = prop(n, "xmlUrl")) != NULL || (url = prop(n, "xmlurl")) != NULL)) {
			if (!fetch_url_ok(url, &why)) {
				(*skipped)++;
				free(why);
				free(url);
			} else {
				xmlChar *ft = xmlGetNsProp(n, (const xmlChar *)"fullText",
							   (const xmlChar *)NS_KHABAR);

				if ((name = prop(n, "title")) == NULL)
					name = prop(n, "text");
				add_sub(subs, count, url, name,
					ft != NULL && strcmp((const char *)ft, "true") == 0);
				xmlFree(ft);
			}
		}
		outlines(n->children, subs, count, skipped, depth + 1);
	}
}

static int
read_opml(const char *data, size_t len, struct fetch_sub **subs, size_t *n, size_t *skipped,
	  char **cause)
{
	xmlDocPtr doc;
	xmlNode *root;

	if (len > INT_MAX ||
	    (doc = xmlReadMemory(data, (int)len, NULL, NULL,
				 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)) == NULL) {
		const xmlError *e = xmlGetLastError();
		*cause = e ? xasprintf("bad OPML (XML) at line %d", e->line) : xstrdup("bad OPML (XML)");
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	if (root == NULL || strcmp((const char *)root->name, "opml") != 0) {
		*cause = xstrdup("not OPML (no <opml> root element) nor a newsboat urls file");
		xmlFreeDoc(doc);
		return -1;
	}
	outlines(root->children, subs, n, skipped, 0);
	xmlFreeDoc(doc);
	return 0;
}

/* The next token of a urls line: a "quoted string" or a word. */
static char *
token(const char **pp)
{
	const char *p = *pp, *start;
	char *t;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\0') {
		*pp = p;
		return NULL;
	}
	if (*p == '"') {
		start = ++p;
		while (*p && *p != '"')
			p++;
		t = xstrndup(start, (size_t)(p - start));
		if (*p == '"')
			p++;
	} else {
		start = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		t = xstrndup(start, (size_t)(p - start));
	}
	*pp = p;
	return t;
}

static void
read_urls_line(const char *line, struct fetch_sub **subs, size_t *n, size_t *skipped)
{
	const char *p = line;
	char *url = token(&p), *tag, *name = NULL, *why = NULL;

	if (url == NULL || url[0] == '#') {
		free(url);
		return;
	}
	if (!fetch_url_ok(url, &why)) { /* query:, exec:, filter: feeds, and the like */
		(*skipped)++;
		free(why);
		free(url);
		return;
	}
	while ((tag = token(&p)) != NULL) {
		if (tag[0] == '~' && tag[1] != '\0' && name == NULL)
			name = xstrdup(tag + 1);
		free(tag);
	}
	add_sub(subs, n, url, name, false);
}

static void
read_urls(const char *data, size_t len, struct fetch_sub **subs, size_t *n, size_t *skipped)
{
	const char *p = data, *end = data + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char *line = xstrndup(p, k);

		if (k > 0 && line[k - 1] == '\r')
			line[k - 1] = '\0';
		read_urls_line(line, subs, n, skipped);
		free(line);
		p += k + 1;
	}
}

int
fetch_read_subs(const char *data, size_t len, struct fetch_sub **subs, size_t *n, size_t *skipped,
		char **cause)
{
	size_t i = 0;

	*subs = NULL;
	*n = *skipped = 0;
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (memchr(data, '\0', len) != NULL) {
		*cause = xstrdup("not a text file (it holds NUL bytes)");
		return -1;
	}
	if (i < len && data[i] == '<')
		return read_opml(data, len, subs, n, skipped, cause);
	read_urls(data, len, subs, n, skipped);
	return 0;
}

void
fetch_subs_free(struct fetch_sub *subs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(subs[i].url);
		free(subs[i].name);
	}
	free(subs);
}

static int
opml_add(void *ctx, const struct store_feed *f)
{
	xmlNode *body = ctx, *o = xmlNewChild(body, NULL, (const xmlChar *)"outline", NULL);
	xmlNs *ns = body->parent->nsDef; /* khabar's, on <opml> */

	xmlNewProp(o, (const xmlChar *)"type", (const xmlChar *)"rss");
	xmlNewProp(o, (const xmlChar *)"text", (const xmlChar *)f->name);
	xmlNewProp(o, (const xmlChar *)"title", (const xmlChar *)f->name);
	xmlNewProp(o, (const xmlChar *)"xmlUrl", (const xmlChar *)f->url);
	if (f->full_text)
		xmlNewNsProp(o, ns, (const xmlChar *)"fullText", (const xmlChar *)"true");
	return 0;
}

char *
fetch_write_opml(struct store *st, char **cause)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode *opml = xmlNewNode(NULL, (const xmlChar *)"opml"), *head, *body;
	xmlChar *mem = NULL;
	char *out = NULL;
	int size = 0;

	xmlDocSetRootElement(doc, opml);
	xmlNewNs(opml, (const xmlChar *)NS_KHABAR, (const xmlChar *)"khabar");
	xmlNewProp(opml, (const xmlChar *)"version", (const xmlChar *)"2.0");
	head = xmlNewChild(opml, NULL, (const xmlChar *)"head", NULL);
	xmlNewTextChild(head, NULL, (const xmlChar *)"title", (const xmlChar *)"khabar feeds");
	body = xmlNewChild(opml, NULL, (const xmlChar *)"body", NULL);
	if (store_list_feeds(st, opml_add, body, cause) == 0) {
		xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 1);
		out = xstrndup(mem ? (const char *)mem : "", mem ? (size_t)size : 0);
		xmlFree(mem);
	}
	xmlFreeDoc(doc);
	return out;
}
