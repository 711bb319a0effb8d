/*
 * json.c: JSON arrays and NDJSON of article objects.  A small scanner finds
 * where each record of a top-level array ends (strings and nesting aware);
 * one record at a time is parsed, so a 100 MB dump never becomes one 500 MB
 * tree: by flat_record when the record is an object of strings (see
 * there), else by jansson.
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

/* A record's fields, whichever parser read them: key, and value when it is a string. */
struct jfield {
	const char *key;
	const char *val;     /* NULL: not a string */
	size_t len;          /* of val */
};

struct jfields {
	struct jfield *v;
	size_t n, cap;
};

#define FLAT_FIELDS 64 /* flat_record gives up past as many fields */

/* Add a field (after jfields_get found no other of the same key). */
static void
jfields_add(struct jfields *f, const char *key, const char *val, size_t len)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->v = xrealloc(f->v, f->cap * sizeof *f->v);
	}
	f->v[f->n++] = (struct jfield){ key, val, len };
}

static struct jfield *
jfields_get(const struct jfields *f, const char *key)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->v[i].key, key) == 0)
			return &f->v[i];
	return NULL;
}

/* The first of names whose value is a string that is not empty. */
static const char *
field(const struct jfields *o, const char *const *names)
{
	const struct jfield *v;

	for (; *names; names++)
		if ((v = jfields_get(o, *names)) != NULL && v->val != NULL && v->len > 0)
			return v->val;
	return NULL;
}

/*
 * A record that is an object whose values are all strings (or true, false,
 * null) is read here, in one pass over its text.  jansson spends some 160
 * instructions a byte on one (a stream, a UTF-8 check and a buffer call per
 * character, then a second pass to unescape): a tenth of the CPU of an
 * import of SaudiNewsNet, whose records are all so.  Whatever else a record
 * holds (a number, a nested value, or anything jansson refuses: a control
 * character, bad UTF-8, \u0000, a lone surrogate, text after the object)
 * makes this give up, and jansson reads the record and says what is wrong.
 * fuzz-json checks that both read every text the same.
 */

/* JSON white space. */
static const char *
flat_gap(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* Four hex digits at p (e its end): the value, or -1. */
static long
flat_hex4(const char *p, const char *e)
{
	long v = 0;
	int i;

	if (e - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/*
 * The string whose opening quote is at p, decoded into *out (NUL ended,
 * *out moved past it): where the text goes on after its closing quote, or
 * NULL to give up.  The decoded string is never longer than its text.
 */
static const char *
flat_string(const char *p, const char *e, char **out)
{
	char *o = *out;

	for (p++; p < e;) {
		unsigned char c = (unsigned char)*p;
		if (c == '"') {
			*o++ = '\0';
			*out = o;
			return p + 1;
		}
		if (c >= 0x20 && c < 0x80 && c != '\\') {
			*o++ = (char)c;
			p++;
		} else if (c >= 0x80) {
			size_t at = 0, n;
			if (utf8_next_inline(p, (size_t)(e - p), &at) < 0)
				return NULL;
			for (n = 0; n < at; n++)
				*o++ = p[n];
			p += at;
		} else if (c != '\\' || e - p < 2) {
			return NULL; /* a control character, or the text ends */
		} else {
			const char *esc = "\"\\/bfnrt", *val = "\"\\/\b\f\n\r\t", *k;
			long u, lo;
			if (p[1] != 'u') {
				if ((k = strchr(esc, p[1])) == NULL || p[1] == '\0')
					return NULL;
				*o++ = val[k - esc];
				p += 2;
				continue;
			}
			if ((u = flat_hex4(p + 2, e)) <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
				return NULL;
			p += 6;
			if (u >= 0xD800 && u <= 0xDBFF) {
				if (e - p < 6 || p[0] != '\\' || p[1] != 'u' ||
				    (lo = flat_hex4(p + 2, e)) < 0xDC00 || lo > 0xDFFF)
					return NULL;
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				p += 6;
			}
			o += utf8_put((uint32_t)u, o);
		}
	}
	return NULL;
}

/* The record s (len bytes) as fields, decoded into *store (the caller frees it): false to give up. */
static bool
flat_record(const char *s, size_t len, struct jfields *f, char **store)
{
	const char *p = s, *e = s + len, *key;
	struct jfield *dup;
	char *o;

	*store = o = xmalloc(len + 1);
	p = flat_gap(p, e);
	if (p == e || *p != '{')
		return false;
	p = flat_gap(p + 1, e);
	if (p < e && *p == '}') {
		p++;
		goto end;
	}
	for (;;) {
		const char *val = NULL;
		size_t vlen = 0;
		if (p == e || *p != '"')
			return false;
		key = o;
		if ((p = flat_string(p, e, &o)) == NULL)
			return false;
		p = flat_gap(p, e);
		if (p == e || *p != ':')
			return false;
		p = flat_gap(p + 1, e);
		if (p < e && *p == '"') {
			val = o;
			if ((p = flat_string(p, e, &o)) == NULL)
				return false;
			vlen = (size_t)(o - val) - 1;
		} else if (e - p >= 4 && (memcmp(p, "null", 4) == 0 || memcmp(p, "true", 4) == 0)) {
			p += 4;
		} else if (e - p >= 5 && memcmp(p, "false", 5) == 0) {
			p += 5;
		} else {
			return false; /* a number, a nested value, or not JSON */
		}
		if ((dup = jfields_get(f, key)) != NULL) /* a key given twice: the last wins, as in jansson */
			dup->val = val, dup->len = vlen;
		else if (f->n == FLAT_FIELDS)
			return false;
		else
			jfields_add(f, key, val, vlen);
		p = flat_gap(p, e);
		if (p < e && *p == ',') {
			p = flat_gap(p + 1, e);
			continue;
		}
		if (p < e && *p == '}') {
			p++;
			break;
		}
		return false;
	}
end:
	return flat_gap(p, e) == e;
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

/* Build an article from one object's fields; returns an error string or NULL. */
static const char *
record_article(const struct jfields *o, struct article *a, char **owned_error)
{
	static const char *const k_title[] = { "title", "headline", NULL };
	static const char *const k_content[] = { "content", "body", "text", NULL };
	static const char *const k_source[] = { "source", "publisher", NULL };
	static const char *const k_url[] = { "url", "link", NULL };
	static const char *const k_date[] = { "date", "published", "date_published", "pubDate", NULL };
	static const char *const k_ref[] = { "date_extracted", "date_crawled", NULL };
	static const char *const k_author[] = { "author", NULL };
	const struct jfield *c = jfields_get(o, "content");
	const char *content, *date;

	memset(a, 0, sizeof *a);
	content = field(o, k_content);
	if (content == NULL && c != NULL && c->val != NULL)
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

/* Parse one record's text (with flat_record first when fast) and hand it to cb (the parse is gone by then). */
static int
record_parse(const char *s, size_t len, bool fast, const char *where, import_record_cb cb, void *ctx)
{
	struct jfields f = { NULL, 0, 0 };
	json_error_t jerr;
	struct article a;
	char *owned = NULL, *store = NULL, *msg;
	const char *err, *key;
	json_t *o = NULL, *v;
	int rc;

	memset(&a, 0, sizeof a);
	if (!fast || !flat_record(s, len, &f, &store)) {
		f.n = 0;
		o = json_loadb(s, len, 0, &jerr);
		if (o == NULL) {
			free(store);
			free(f.v);
			msg = xasprintf("bad JSON at line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
			rc = cb(ctx, where, NULL, msg);
			free(msg);
			return rc;
		}
		json_object_foreach(o, key, v)
			jfields_add(&f, key, json_is_string(v) ? json_string_value(v) : NULL,
				    json_is_string(v) ? json_string_length(v) : 0);
	}
	err = o != NULL && !json_is_object(o) ? "not an object" : record_article(&f, &a, &owned);
	rc = err ? cb(ctx, where, NULL, err) : cb(ctx, where, &a, NULL);
	json_decref(o);
	free(store);
	free(f.v);
	free(owned);
	article_clear(&a);
	return rc;
}

int
import_json_record(const char *s, size_t len, bool fast, import_record_cb cb, void *ctx)
{
	return record_parse(s, len, fast, "record 0", cb, ctx);
}

/* Report a structural problem at a record. */
static int
report(import_record_cb cb, void *ctx, const char *kind, long n, const char *msg)
{
	char where[64];

	snprintf(where, sizeof where, "%s %ld", kind, n);
	return cb(ctx, where, NULL, msg);
}

/* How far the scan of one JSON value has got, so that it can resume when more text comes. */
struct scan {
	size_t pos;
	int depth;
	bool in_str, esc;
};

/*
 * Scan the value in s (started at the scan's first pos) up to len.  True
 * when it ended, with sc->pos its end (exclusive): a string or bracketed
 * value ends after its closing character, anything else before white
 * space, ',' or the enclosing array's ']'.
 */
static bool
scan_value(const char *s, size_t len, struct scan *sc)
{
	size_t i;

	for (i = sc->pos; i < len; i++) {
		char c = s[i];
		if (sc->in_str) {
			if (sc->esc) {
				sc->esc = false;
				continue;
			}
			while (i < len && s[i] != '"' && s[i] != '\\') /* the string's plain run at once */
				i++;
			if (i == len)
				break;
			if (s[i] == '\\')
				sc->esc = true;
			else if ((sc->in_str = false, sc->depth == 0))
				return sc->pos = i + 1, true;
			continue;
		}
		if (c == '"')
			sc->in_str = true;
		else if (c == '{' || c == '[')
			sc->depth++;
		else if (c == '}' || c == ']') {
			if (sc->depth == 0)
				return sc->pos = i, true; /* end of the enclosing array */
			if (--sc->depth == 0)
				return sc->pos = i + 1, true;
		} else if (sc->depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
			return sc->pos = i, true;
	}
	sc->pos = len;
	return false;
}

#define MAX_RECORD ((size_t)1 << 30)

/*
 * A JSON array or NDJSON text fed in pieces.  Only the record being read
 * (and the rest of the last piece) is kept: a 200 MB array needs as much
 * memory as its largest record, not as the file.
 */
struct import_json {
	import_record_cb cb;
	void *ctx;
	struct buf b;        /* text from the current record (or gap) on */
	size_t base;         /* offset of b.data[0] in the whole text */
	size_t i;            /* where the walk has got to in b */
	enum { J_START, J_FIRST, J_VALUE, J_IN_VALUE, J_AFTER, J_SEQ, J_DONE } state;
	bool array;
	size_t start;        /* the current value's start in b */
	struct scan sc;
	long index;          /* records seen (array) */
	long line;           /* NDJSON: the line at b.data[i] */
};

struct import_json *
import_json_new(import_record_cb cb, void *ctx)
{
	struct import_json *j = xcalloc(1, sizeof *j);

	j->cb = cb;
	j->ctx = ctx;
	j->line = 1;
	buf_init(&j->b);
	return j;
}

void
import_json_free(struct import_json *j)
{
	if (j == NULL)
		return;
	buf_free(&j->b);
	free(j);
}

bool
import_json_done(const struct import_json *j)
{
	return j->state == J_DONE;
}

/* Skip white space from j->i (counting lines); true when something else follows. */
static bool
skip_gap(struct import_json *j)
{
	const char *s = j->b.data;

	while (j->i < j->b.len && (s[j->i] == ' ' || s[j->i] == '\t' || s[j->i] == '\n' || s[j->i] == '\r'))
		j->line += s[j->i++] == '\n';
	return j->i < j->b.len;
}

/* The value from j->start to its end at j->sc.pos is a record: parse it and go on. */
static int
record_done(struct import_json *j)
{
	char where[64];
	size_t end = j->sc.pos, k;
	int rc;

	if (!j->array && end == j->start)
		end = j->start + 1; /* a stray ']' or '}': let the parser say so */
	if (j->array)
		snprintf(where, sizeof where, "record %ld", j->index);
	else
		snprintf(where, sizeof where, "line %ld", j->line);
	rc = record_parse(j->b.data + j->start, end - j->start, true, where, j->cb, j->ctx);
	for (k = j->start; k < end; k++)
		j->line += j->b.data[k] == '\n';
	j->i = end;
	j->index++;
	j->state = j->array ? J_AFTER : J_SEQ;
	return rc;
}

/* A problem that ends the walk, reported at the current record. */
static int
stop(struct import_json *j, const char *kind, long n, const char *msg)
{
	j->state = J_DONE;
	return report(j->cb, j->ctx, kind, n, msg);
}

/* Walk as far as the text goes; at_end when no more will come.  0: go on (or done). */
static int
step(struct import_json *j, bool at_end, char **cause)
{
	const char *kind = j->array ? "record" : "line";
	long n;

	for (;;) {
		n = j->array ? j->index : j->line;
		switch (j->state) {
		case J_START:
			if (!skip_gap(j)) {
				if (!at_end)
					return 0;
				*cause = xstrdup("not JSON: expected '[' or '{'");
				return -1;
			}
			if (j->b.data[j->i] != '[' && j->b.data[j->i] != '{') {
				*cause = xstrdup("not JSON: expected '[' or '{'");
				return -1;
			}
			j->array = j->b.data[j->i] == '[';
			j->i += j->array;
			j->state = j->array ? J_FIRST : J_SEQ;
			kind = j->array ? "record" : "line";
			break;
		case J_FIRST:
		case J_VALUE:
			if (!skip_gap(j))
				return at_end ? stop(j, kind, n, "truncated JSON: the file ends inside the array") : 0;
			if (j->state == J_FIRST && j->b.data[j->i] == ']') {
				j->state = J_DONE;
				break;
			}
			/* fall through */
		case J_SEQ:
			if (j->state == J_SEQ && !skip_gap(j))
				return 0;
			j->start = j->i;
			j->sc = (struct scan){ j->i, 0, false, false };
			j->state = J_IN_VALUE;
			break;
		case J_IN_VALUE:
			if (!scan_value(j->b.data, j->b.len, &j->sc)) {
				if (j->b.len - j->start > MAX_RECORD)
					return stop(j, kind, n, "larger than 1 GiB");
				if (!at_end)
					return 0;
				if (j->sc.depth > 0 || j->sc.in_str)
					return stop(j, kind, n, "truncated JSON: the file ends inside this record");
			}
			if (record_done(j) != 0) {
				j->state = J_DONE;
				return 1;
			}
			break;
		case J_AFTER:
			if (!skip_gap(j))
				return at_end ? stop(j, kind, n, "truncated JSON: the array is never closed") : 0;
			if (j->b.data[j->i] == ']') {
				j->state = J_DONE;
				break;
			}
			if (j->b.data[j->i] != ',') {
				*cause = xasprintf("record %ld: expected ',' or ']' at byte offset %zu", n, j->base + j->i);
				j->state = J_DONE;
				return -1;
			}
			j->i++;
			j->state = J_VALUE;
			break;
		case J_DONE:
			return 0;
		}
	}
}

/* Forget the text before the current record, and memory a huge record left behind. */
static void
compact(struct import_json *j)
{
	size_t drop = j->state == J_IN_VALUE ? j->start : j->i;

	if (drop == 0)
		return;
	memmove(j->b.data, j->b.data + drop, j->b.len - drop + 1);
	j->b.len -= drop;
	j->base += drop;
	j->i -= drop;
	if (j->state == J_IN_VALUE) {
		j->start -= drop;
		j->sc.pos -= drop;
	}
	if (j->b.cap > ((size_t)1 << 20) && j->b.len < j->b.cap / 4) {
		j->b.cap = j->b.len * 2 + 65536;
		j->b.data = xrealloc(j->b.data, j->b.cap);
	}
}

int
import_json_feed(struct import_json *j, const char *s, size_t len, char **cause)
{
	if (j->state == J_DONE)
		return 0;
	compact(j);
	buf_add(&j->b, s, len);
	return step(j, false, cause);
}

int
import_json_end(struct import_json *j, char **cause)
{
	if (j->state == J_DONE)
		return 0;
	buf_add(&j->b, "", 0);
	return step(j, true, cause);
}

int
import_parse_json(const char *s, size_t len, import_record_cb cb, void *ctx, char **cause)
{
	struct import_json *j = import_json_new(cb, ctx);
	int rc = import_json_feed(j, s, len, cause);

	if (rc == 0)
		rc = import_json_end(j, cause);
	import_json_free(j);
	return rc;
}
