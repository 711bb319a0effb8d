/*
 * json.c: JSON arrays and NDJSON of article objects.  A small scanner finds
 * where each record of a top-level array ends (strings and nesting aware);
 * jansson parses one record at a time, so a 100 MB dump never becomes one
 * 500 MB tree.
 *
 * Fields: title; content (or body, text); source; url (or link); date (or
 * published, date_published, pubDate); date_extracted (SaudiNewsNet: a
 * reference date, not the article's date); author.
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "import/import.h"

static const char *
field(json_t *o, const char *const *names)
{
	json_t *v;

	for (; *names; names++) {
		v = json_object_get(o, *names);
		if (json_is_string(v) && json_string_length(v) > 0)
			return json_string_value(v);
	}
	return NULL;
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* Collapse the content's lines: trimmed, blank ones dropped, one paragraph a line. */
static char *
paragraphs(const char *s)
{
	struct buf b;
	const char *p = s, *e;

	buf_init(&b);
	while (*p) {
		e = strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		const char *a = p, *z = e;
		while (a < z && (*a == ' ' || *a == '\t' || *a == '\r'))
			a++;
		while (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r'))
			z--;
		if (z > a) {
			if (b.len > 0)
				buf_addc(&b, '\n');
			buf_add(&b, a, (size_t)(z - a));
		}
		p = *e ? e + 1 : e;
	}
	return buf_detach(&b);
}

/* Build an article from one object; returns an error string or NULL. */
static const char *
record_article(json_t *o, struct article *a, char **owned_error)
{
	static const char *const k_title[] = { "title", "headline", NULL };
	static const char *const k_content[] = { "content", "body", "text", NULL };
	static const char *const k_source[] = { "source", "publisher", NULL };
	static const char *const k_url[] = { "url", "link", NULL };
	static const char *const k_date[] = { "date", "published", "date_published", "pubDate", NULL };
	static const char *const k_ref[] = { "date_extracted", "date_crawled", NULL };
	static const char *const k_author[] = { "author", NULL };
	const char *content, *date;

	memset(a, 0, sizeof *a);
	if (!json_is_object(o))
		return "not an object";
	content = field(o, k_content);
	if (content == NULL && json_is_string(json_object_get(o, "content")))
		return "\"content\" is empty";
	if (content == NULL)
		return "no \"content\" (or \"body\", \"text\")";
	a->content = paragraphs(content);
	if (text_is_blank(a->content, strlen(a->content)))
		return "\"content\" is blank";
	a->title = dup_or_null(field(o, k_title));
	a->source = dup_or_null(field(o, k_source));
	a->url = dup_or_null(field(o, k_url));
	a->author = dup_or_null(field(o, k_author));
	if ((date = field(o, k_date)) != NULL && (a->date = import_parse_date(date)) == NULL) {
		*owned_error = xasprintf("\"date\" '%s' is not YYYY-MM-DD, YYYY-MM or YYYY", date);
		return *owned_error;
	}
	if ((date = field(o, k_ref)) != NULL) {
		a->ref_date = import_parse_date(date);
		if (a->ref_date != NULL && strlen(a->ref_date) != 10) {
			free(a->ref_date);
			a->ref_date = NULL;
		}
	}
	return NULL;
}

/* Parse one record's text and hand it to cb. */
static int
one_record(const char *s, size_t len, const char *where, import_record_cb cb, void *ctx)
{
	json_error_t jerr;
	struct article a;
	char *owned = NULL, *msg;
	const char *err;
	json_t *o;
	int rc;

	o = json_loadb(s, len, 0, &jerr);
	if (o == NULL) {
		msg = xasprintf("bad JSON at line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
		rc = cb(ctx, where, NULL, msg);
		free(msg);
		return rc;
	}
	err = record_article(o, &a, &owned);
	rc = err ? cb(ctx, where, NULL, err) : cb(ctx, where, &a, NULL);
	free(owned);
	article_clear(&a);
	json_decref(o);
	return rc;
}

static size_t
skip_ws(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/* The end (exclusive) of the JSON value starting at i, or len if it never ends. */
static size_t
value_end(const char *s, size_t len, size_t i, bool *truncated)
{
	int depth = 0;
	bool in_str = false;

	*truncated = false;
	for (; i < len; i++) {
		char c = s[i];
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = false;
			if (!in_str && depth == 0)
				return i + 1;
			continue;
		}
		if (c == '"')
			in_str = true;
		else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']') {
			if (depth == 0)
				return i; /* end of the enclosing array */
			if (--depth == 0)
				return i + 1;
		} else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
			return i;
	}
	*truncated = depth > 0 || in_str;
	return len;
}

/* Report a structural problem at a record. */
static int
report(import_record_cb cb, void *ctx, const char *kind, long n, const char *msg)
{
	char where[64];

	snprintf(where, sizeof where, "%s %ld", kind, n);
	return cb(ctx, where, NULL, msg);
}

static int
walk_array(const char *s, size_t len, size_t i, import_record_cb cb, void *ctx, char **cause)
{
	char where[64];
	long index = 0;
	bool trunc;
	size_t end;
	int rc;

	i = skip_ws(s, len, i + 1);
	if (i < len && s[i] == ']')
		return 0;
	for (;;) {
		i = skip_ws(s, len, i);
		if (i >= len)
			return report(cb, ctx, "record", index, "truncated JSON: the file ends inside the array");
		end = value_end(s, len, i, &trunc);
		if (trunc)
			return report(cb, ctx, "record", index, "truncated JSON: the file ends inside this record");
		snprintf(where, sizeof where, "record %ld", index);
		if ((rc = one_record(s + i, end - i, where, cb, ctx)) != 0)
			return rc;
		index++;
		i = skip_ws(s, len, end);
		if (i >= len)
			return report(cb, ctx, "record", index, "truncated JSON: the array is never closed");
		if (s[i] == ']')
			return 0;
		if (s[i] != ',') {
			*cause = xasprintf("record %ld: expected ',' or ']' at byte offset %zu", index, i);
			return -1;
		}
		i++;
	}
}

/* NDJSON, or any sequence of objects separated by white space. */
static int
walk_sequence(const char *s, size_t len, size_t i, import_record_cb cb, void *ctx)
{
	char where[64];
	size_t end, counted = 0;
	long line = 1;
	bool trunc;
	int rc;

	while ((i = skip_ws(s, len, i)) < len) {
		for (; counted < i; counted++)
			line += s[counted] == '\n';
		end = value_end(s, len, i, &trunc);
		if (trunc)
			return report(cb, ctx, "line", line, "truncated JSON: the file ends inside this record");
		if (end == i)
			end = i + 1; /* a stray ']' or '}': let the parser say so */
		snprintf(where, sizeof where, "line %ld", line);
		if ((rc = one_record(s + i, end - i, where, cb, ctx)) != 0)
			return rc;
		i = end;
	}
	return 0;
}

int
import_parse_json(const char *s, size_t len, import_record_cb cb, void *ctx, char **cause)
{
	size_t i = skip_ws(s, len, 0);

	if (i < len && s[i] == '[')
		return walk_array(s, len, i, cb, ctx, cause);
	if (i < len && s[i] == '{')
		return walk_sequence(s, len, i, cb, ctx);
	*cause = xstrdup("not JSON: expected '[' or '{'");
	return -1;
}
