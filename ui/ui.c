/*
 * ui.c: the reader's main loop: the screen stack, layout then drawing,
 * the title bar and status line, key and mouse dispatch, the input line,
 * and the jump history.
 */
#include "config.h"
#include <langinfo.h>
#include <stdarg.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include "app/app.h"
#include "import/import.h"
#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

#define MIN_COLS 40
#define MIN_LINES 10

struct ui ui;

void browse_free(void);
void reader_after_layout(struct view *v);

/* ---- Screens ---- */

struct screen *
ui_top(void)
{
	return ui.nscreens ? ui.screens[ui.nscreens - 1] : NULL;
}

void
ui_push(struct screen *s)
{
	if (ui.nscreens == (int)(sizeof ui.screens / sizeof ui.screens[0])) {
		ui_message(true, "too many screens open: q goes back");
		return;
	}
	ui.screens[ui.nscreens++] = s;
	ui.relayout = true;
}

static void
screen_free(struct screen *s)
{
	int i;

	if (!s->heap)
		return;
	for (i = 0; i < 2; i++)
		view_free(s->v[i]);
	free(s);
}

void
ui_pop(void)
{
	if (ui.nscreens == 0)
		return;
	screen_free(ui.screens[--ui.nscreens]);
	ui.relayout = true;
}

void
ui_message(bool error, const char *fmt, ...)
{
	va_list ap;
	char tmp[1024];

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	free(ui.message);
	ui.message = xstrdup(tmp);
	ui.message_error = error;
}

/* ---- Layout ---- */

static bool
too_small(void)
{
	return COLS < MIN_COLS || LINES < MIN_LINES;
}

/* The browser's navigation pane's width on this screen (0: hidden). */
static int
nav_cells(void)
{
	int lo = COLS / 3 < 22 ? COLS / 3 : 22, w = COLS / 4 < lo ? lo : COLS / 4 > 36 ? 36 : COLS / 4;
	bool shown = ui.nav_shown >= 0 ? ui.nav_shown == 1 : COLS >= ui.nav_hide_below;

	if (ui.nav_width > 0)
		w = ui.nav_width;
	if (!shown)
		return 0;
	if (w > COLS - 24) /* the article list keeps 24 cells */
		w = COLS - 24;
	return w < 8 ? 8 : w;
}

static void
place(struct view *v, int y, int x, int h, int w)
{
	v->y = y;
	v->x = x;
	v->h = h;
	v->w = w;
}

void
ui_layout_all(void)
{
	struct screen *s = ui_top();
	int h = LINES - 2, navw, paneh;

	ui.relayout = false;
	if (s == NULL || too_small())
		return;
	if (s->nv == 1)
		place(s->v[0], 1, 0, h, COLS);
	else if (s->split == 0 && (navw = nav_cells()) == 0) {
		place(s->v[0], 1, 0, h, 0); /* hidden */
		place(s->v[1], 1, 0, h, COLS);
		s->focus = 1;
	} else if (s->split == 0) {
		place(s->v[0], 1, 0, h, navw);
		place(s->v[1], 1, navw + 1, h, COLS - navw - 1);
	} else {
		/*
		 * The statements pane: a quarter, at least 3 rows, never more than
		 * a third; on a screen too short for both, none (the text first).
		 */
		paneh = h / 4 < 3 ? 3 : h / 4;
		if (paneh > h / 3)
			paneh = h / 3;
		if (h < 16)
			paneh = 0;
		place(s->v[0], 1, 0, h - paneh, COLS);
		place(s->v[1], 1 + h - paneh, 0, paneh, paneh > 0 ? COLS : 0);
		if (paneh == 0)
			s->focus = 0;
	}
	if (strcmp(s->name, "reader") == 0)
		reader_after_layout(s->v[0]);
	else if (s->v[0]->ops->columns)
		view_move(s->v[0], s->v[0]->cur);
	if (s->nv > 1 && s->v[1]->ops->columns)
		view_move(s->v[1], s->v[1]->cur);
}

/* ---- Drawing ---- */

static void
draw_title_bar(void)
{
	static const char *const names[] = { "1 Date", "2 Speaker", "3 Topic", "4 Source" };
	struct screen *s = ui_top();
	int i, x = 0;
	bool browsing = s && strcmp(s->name, "browse") == 0;

	ui_fill(0, 0, COLS, UA_BAR);
	x += ui_draw_text(0, 1, 7, "khabar", UA_BAR, AL_LEFT) + 3;
	for (i = 0; i < 4; i++) {
		enum ui_attr a = browsing && ui.browse == i + 1 ? UA_BAR_ON : UA_BAR;
		ui_fill(0, x - 1, (int)strlen(names[i]) + 2, a);
		x += ui_draw_text(0, x, COLS - x, names[i], a, AL_LEFT) + 2;
	}
	if (s && !browsing)
		ui_draw_text(0, x + 2, COLS - x - 3, s->name, UA_BAR, AL_LEFT);
}

static void
draw_status(void)
{
	struct screen *s = ui_top();
	struct view *v = s ? s->v[s->focus] : NULL;
	struct buf b;
	const char *hint = "? help  q back  / search  Tab pane", *full = v ? view_cut_text(v) : NULL;
	int hw = (int)strlen(hint), x;

	ui_fill(LINES - 1, 0, COLS, ui.message_error && ui.message ? UA_ERROR : UA_BAR);
	if (ui.message) {
		ui_draw_text(LINES - 1, 1, COLS - 2, ui.message, ui.message_error ? UA_ERROR : UA_BAR,
			     AL_LEFT);
		return;
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	if (v && v->ops->status)
		v->ops->status(v, &b);
	if (full != NULL) { /* the selected row's whole text (as much as fits), where the hints were */
		x = 1 + ui_draw_text(LINES - 1, 1, COLS - 2, b.data, UA_BAR, AL_LEFT) + 3;
		if (x < COLS - 8)
			ui_draw_text(LINES - 1, x, COLS - x - 1, full, UA_BAR, AL_AUTO);
	} else if ((int)utf8_count(b.data, b.len) + hw + 4 <= COLS) {
		ui_draw_text(LINES - 1, 1, COLS - hw - 4, b.data, UA_BAR, AL_LEFT);
		ui_draw_text(LINES - 1, COLS - hw - 1, hw, hint, UA_BAR, AL_LEFT);
	} else
		ui_draw_text(LINES - 1, 1, COLS - 2, b.data, UA_BAR, AL_LEFT);
	buf_free(&b);
}

static void
draw_small(void)
{
	erase();
	mvprintw(LINES / 2 > 0 ? LINES / 2 - 1 : 0, 0, "khabar needs at least %dx%d;", MIN_COLS, MIN_LINES);
	mvprintw(LINES / 2, 0, "this terminal is %dx%d.", COLS, LINES);
	mvprintw(LINES / 2 + 1, 0, "Enlarge it (or Q quits).");
}

void
ui_draw_all(void)
{
	struct screen *s = ui_top();
	int i, y;

	if (too_small()) {
		draw_small();
		refresh();
		return;
	}
	ui_links_clear();
	ui_term_controls_begin();
	draw_title_bar();
	for (i = 0; s && i < s->nv; i++) {
		s->v[i]->focused = i == s->focus;
		if (s->v[i]->w <= 0)
			continue;
		if (s->v[i]->ops->draw)
			s->v[i]->ops->draw(s->v[i]);
		else
			view_list_draw(s->v[i]);
	}
	if (s && s->nv == 2 && s->split == 0 && s->v[0]->w > 0)
		for (y = 1; y < LINES - 1; y++)
			mvadd_wch(y, s->v[1]->x - 1, WACS_VLINE);
	draw_status();
	refresh();
	ui_term_links();
	ui_term_controls();
}

/* ---- The input line ---- */

/* The input line's text (logical UTF-8) and cursor (byte offset), and what Tab and Up/Down use. */
struct input {
	struct buf text;
	size_t cur;
	ui_complete_fn complete;
	size_t stem;            /* Tab: the length of the text being completed */
	int ncomplete;          /* Tab: which completion comes next (-1: none yet) */
	struct ui_history *hist;
	int ihist;              /* Up/Down: the history item shown (hist->n: the text typed) */
};

/* Replace the whole text. */
static void
input_set(struct input *in, const char *s)
{
	buf_reset(&in->text);
	buf_add(&in->text, "", 0);
	buf_adds(&in->text, s);
	in->cur = in->text.len;
}

/* Tab: the first word becomes the next of its completions (in turn). */
static void
input_complete(struct input *in)
{
	const char *w;
	char *rest;
	size_t end = strcspn(in->text.data, " ");

	if (in->complete == NULL)
		return;
	if (in->ncomplete < 0) {
		in->stem = end;
		in->ncomplete = 0;
	}
	if ((w = in->complete(in->text.data, in->stem, in->ncomplete++)) == NULL) {
		in->ncomplete = 0;
		if ((w = in->complete(in->text.data, in->stem, in->ncomplete++)) == NULL)
			return;
	}
	rest = xstrdup(in->text.data + end);
	input_set(in, w);
	buf_adds(&in->text, *rest ? rest : " ");
	in->cur = strlen(w) + 1;
	free(rest);
}

/* Up (dir -1) and Down (1): an earlier answer, or back to the text being typed. */
static void
input_recall(struct input *in, int dir)
{
	int i = in->ihist + dir;

	if (in->hist == NULL || i < 0 || i > in->hist->n)
		return;
	in->ihist = i;
	input_set(in, i < in->hist->n ? in->hist->items[i] : "");
}

/* Byte offset of the previous (dir -1) or next (1) code point from the cursor. */
static size_t
input_step(struct input *in, int dir)
{
	size_t p = in->cur;

	if (dir < 0) {
		while (p > 0 && (in->text.data[--p] & 0xC0) == 0x80)
			;
		return p;
	}
	if (p < in->text.len)
		utf8_next(in->text.data, in->text.len, &p);
	return p;
}

/* Collect word starts for word movement. */
struct word_stops {
	size_t cur, best;
	int dir;
};

static int
word_stop(void *ctx, const char *s, size_t start, size_t end)
{
	struct word_stops *w = ctx;

	if (w->dir < 0 && start < w->cur)
		w->best = start;
	if (w->dir > 0 && end > w->cur && w->best == (size_t)-1)
		w->best = end;
	return 0;
}

static size_t
input_word(struct input *in, int dir)
{
	struct text_words *tw = text_words_new();
	struct word_stops w = { in->cur, (size_t)-1, dir };

	text_words_each(tw, in->text.data, in->text.len, word_stop, &w);
	text_words_free(tw);
	if (w.best == (size_t)-1)
		return dir < 0 ? 0 : in->text.len;
	return w.best;
}

static void
input_delete(struct input *in, size_t from, size_t to)
{
	memmove(in->text.data + from, in->text.data + to, in->text.len - to + 1);
	in->text.len -= to - from;
	in->cur = from;
}

static void
input_insert(struct input *in, int cp)
{
	char u[5];
	size_t n = utf8_put((uint32_t)cp, u);

	buf_add(&in->text, u, n); /* grow, then move the tail */
	memmove(in->text.data + in->cur + n, in->text.data + in->cur, in->text.len - n - in->cur);
	memcpy(in->text.data + in->cur, u, n);
	in->cur += n;
}

/* Draw the prompt and the text laid out by the bidi engine; place the cursor. */
static void
input_draw(const char *prompt, struct input *in)
{
	int y = LINES - 1, x0 = (int)strlen(prompt) + 1, w = COLS - x0 - 1, line, col, off = 0, cx;
	struct bidi_para *p = ui_layout(in->text.data, in->text.len, 0, false);
	struct bidi_line *l = p && p->nlines ? &p->lines[0] : NULL;
	bool rtl = p && p->dir == BIDI_RTL && ui_term.bidi == BIDI_TERM_APP;

	ui_fill(y, 0, COLS, UA_NORMAL);
	mvaddstr(y, 0, prompt);
	if (l && rtl && l->width < w)
		off = w - l->width;
	if (l && l->width <= w)
		ui_draw_cells(y, x0 + off, l, UA_NORMAL, NULL, NULL);
	else if (l)
		ui_draw_text(y, x0, w, in->text.data, UA_NORMAL, AL_AUTO);
	if (in->cur >= in->text.len || l == NULL)
		cx = rtl ? x0 + off - 1 : x0 + (l ? l->width : 0);
	else if (bidi_logical_to_visual(p, in->cur, &line, &col))
		cx = x0 + off + col;
	else
		cx = x0;
	move(y, cx < 0 ? 0 : cx >= COLS ? COLS - 1 : cx);
	bidi_para_free(p);
	refresh();
}

/* Apply one key; 1 accept, -1 cancel, 0 go on. */
static int
input_key(struct input *in, int k)
{
	if (k != '\t')
		in->ncomplete = -1; /* Tab completes what is typed now */
	switch (k) {
	case '\r': return 1;
	case 27: case 7: return -1;
	case UI_KEY_FN | KEY_BACKSPACE: case 127: case 8:
		if (in->cur > 0)
			input_delete(in, input_step(in, -1), in->cur);
		return 0;
	case UI_KEY_FN | KEY_DC: case 4:
		input_delete(in, in->cur, input_step(in, 1));
		return 0;
	case 23: input_delete(in, input_word(in, -1), in->cur); return 0;   /* C-w */
	case 21: input_delete(in, 0, in->text.len); return 0;               /* C-u */
	case UI_KEY_FN | KEY_LEFT: in->cur = input_step(in, -1); return 0;
	case UI_KEY_FN | KEY_RIGHT: in->cur = input_step(in, 1); return 0;
	case 2: in->cur = input_word(in, -1); return 0;                     /* C-b */
	case 6: in->cur = input_word(in, 1); return 0;                      /* C-f */
	case UI_KEY_FN | KEY_HOME: case 1: in->cur = 0; return 0;
	case UI_KEY_FN | KEY_END: case 5: in->cur = in->text.len; return 0;
	case '\t': input_complete(in); return 0;
	case UI_KEY_FN | KEY_UP: input_recall(in, -1); return 0;
	case UI_KEY_FN | KEY_DOWN: input_recall(in, 1); return 0;
	}
	if (!(k & UI_KEY_FN) && k >= ' ' && !text_is_control((uint32_t)k))
		input_insert(in, k);
	return 0;
}

void (*ui_prompt_live)(const char *text);

char *
ui_prompt(const char *prompt, const char *initial)
{
	return ui_prompt_ex(prompt, initial, NULL, NULL);
}

char *
ui_prompt_ex(const char *prompt, const char *initial, ui_complete_fn complete, struct ui_history *hist)
{
	struct input in = { .complete = complete, .ncomplete = -1, .hist = hist, .ihist = hist ? hist->n : 0 };
	int k, rc = 0;

	if (ui.arg != NULL) { /* a `:` command gave the answer */
		char *a = xstrdup(ui.arg);
		ui.arg = NULL;
		return a;
	}
	buf_init(&in.text);
	buf_add(&in.text, "", 0);
	if (initial)
		text_sanitize_into(&in.text, initial, strlen(initial), false);
	in.cur = in.text.len;
	curs_set(1);
	while (rc == 0) {
		input_draw(prompt, &in);
		if ((k = ui_getkey()) == -1)
			rc = -1;
		else if (k == (UI_KEY_FN | KEY_RESIZE)) {
			ui_layout_all();
			ui_draw_all();
		} else if ((rc = input_key(&in, k)) == 0 && ui_prompt_live) {
			ui_prompt_live(in.text.data);
			ui_draw_all();
		}
	}
	curs_set(0);
	if (rc < 0) {
		buf_free(&in.text);
		return NULL;
	}
	return buf_detach(&in.text);
}

bool
ui_confirm(const char *question)
{
	int k;

	ui_fill(LINES - 1, 0, COLS, UA_ERROR);
	ui_draw_text(LINES - 1, 1, COLS - 2, question, UA_ERROR, AL_LEFT);
	addstr(" (y/n)");
	refresh();
	k = ui_getkey();
	return k == 'y' || k == 'Y';
}

/* ---- Opening and jumping ---- */

void
ui_open_article(int64_t article, int64_t cursor)
{
	struct screen *s, *top = ui_top();
	char *cause = NULL;

	if ((s = reader_screen(article, cursor, &cause)) == NULL) {
		ui_message(true, "%s", cause ? cause : "cannot open the article");
		free(cause);
		return;
	}
	if (top && strcmp(top->name, "reader") == 0)
		ui_pop();
	ui_push(s);
}

static void
hist_push(struct ui_place p)
{
	ui.hist = xrealloc(ui.hist, (size_t)(ui.nhist + 1) * sizeof *ui.hist);
	ui.hist[ui.nhist++] = p;
}

void
ui_jump(int64_t article, int64_t cursor)
{
	struct ui_place here;

	if (reader_place(&here)) {
		ui.nhist = ui.hpos;
		hist_push(here);
		ui.hpos = ui.nhist;
	}
	ui_open_article(article, cursor);
}

void
ui_jump_back(void)
{
	struct ui_place here;

	if (ui.hpos == 0) {
		ui_message(false, "no earlier place in the jump history");
		return;
	}
	if (ui.hpos == ui.nhist && reader_place(&here))
		hist_push(here);
	ui.hpos--;
	while (ui.nscreens > 0 && strcmp(ui_top()->name, "reader") != 0 &&
	       strcmp(ui_top()->name, "browse") != 0)
		ui_pop();
	ui_open_article(ui.hist[ui.hpos].article, ui.hist[ui.hpos].cursor);
}

bool
ui_jump_forward(void)
{
	if (ui.hpos + 1 >= ui.nhist)
		return false;
	ui.hpos++;
	ui_open_article(ui.hist[ui.hpos].article, ui.hist[ui.hpos].cursor);
	return true;
}

/* ---- Dispatch ---- */

/* Back to the browser (created if `khabar open` started without it), showing view n. */
static void
go_browse(int n)
{
	struct screen *b = browse_screen();
	int i;

	for (i = 0; i < ui.nscreens && ui.screens[i] != b; i++)
		;
	if (i == ui.nscreens) {
		while (ui.nscreens > 0)
			ui_pop();
		ui_push(b);
	}
	while (ui_top() != b)
		ui_pop();
	browse_set_view(n);
	b->focus = 0;
}

static void
do_search(void)
{
	char *q = ui_prompt("/", ""), *cause = NULL, *total;
	struct screen *s;

	if (q == NULL || *q == '\0') {
		free(q);
		return;
	}
	free(ui.query);
	ui.query = q;
	free(ui.find); /* the reader highlights the search's words again */
	ui.find = NULL;
	if ((s = search_screen(q, &cause)) == NULL) {
		ui_message(true, "%s", cause);
		free(cause);
		return;
	}
	ui_push(s);
	total = search_total(s);
	ui_message(false, "%s results for %s", total, q);
	free(total);
}

static void
do_annotations(void)
{
	struct screen *top = ui_top(), *s;
	char *cause = NULL;
	int64_t article = top && strcmp(top->name, "reader") == 0 ? reader_article(top->v[0]) : 0;

	if ((s = annotations_screen(article, &cause)) == NULL) {
		ui_message(true, "%s", cause);
		free(cause);
		return;
	}
	ui_push(s);
}

/*
 * One end of a date range as typed (YYYY[-MM[-DD]], / for -, digits of
 * any script) normalised into out; an empty end stays empty.  False when
 * bad.
 */
static bool
date_end(const char *s, size_t len, char out[16])
{
	char *f = text_fold(s, len), *d = NULL; /* folding makes every digit ASCII */
	size_t i, n = 0;
	int parts = 1, digits = 0;
	bool ok = true;

	for (i = 0; f[i]; i++)
		if (f[i] != ' ')
			f[n++] = f[i] == '/' ? '-' : f[i];
	f[n] = '\0';
	/* Only YYYY, YYYY-M[M] or YYYY-M[M]-D[D] (import_parse_date allows a tail). */
	for (i = 0; ok && i <= n; i++) {
		if (f[i] >= '0' && f[i] <= '9') {
			digits++;
			continue;
		}
		ok = (f[i] == '-' || f[i] == '\0') && parts <= 3 &&
		     (parts == 1 ? digits == 4 : digits >= 1 && digits <= 2);
		parts++;
		digits = 0;
	}
	out[0] = '\0';
	if (ok && n > 0 && (d = import_parse_date(f)) != NULL && strlen(d) < 16)
		strcpy(out, d);
	ok = n == 0 || out[0] != '\0';
	free(d);
	free(f);
	return ok;
}

/* Filter the article list by a range of dates typed on the input line. */
static void
do_date_range(void)
{
	char *q, *ask, from[16], to[16];
	const char *dots;

	ask = xasprintf("dates (FROM..TO, FROM.., ..TO or one date%s%s): ", ui.filter.date ? "; now " : "",
			      ui.filter.date ? ui.filter.date : "");

	q = ui_prompt(ask, ""); /* starts empty: the range now is in the question */
	free(ask);
	if (q == NULL)
		return;
	dots = strstr(q, "..");
	if (!date_end(q, dots ? (size_t)(dots - q) : strlen(q), from) ||
	    (dots && !date_end(dots + 2, strlen(dots + 2), to))) {
		ui_message(true, "dates are YYYY-MM-DD, YYYY-MM or YYYY: %s", q);
		free(q);
		return;
	}
	if (dots && from[0] && to[0] && strcmp(from, to) > 0) {
		ui_message(true, "the range is reversed: %s is after %s", from, to);
		free(q);
		return;
	}
	free(q);
	go_browse(1);
	free(ui.filter.date);
	if (dots && (from[0] || to[0]))
		ui.filter.date = xasprintf("%s..%s", from, to);
	else
		ui.filter.date = from[0] ? xstrdup(from) : NULL;
	browse_reload();
	ui_message(false, "%s", ui.filter.date ? ui.filter.date : "no date filter");
}

static void
clear_filters(void)
{
	free(ui.filter.date);
	free(ui.filter.speaker);
	free(ui.filter.topic);
	free(ui.filter.source);
	memset(&ui.filter, 0, sizeof ui.filter);
	browse_reload();
	browse_nav_reload();
	ui_message(false, "filters cleared");
}

/* \ hides or shows the navigation pane, < and > narrow and widen it. */
static void
nav_action(enum action a)
{
	int w = nav_cells();

	if (a == ACT_NAV_TOGGLE)
		ui.nav_shown = w > 0 ? 0 : 1;
	else if (w == 0)
		ui.nav_shown = 1;
	else
		ui.nav_width = w + (a == ACT_NAV_WIDEN ? 4 : -4);
	ui.relayout = true;
	ui_layout_all();
	w = nav_cells();
	if (w > 0)
		ui_message(false, "navigation pane: %d cells (< narrower, > wider, \\ hides it)", w);
	else
		ui_message(false, "navigation pane hidden (\\ or 1-4 show it)");
}

/* J, K, C-n: the next or previous article of the browser's list; in the reader, open it. */
static void
neighbour(struct screen *s, enum action a)
{
	bool reading = strcmp(s->name, "reader") == 0;
	int64_t here, next;

	if (!reading && strcmp(s->name, "browse") != 0) {
		ui_message(false, "J, K and C-n follow the article list (1-4 show it)");
		return;
	}
	browse_screen();
	here = reading ? reader_article(s->v[0]) : s->v[1]->nrows ? s->v[1]->rows[s->v[1]->cur].id : 0;
	next = browse_neighbour(here, a == ACT_ARTICLE_PREV ? -1 : 1, a == ACT_NEXT_UNREAD);
	if (next == 0)
		ui_message(false, "%s", a == ACT_NEXT_UNREAD ? "no unread article after this one in the list"
				       : a == ACT_ARTICLE_PREV ? "this is the list's first article"
							       : "this is the list's last article");
	else if (reading)
		ui_open_article(next, 0);
	else
		s->focus = 1;
}

/* M: every article the list's filters select becomes read. */
static void
mark_all_read(void)
{
	struct store_filter f;
	char *cause = NULL;
	int64_t n = 0;

	browse_screen();
	if (!ui_confirm("mark every article of the list (its filters) read?")) {
		ui_message(false, "nothing marked");
		return;
	}
	browse_filter(&f);
	if (store_mark_read(ui.st, &f, &n, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		return;
	}
	browse_refresh();
	if (ui.limit == 1)
		browse_nav_reload();
	ui_message(false, "marked %lld articles read", (long long)n);
}

/* l: all articles, unread only, starred only (or the one named). */
static void
set_limit(const char *name)
{
	static const char *const names[] = { "all", "unread", "starred" };
	int i;

	if (name == NULL)
		ui.limit = (ui.limit + 1) % 3;
	else {
		for (i = 0; i < 3 && strcmp(names[i], name) != 0; i++)
			;
		if (i == 3) {
			ui_message(true, "limit is all, unread or starred, not '%s'", name);
			return;
		}
		ui.limit = i;
	}
	browse_screen();
	browse_reload();
	browse_nav_reload();
	ui_message(false, "%s", ui.limit == 0 ? "all articles" : ui.limit == 1 ? "unread articles only (l: starred)"
								: "starred articles only (l: all)");
}

static void do_command(void);

/* Actions that do not belong to one view. */
static void
global_action(struct screen *s, enum action a, int key)
{
	char k[32];

	switch (a) {
	case ACT_NEXT_PANE: case ACT_JUMP_FORWARD:
		if (a == ACT_JUMP_FORWARD && ui_jump_forward())
			return;
		if (s->nv > 1 && s->v[(s->focus + 1) % s->nv]->w > 0)
			s->focus = (s->focus + 1) % s->nv;
		return;
	case ACT_NAV_TOGGLE: case ACT_NAV_NARROW: case ACT_NAV_WIDEN: nav_action(a); return;
	case ACT_JUMP_BACK: ui_jump_back(); return;
	case ACT_BACK:
		if (key == 27 && ui.nscreens == 1) {
			ui_message(false, "Esc never quits: q does");
			return;
		}
		ui_pop();
		ui.quit = ui.nscreens == 0;
		if (!ui.quit && strcmp(ui_top()->name, "browse") == 0)
			browse_refresh();
		return;
	case ACT_QUIT: ui.quit = true; return;
	case ACT_VIEW_DATE: case ACT_VIEW_SPEAKER: case ACT_VIEW_TOPIC: case ACT_VIEW_SOURCE:
		go_browse(a - ACT_VIEW_DATE + 1);
		if (nav_cells() == 0) {
			ui.nav_shown = 1; /* choosing a view shows it */
			ui.relayout = true;
		}
		return;
	case ACT_CLEAR_FILTERS: browse_screen(); clear_filters(); return;
	case ACT_DATE_RANGE: do_date_range(); return;
	case ACT_SEARCH: do_search(); return;
	case ACT_ARTICLE_NEXT: case ACT_ARTICLE_PREV: case ACT_NEXT_UNREAD: neighbour(s, a); return;
	case ACT_MARK_ALL_READ: mark_all_read(); return;
	case ACT_LIMIT: set_limit(NULL); return;
	case ACT_COMMAND: do_command(); return;
	case ACT_RELOAD_FEEDS: ui_feeds_reload(); return;
	case ACT_ANNOTATIONS: do_annotations(); return;
	case ACT_HELP: ui_push(help_screen()); return;
	case ACT_REDRAW: clearok(curscr, TRUE); ui.relayout = true; return;
	case ACT_SUSPEND: ui_term_suspend(); return;
	default:
		ui_key_name(key, k, sizeof k);
		if (a == ACT_NONE)
			ui_message(false, "%s does nothing here (? lists the keys)", k);
		else if (key == 0)
			ui_message(false, "%s does nothing here", ui_keys_action_name(a));
	}
}

/* Do action a (key: the key that asked for it, 0 from the command line). */
static void
dispatch_action(enum action a, int key)
{
	struct screen *s = ui_top();
	struct view *v = s->v[s->focus];

	if (v->ops->action && v->ops->action(v, a))
		return;
	if (v->ops->columns && view_list_action(v, a))
		return;
	global_action(s, a, key);
}

static void
dispatch_key(int key)
{
	struct screen *s = ui_top();
	struct view *v = s->v[s->focus];
	enum action a = ui_keys_lookup(v->ops->ctx, key);

	if (too_small()) {
		ui.quit = a == ACT_QUIT || (a == ACT_BACK && key != 27);
		return;
	}
	dispatch_action(a, key);
}

/* ---- The command line ---- */

/* The command line's own words (the configuration's and filters); action names follow them. */
static const char *const cmd_words[] = {
	"bind", "set", "color", "search", "find", "limit", "open", "pipe", "save", "speaker", "topic",
	"source", "date", "quit", NULL,
};

static bool
cmd_word(const char *w)
{
	int i;

	for (i = 0; cmd_words[i] && strcmp(cmd_words[i], w) != 0; i++)
		;
	return cmd_words[i] != NULL;
}

static const char *
command_complete(const char *s, size_t len, int n)
{
	const char *w;
	int i;

	for (i = 0; cmd_words[i]; i++)
		if (strncmp(cmd_words[i], s, len) == 0 && n-- == 0)
			return cmd_words[i];
	for (i = 0; (w = ui_keys_action_name(i)) != NULL; i++)
		if (!cmd_word(w) && strncmp(w, s, len) == 0 && n-- == 0)
			return w;
	return NULL;
}

static struct ui_history cmd_hist;

static void
hist_add(struct ui_history *h, const char *line)
{
	if (h->n > 0 && strcmp(h->items[h->n - 1], line) == 0)
		return;
	h->items = xrealloc(h->items, (size_t)(h->n + 1) * sizeof *h->items);
	h->items[h->n++] = xstrdup(line);
}

/* :speaker NAME (and topic, source): filter the list by it; no NAME clears that filter. */
static void
command_filter(int view, const char *name)
{
	char **slot = view == 2 ? &ui.filter.speaker : view == 3 ? &ui.filter.topic : &ui.filter.source;

	go_browse(view);
	free(*slot);
	*slot = *name ? xstrdup(name) : NULL;
	browse_reload();
	ui_message(false, "%s", *name ? name : "filter cleared");
}

/* Run one command line. */
static void
command_run(const char *line)
{
	static const struct {
		const char *word;
		enum action a;
	} takes_arg[] = { { "search", ACT_SEARCH }, { "find", ACT_FIND }, { "open", ACT_OPEN_URL },
			  { "pipe", ACT_PIPE }, { "save", ACT_SAVE }, { "date", ACT_DATE_RANGE } };
	size_t n = strcspn(line, " ");
	char *word = xstrndup(line, n), *cause = NULL;
	const char *arg = line + n;
	enum action a;
	size_t i;

	while (*arg == ' ')
		arg++;
	for (i = 0; i < sizeof takes_arg / sizeof takes_arg[0] && strcmp(takes_arg[i].word, word) != 0; i++)
		;
	if (strcmp(word, "bind") == 0 || strcmp(word, "set") == 0 || strcmp(word, "color") == 0) {
		if (ui_config_line(line, &cause) != 0) {
			ui_message(true, "%s", cause);
			free(cause);
		} else
			ui_message(false, "done: %s", line);
	} else if (strcmp(word, "quit") == 0) {
		ui.quit = true;
	} else if (strcmp(word, "limit") == 0) {
		set_limit(*arg ? arg : NULL);
	} else if (strcmp(word, "speaker") == 0 || strcmp(word, "topic") == 0 || strcmp(word, "source") == 0) {
		command_filter(word[1] == 'p' ? 2 : word[0] == 't' ? 3 : 4, arg);
	} else if (i < sizeof takes_arg / sizeof takes_arg[0]) {
		ui.arg = *arg ? arg : NULL; /* the action's prompt takes it */
		dispatch_action(takes_arg[i].a, 0);
	} else if ((a = ui_keys_action(word)) != ACT_NONE) {
		dispatch_action(a, 0);
	} else {
		ui_message(true, "no command '%s' (Tab completes; bind, set, color, an action's name ...)", word);
	}
	ui.arg = NULL;
	free(word);
}

/* `:` asks for a command line (Tab completes, Up and Down recall) and runs it. */
static void
do_command(void)
{
	char *line = ui_prompt_ex(":", "", command_complete, &cmd_hist);

	if (line != NULL && *line != '\0') {
		hist_add(&cmd_hist, line);
		command_run(line);
	}
	free(line);
}

/*
 * A second click on the same row of a list within 400 ms: a double click,
 * which opens the row as Enter does.  Counted here rather than by curses
 * (mouseinterval 0 keeps single clicks immediate).
 */
static bool
double_click(struct view *v)
{
	static struct view *last_v;
	static int last_row = -1;
	static double last_t;
	struct timespec ts;
	double t;
	bool dbl;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	t = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	dbl = v == last_v && v->cur == last_row && t - last_t < 0.4;
	last_v = dbl ? NULL : v;
	last_row = v->cur;
	last_t = t;
	return dbl;
}

/* A click selects a row or places the passage cursor (a double click on a row opens it); the wheel scrolls. */
static void
dispatch_mouse(void)
{
	struct screen *s = ui_top();
	MEVENT ev;
	struct view *v;
	int i, row;

	if (ui_getmouse(&ev) != OK || s == NULL)
		return;
	for (i = 0; i < s->nv; i++) {
		v = s->v[i];
		if (ev.y < v->y || ev.y >= v->y + v->h || ev.x < v->x || ev.x >= v->x + v->w)
			continue;
		s->focus = i;
		if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
			enum action a = ev.bstate & BUTTON4_PRESSED ? ACT_MOVE_UP : ACT_MOVE_DOWN;
			for (row = 0; row < 3; row++)
				if (!(v->ops->action && v->ops->action(v, a)))
					view_list_action(v, a);
			continue;
		}
		if (v->ops->click)
			v->ops->click(v, ev.y, ev.x);
		else if (v->ops->columns) {
			row = v->top + ev.y - v->y - (v->title ? 1 : 0);
			if (row < 0 || row >= v->nrows)
				continue;
			view_move(v, row);
		}
		if (v->ops->columns && v->nrows > 0 && double_click(v)) {
			dispatch_action(ACT_OPEN, '\r');
			return; /* the screen may be another one now */
		}
	}
}

static void
loop(void)
{
	int key;

	while (!ui.quit && ui.nscreens > 0) {
		if (ui.relayout)
			ui_layout_all();
		ui_draw_all();
		key = ui_getkey();
		if (key == -1)
			break;
		if (key == UI_KEY_TICK) { /* no key: background work to show */
			ui_feeds_poll();
			continue;
		}
		free(ui.message);
		ui.message = NULL;
		ui_feeds_poll();
		if (key == (UI_KEY_FN | KEY_RESIZE))
			ui.relayout = true;
		else if (key == (UI_KEY_FN | KEY_MOUSE))
			dispatch_mouse();
		else
			dispatch_key(key);
	}
}

/* ---- Start and end ---- */

static int
ui_start(const struct ui_opts *o, char **cause)
{
	char *bidi = NULL, *path;
	int mode, rc;
	bool fresh;

	ui_keys_init();
	if (ui_config_load(&bidi, cause) != 0) {
		free(bidi);
		return -1;
	}
	mode = o->bidi >= 0 ? o->bidi : bidi_term_mode_parse(bidi ? bidi : "app");
	free(bidi);
	path = app_db_path(o->db);
	rc = app_db_check(o->db, path, &fresh, cause);
	if (rc == 0)
		rc = app_open(path, &ui.st, app_db_is_default(o->db), NULL, cause);
	if (rc == 0 && fresh)
		ui_message(false, "a new archive: %s", path);
	free(path);
	if (rc != 0)
		return -1;
	return ui_term_start((enum bidi_term_mode)mode, cause);
}

/* Say on the message line when the archive's extraction is out of date. */
static void
ui_note_stale(void)
{
	char *why = NULL, *cause = NULL;

	if (app_extraction_stale(ui.st, &why, &cause) == 1)
		ui_message(false, "speakers, statements and topics are out of date (%s): run khabar reindex",
			   why);
	free(why);
	free(cause);
}

/*
 * Inside tmux on a terminal that does bidi (VTE, mlterm), tmux keeps the
 * switch to explicit mode to itself unless the outer terminal was put in
 * it before tmux started, or khabar could turn on allow-passthrough for its
 * pane (ui/term.c): when it could not, say so on the first screen, in one
 * line.  So too when --bidi terminal is asked for in mlterm through tmux,
 * where a row's direction cannot be fixed (ui_mark_row).
 */
static void
ui_note_tmux(void)
{
	const struct bidi_term_hints *h = &ui_term.hints;

	if (!ui.message && ui_term.bidi == BIDI_TERM_TERMINAL && h->mlterm && h->tmux) {
		/* through tmux no mark can reach mlterm's first column (ui_mark_row) */
		ui_message(false, "mlterm: with --bidi terminal a line that starts with Latin reads left to right;"
				  " the default mode does not");
		return;
	}
	if (ui.message || ui_term.bidi != BIDI_TERM_APP || !h->tmux || !(h->vte || h->mlterm) ||
	    ui_term.passthrough)
		return;
	if (h->mlterm)
		ui_message(false, "tmux in mlterm: reversed? start tmux after printf '\\e]5379;use_ctl=false\\a'");
	else
		ui_message(false, "tmux in VTE: text reversed? start tmux after printf '\\e[8l'");
}

static void
ui_end(void)
{
	while (ui.nscreens > 0)
		ui_pop();
	browse_free();
	free(ui.filter.date);
	free(ui.filter.speaker);
	free(ui.filter.topic);
	free(ui.filter.source);
	free(ui.query);
	free(ui.find);
	free(ui.nav_find);
	free(ui.hist);
	free(ui.message);
	while (cmd_hist.n > 0)
		free(cmd_hist.items[--cmd_hist.n]);
	free(cmd_hist.items);
	cmd_hist.items = NULL;
	ui_collate_free();
	ui_keys_free();
	store_close(ui.st);
}

int
ui_main(const struct ui_opts *o)
{
	char *cause = NULL;

	memset(&ui, 0, sizeof ui);
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
		fprintf(stderr, "khabar: the reader needs a UTF-8 locale; this one (LC_ALL, LC_CTYPE, LANG) "
				"is %s: try LC_ALL=C.UTF-8\n", nl_langinfo(CODESET));
		return 2;
	}
	ui.nav_shown = -1;
	ui.nav_hide_below = 60;
	ui.hyperlinks = -1;
	if (ui_start(o, &cause) != 0) {
		fprintf(stderr, "khabar: %s\n", cause);
		free(cause);
		ui_end();
		return 1;
	}
	if (o->article > 0) {
		ui_open_article(o->article, o->at > 0 ? o->at : 0);
		if (ui.nscreens == 0) {
			ui_term_stop();
			fprintf(stderr, "khabar: no article %lld\n", (long long)o->article);
			ui_end();
			return 1;
		}
	} else
		ui_push(browse_screen());
	ui_note_stale();
	ui_note_tmux();
	loop();
	ui_term_stop();
	ui_end();
	return 0;
}
