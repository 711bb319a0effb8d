/*
 * reader.c: one article on screen.  The header (title, date in Gregorian
 * and Hijri, source, speakers) and every paragraph of the body are laid
 * out by the bidi engine (right-aligned when RTL); statements are drawn in
 * a colour per speaker, annotations and search matches highlighted.  A
 * passage cursor moves by word, sentence and paragraph in reading order
 * (logical order: in Arabic, forward is leftwards); `v` starts a selection
 * that movement extends; `h` and `a` save annotations.  Positions are code
 * points into the stored text, never screen columns.
 */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include "app/app.h"

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

/* A highlighted range of the text (code points) and what it is. */
struct span {
	int64_t start, end, id;
	int color;          /* statements: the speaker's colour */
	char *text;         /* statements: the text, for the pane */
};

/*
 * A unit of layout: a header line, a paragraph of the body, or a piece of
 * one (a paragraph longer than UNIT_MAX is cut at spaces, so that no
 * layout is ever bigger than that).  Units are laid out only when shown:
 * until then their height is an estimate, corrected when they are.
 */
struct rpara {
	size_t start;       /* byte offset of the unit in the content */
	size_t len;         /* its bytes */
	bool body;          /* header lines have no place in the text */
	bool sep;           /* a blank line comes before it */
	enum ui_attr attr;
	char *text;         /* header units own their text */
	struct bidi_para *p; /* the layout, NULL until shown (or after eviction) */
	int nl;             /* lines: p's, else an estimate */
	int first;          /* its first screen line (its blank line's, when sep) */
	size_t link;        /* the URL's line: where the URL starts in text (0: no link) */
};

/* Longest unit (bytes), and how many units keep their layout at once. */
#define UNIT_MAX 16384
#define LAID_MAX 96

/* A word, sentence or paragraph start and end (code points). */
struct range {
	int64_t start, end;
};

/* The reader's state. */
struct reader {
	struct article *a;
	size_t len;
	int64_t *cp_mark;    /* code point index at every CP_STEP-th byte */
	struct rpara *paras;
	int npara;
	int nlines, width;   /* nlines: all screen lines (partly estimated) */
	int nlaid;           /* units holding a layout */
	int top;             /* first line on screen */
	int64_t cursor;      /* passage cursor (code points) */
	bool shown;          /* the cursor has been moved: draw it */
	int64_t anchor;      /* selection start, -1 when none */
	int64_t cursor_end, sel_lo, sel_hi; /* worked out before each drawing */
	struct span *stm, *ann, *match; /* match: sorted, never overlapping */
	int nstm, nann, nmatch;
	int find_dir;        /* 1 after /, -1 after ?: the direction of n */
	int64_t last_ann;    /* the annotation saved last here (U removes it), 0: none */
	bool opened;         /* laid out once: the first layout may skip the header */
	struct range *words, *sentences, *pars;
	int nwords, nsentences, npars;
	bool words_found;    /* words are found when first needed (ICU: slow on a huge text) */
	bool sentences_found; /* sentences too */
	struct view *pane;   /* the statements pane */
	struct view *self;
	int64_t story;       /* the article's story, 0 when none */
	char *story_line;    /* the header's line naming it */
};

static struct reader *
R(struct view *v)
{
	return v->data;
}

/* ---- Positions ---- */

/* The code point index of every CP_STEP-th byte is kept; the rest is counted from there. */
#define CP_STEP 256

static int64_t
cp_of(struct reader *r, size_t byte)
{
	const char *s = r->a->content;
	size_t i;
	int64_t n;

	if (byte > r->len)
		byte = r->len;
	while (byte > 0 && byte < r->len && ((unsigned char)s[byte] & 0xC0) == 0x80)
		byte--; /* a byte inside a character: the character's */
	n = r->cp_mark[byte / CP_STEP];
	for (i = byte / CP_STEP * CP_STEP; i < byte; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Byte offset of code point cp (the first byte of it; len past the end). */
static size_t
byte_of(struct reader *r, int64_t cp)
{
	const char *s = r->a->content;
	size_t lo = 0, hi = r->len / CP_STEP, mid, i;
	int64_t n;

	while (lo < hi) { /* the last mark at or before cp */
		mid = (lo + hi + 1) / 2;
		if (r->cp_mark[mid] <= cp)
			lo = mid;
		else
			hi = mid - 1;
	}
	n = r->cp_mark[lo];
	for (i = lo * CP_STEP; i < r->len; i++) {
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue;
		if (n == cp)
			return i;
		n++;
	}
	return r->len;
}

static void
cp_map(struct reader *r)
{
	const char *s = r->a->content;
	size_t i;
	int64_t n = 0;

	r->cp_mark = xmalloc((r->len / CP_STEP + 1) * sizeof *r->cp_mark);
	for (i = 0; i < r->len; i++) {
		if (i % CP_STEP == 0)
			r->cp_mark[i / CP_STEP] = n;
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	}
	if (r->len % CP_STEP == 0)
		r->cp_mark[r->len / CP_STEP] = n;
}

static void
range_add(struct range **a, int *n, int64_t s, int64_t e)
{
	if ((*n & 31) == 0)
		*a = xrealloc(*a, (size_t)(*n + 32) * sizeof **a);
	(*a)[*n].start = s;
	(*a)[(*n)++].end = e;
}

/* Code points of byte offsets that only grow: counted on from the last one. */
struct cp_walk {
	const char *s;
	size_t byte;
	int64_t cp;
};

static int64_t
cp_walk_to(struct cp_walk *w, size_t byte)
{
	for (; w->byte < byte; w->byte++)
		w->cp += ((unsigned char)w->s[w->byte] & 0xC0) != 0x80;
	return w->cp;
}

/* Words come in order: their offsets are converted walking on, never from a mark. */
struct words_ctx {
	struct reader *r;
	struct cp_walk w;
};

static int
word_cb(void *ctx, const char *s, size_t start, size_t end)
{
	struct words_ctx *c = ctx;
	int64_t a = cp_walk_to(&c->w, start);

	range_add(&c->r->words, &c->r->nwords, a, cp_walk_to(&c->w, end));
	return 0;
}

/*
 * The body's words (ICU), found the first time the passage cursor, a
 * selection or search highlighting needs them: opening a 20 MB article
 * does not wait for them.
 */
static void
words_find(struct reader *r)
{
	struct words_ctx wc = { r, { r->a->content, 0, 0 } };
	struct text_words *w;

	if (r->words_found)
		return;
	r->words_found = true;
	w = text_words_new();
	text_words_each(w, r->a->content, r->len, word_cb, &wc);
	text_words_free(w);
}

/* Paragraphs of the body. */
static void
units_find(struct reader *r)
{
	const char *s = r->a->content;
	size_t i, par = 0;

	for (i = 0; i <= r->len; i++)
		if (i == r->len || s[i] == '\n') {
			if (i > par)
				range_add(&r->pars, &r->npars, cp_of(r, par), cp_of(r, i));
			par = i + 1;
		}
}

static int
sentence_cb(void *ctx, const char *s, size_t start, size_t end)
{
	struct words_ctx *c = ctx;
	int64_t a = cp_walk_to(&c->w, start);

	(void)s;
	range_add(&c->r->sentences, &c->r->nsentences, a, cp_walk_to(&c->w, end));
	return 0;
}

/*
 * The body's sentences (ICU's sentence break iterator, with the
 * abbreviations of data/abbreviations.tsv: "Inc." does not end one), found
 * the first time sentence movement or h needs them.
 */
static void
sentences_find(struct reader *r)
{
	struct words_ctx wc = { r, { r->a->content, 0, 0 } };

	static char *abbrevs; /* data/abbreviations.tsv, read once (NULL: ICU's only) */
	static bool read;
	char *dir, *path;

	if (r->sentences_found)
		return;
	r->sentences_found = true;
	if (!read) {
		read = true;
		dir = app_data_dir();
		path = xasprintf("%s/abbreviations.tsv", dir);
		abbrevs = buf_read_file(path, NULL);
		free(path);
		free(dir);
	}
	text_sentences_each(r->a->content, r->len, abbrevs, sentence_cb, &wc);
}

/* The unit (word, sentence, paragraph) containing cp, or -1 (units are in order: bisection). */
static int
range_at(const struct range *a, int n, int64_t cp)
{
	int lo = 0, hi = n - 1, mid;

	while (lo < hi) { /* the last unit starting at or before cp */
		mid = lo + (hi - lo + 1) / 2;
		if (a[mid].start <= cp)
			lo = mid;
		else
			hi = mid - 1;
	}
	return n > 0 && a[lo].start <= cp && cp < a[lo].end ? lo : -1;
}

/* ---- Spans: statements, annotations, matches ---- */

static void
span_add(struct span **a, int *n, int64_t s, int64_t e, int64_t id, int color, const char *text)
{
	if (*n == 0 || (*n >= 16 && (*n & (*n - 1)) == 0)) /* room doubles: a find may match 100,000 times */
		*a = xrealloc(*a, (size_t)(*n ? 2 * *n : 16) * sizeof **a);
	(*a)[*n] = (struct span){ s, e, id, color, text ? xstrdup(text) : NULL };
	(*n)++;
}

static void
spans_free(struct span *a, int n)
{
	int i;

	for (i = 0; i < n; i++)
		free(a[i].text);
	free(a);
}

/* Speaker names seen, for the header's speakers line. */
struct speakers_ctx {
	struct reader *r;
	struct buf names;
};

static int
add_statement(void *ctx, const struct store_statement *s)
{
	struct speakers_ctx *c = ctx;
	struct reader *r = c->r;
	struct row *row = view_add_row(r->pane);
	int color = (int)(s->speaker_id % 6);

	span_add(&r->stm, &r->nstm, s->start, s->end, s->id, color, s->text);
	row->col[0] = xstrdup(s->speaker ? s->speaker : "—");
	row->col[1] = xstrdup(s->text);
	row->attr = (enum ui_attr)(UA_SPEAKER0 + color);
	row->id = s->id;
	row->start = s->start;
	if (s->speaker && (c->names.data == NULL || strstr(c->names.data, s->speaker) == NULL))
		buf_printf(&c->names, "%s%s", c->names.len ? "، " : "", s->speaker);
	return 0;
}

static int
add_annotation(void *ctx, const struct store_annotation *a)
{
	struct reader *r = ctx;

	if (!a->orphan)
		span_add(&r->ann, &r->nann, a->start, a->end, a->id, 0, a->note);
	return 0;
}

void
reader_reload_annotations(struct view *v)
{
	struct reader *r = R(v);
	char *cause = NULL;

	spans_free(r->ann, r->nann);
	r->ann = NULL;
	r->nann = 0;
	if (store_list_annotations(ui.st, r->a->id, add_annotation, r, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
	}
}

/*
 * The query's words, folded (operators and punctuation dropped); a word
 * inside quotes gets a leading '=' (it matches its exact form only, as in
 * the search).
 */
static void
query_words(const char *q, char ***out, int *n)
{
	const char *p = q, *start;
	bool quoted = false;
	char *f;

	*out = NULL;
	*n = 0;
	while (*p) {
		if (*p == '"' || *p == ' ' || *p == '\t' || *p == '(' || *p == ')') {
			quoted ^= *p++ == '"';
			continue;
		}
		for (start = p; *p && !strchr("\" \t()", *p); p++)
			;
		if ((p - start == 3 && (strncmp(start, "AND", 3) == 0 || strncmp(start, "NOT", 3) == 0)) ||
		    (p - start == 2 && strncmp(start, "OR", 2) == 0))
			continue;
		f = text_fold(start, (size_t)(p - start));
		*out = xrealloc(*out, (size_t)(*n + 1) * sizeof **out);
		(*out)[(*n)++] = quoted ? xasprintf("=%s", f) : xstrdup(f);
		free(f);
	}
}

/* Does a folded word match a folded query word (exactly, by prefix*, or by stem; '=': exactly only)? */
static bool
word_matches(struct text_stemmer *sm, const char *w, const char *q)
{
	size_t ql = strlen(q), n;
	const char *s;
	char *stem;
	bool ok;

	if (q[0] == '=')
		return strcmp(w, q + 1) == 0;
	if (ql > 1 && q[ql - 1] == '*')
		return strncmp(w, q, ql - 1) == 0;
	if (strcmp(w, q) == 0)
		return true;
	s = text_stem(sm, q, ql, &n);
	stem = xstrndup(s, n);
	s = text_stem(sm, w, strlen(w), &n);
	ok = n == strlen(stem) && memcmp(s, stem, n) == 0;
	free(stem);
	return ok;
}

static void
matches_find(struct reader *r)
{
	struct text_stemmer *sm;
	char **q, *w;
	size_t a, b;
	int nq, i, j;

	if (ui.query == NULL)
		return;
	words_find(r);
	query_words(ui.query, &q, &nq);
	sm = text_stemmer_new();
	for (i = 0; i < r->nwords; i++) {
		a = byte_of(r, r->words[i].start);
		b = byte_of(r, r->words[i].end);
		w = text_fold(r->a->content + a, b - a);
		for (j = 0; j < nq; j++) {
			if (*w && word_matches(sm, w, q[j])) {
				span_add(&r->match, &r->nmatch, r->words[i].start, r->words[i].end, 0, 0, NULL);
				break;
			}
		}
		free(w);
	}
	text_stemmer_free(sm);
	for (j = 0; j < nq; j++)
		free(q[j]);
	free(q);
}

/* ---- Finding in the article ---- */

/* Matches come in order: their offsets are converted walking on. */
struct find_ctx {
	struct reader *r;
	struct cp_walk w;
};

static int
find_cb(void *ctx, size_t start, size_t end)
{
	struct find_ctx *c = ctx;
	int64_t a = cp_walk_to(&c->w, start);

	span_add(&c->r->match, &c->r->nmatch, a, cp_walk_to(&c->w, end), 0, 0, NULL);
	return 0;
}

/* The matches become those of q in the body (text_find_each: folded like search). */
static void
find_all(struct reader *r, const char *q)
{
	struct find_ctx c = { r, { r->a->content, 0, 0 } };

	spans_free(r->match, r->nmatch);
	r->match = NULL;
	r->nmatch = 0;
	text_find_each(r->a->content, r->len, q, strlen(q), find_cb, &c);
}

/* The first match starting at or after cp (nmatch when none): bisection. */
static int
match_from(const struct reader *r, int64_t cp)
{
	int lo = 0, hi = r->nmatch, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->match[mid].start < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The match containing cp, or -1. */
static int
match_at(const struct reader *r, int64_t cp)
{
	int i = match_from(r, cp + 1) - 1;

	return i >= 0 && cp < r->match[i].end ? i : -1;
}

/* ---- Layout ---- */

static void
para_add(struct reader *r, size_t start, size_t len, bool body, bool sep, enum ui_attr a, char *text)
{
	r->paras = xrealloc(r->paras, (size_t)(r->npara + 1) * sizeof *r->paras);
	r->paras[r->npara++] = (struct rpara){ start, len, body, sep, a, text, NULL, 1, 0, 0 };
}

/* Where a unit of a long paragraph ends: at the last space before UNIT_MAX, else at a character. */
static size_t
unit_end(const char *c, size_t start, size_t end)
{
	size_t i, lim = start + UNIT_MAX;

	if (end - start <= UNIT_MAX)
		return end;
	for (i = lim; i > start + UNIT_MAX / 2; i--)
		if (c[i - 1] == ' ')
			return i;
	for (i = lim; i > start && ((unsigned char)c[i] & 0xC0) == 0x80; i--)
		;
	return i;
}

/* The units: header lines, then each line of the content (in pieces when long). */
static void
paras_build(struct reader *r, const char *speakers)
{
	const char *c = r->a->content, *nl;
	size_t start = 0, end, u;
	bool first = true;
	char *t;

	t = xstrdup(r->a->title ? r->a->title : "");
	para_add(r, 0, strlen(t), false, false, UA_TITLE, t);
	t = ui_date_line(r->a->date, r->a->date_source);
	para_add(r, 0, strlen(t), false, false, UA_META, t);
	if (r->a->source) {
		t = xasprintf("المصدر: %s", r->a->source);
		para_add(r, 0, strlen(t), false, false, UA_META, t);
	}
	if (speakers && *speakers) {
		t = xasprintf("المتحدثون: %s", speakers);
		para_add(r, 0, strlen(t), false, false, UA_META, t);
	}
	if (r->story_line) {
		t = xstrdup(r->story_line);
		para_add(r, 0, strlen(t), false, false, UA_META, t);
	}
	if (r->a->url && *r->a->url) {
		t = xasprintf("الرابط: %s", r->a->url);
		para_add(r, 0, strlen(t), false, false, UA_META, t);
		r->paras[r->npara - 1].link = strlen(t) - strlen(r->a->url);
	}
	/* A blank line after the header and between paragraphs (one after an empty one). */
	while (start <= r->len) {
		nl = memchr(c + start, '\n', r->len - start);
		end = nl ? (size_t)(nl - c) : r->len;
		u = unit_end(c, start, end);
		para_add(r, start, u - start, true, first || r->paras[r->npara - 1].len > 0, UA_NORMAL, NULL);
		first = false;
		for (start = u; start < end; start = u) {
			u = unit_end(c, start, end);
			para_add(r, start, u - start, true, false, UA_NORMAL, NULL);
		}
		if (nl == NULL)
			break;
		start = end + 1;
	}
}

static size_t
para_len(struct reader *r, int i)
{
	return r->paras[i].len;
}

static const char *
para_text(struct reader *r, int i)
{
	return r->paras[i].body ? r->a->content + r->paras[i].start : r->paras[i].text;
}

/* Lines a unit will take at width, guessed from its characters (one cell each). */
static int
para_estimate(struct reader *r, int i, int width)
{
	const char *s = para_text(r, i);
	size_t k, n = para_len(r, i), cps = 0;

	for (k = 0; k < n; k++)
		cps += ((unsigned char)s[k] & 0xC0) != 0x80;
	return width > 0 && cps > 0 ? (int)((cps + (size_t)width - 1) / (size_t)width) : 1;
}

/* Set every unit's first line from unit i on (the ones before are right). */
static void
reader_number(struct reader *r, int i)
{
	int line = i > 0 ? r->paras[i - 1].first + r->paras[i - 1].sep + r->paras[i - 1].nl : 0;

	for (; i < r->npara; i++) {
		r->paras[i].first = line;
		line += r->paras[i].sep + r->paras[i].nl;
	}
	r->nlines = line;
}

/* Drop the layouts of units far from the screen, keeping at most LAID_MAX. */
static void
reader_evict(struct reader *r, int keep)
{
	int i, d;

	for (d = r->npara; r->nlaid > LAID_MAX && d > LAID_MAX / 4; d /= 2)
		for (i = 0; i < r->npara && r->nlaid > LAID_MAX; i++)
			if (r->paras[i].p && (i < keep - d || i > keep + d)) {
				bidi_para_free(r->paras[i].p);
				r->paras[i].p = NULL;
				r->nlaid--;
			}
}

/*
 * Lay unit i out if it is not.  When its height was guessed wrong, the
 * lines after it move; if it lies wholly above the screen, the screen
 * moves with them, so that what is shown stays put.
 */
static void
para_ensure(struct reader *r, int i)
{
	struct rpara *p = &r->paras[i];
	int nl, d;

	if (p->p != NULL)
		return;
	p->p = ui_layout(para_text(r, i), para_len(r, i), r->width, true);
	r->nlaid++;
	nl = p->p ? p->p->nlines : 0;
	if ((d = nl - p->nl) != 0) {
		p->nl = nl;
		if (p->first + p->sep + (nl - d) <= r->top)
			r->top += d;
		reader_number(r, i + 1);
	}
	reader_evict(r, i);
}

/* New width: forget every layout and guess every height; nothing is laid out yet. */
static void
reader_relayout(struct reader *r, int width)
{
	int i;

	if (width == r->width && r->nlines > 0)
		return;
	r->width = width;
	for (i = 0; i < r->npara; i++) {
		bidi_para_free(r->paras[i].p);
		r->paras[i].p = NULL;
		r->paras[i].nl = para_estimate(r, i, width);
	}
	r->nlaid = 0;
	reader_number(r, 0);
	/* The header is short and always laid out: it is where the reader opens. */
	for (i = 0; i < r->npara && !r->paras[i].body; i++)
		para_ensure(r, i);
}

/* The unit shown on screen line l (-1 past the end), and the line in it (-1: its blank line). */
static int
unit_at_line(struct reader *r, int l, int *line)
{
	int lo = 0, hi = r->npara - 1, mid;

	if (l < 0 || l >= r->nlines || r->npara == 0)
		return -1;
	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		if (r->paras[mid].first <= l)
			lo = mid;
		else
			hi = mid - 1;
	}
	*line = l - r->paras[lo].first - r->paras[lo].sep;
	return lo;
}

/* Screen line l, laid out: its unit (-1 for a blank line or past the end) and line in it. */
static int
reader_line(struct reader *r, int l, int *line)
{
	int i = unit_at_line(r, l, line);

	if (i < 0 || *line < 0)
		return -1;
	para_ensure(r, i);
	i = unit_at_line(r, l, line); /* the layout may have changed the unit's height */
	if (i < 0 || *line < 0 || r->paras[i].p == NULL || *line >= r->paras[i].p->nlines)
		return -1;
	return i;
}

/* The body unit holding byte b (the last that starts at or before it). */
static int
unit_of_byte(struct reader *r, size_t b)
{
	int lo = 0, hi = r->npara - 1, mid;

	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		if (!r->paras[mid].body || r->paras[mid].start <= b)
			lo = mid;
		else
			hi = mid - 1;
	}
	return r->paras[lo].body ? lo : -1;
}

/* The screen line showing code point cp (-1 when none). */
static int
line_of(struct reader *r, int64_t cp)
{
	size_t b = byte_of(r, cp);
	int i = unit_of_byte(r, b), line, col;
	struct rpara *p;

	if (i < 0)
		return -1;
	para_ensure(r, i);
	p = &r->paras[i];
	if (p->p != NULL && bidi_logical_to_visual(p->p, b - p->start, &line, &col))
		return p->first + p->sep + line;
	return p->first + p->sep;
}

/* ---- Drawing ---- */

static bool
in_spans(const struct span *a, int n, int64_t cp, int *which)
{
	int i;

	for (i = 0; i < n; i++) {
		if (a[i].start <= cp && cp < a[i].end) {
			if (which)
				*which = i;
			return true;
		}
	}
	return false;
}

/* The passage cursor covers the word it is on (or one character). */
static int64_t
cursor_end(struct reader *r)
{
	int w = range_at(r->words, r->nwords, r->cursor);

	return w >= 0 ? r->words[w].end : r->cursor + 1;
}

/* Which class a body cell gets; ctx is the paragraph's start offset. */
struct cell_ctx {
	struct reader *r;
	size_t base;
};

static enum ui_attr
cell_attr(void *ctx, const struct bidi_cell *c, enum ui_attr base)
{
	struct cell_ctx *x = ctx;
	struct reader *r = x->r;
	int64_t cp = cp_of(r, x->base + c->start);
	int i;

	if (r->shown && cp >= r->cursor && cp < r->cursor_end)
		return UA_PASSAGE;
	if (r->anchor >= 0 && cp >= r->sel_lo && cp < r->sel_hi)
		return UA_SELECTION;
	if (r->nmatch > 0 && match_at(r, cp) >= 0)
		return UA_MATCH;
	if (in_spans(r->ann, r->nann, cp, NULL))
		return UA_ANNOTATION;
	if (in_spans(r->stm, r->nstm, cp, &i))
		return (enum ui_attr)(UA_SPEAKER0 + r->stm[i].color);
	return base;
}

/* The URL's cells on line l of its header line, drawn at y, x: a hyperlink there. */
static void
reader_link(struct reader *r, const struct rpara *p, const struct bidi_line *l, int y, int x)
{
	int i, col = x + l->indent, from = -1, to = -1;

	for (i = 0; i < l->ncells; i++) {
		if (l->cells[i].start >= p->link) {
			if (from < 0)
				from = col;
			to = col + l->cells[i].width;
		}
		col += l->cells[i].width;
	}
	if (from >= 0)
		ui_link_add(y, from, to - from, r->a->url);
}

/* Where the cursor and the selection end, worked out once per drawing. */
static void
reader_marks(struct reader *r)
{
	int64_t hi = r->anchor > r->cursor ? r->anchor : r->cursor;
	int w;

	if (r->shown || r->anchor >= 0)
		words_find(r);
	w = range_at(r->words, r->nwords, hi);

	r->cursor_end = cursor_end(r);
	r->sel_lo = r->anchor < r->cursor ? r->anchor : r->cursor;
	r->sel_hi = w >= 0 ? r->words[w].end : hi + 1;
}

static void
reader_draw(struct view *v)
{
	struct reader *r = R(v);
	struct cell_ctx cx = { r, 0 };
	struct rpara *p;
	int y, k, line;

	reader_relayout(r, v->w - 2);
	reader_marks(r);
	for (y = v->y; y < v->y + v->h; y++) {
		ui_fill(y, v->x, v->w, UA_NORMAL);
		if ((k = reader_line(r, r->top + y - v->y, &line)) < 0)
			continue;
		p = &r->paras[k];
		cx.base = p->start;
		ui_draw_cells(y, v->x + 1, &p->p->lines[line], p->attr, p->body ? cell_attr : NULL, &cx);
		ui_mark_row(y, v->x + 1, p->p->dir == BIDI_RTL ? 0x200F : 0x200E);
		if (p->link > 0)
			reader_link(r, p, &p->p->lines[line], y, v->x + 1);
	}
}

/* ---- Movement ---- */

/*
 * Scroll so that line top is the first shown (as far as the article goes).
 * The units shown are laid out first, so that near the end, where guessed
 * heights add up, the last line still comes to the bottom of the screen.
 */
static void
scroll_to(struct view *v, int top)
{
	struct reader *r = R(v);
	int pass, l, line, max;

	for (pass = 0; pass < 3; pass++) {
		max = r->nlines - v->h;
		r->top = top > max ? max : top;
		if (r->top < 0)
			r->top = 0;
		max = r->nlines;
		for (l = r->top; l < r->top + v->h && l < r->nlines; l++)
			reader_line(r, l, &line);
		if (r->nlines == max)
			break;
	}
}

/* Bring the passage cursor's line on screen (a third from the top when it moves far). */
static void
cursor_show(struct view *v)
{
	struct reader *r = R(v);
	int l;

	reader_relayout(r, v->w - 2);
	l = line_of(r, r->cursor);
	r->shown = true;
	if (l >= 0 && (l < r->top || l >= r->top + v->h))
		scroll_to(v, l - v->h / 3);
}

/* Move to the next (dir 1) or previous (-1) start of a unit. */
static bool
unit_move(struct view *v, const struct range *a, int n, int dir)
{
	struct reader *r = R(v);
	int i;

	if (dir > 0) {
		for (i = 0; i < n; i++)
			if (a[i].start > r->cursor || (!r->shown && a[i].start >= r->cursor))
				break;
	} else {
		for (i = n - 1; i >= 0; i--)
			if (a[i].start < r->cursor)
				break;
	}
	if (i < 0 || i >= n)
		return false;
	r->cursor = a[i].start;
	cursor_show(v);
	return true;
}

/*
 * ): the next sentence; with a selection, the end of this sentence (then of
 * the next), so that a selection grows by whole sentences and stops at the
 * end of a paragraph instead of taking a word of the next one.
 */
static void
sentence_next(struct view *v)
{
	struct reader *r = R(v);
	int i, p;

	sentences_find(r);
	if (r->anchor < 0) {
		unit_move(v, r->sentences, r->nsentences, 1);
		return;
	}
	for (i = 0; i < r->nsentences && r->sentences[i].end - 1 <= r->cursor; i++)
		;
	p = range_at(r->pars, r->npars, r->anchor);
	if (i == r->nsentences || (p >= 0 && r->sentences[i].end > r->pars[p].end)) {
		ui_message(false, "the end of the paragraph");
		return;
	}
	r->cursor = r->sentences[i].end - 1;
	cursor_show(v);
}

static bool
span_move(struct view *v, struct span *s, int n, int dir, const char *none)
{
	struct range *a = xmalloc((size_t)(n ? n : 1) * sizeof *a);
	int i;
	bool ok;

	for (i = 0; i < n; i++)
		a[i] = (struct range){ s[i].start, s[i].end };
	ok = unit_move(v, a, n, dir);
	free(a);
	if (!ok)
		ui_message(false, "%s", none);
	return ok;
}

/* The visible cursor moved off screen by scrolling: put it on the first word shown. */
static void
cursor_follow(struct view *v)
{
	struct reader *r = R(v);
	int l = line_of(r, r->cursor), i, k, line;

	if (!r->shown || (l >= r->top && l < r->top + v->h))
		return;
	for (i = r->top; i < r->nlines && i < r->top + v->h; i++) {
		k = reader_line(r, i, &line);
		if (k >= 0 && r->paras[k].body) {
			r->cursor = cp_of(r, r->paras[k].start + r->paras[k].p->lines[line].start);
			return;
		}
	}
}

/* The first code point on screen (0 when the header is at the top). */
static int64_t
top_cp(struct view *v)
{
	struct reader *r = R(v);
	int i, k, line;

	for (i = r->top; i < r->nlines && i < r->top + v->h; i++) {
		k = reader_line(r, i, &line);
		if (k >= 0 && r->paras[k].body)
			return i == r->top ? cp_of(r, r->paras[k].start + r->paras[k].p->lines[line].start) : 0;
	}
	return 0;
}

/*
 * Bring the passage cursor to the next match in direction dir (1 or -1),
 * wrapping round at the end; again: from the match the cursor is on
 * (n, N), else from where the cursor or the screen is (a new find).
 */
static void
find_go(struct view *v, int dir, bool again)
{
	struct reader *r = R(v);
	int64_t from = r->shown ? r->cursor : top_cp(v);
	int i;

	if (r->nmatch == 0) {
		if (ui.find || ui.query)
			ui_message(true, "not found: %s", ui.find ? ui.find : ui.query);
		else
			ui_message(false, "no search yet: / finds text in the article");
		return;
	}
	if (dir > 0) {
		i = match_from(r, from + (again && r->shown ? 1 : 0));
		if (i == r->nmatch) {
			i = 0;
			ui_message(false, "past the end: back to the first match (1/%d)", r->nmatch);
		}
	} else {
		i = match_from(r, from) - 1;
		if (i < 0) {
			i = r->nmatch - 1;
			ui_message(false, "past the beginning: on to the last match (%d/%d)", r->nmatch, r->nmatch);
		}
	}
	r->cursor = r->match[i].start;
	cursor_show(v);
}

/* / and ?: ask for a text, find it in the article; an empty answer finds the last again. */
static void
find_ask(struct view *v, int dir)
{
	struct reader *r = R(v);
	char *q = ui_prompt(dir > 0 ? "/" : "?", "");

	if (q == NULL)
		return;
	if (*q == '\0' && ui.find == NULL) {
		free(q);
		return;
	}
	if (*q != '\0') {
		free(ui.find);
		ui.find = q;
	} else
		free(q);
	r->find_dir = dir;
	find_all(r, ui.find);
	find_go(v, dir, false);
}

/* ---- Annotating ---- */

/* The range h and a act on: the selection, else the sentence under the cursor. */
static bool
target_range(struct reader *r, int64_t *s, int64_t *e)
{
	int i;

	if (r->anchor >= 0) {
		words_find(r);
		*s = r->anchor < r->cursor ? r->anchor : r->cursor;
		i = range_at(r->words, r->nwords, r->anchor > r->cursor ? r->anchor : r->cursor);
		*e = i >= 0 ? r->words[i].end : (r->anchor > r->cursor ? r->anchor : r->cursor) + 1;
		return true;
	}
	sentences_find(r);
	i = range_at(r->sentences, r->nsentences, r->cursor);
	if (i < 0)
		return false;
	*s = r->sentences[i].start;
	*e = r->sentences[i].end;
	return true;
}

static void
annotate(struct view *v, bool with_note)
{
	struct reader *r = R(v);
	char *note = NULL, *cause = NULL;
	int64_t s, e, id;
	int i;

	if (!r->shown && r->anchor < 0) {
		ui_message(true, "no passage cursor: place it first (w, ), ], a click), or select with v");
		return;
	}
	if (!target_range(r, &s, &e)) {
		ui_message(true, "nothing to highlight here: move the passage cursor onto text");
		return;
	}
	for (i = 0; i < r->nann; i++) {
		if (r->ann[i].start == s && r->ann[i].end == e) {
			ui_message(true, "already annotated (#%lld): A lists it, e there edits its note",
				   (long long)r->ann[i].id);
			return;
		}
	}
	if (with_note && (note = ui_prompt("note: ", "")) == NULL) {
		ui_message(false, "cancelled");
		return;
	}
	if (store_add_annotation(ui.st, r->a->id, s, e, note, &id, &cause) != 0) {
		ui_message(true, "not saved: %s", cause);
		free(cause);
	} else {
		ui_message(false, "saved %s #%lld (%lld characters; U removes it)", note ? "note" : "highlight",
			   (long long)id, (long long)(e - s));
		r->last_ann = id;
		r->anchor = -1;
		reader_reload_annotations(v);
	}
	free(note);
}

/* U: remove the annotation saved last in this reader. */
static void
annotation_undo(struct view *v)
{
	struct reader *r = R(v);
	char *cause = NULL;

	if (r->last_ann == 0) {
		ui_message(false, "nothing to undo: U removes the annotation you have just saved");
		return;
	}
	if (store_delete_annotation(ui.st, r->last_ann, &cause) != 0) {
		ui_message(true, "not removed: %s", cause);
		free(cause);
		return;
	}
	ui_message(false, "removed annotation #%lld", (long long)r->last_ann);
	r->last_ann = 0;
	reader_reload_annotations(v);
}

/* ---- Acting on the article: its URL, a command, a file ---- */

/* o: the URL in $BROWSER (else xdg-open), in the background; only http and https. */
static void
open_url(struct reader *r)
{
	const char *url = r->a->url, *b = getenv("BROWSER");
	char *cmd, *cause = NULL;

	if (url == NULL || *url == '\0') {
		ui_message(true, "this article has no URL");
		return;
	}
	if (strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0) {
		ui_message(true, "not opened: only http and https URLs are opened");
		return;
	}
	/* The URL is the shell's $1, never part of the command text. */
	cmd = xasprintf("%s \"$1\"", b && *b ? b : "xdg-open");
	if (ui_term_spawn(cmd, url, &cause) != 0) {
		ui_message(true, "cannot open the URL: %s", cause);
		free(cause);
	} else
		ui_message(false, "opening the URL with %s", b && *b ? "$BROWSER" : "xdg-open");
	free(cmd);
}

/* The article as text, in logical order: title, date, source, URL, a blank line, the paragraphs. */
static void
article_text(struct reader *r, struct buf *b)
{
	buf_printf(b, "%s\n", r->a->title ? r->a->title : "");
	if (r->a->date)
		buf_printf(b, "%s\n", r->a->date);
	if (r->a->source)
		buf_printf(b, "%s\n", r->a->source);
	if (r->a->url)
		buf_printf(b, "%s\n", r->a->url);
	buf_printf(b, "\n%s\n", r->a->content);
}

/* |: the article to a shell command. */
static void
pipe_article(struct reader *r)
{
	char *cmd = ui_prompt("pipe to: ", ""), *cause = NULL;
	struct buf b;
	int status;

	if (cmd == NULL || *cmd == '\0') {
		free(cmd);
		return;
	}
	buf_init(&b);
	article_text(r, &b);
	status = ui_term_run(cmd, b.data, b.len, &cause);
	if (status < 0) {
		ui_message(true, "%s", cause);
		free(cause);
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		ui_message(false, "piped article %lld to %s", (long long)r->a->id, cmd);
	else
		ui_message(true, "%s: exit status %d", cmd, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	buf_free(&b);
	free(cmd);
}

/* W: the article to a file (~/ is the home folder; an existing file is replaced only when you say so). */
static void
save_article(struct reader *r)
{
	char *in = ui_prompt("save to: ", ""), *path;
	const char *home = getenv("HOME");
	struct buf b;
	bool bad;
	FILE *f;

	if (in == NULL || *in == '\0') {
		free(in);
		return;
	}
	path = strncmp(in, "~/", 2) == 0 && home ? xasprintf("%s/%s", home, in + 2) : xstrdup(in);
	if (access(path, F_OK) == 0 && !ui_confirm("the file exists: replace it?")) {
		ui_message(false, "not saved");
	} else if ((f = fopen(path, "w")) == NULL) {
		ui_message(true, "%s: %s", in, strerror(errno));
	} else {
		buf_init(&b);
		article_text(r, &b);
		bad = fwrite(b.data, 1, b.len, f) != b.len;
		if (fclose(f) != 0 || bad)
			ui_message(true, "%s: %s", in, strerror(errno));
		else
			ui_message(false, "saved article %lld to %s (%zu bytes)", (long long)r->a->id, in, b.len);
		buf_free(&b);
	}
	free(path);
	free(in);
}

/* ---- Statements and related ---- */

static void
related(struct view *v)
{
	struct reader *r = R(v);
	struct screen *s;
	char *cause = NULL;
	int i;

	if (!in_spans(r->stm, r->nstm, r->cursor, &i)) {
		ui_message(true, "no statement under the cursor (] goes to the next one)");
		return;
	}
	if ((s = related_screen(r->stm[i].id, r->stm[i].text, &cause)) == NULL) {
		ui_message(true, "%s", cause);
		free(cause);
		return;
	}
	ui_push(s);
}

/* c: the other articles of the article's story. */
static void
other_coverage(struct reader *r)
{
	struct screen *s;
	char *cause = NULL;

	if (r->story == 0) {
		ui_message(true, "no other coverage: this article is in no story");
		return;
	}
	if ((s = story_screen(r->story, r->a->id, &cause)) == NULL) {
		ui_message(true, "%s", cause ? cause : "no story");
		free(cause);
		return;
	}
	ui_push(s);
}

/* The header line of the article's story: its label, its size, the key. */
static int
story_of(void *ctx, const struct store_story *s)
{
	struct reader *r = ctx;

	r->story = s->id;
	r->story_line = xasprintf("القصة: %s · %lld مقالات · تغطيات أخرى: c", s->label,
				  (long long)s->articles);
	return 1;
}

static void
toggle_state(struct reader *r, enum action a)
{
	char *cause = NULL;
	bool on = a == ACT_TOGGLE_READ ? !r->a->read : !r->a->starred;
	int rc = a == ACT_TOGGLE_READ ? store_set_read(ui.st, r->a->id, on, &cause)
				      : store_set_starred(ui.st, r->a->id, on, &cause);

	if (rc != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		return;
	}
	if (a == ACT_TOGGLE_READ)
		r->a->read = on;
	else
		r->a->starred = on;
	ui_message(false, "%s", a == ACT_TOGGLE_READ ? (on ? "marked read" : "marked unread")
						      : (on ? "starred" : "unstarred"));
}

/* The statements pane selects the statement the passage cursor is in. */
static void
pane_follow(struct reader *r)
{
	int i;

	if (in_spans(r->stm, r->nstm, r->cursor, &i) && i < r->pane->nrows)
		view_move(r->pane, i);
}

static bool
reader_action(struct view *v, enum action a)
{
	struct reader *r = R(v);

	switch (a) {
	case ACT_MOVE_DOWN: scroll_to(v, r->top + 1); cursor_follow(v); return true;
	case ACT_MOVE_UP: scroll_to(v, r->top - 1); cursor_follow(v); return true;
	case ACT_PAGE_DOWN: scroll_to(v, r->top + v->h - 1); cursor_follow(v); return true;
	case ACT_PAGE_UP: scroll_to(v, r->top - v->h + 1); cursor_follow(v); return true;
	case ACT_FIRST: scroll_to(v, 0); cursor_follow(v); return true;
	case ACT_LAST: scroll_to(v, r->nlines); cursor_follow(v); return true;
	case ACT_WORD_NEXT: words_find(r); unit_move(v, r->words, r->nwords, 1); return true;
	case ACT_WORD_PREV: words_find(r); unit_move(v, r->words, r->nwords, -1); return true;
	case ACT_SENTENCE_NEXT: sentence_next(v); return true;
	case ACT_SENTENCE_PREV: sentences_find(r); unit_move(v, r->sentences, r->nsentences, -1); return true;
	case ACT_PARA_NEXT: unit_move(v, r->pars, r->npars, 1); return true;
	case ACT_PARA_PREV: unit_move(v, r->pars, r->npars, -1); return true;
	case ACT_STATEMENT_NEXT: case ACT_STATEMENT_PREV:
		span_move(v, r->stm, r->nstm, a == ACT_STATEMENT_NEXT ? 1 : -1,
			  a == ACT_STATEMENT_NEXT ? "no next statement" : "no previous statement");
		pane_follow(r);
		return true;
	case ACT_FIND: find_ask(v, 1); return true;
	case ACT_FIND_BACK: find_ask(v, -1); return true;
	case ACT_MATCH_NEXT: find_go(v, r->find_dir, true); return true;
	case ACT_MATCH_PREV: find_go(v, -r->find_dir, true); return true;
	case ACT_SELECT:
		r->anchor = r->anchor >= 0 ? -1 : r->cursor;
		r->shown = true;
		ui_message(false, "%s", r->anchor >= 0 ? "selecting: move, then h or a" : "selection cancelled");
		return true;
	case ACT_HIGHLIGHT: annotate(v, false); return true;
	case ACT_ANNOTATE: annotate(v, true); return true;
	case ACT_UNDO_ANNOTATION: annotation_undo(v); return true;
	case ACT_OPEN_URL: open_url(r); return true;
	case ACT_PIPE: pipe_article(r); return true;
	case ACT_SAVE: save_article(r); return true;
	case ACT_BACK:
		if (r->anchor < 0)
			return false;
		r->anchor = -1; /* Esc (or q) first cancels a selection */
		ui_message(false, "selection cancelled");
		return true;
	case ACT_RELATED: related(v); return true;
	case ACT_STORY: other_coverage(r); return true;
	case ACT_TOGGLE_READ: case ACT_STAR: toggle_state(r, a); return true;
	default: return false;
	}
}

static void
reader_click(struct view *v, int y, int x)
{
	struct reader *r = R(v);
	size_t off;
	int k, line, w;

	if ((k = reader_line(r, r->top + y - v->y, &line)) < 0 || !r->paras[k].body)
		return;
	if (!bidi_visual_to_logical(r->paras[k].p, line, x - v->x - 1, &off))
		return;
	r->cursor = cp_of(r, r->paras[k].start + off);
	words_find(r);
	if ((w = range_at(r->words, r->nwords, r->cursor)) >= 0)
		r->cursor = r->words[w].start;
	r->shown = true;
}

static void
reader_status(struct view *v, struct buf *b)
{
	struct reader *r = R(v);
	int st;

	if (r->shown && in_spans(r->ann, r->nann, r->cursor, &st) && r->ann[st].text && *r->ann[st].text)
		buf_printf(b, "note: %s · ", r->ann[st].text); /* the annotation's note comes first */
	buf_printf(b, "article %lld · line %d/%d", (long long)r->a->id, r->top + 1, r->nlines);
	if (r->nstm > 0 && in_spans(r->stm, r->nstm, r->cursor, &st))
		buf_printf(b, " · statement %d/%d", st + 1, r->nstm);
	else if (r->nstm > 0)
		buf_printf(b, " · %d statements", r->nstm);
	if (r->shown)
		buf_printf(b, " · at %lld", (long long)r->cursor);
	if (r->nann > 0)
		buf_printf(b, " · %d annotations", r->nann);
	if (r->nmatch > 0 && r->shown && (st = match_at(r, r->cursor)) >= 0)
		buf_printf(b, " · match %d/%d", st + 1, r->nmatch);
	else if (r->nmatch > 0)
		buf_printf(b, " · %d matches", r->nmatch);
}

static void
reader_free(struct view *v)
{
	struct reader *r = R(v);
	int i;

	for (i = 0; i < r->npara; i++) {
		bidi_para_free(r->paras[i].p);
		free(r->paras[i].text);
	}
	free(r->paras);
	free(r->story_line);
	free(r->cp_mark);
	spans_free(r->stm, r->nstm);
	spans_free(r->ann, r->nann);
	spans_free(r->match, r->nmatch);
	free(r->words);
	free(r->sentences);
	free(r->pars);
	article_free(r->a);
	free(r);
}

static const struct view_ops reader_ops = {
	.name = "reader", .ctx = CTX_READER, .draw = reader_draw, .action = reader_action,
	.status = reader_status, .click = reader_click, .free = reader_free,
};

/* ---- The statements pane ---- */

/* The speaker column is as wide as the longest name, from 14 cells to a third of the pane (pane_fit). */
static struct column pane_columns[] = {
	{ 14, AL_AUTO, UA_NORMAL }, { 0, AL_AUTO, UA_NORMAL }, { -1, 0, 0 },
};

/* Cells of a name's words from word k on. */
static int
name_tail_cells(const char *name, int k)
{
	const char *p = name;

	while (k-- > 0 && strchr(p, ' ') != NULL)
		p = strchr(p, ' ') + 1;
	return (int)utf8_count(p, strlen(p));
}

/*
 * A name too long for w cells that starts like another name of the pane
 * (وزارة الخارجية الروسية, وزارة الخارجية الأذربيجانية) keeps its first
 * word and its end, where the names differ: "وزارة … الأذربيجانية".
 */
static void
pane_shorten(struct view *p, int i, int w)
{
	char *name = p->rows[i].col[0], *first, *tail;
	size_t fl = strcspn(name, " ");
	int j, k, words = 1;

	if (strchr(name, ' ') == NULL || (int)utf8_count(name, strlen(name)) <= w)
		return;
	for (j = 0; j < p->nrows; j++)
		if (j != i && strcmp(p->rows[j].col[0], name) != 0 && strncmp(p->rows[j].col[0], name, fl) == 0 &&
		    (p->rows[j].col[0][fl] == ' ' || p->rows[j].col[0][fl] == '\0'))
			break;
	if (j == p->nrows)
		return;
	for (tail = name; strchr(tail, ' ') != NULL; tail = strchr(tail, ' ') + 1)
		words++;
	/* The most words from the end that fit after the first word and " … ". */
	for (k = 1; k < words && name_tail_cells(name, k) + (int)utf8_count(name, fl) + 3 > w; k++)
		;
	if (k >= words)
		return;
	for (tail = name; k-- > 0;)
		tail = strchr(tail, ' ') + 1;
	first = xstrndup(name, fl);
	p->rows[i].col[0] = xasprintf("%s … %s", first, tail);
	free(first);
	free(name);
}

/* Names that share their start ("وزارة الخارجية ...") differ at their end: give them the room. */
static void
pane_fit(struct view *p)
{
	int i, n, w = 14;

	for (i = 0; i < p->nrows; i++)
		if ((n = (int)utf8_count(p->rows[i].col[0], strlen(p->rows[i].col[0]))) > w)
			w = n;
	pane_columns[0].width = w > p->w / 3 ? (p->w / 3 > 14 ? p->w / 3 : 14) : w;
	for (i = 0; i < p->nrows; i++)
		pane_shorten(p, i, pane_columns[0].width);
}

static void
pane_open(struct view *v, struct row *row)
{
	struct screen *s = ui_top();
	struct view *rv = s->v[0];

	R(rv)->cursor = row->start;
	cursor_show(rv);
	s->focus = 0;
}

static bool
pane_action(struct view *v, enum action a)
{
	struct screen *s = ui_top();

	if (a != ACT_RELATED || v->nrows == 0)
		return false;
	R(s->v[0])->cursor = v->rows[v->cur].start;
	related(s->v[0]);
	return true;
}

static void
pane_status(struct view *v, struct buf *b)
{
	buf_printf(b, "statement %d/%d", v->nrows ? v->cur + 1 : 0, v->nrows);
}

static const struct view_ops pane_ops = {
	.name = "statements", .ctx = CTX_LIST, .columns = pane_columns, .open = pane_open,
	.action = pane_action, .status = pane_status,
};

/* ---- Opening ---- */

static struct reader *
reader_new(int64_t article, char **cause)
{
	struct store_statement_filter sf = { .article_id = article };
	struct speakers_ctx sc;
	struct reader *r = xcalloc(1, sizeof *r);

	if (store_get_article(ui.st, article, &r->a, cause) != 0 || r->a == NULL) {
		if (r->a == NULL && *cause == NULL)
			*cause = xasprintf("no article %lld", (long long)article);
		free(r);
		return NULL;
	}
	r->len = strlen(r->a->content);
	r->anchor = -1;
	cp_map(r);
	units_find(r);
	r->pane = view_new(&pane_ops, NULL);
	r->pane->title = "Statements";
	sc.r = r;
	buf_init(&sc.names);
	if (store_list_statements(ui.st, &sf, add_statement, &sc, cause) != 0)
		free(*cause), *cause = NULL;
	{
		struct store_story_filter f = { .article = r->a->id, .brief = true };
		char *c2 = NULL;
		if (store_list_stories(ui.st, &f, story_of, r, &c2) != 0)
			free(c2); /* no story line: the article reads the same */
	}
	paras_build(r, sc.names.data);
	buf_free(&sc.names);
	r->find_dir = 1;
	if (ui.find != NULL)
		find_all(r, ui.find);
	else
		matches_find(r);
	return r;
}

struct screen *
reader_screen(int64_t article, int64_t cursor, char **cause)
{
	struct reader *r = reader_new(article, cause);
	struct screen *s;

	if (r == NULL)
		return NULL;
	s = xcalloc(1, sizeof *s);
	s->v[0] = view_new(&reader_ops, r);
	r->self = s->v[0];
	s->nv = r->nstm > 0 ? 2 : 1;
	s->v[1] = r->pane;
	s->split = 1;
	s->name = "reader";
	s->heap = true;
	reader_reload_annotations(s->v[0]);
	r->cursor = cursor;
	if (cursor > 0)
		r->shown = true;
	if (!r->a->read && store_set_read(ui.st, article, true, cause) == 0)
		r->a->read = true;
	free(*cause);
	*cause = NULL;
	return s;
}

/* Screen lines of the header (title, date, source, speakers, URL). */
static int
header_lines(struct reader *r)
{
	int i, n = 0;

	for (i = 0; i < r->npara && !r->paras[i].body; i++)
		n += r->paras[i].sep + r->paras[i].nl;
	return n;
}

/* After layout: make sure the cursor given at opening is on screen. */
void reader_after_layout(struct view *v);
void
reader_after_layout(struct view *v)
{
	struct reader *r = R(v);

	int i;

	r->width = 0;
	pane_fit(r->pane);
	reader_relayout(r, v->w - 2);
	if (r->shown)
		cursor_show(v);
	else if (r->top == 0 && !r->opened && v->h < 2 * header_lines(r)) {
		/* A short screen opens on the text, not the header (it is a line up, k, away). */
		for (i = 0; i < r->npara && !r->paras[i].body; i++)
			;
		scroll_to(v, i < r->npara ? r->paras[i].first + r->paras[i].sep : 0);
	} else
		scroll_to(v, r->top);
	r->opened = true;
}

int64_t
reader_article(struct view *v)
{
	return R(v)->a->id;
}

bool
reader_place(struct ui_place *p)
{
	int i;

	for (i = ui.nscreens - 1; i >= 0; i--) {
		if (strcmp(ui.screens[i]->name, "reader") == 0) {
			p->article = R(ui.screens[i]->v[0])->a->id;
			p->cursor = R(ui.screens[i]->v[0])->cursor;
			return true;
		}
	}
	return false;
}
