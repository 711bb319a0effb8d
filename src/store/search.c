/*
 * search.c: khabar's query language, translated into a safe FTS5
 * expression (every term quoted, so no user input is FTS5 syntax), and the
 * ranked search itself.
 *
 *   query   := orexpr
 *   orexpr  := andexpr ("OR" andexpr)*
 *   andexpr := notexpr (["AND"] notexpr)*
 *   notexpr := primary ("NOT" primary)*
 *   primary := [FIELD] (WORD | WORD* | "PHRASE" | "PHRASE"* | "(" orexpr ")")
 *   FIELD   := "title:" | "content:"   (no space before what it applies to)
 */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "store/store-private.h"

#define EXACT_MARK "\xee\x80\x80" /* U+E000, read by the tokenizer */
/* Internal flag of store_search_expr's parser: see parse_primary. */
#define SEARCH_EXACT_POSITIVE 0x100

enum qtok { Q_END, Q_WORD, Q_PHRASE, Q_AND, Q_OR, Q_NOT, Q_LP, Q_RP, Q_BAD };

/* The columns of articles_fts a query may name (FIELD:), as FTS5 names them. */
static const char *const fields[] = { "title", "content" };

/* A small recursive-descent parser over the query string. */
struct qparse {
	const char *s;
	size_t pos;
	enum qtok tok;
	struct buf text; /* the current word or phrase */
	bool prefix;
	const char *field; /* the column the current token is restricted to, or NULL */
	unsigned flags;
	int depth; /* parentheses open around the current token */
	int nterms, nprefixes; /* words and phrases so far; how many of them prefix* */
	int negated; /* > 0 while parsing what a NOT excludes */
	char *error;
	bool limit; /* error is a limit of khabar's, not a syntax error */
	struct store *st; /* where a prefix* is expanded from (its word list), or NULL */
};

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool
is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Read a field ("title:") at q->pos into q->field: ASCII letters and a
 * colon with something other than a space after it.  false (q->error set)
 * for a name that is not a field.
 */
static bool
qfield(struct qparse *q)
{
	const char *s = q->s + q->pos;
	size_t n = 0, i;

	while (is_ascii_letter(s[n]))
		n++;
	if (n == 0 || s[n] != ':')
		return true;
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		if (strlen(fields[i]) == n && strncasecmp(s, fields[i], n) == 0) {
			q->field = fields[i];
			q->pos += n + 1;
			return true;
		}
	}
	if (s[n + 1] == '\0' || is_space(s[n + 1]))
		return true; /* "Note: ..." is a word */
	q->error = xasprintf("unknown field '%.*s:' (a search knows title: and content:;"
			     " quote the word to search for it as it is)", (int)n, s);
	return false;
}

static void
qnext(struct qparse *q)
{
	const char *s = q->s;
	size_t start;

	while (is_space(s[q->pos]))
		q->pos++;
	buf_reset(&q->text);
	q->prefix = false;
	q->field = NULL;
	if (!qfield(q)) {
		q->tok = Q_BAD;
		return;
	}
	if (q->field != NULL && (s[q->pos] == '\0' || is_space(s[q->pos]) || s[q->pos] == ')' ||
				 s[q->pos] == ':')) {
		q->error = xasprintf("%s: needs a word, a \"phrase\" or a '(' right after it", q->field);
		q->tok = Q_BAD;
		return;
	}
	if (s[q->pos] == '\0') {
		q->tok = Q_END;
		return;
	}
	if (s[q->pos] == '(' || s[q->pos] == ')') {
		q->tok = s[q->pos++] == '(' ? Q_LP : Q_RP;
		return;
	}
	if (s[q->pos] == '"') {
		start = ++q->pos;
		while (s[q->pos] != '\0' && s[q->pos] != '"')
			q->pos++;
		buf_add(&q->text, s + start, q->pos - start);
		if (s[q->pos] == '"')
			q->pos++;
		if (s[q->pos] == '*') {
			q->prefix = true;
			q->pos++;
		}
		q->tok = Q_PHRASE;
		return;
	}
	start = q->pos;
	while (s[q->pos] != '\0' && !is_space(s[q->pos]) && s[q->pos] != '(' &&
	       s[q->pos] != ')' && s[q->pos] != '"')
		q->pos++;
	buf_add(&q->text, s + start, q->pos - start);
	if (q->text.len > 1 && q->text.data[q->text.len - 1] == '*') {
		q->prefix = true;
		q->text.data[--q->text.len] = '\0';
	}
	q->tok = Q_WORD;
	if (strcmp(q->text.data, "AND") == 0)
		q->tok = Q_AND;
	else if (strcmp(q->text.data, "OR") == 0)
		q->tok = Q_OR;
	else if (strcmp(q->text.data, "NOT") == 0)
		q->tok = Q_NOT;
}

static int
count_word(void *ctx, const char *s, size_t start, size_t end)
{
	(*(int *)ctx)++;
	return 0;
}

/* Where the last word of a text is (its bytes [start, end)). */
struct last_word {
	size_t start, end;
};

static int
note_word(void *ctx, const char *s, size_t start, size_t end)
{
	struct last_word *w = ctx;

	w->start = start;
	w->end = end;
	return 0;
}

/* How many letters (code points once folded) the prefix of a prefix term has: its last word's. */
static size_t
prefix_letters(const char *text)
{
	struct text_words *w = text_words_new();
	struct last_word lw = { 0, 0 };
	size_t n;
	char *f;

	if (w == NULL)
		return 0;
	text_words_each(w, text, strlen(text), note_word, &lw);
	text_words_free(w);
	f = text_fold(text + lw.start, lw.end - lw.start);
	n = utf8_count(f, strlen(f));
	free(f);
	return n;
}

/* Does text hold at least one word the tokenizer would index? */
static bool
has_words(const char *text)
{
	struct text_words *w = text_words_new();
	int n = 0;

	if (w == NULL)
		return true;
	text_words_each(w, text, strlen(text), count_word, &n);
	text_words_free(w);
	return n > 0;
}

/* Append text as an FTS5 string, optionally marked exact. */
static void
add_string(struct buf *out, const char *text, bool exact, bool prefix)
{
	const char *p;

	buf_addc(out, '"');
	if (exact)
		buf_adds(out, EXACT_MARK);
	for (p = text; *p; p++) {
		if (*p == '"')
			buf_addc(out, '"');
		buf_addc(out, *p);
	}
	buf_addc(out, '"');
	if (prefix)
		buf_addc(out, '*');
}

static int parse_or(struct qparse *q, struct buf *out);

/* Refuse a term beyond the query's limits (see store.h); 0 when within them. */
static int
check_limits(struct qparse *q)
{
	size_t n;

	q->limit = true;
	if (++q->nterms > STORE_QUERY_MAX_TERMS) {
		q->error = xasprintf("the query has more than %d words and phrases (the limit)",
				     STORE_QUERY_MAX_TERMS);
		return -1;
	}
	if (q->prefix && ++q->nprefixes > STORE_QUERY_MAX_PREFIXES) {
		q->error = xasprintf("the query has more than %d prefix* terms (the limit)",
				     STORE_QUERY_MAX_PREFIXES);
		return -1;
	}
	if (q->prefix && (n = prefix_letters(q->text.data)) < STORE_QUERY_MIN_PREFIX) {
		q->error = xasprintf("the prefix '%s*' is too short: a prefix needs at least %d letters"
				     " before the '*'", q->text.data, STORE_QUERY_MIN_PREFIX);
		return -1;
	}
	q->limit = false;
	return 0;
}

/*
 * A prefix* as the words it stands for, from the archive's word list
 * (search_terms): ("w1" OR "w2" ...), exact forms.  FTS5 would merge the
 * matches of every such word before giving the first one (a cost that
 * grows with the archive); as an OR of words, it walks them newest first
 * together and stops at the page's end.  1 when written, 0 when the
 * prefix is left to FTS5 (not one word, no word or more than
 * STORE_PREFIX_MAX_WORDS words start with it), -1 on error.
 */
static int
expand_prefix(struct qparse *q, struct buf *out)
{
	struct last_word lw = { 0, 0 };
	struct text_words *tw = text_words_new();
	sqlite3_stmt *s;
	struct buf words;
	char *f, *hi;
	int n = 0, nw = 0, rc;
	size_t len;

	if (tw == NULL)
		return 0;
	text_words_each(tw, q->text.data, q->text.len, count_word, &nw);
	text_words_each(tw, q->text.data, q->text.len, note_word, &lw);
	text_words_free(tw);
	if (nw != 1)
		return 0;
	f = text_fold(q->text.data + lw.start, lw.end - lw.start);
	if ((len = strlen(f)) == 0 || (unsigned char)f[len - 1] == 0xff) {
		free(f);
		return 0;
	}
	hi = xstrdup(f);
	hi[len - 1]++; /* the first string after every one that starts with f */
	s = store_stmt(q->st, STMT_TERM_RANGE,
		       "SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3",
		       &q->error);
	if (s == NULL) {
		free(f);
		free(hi);
		return -1;
	}
	sqlite3_bind_text(s, 1, f, (int)len, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, hi, (int)len, SQLITE_STATIC);
	sqlite3_bind_int(s, 3, STORE_PREFIX_MAX_WORDS + 1);
	buf_init(&words);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		buf_adds(&words, n++ ? " OR " : "(");
		add_string(&words, (const char *)sqlite3_column_text(s, 0), true, false);
	}
	sqlite3_reset(s);
	free(f);
	free(hi);
	if (rc != SQLITE_DONE) {
		buf_free(&words);
		store_fail(store_db(q->st), "reading the word list", &q->error);
		return -1;
	}
	if (n > 0 && n <= STORE_PREFIX_MAX_WORDS) {
		buf_add(out, words.data, words.len);
		buf_addc(out, ')');
	}
	buf_free(&words);
	return n > 0 && n <= STORE_PREFIX_MAX_WORDS;
}

/*
 * A term: exact form OR stem form, so exact matches score on both.  A
 * prefix and a quoted word or phrase are exact forms only.  With
 * SEARCH_EXACT_POSITIVE, the words a NOT does not exclude are exact forms
 * only: the expression then matches the articles that have the exact form
 * of every word (a subset of what the plain expression matches).
 */
static int
parse_primary(struct qparse *q, struct buf *out)
{
	if (q->tok == Q_BAD)
		return -1;
	if (q->field != NULL)
		buf_printf(out, "%s : ", q->field);
	if (q->tok == Q_LP) {
		/* The only recursion of the parser: bounded, or ((((... overflows the stack. */
		if (q->depth >= STORE_QUERY_MAX_DEPTH) {
			q->error = xasprintf("query nested too deeply (more than %d levels)",
					     STORE_QUERY_MAX_DEPTH);
			return -1;
		}
		q->depth++;
		qnext(q);
		buf_addc(out, '(');
		if (parse_or(q, out) != 0 || q->tok == Q_BAD)
			return -1;
		if (q->tok != Q_RP) {
			q->error = xstrdup("missing ')'");
			return -1;
		}
		buf_addc(out, ')');
		q->depth--;
		qnext(q);
		return 0;
	}
	if (q->tok != Q_WORD && q->tok != Q_PHRASE) {
		q->error = xstrdup(q->tok == Q_END ? "the query ends where a word was expected"
						   : "AND, OR, NOT or ')' where a word was expected");
		return -1;
	}
	if (check_limits(q) != 0)
		return -1;
	if (q->prefix && q->tok == Q_WORD && q->st != NULL) {
		int e = expand_prefix(q, out);
		if (e < 0)
			return -1;
		if (e > 0) {
			qnext(q);
			return 0;
		}
	}
	if (q->prefix || q->tok == Q_PHRASE || (q->flags & STORE_SEARCH_EXACT) ||
	    ((q->flags & SEARCH_EXACT_POSITIVE) && q->negated == 0)) {
		add_string(out, q->text.data, true, q->prefix);
	} else {
		buf_addc(out, '(');
		add_string(out, q->text.data, true, false);
		buf_adds(out, " OR ");
		add_string(out, q->text.data, false, false);
		buf_addc(out, ')');
	}
	qnext(q);
	return 0;
}

/* Skip words with nothing searchable in them (lone punctuation). */
static void
skip_empty(struct qparse *q)
{
	while ((q->tok == Q_WORD || q->tok == Q_PHRASE) && !has_words(q->text.data))
		qnext(q);
}

static int
parse_not(struct qparse *q, struct buf *out)
{
	skip_empty(q);
	if (parse_primary(q, out) != 0)
		return -1;
	skip_empty(q);
	while (q->tok == Q_NOT) {
		qnext(q);
		skip_empty(q);
		buf_adds(out, " NOT ");
		q->negated++;
		if (parse_primary(q, out) != 0)
			return -1;
		q->negated--;
		skip_empty(q);
	}
	return 0;
}

static int
parse_and(struct qparse *q, struct buf *out)
{
	if (parse_not(q, out) != 0)
		return -1;
	for (;;) {
		if (q->tok == Q_AND)
			qnext(q);
		else if (q->tok != Q_WORD && q->tok != Q_PHRASE && q->tok != Q_LP)
			return 0;
		buf_adds(out, " AND ");
		if (parse_not(q, out) != 0)
			return -1;
	}
}

static int
parse_or(struct qparse *q, struct buf *out)
{
	if (parse_and(q, out) != 0)
		return -1;
	while (q->tok == Q_OR) {
		qnext(q);
		buf_adds(out, " OR ");
		if (parse_and(q, out) != 0)
			return -1;
	}
	return 0;
}

/* The FTS5 expression of query; prefixes expanded from st's word list when st is not NULL. */
static char *
search_expr(struct store *st, const char *query, unsigned flags, char **cause)
{
	struct qparse q = { .s = query, .flags = flags, .st = st && st->word_list ? st : NULL };
	struct buf out;

	buf_init(&out);
	buf_init(&q.text);
	qnext(&q);
	skip_empty(&q);
	if (q.tok == Q_BAD)
		goto fail_q;
	if (q.tok == Q_END) {
		*cause = xstrdup("the query has no words to search for");
		goto fail;
	}
	if (parse_or(&q, &out) != 0)
		goto fail_q;
	if (q.tok == Q_BAD)
		goto fail_q;
	if (q.tok != Q_END) {
		q.error = xstrdup(q.tok == Q_RP ? "unbalanced ')'" : "unexpected word");
		goto fail_q;
	}
	buf_free(&q.text);
	return buf_detach(&out);
fail_q:
	if (q.limit)
		*cause = xstrdup(q.error);
	else
		*cause = xasprintf("bad query at character %zu: %s", q.pos, q.error);
	free(q.error);
fail:
	buf_free(&q.text);
	buf_free(&out);
	return NULL;
}

char *
store_search_expr(const char *query, unsigned flags, char **cause)
{
	return search_expr(NULL, query, flags, cause);
}

char *
store_search_expand(struct store *st, const char *query, unsigned flags, char **cause)
{
	return search_expr(st, query, flags, cause);
}

/*
 * The time limit of one search: SQLite calls deadline_passed every
 * DEADLINE_OPS virtual-machine steps, and a true answer interrupts the
 * statement (SQLITE_INTERRUPT).
 */
#define DEADLINE_OPS 100

struct deadline {
	struct timespec end;
};

/* t plus ns nanoseconds. */
static void
ts_add_ns(struct timespec *t, long long ns)
{
	ns += t->tv_nsec;
	t->tv_sec += (time_t)(ns / 1000000000LL);
	t->tv_nsec = (long)(ns % 1000000000LL);
}

/* b - a in nanoseconds. */
static long long
ts_diff_ns(const struct timespec *a, const struct timespec *b)
{
	return (long long)(b->tv_sec - a->tv_sec) * 1000000000LL + (b->tv_nsec - a->tv_nsec);
}

static int
deadline_passed(void *ctx)
{
	struct deadline *d = ctx;
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > d->end.tv_sec || (now.tv_sec == d->end.tv_sec && now.tv_nsec >= d->end.tv_nsec);
}

/* Start the clock of a search on st (the store's timeout from now). */
static void
deadline_start(struct store *st, struct deadline *d)
{
	long ms = st->search_ms > 0 ? st->search_ms : STORE_SEARCH_TIMEOUT_MS;

	clock_gettime(CLOCK_MONOTONIC, &d->end);
	if (st->search_ms < 0)
		d->end.tv_sec -= 1;
	else
		ts_add_ns(&d->end, (long long)ms * 1000000LL);
	sqlite3_progress_handler(st->db, DEADLINE_OPS, deadline_passed, d);
}

/* Stop the clock; a search that failed set *cause, which an interrupt rewrites. */
static void
deadline_stop(struct store *st, int ret, char **cause)
{
	long ms = st->search_ms > 0 ? st->search_ms : st->search_ms < 0 ? 0 : STORE_SEARCH_TIMEOUT_MS;

	sqlite3_progress_handler(st->db, 0, NULL, NULL);
	if (ret != 0 && sqlite3_errcode(st->db) == SQLITE_INTERRUPT) {
		free(*cause);
		*cause = xasprintf("the search took longer than %ld.%ld s (the limit) and was stopped:"
				   " use longer prefixes or more words", ms / 1000, ms % 1000 / 100);
	}
}

void
store_set_search_timeout(struct store *st, long ms)
{
	st->search_ms = ms;
}

/*
 * The two groups a search lists, in order: the articles that have the exact
 * (folded) form of every word, then those that match only by stem.  expr[0]
 * and expr[1] are their FTS5 expressions (caller frees); expr[1] is NULL
 * when nothing can match by stem only (--exact, or only exact terms).
 */
static int
group_exprs(struct store *st, const char *query, unsigned flags, char **expr, char **cause)
{
	char *full, *exact;

	expr[0] = expr[1] = NULL;
	if ((full = search_expr(st, query, flags, cause)) == NULL)
		return -1;
	if ((exact = search_expr(st, query, flags | SEARCH_EXACT_POSITIVE, cause)) == NULL) {
		free(full);
		return -1;
	}
	expr[0] = exact;
	if (strcmp(full, exact) != 0)
		expr[1] = xasprintf("(%s) NOT (%s)", full, exact);
	free(full);
	return 0;
}

/* What one page of one group shares with the next: the caller's and the clock's. */
struct page {
	struct store *st;
	struct store_search_cursor *c;
	struct deadline *d;
	store_hit_cb cb;
	void *ctx;
	int64_t got; /* hits given */
	bool stop;   /* the callback asked to stop */
};

/*
 * Give the hit of s's current row to the callback, off the search's clock
 * (a slow pipe or the screen is not the search's time).
 */
static void
page_hit(struct page *p, sqlite3_stmt *s)
{
	struct timespec t0, t1;
	struct store_hit h;
	char *lead = NULL;

	h.id = sqlite3_column_int64(s, 0);
	h.title = (const char *)sqlite3_column_text(s, 1);
	if (sqlite3_column_type(s, 6) != SQLITE_NULL)
		h.title = lead = store_lead_title((const char *)sqlite3_column_text(s, 6));
	h.date = (const char *)sqlite3_column_text(s, 2);
	h.source = (const char *)sqlite3_column_text(s, 3);
	h.snippet = (const char *)sqlite3_column_text(s, 4);
	h.score = -sqlite3_column_double(s, 5);
	h.exact = p->c->group == 0;
	sqlite3_progress_handler(p->st->db, 0, NULL, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	p->stop = p->cb(p->ctx, &h) != 0;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ts_add_ns(&p->d->end, ts_diff_ns(&t0, &t1));
	sqlite3_progress_handler(p->st->db, DEADLINE_OPS, deadline_passed, p->d);
	free(lead);
	p->got++;
}

/*
 * Step s (finalized here) to its end or until the callback stops, giving
 * each row to the callback and moving the cursor past it: by the window's
 * offset when ranked, else to below its id.
 */
static int
page_rows(struct page *p, sqlite3_stmt *s, bool ranked, char **cause)
{
	int rc = SQLITE_DONE;

	while (!p->stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (ranked)
			p->c->offset++;
		else
			p->c->below = sqlite3_column_int64(s, 0);
		page_hit(p, s);
	}
	sqlite3_finalize(s);
	if (!p->stop && rc != SQLITE_DONE)
		return store_fail(p->st->db, "searching", cause);
	return 0;
}

#define HIT_COLUMNS(score)                                                                       \
	"SELECT a.id, coalesce(a.title, ''), a.date, s.name,"                                    \
	" khabar_snippet(articles_fts, '" STORE_MARK_OPEN "', '" STORE_MARK_CLOSE "', '…', 20),"  \
	" " score ", CASE WHEN a.title IS NULL THEN substr(a.content, 1, 240) END"

/*
 * Newest first: FTS5 walks the matches from the highest id down and stops
 * at the limit, so a page costs the hits it gives (plus the non-matching
 * rows it skips), however many articles match; its snippets are made for
 * the rows given only.  The next page starts below the last id given.
 */
static int
page_newest(struct page *p, const char *expr, int64_t limit, char **cause)
{
	static const char sql[] =
		HIT_COLUMNS("0.0")
		" FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid"
		" LEFT JOIN sources s ON s.id = a.source_id"
		" WHERE articles_fts MATCH ?1 AND articles_fts.rowid < ?2"
		" ORDER BY articles_fts.rowid DESC LIMIT ?3";
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(p->st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(p->st->db, "preparing the search", cause);
	sqlite3_bind_text(s, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, p->c->below > 0 ? p->c->below : INT64_MAX);
	sqlite3_bind_int64(s, 3, limit > 0 ? limit : -1);
	return page_rows(p, s, false, cause);
}

/* How many of the newest STORE_SEARCH_WINDOW matches there are, and the oldest one's id. */
static int
window_of(struct page *p, const char *expr, char **cause)
{
	sqlite3_stmt *s = NULL;
	int ret = 0;

	if (sqlite3_prepare_v2(p->st->db,
			       "SELECT count(*), min(r) FROM (SELECT rowid AS r FROM articles_fts"
			       " WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)",
			       -1, &s, NULL) != SQLITE_OK)
		return store_fail(p->st->db, "preparing the search", cause);
	sqlite3_bind_text(s, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, STORE_SEARCH_WINDOW);
	if (sqlite3_step(s) == SQLITE_ROW) {
		p->c->wcount = sqlite3_column_int64(s, 0);
		p->c->wmin = sqlite3_column_int64(s, 1);
		p->c->window = true;
	} else
		ret = store_fail(p->st->db, "searching", cause);
	sqlite3_finalize(s);
	return ret;
}

/*
 * Best match first, within the newest STORE_SEARCH_WINDOW matches:
 * khabar_rank (rank.c: BM25, title words weigh 4, text words 1) scores the
 * window's rows only, and learns how rare each word is from at most 1,000
 * of its articles, so the cost is bounded whatever the archive's size.
 * The snippets come from one more pass over the window (a prefix would be
 * expanded again for each row looked up one by one).
 */
static int
page_ranked(struct page *p, const char *expr, int64_t limit, char **cause)
{
	static const char sql[] =
		HIT_COLUMNS("top.score")
		" FROM articles_fts CROSS JOIN"
		" (SELECT r, score FROM (SELECT rowid AS r,"
		"   khabar_rank(articles_fts, (SELECT max(id) FROM articles), 4.0, 1.0) AS score"
		"   FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?4)"
		"  ORDER BY score, r DESC LIMIT ?3 OFFSET ?2) AS top ON top.r = articles_fts.rowid"
		" JOIN articles a ON a.id = top.r"
		" LEFT JOIN sources s ON s.id = a.source_id"
		" WHERE articles_fts MATCH ?1 AND articles_fts.rowid >= ?5"
		" ORDER BY top.score, top.r DESC";
	sqlite3_stmt *s = NULL;

	if (!p->c->window && window_of(p, expr, cause) != 0)
		return -1;
	if (sqlite3_prepare_v2(p->st->db, sql, -1, &s, NULL) != SQLITE_OK)
		return store_fail(p->st->db, "preparing the search", cause);
	sqlite3_bind_text(s, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, p->c->offset);
	sqlite3_bind_int64(s, 3, limit > 0 ? limit : -1);
	sqlite3_bind_int64(s, 4, STORE_SEARCH_WINDOW);
	sqlite3_bind_int64(s, 5, p->c->wmin);
	return page_rows(p, s, true, cause);
}

/* The cursor at the start of the next group. */
static void
cursor_next_group(struct store_search_cursor *c)
{
	int g = c->group + 1;

	memset(c, 0, sizeof *c);
	c->group = g;
}

int
store_search_next(struct store *st, const char *query, unsigned flags,
		  struct store_search_cursor *c, int64_t limit, store_hit_cb cb, void *ctx,
		  char **cause)
{
	struct deadline d;
	struct page p = { st, c, &d, cb, ctx, 0, false };
	char *expr[2];
	int64_t before, want;
	bool ranked;
	int ret = 0;

	if (group_exprs(st, query, flags, expr, cause) != 0)
		return -1;
	deadline_start(st, &d);
	while (ret == 0 && !p.stop && c->group < 2 && (limit <= 0 || p.got < limit)) {
		if (expr[c->group] == NULL) {
			cursor_next_group(c);
			continue;
		}
		before = p.got;
		want = limit > 0 ? limit - p.got : 0;
		ranked = (flags & STORE_SEARCH_RELEVANCE) && !c->ranked_done;
		ret = ranked ? page_ranked(&p, expr[c->group], want, cause)
			     : page_newest(&p, expr[c->group], want, cause);
		if (ret != 0 || p.stop || (want > 0 && p.got - before == want))
			break;
		/* This part of the group is through: older matches after a full window, else the next group. */
		if (ranked && c->wcount >= STORE_SEARCH_WINDOW) {
			c->ranked_done = true;
			c->below = c->wmin;
		} else
			cursor_next_group(c);
	}
	deadline_stop(st, ret, cause);
	free(expr[0]);
	free(expr[1]);
	return ret;
}

/* store_search_page's callback: skip the first hits, give the rest. */
struct skip {
	int64_t skip;
	store_hit_cb cb;
	void *ctx;
};

static int
skip_hit(void *ctx, const struct store_hit *h)
{
	struct skip *k = ctx;

	if (k->skip > 0) {
		k->skip--;
		return 0;
	}
	return k->cb(k->ctx, h);
}

int
store_search_page(struct store *st, const char *query, unsigned flags, int64_t offset,
		  int64_t limit, store_hit_cb cb, void *ctx, char **cause)
{
	struct store_search_cursor c = { 0 };
	struct skip k = { offset > 0 ? offset : 0, cb, ctx };

	return store_search_next(st, query, flags, &c, limit > 0 ? k.skip + limit : 0, skip_hit, &k,
				 cause);
}

int
store_search(struct store *st, const char *query, unsigned flags, int64_t limit,
	     store_hit_cb cb, void *ctx, char **cause)
{
	struct store_search_cursor c = { 0 };

	return store_search_next(st, query, flags, &c, limit, cb, ctx, cause);
}

/* How many articles expr matches, counting at most cap + 1 of them (cap <= 0: all). */
static int
count_matches(struct store *st, const char *expr, int64_t cap, int64_t *n, char **cause)
{
	sqlite3_stmt *s = NULL;
	int ret = 0;

	if (sqlite3_prepare_v2(st->db,
			       "SELECT count(*) FROM (SELECT rowid FROM articles_fts"
			       " WHERE articles_fts MATCH ?1 LIMIT ?2)",
			       -1, &s, NULL) != SQLITE_OK)
		return store_fail(st->db, "preparing the search", cause);
	sqlite3_bind_text(s, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, cap > 0 ? cap + 1 : -1);
	if (sqlite3_step(s) == SQLITE_ROW)
		*n = sqlite3_column_int64(s, 0);
	else
		ret = store_fail(st->db, "counting matches", cause);
	sqlite3_finalize(s);
	return ret;
}

int
store_search_count(struct store *st, const char *query, unsigned flags, int64_t *n, char **cause)
{
	struct deadline d;
	char *expr = search_expr(st, query, flags, cause);
	int ret;

	*n = 0;
	if (expr == NULL)
		return -1;
	deadline_start(st, &d);
	ret = count_matches(st, expr, 0, n, cause);
	deadline_stop(st, ret, cause);
	free(expr);
	return ret;
}

int
store_search_counts(struct store *st, const char *query, unsigned flags, int64_t cap,
		    struct store_search_counts *n, char **cause)
{
	struct deadline d;
	char *expr[2], *full;
	int64_t all = 0;
	int ret;

	memset(n, 0, sizeof *n);
	if (group_exprs(st, query, flags, expr, cause) != 0)
		return -1;
	deadline_start(st, &d);
	ret = count_matches(st, expr[0], cap, &n->exact, cause);
	if (ret == 0 && cap > 0 && n->exact > cap) {
		/* Past the cap: the stem-only matches would cost a walk over all of these. */
		n->exact = cap;
		n->exact_more = true;
		n->stem = -1;
	} else if (ret == 0 && expr[1] != NULL) {
		/* Every exact match is a match: count the matches up to cap past the exact ones. */
		full = search_expr(st, query, flags, cause);
		ret = full == NULL ? -1 : count_matches(st, full, cap > 0 ? n->exact + cap : 0, &all, cause);
		free(full);
		n->stem = all - n->exact;
		if (ret == 0 && cap > 0 && n->stem > cap) {
			n->stem = cap;
			n->stem_more = true;
		}
	}
	deadline_stop(st, ret, cause);
	free(expr[0]);
	free(expr[1]);
	return ret;
}

char *
store_search_counts_text(const struct store_search_counts *n)
{
	if (n->stem < 0)
		return xasprintf("%lld%s exact", (long long)n->exact, n->exact_more ? "+" : "");
	return xasprintf("%lld exact, %lld%s by stem", (long long)n->exact, (long long)n->stem,
			 n->stem_more ? "+" : "");
}
