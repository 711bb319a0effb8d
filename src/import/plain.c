/*
 * plain.c: plain-text articles like the bundled seeds.
 *
 *   ---                      optional front matter; its keys override the
 *   title: ...               guesses below
 *   date: 2021-08-31
 *   ---
 *   Ru En                    boilerplate at the start (language switch)
 *   Headline                 the first line, when it reads as a headline
 *   Paragraph...             kept, one a line
 *   الصورة: ...              boilerplate at the end: photo credit,
 *   المصدر: تاس              source line (sets the source), site footer
 */
#include "config.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "import/import.h"

/* One line of the input, trimmed. */
struct line {
	const char *s;
	size_t len;
	int no; /* 1-based line number in the file */
};

/* Code points that count as white space at either end of a line. */
static bool
is_blank_cp(int32_t cp)
{
	return text_is_blank_cp(cp);
}

static void
trim(struct line *l)
{
	size_t pos, at;

	while (l->len > 0) {
		pos = 0;
		if (!is_blank_cp(utf8_next(l->s, l->len, &pos)))
			break;
		l->s += pos;
		l->len -= pos;
	}
	while (l->len > 0) {
		/* Step back over one code point. */
		at = l->len - 1;
		while (at > 0 && ((unsigned char)l->s[at] & 0xC0) == 0x80)
			at--;
		pos = at;
		if (!is_blank_cp(utf8_next(l->s, l->len, &pos)))
			break;
		l->len = at;
	}
}

/* Split into trimmed lines; blank lines are kept (len 0) for front matter. */
static struct line *
split_lines(const char *s, size_t len, size_t *n)
{
	struct line *v = NULL;
	size_t cap = 0, start = 0, i;
	int no = 1;

	*n = 0;
	for (i = 0; i <= len; i++) {
		if (i < len && s[i] != '\n')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			v = xrealloc(v, cap * sizeof *v);
		}
		v[*n].s = s + start;
		v[*n].len = i - start;
		v[*n].no = no++;
		trim(&v[*n]);
		(*n)++;
		start = i + 1;
	}
	return v;
}

static bool
starts_with(const struct line *l, const char *p)
{
	size_t n = strlen(p);
	return l->len >= n && memcmp(l->s, p, n) == 0;
}

static bool
line_is(const struct line *l, const char *p)
{
	return l->len == strlen(p) && memcmp(l->s, p, l->len) == 0;
}

/* Number of space-separated words. */
static int
word_count(const struct line *l)
{
	int n = 0;
	bool in = false;
	size_t i;

	for (i = 0; i < l->len; i++) {
		bool sp = l->s[i] == ' ' || l->s[i] == '\t';
		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

/* The last code point of a line. */
static int32_t
last_cp(const struct line *l)
{
	size_t at, pos;

	if (l->len == 0)
		return 0;
	at = l->len - 1;
	while (at > 0 && ((unsigned char)l->s[at] & 0xC0) == 0x80)
		at--;
	pos = at;
	return utf8_next(l->s, l->len, &pos);
}

/* Sentence-final punctuation, Latin and Arabic. */
static bool
ends_sentence(const struct line *l)
{
	int32_t c = last_cp(l);
	return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x2026 || c == ':' ||
	       c == 0x061B || c == ';' || c == 0x060C || c == ',';
}

/* "Ru En", "AR EN FR": a language switcher left over from a web page. */
static bool
is_language_switch(const struct line *l)
{
	size_t i = 0;
	int words = 0;

	while (i < l->len) {
		if (i + 2 > l->len || !isalpha((unsigned char)l->s[i]) ||
		    !isalpha((unsigned char)l->s[i + 1]))
			return false;
		i += 2;
		words++;
		if (i < l->len && l->s[i] != ' ')
			return false;
		while (i < l->len && l->s[i] == ' ')
			i++;
	}
	return words > 0 && words <= 4;
}

/* Prefixes of lines that are never part of an article's body. */
static const char *const drop_prefixes[] = {
	"الصورة:", "الصورة :", "صورة:", "تصوير:", "Photo:", "Image:",
	/* The footer of the site the seeds come from ("strategic vision group"). */
	"مجموعة الرؤية الاستراتيجية",
	NULL,
};

/* Prefixes of a source line; what follows is the source's name. */
static const char *const source_prefixes[] = {
	"المصدر:", "المصدر :", "المصدر -", "Source:", NULL,
};

static char *
after_prefix(const struct line *l, const char *p)
{
	struct line r = { l->s + strlen(p), l->len - strlen(p), l->no };
	trim(&r);
	return r.len > 0 ? xstrndup(r.s, r.len) : NULL;
}

/* A closing credit such as "سيرياهوم نيوز3 – الميادين": short, no sentence. */
static char *
credit_source(const struct line *l)
{
	static const char *const dashes[] = { " – ", " - ", " — ", NULL };
	const char *d, *hit = NULL;
	int i;

	if (word_count(l) > 6 || ends_sentence(l))
		return NULL;
	for (i = 0; dashes[i]; i++) {
		for (d = l->s; d + strlen(dashes[i]) <= l->s + l->len; d++)
			if (memcmp(d, dashes[i], strlen(dashes[i])) == 0)
				hit = d + strlen(dashes[i]);
		if (hit != NULL)
			break;
	}
	if (hit == NULL)
		return NULL;
	struct line r = { hit, (size_t)(l->s + l->len - hit), l->no };
	trim(&r);
	return r.len > 0 ? xstrndup(r.s, r.len) : NULL;
}

/* Boilerplate at the end: returns true (and may set the source) to drop it. */
static bool
trailing_boilerplate(const struct line *l, struct article *a)
{
	char *src;
	int i;

	for (i = 0; drop_prefixes[i]; i++)
		if (starts_with(l, drop_prefixes[i]))
			return true;
	for (i = 0; source_prefixes[i]; i++) {
		if (starts_with(l, source_prefixes[i])) {
			src = after_prefix(l, source_prefixes[i]);
			if (a->source == NULL)
				a->source = src;
			else
				free(src);
			return true;
		}
	}
	if ((src = credit_source(l)) != NULL) {
		if (a->source == NULL)
			a->source = src;
		else
			free(src);
		return true;
	}
	return false;
}

char *
import_parse_date(const char *s)
{
	int y = 0, m = 0, d = 0, n = 0;
	char sep = 0;

	while (*s == ' ')
		s++;
	if (sscanf(s, "%4d%c%2d%c%2d%n", &y, &sep, &m, &sep, &d, &n) == 5 && (sep == '-' || sep == '/') &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31)
		return xasprintf("%04d-%02d-%02d", y, m, d);
	if (sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && (s[n] == '\0' || s[n] == ' ') && m >= 1 && m <= 12)
		return xasprintf("%04d-%02d", y, m);
	if (sscanf(s, "%4d%n", &y, &n) == 1 && n == 4 && (s[n] == '\0' || s[n] == ' ') && y > 0)
		return xasprintf("%04d", y);
	return NULL;
}

/* Read "--- / key: value / ---"; returns the index of the first body line. */
static int
front_matter(struct line *v, size_t n, struct article *a, size_t *body, char **cause)
{
	size_t i;
	char *val;

	*body = 0;
	if (n == 0 || !line_is(&v[0], "---"))
		return 0;
	for (i = 1; i < n && !line_is(&v[i], "---"); i++) {
		const char *colon = memchr(v[i].s, ':', v[i].len);
		char **field = NULL;
		size_t klen;

		if (v[i].len == 0)
			continue;
		if (colon == NULL) {
			*cause = xasprintf("line %d: front matter wants 'key: value'", v[i].no);
			return -1;
		}
		klen = (size_t)(colon - v[i].s);
		struct line r = { colon + 1, v[i].len - klen - 1, v[i].no };
		trim(&r);
		val = xstrndup(r.s, r.len);
		if (klen == 5 && memcmp(v[i].s, "title", 5) == 0)
			field = &a->title;
		else if (klen == 6 && memcmp(v[i].s, "source", 6) == 0)
			field = &a->source;
		else if (klen == 3 && memcmp(v[i].s, "url", 3) == 0)
			field = &a->url;
		else if (klen == 6 && memcmp(v[i].s, "author", 6) == 0)
			field = &a->author;
		else if (klen == 4 && memcmp(v[i].s, "date", 4) == 0) {
			char *d = import_parse_date(val);
			if (d == NULL) {
				*cause = xasprintf("line %d: date '%s' is not YYYY-MM-DD, YYYY-MM or YYYY",
						   v[i].no, val);
				free(val);
				return -1;
			}
			free(val);
			val = d;
			field = &a->date;
		}
		if (field == NULL) {
			free(val); /* unknown keys are ignored, as in most front matter */
			continue;
		}
		free(*field);
		*field = val;
	}
	if (i == n) {
		*cause = xstrdup("line 1: front matter opened with '---' is never closed");
		return -1;
	}
	*body = i + 1;
	return 0;
}

int
import_parse_text(const char *s, size_t len, struct article *a, char **cause)
{
	size_t n, first, last, i;
	struct line *v = split_lines(s, len, &n);
	bool had_title = false;
	struct buf body;

	if (front_matter(v, n, a, &first, cause) != 0) {
		free(v);
		return -1;
	}
	had_title = a->title != NULL;
	last = n;
	/* Drop leading blanks and language switchers. */
	while (first < last && (v[first].len == 0 || is_language_switch(&v[first])))
		first++;
	/* Drop trailing blanks and boilerplate. */
	while (last > first && (v[last - 1].len == 0 || trailing_boilerplate(&v[last - 1], a)))
		last--;
	/* The first line is a headline when short, unpunctuated and followed by text. */
	if (first < last && !had_title && word_count(&v[first]) <= 20 && !ends_sentence(&v[first])) {
		for (i = first + 1; i < last && v[i].len == 0; i++)
			;
		if (i < last) {
			a->title = xstrndup(v[first].s, v[first].len);
			first++;
		}
	}
	buf_init(&body);
	for (i = first; i < last; i++) {
		if (v[i].len == 0)
			continue;
		if (body.len > 0)
			buf_addc(&body, '\n');
		buf_add(&body, v[i].s, v[i].len);
	}
	free(v);
	if (body.len == 0) {
		buf_free(&body);
		*cause = xstrdup("no article text (only blank lines or boilerplate)");
		return -1;
	}
	a->content = buf_detach(&body);
	return 0;
}
