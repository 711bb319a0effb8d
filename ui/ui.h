/*
 * ui/: the ncurses reader.  Everything that draws lives here; the data
 * comes from src/ (store, text, bidi).
 *
 * Structure (after tig and neomutt): a stack of screens, each holding one
 * or two views; a view is described by a small table of functions
 * (struct view_ops); lists share one generic drawing routine; layout
 * (positions and sizes) is a separate pass from drawing, so a resize only
 * re-runs layout.  Every user action is in ui/actions.def.
 */
#ifndef KHABAR_UI_H
#define KHABAR_UI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* What the CLI passes to the reader. */
struct ui_opts {
	const char *db;   /* --db, or NULL */
	int64_t article;  /* khabar open ID; 0 for the browser */
	int bidi;         /* --bidi: enum bidi_term_mode, or -1 (the config file's, else app) */
	int64_t at;       /* khabar open ID --at OFFSET: the passage cursor there (code points); -1 none */
};

/* Run the reader; returns the exit status. */
int ui_main(const struct ui_opts *o);
/* Write the roff of khabar.1's KEYS section (from the action table). */
void ui_keys_man(FILE *f);

#ifdef KHABAR_UI_INTERNAL
#define NCURSES_WIDECHAR 1
#include <curses.h>

#include "bidi/bidi.h"
#include "store/store.h"
#include "text/text.h"

/* ---- Actions and keys (keys.c, actions.def) ---- */

enum action {
#define ACTION(id, name, ctx, keys, help) ACT_##id,
#include "ui/actions.def"
#undef ACTION
	ACT_NONE,
};

/* A key as read: a character, or a curses key code (fn). */
#define UI_KEY_FN 0x40000000
#define UI_KEY_TICK (UI_KEY_FN | 0xFFFFF) /* no key: time to look at background work */
/* The contexts a binding applies in. */
enum ui_ctx { CTX_ANY, CTX_LIST, CTX_READER, CTX_ANNOTATIONS };

void ui_keys_init(void);
void ui_keys_free(void);
/* Bind a key name to an action name; -1 with *cause when either is unknown. */
int ui_keys_bind(const char *key, const char *action, char **cause);
/* The action of a key in a context (the context's bindings win over "any"). */
enum action ui_keys_lookup(enum ui_ctx ctx, int key);
/* The action of a name ("move-down"); ACT_NONE when there is none. */
enum action ui_keys_action(const char *name);
/* The name of action i, or NULL past the last. */
const char *ui_keys_action_name(int i);
/* Parse a key name ("j", "C-o", "PgDn"); -1 when unknown. */
int ui_key_parse(const char *name);
/* The name of a key into out. */
void ui_key_name(int key, char *out, size_t n);
/* Rows of the help screen: "keys", "action", "help" for action i. */
int ui_keys_count(void);
/* The help's groups: a context ("any", "list", "reader", "annotations") and its heading. */
int ui_keys_ngroups(void);
void ui_keys_group(int g, const char **ctx, const char **title);
void ui_keys_help(int i, struct buf *keys, const char **name, const char **help,
		  const char **ctx);

/* ---- Configuration (config.c) ---- */

/* Read $XDG_CONFIG_HOME/khabar/config; -1 with *cause naming file and line. */
int ui_config_load(char **bidi, char **cause);
/* Apply one line of the configuration language (bind, set, color); -1 with *cause. */
int ui_config_line(const char *line, char **cause);

/* ---- Terminal, colours, keys, test mode (term.c) ---- */

/* Highlight classes; each maps to colour or monochrome attributes. */
enum ui_attr {
	UA_NORMAL,
	UA_BAR,       /* title bar and status line */
	UA_BAR_ON,    /* the active view's name in the title bar */
	UA_CURSOR,    /* the selected row of the focused list */
	UA_CURSOR_DIM,/* the selected row of an unfocused list */
	UA_TITLE,     /* an article's title */
	UA_META,      /* dates, sources, counts */
	UA_UNREAD,
	UA_ANNOTATION,
	UA_MATCH,
	UA_PASSAGE,   /* the passage cursor */
	UA_SELECTION,
	UA_ERROR,
	UA_KEY,       /* key names in help and hints */
	UA_BORDER,
	UA_SPEAKER0,  /* statements: one colour per speaker, UA_SPEAKER0 + n % 6 */
	UA_NATTR = UA_SPEAKER0 + 6,
};

/* The terminal session. */
struct ui_term {
	enum bidi_term_mode bidi;
	struct bidi_term_hints hints;
	bool color;
	bool test;        /* keys from a script, screen in memory */
	bool passthrough; /* inside tmux: allow-passthrough was turned on for our pane */
	bool osc8;        /* the terminal takes OSC 8 hyperlinks */
	FILE *out;        /* where the terminal's bytes go (stdout; in tests, $KHABAR_TEST_TTY) */
	FILE *script;
	int pending[64];  /* keys queued by the script */
	int npending, ipending;
	SCREEN *screen;
	FILE *tin, *tout;
	MEVENT mouse;     /* the script's last click or wheel */
};
extern struct ui_term ui_term;

int ui_term_start(enum bidi_term_mode mode, char **cause);
void ui_term_stop(void);
attr_t ui_attr(enum ui_attr a);
/* color ELEMENT FG BG [ATTR...]: change a class (before or after the start); -1 with *cause. */
int ui_term_color(const char *element, const char *fg, const char *bg, const char **attrs, int nattrs,
		  char **cause);
short ui_pair(enum ui_attr a);
/* Next key (in test mode: from the script; KEY_RESIZE after a resize). -1 at its end. */
int ui_getkey(void);
/* The mouse event behind KEY_MOUSE (in test mode: the script's). */
int ui_getmouse(MEVENT *ev);
/* Write the screen, as text in visual order, to path. */
int ui_dump(const char *path);
/*
 * Run a shell command with input on its standard input, the terminal given
 * back to it while it runs (in test mode its output goes to stderr);
 * returns its wait status, or -1 with *cause.
 */
int ui_term_run(const char *cmd, const char *input, size_t len, char **cause);
/* Start a program on arg in the background, detached, its output discarded (never waits). */
int ui_term_spawn(const char *shell_cmd, const char *arg, char **cause);
/* Handle a pending Ctrl-Z (called by the loop when a read was interrupted). */
void ui_term_suspend_if_asked(void);
/* Ctrl-Z (a key in raw mode): give the terminal back, stop, and come back on fg. */
void ui_term_suspend(void);

/* ---- Drawing text (draw.c) ---- */

/* Alignment of a text in its box. */
enum ui_align { AL_LEFT, AL_RIGHT, AL_AUTO /* by direction: RTL right, LTR left */ };

/* Draw one line of (untrusted) text at y, x in at most w cells; returns cells used. */
int ui_draw_text(int y, int x, int w, const char *s, enum ui_attr a, enum ui_align al);
/* Whether the last ui_draw_text had to cut its text (and drew "…"). */
extern bool ui_text_cut;
/* Draw a laid-out line's cells; attr_of (may be NULL) picks each cell's class. */
typedef enum ui_attr (*ui_cell_attr_fn)(void *ctx, const struct bidi_cell *c, enum ui_attr base);
void ui_draw_cells(int y, int x, const struct bidi_line *l, enum ui_attr base, ui_cell_attr_fn fn,
		   void *ctx);
/* Lay out text for the current bidi mode (caller frees with bidi_para_free). */
struct bidi_para *ui_layout(const char *s, size_t len, int width, bool pad);
/*
 * --bidi terminal: the terminal reorders each screen row as one paragraph,
 * taking its direction from the first strong character.  A mark (U+200E
 * LRM, U+200F RLM) joined to the cell before column x fixes it: every text
 * drawn gets LRM (the row stays left to right, each Arabic run is reversed
 * where it stands), and the reader's body rows RLM for an Arabic paragraph
 * (the row is right to left, so a line that starts with a Latin word does
 * not flip).  Joined to a cell because VTE drops a mark at a row's start.
 * Nothing in other modes.  mlterm gives every control a column of its
 * own (joined to a cell, it would shift the cells after it, and curses's
 * cursor moves would land one column off): there, outside tmux, when the
 * cells before x are blank, the mark is written over the row's first
 * column instead, after curses has drawn (ui_term_control).
 */
void ui_mark_row(int y, int x, uint32_t mark);
/*
 * --bidi terminal: the n cells from column x hold right-to-left text in a
 * row of columns that stays left to right (a list row).  An isolate
 * (U+2067 RLI joined to the cell before, U+2069 PDI to the last cell)
 * keeps the text's own order, so a title that mixes Arabic and Latin reads
 * from the right.  Same conditions as ui_mark_row; in mlterm outside tmux
 * the RLI is written over the blank cell before the text and the PDI over
 * the blank cell after it, if there is one (mlterm draws an isolate as a
 * blank cell).
 */
void ui_isolate_rtl(int y, int x, int n);
/*
 * Hyperlinks (OSC 8, where the terminal takes them): the cells [x, x + n)
 * of row y show url.  Links are cleared before each drawing; after curses
 * has written the screen, ui_term_links writes those cells again inside
 * the link, the URL made safe by text_uri_for_terminal (a URL that is not
 * http or https gets no link).
 */
void ui_link_add(int y, int x, int n, const char *url);
/*
 * mlterm under --bidi terminal: cell (y, x), blank to curses, holds the
 * control cp instead (a mark, which mlterm draws with no width and which
 * sets the row's direction, or an isolate, which it draws as a blank).
 * ui_term_controls_begin, before a drawing, has curses write again the
 * rows that held one (so a control never outlives its row);
 * ui_term_controls, after curses has written the screen, writes this
 * drawing's controls.
 */
void ui_term_control(int y, int x, uint32_t cp);
void ui_term_controls_begin(void);
void ui_term_controls(void);
void ui_links_clear(void);
void ui_term_links(void);
void ui_fill(int y, int x, int w, enum ui_attr a);

/* ---- Views ---- */

/* One row of a list view: the columns it shows and what it stands for. */
struct row {
	char *col[4];
	enum ui_attr attr;  /* class of the row's text */
	int64_t id, id2;    /* article, speaker, statement, annotation ... */
	int64_t start;      /* a position in an article (statements, annotations) */
	char *key;          /* filter value (date prefix, name) */
	int depth;          /* tree indent (date view) */
	bool expanded;
};

/* A column of a list: width in cells (0: the rest) and alignment. */
struct column {
	int width;
	enum ui_align align;
	enum ui_attr attr;  /* UA_NORMAL: the row's class */
};

struct view;
/* What a view does; NULL members fall back to the generic list behaviour. */
struct view_ops {
	const char *name;
	enum ui_ctx ctx;
	const struct column *columns;
	int (*load)(struct view *v, char **cause);      /* (re)fill the rows */
	void (*draw)(struct view *v);                   /* NULL: the generic list */
	bool (*action)(struct view *v, enum action a);  /* true when handled */
	void (*open)(struct view *v, struct row *r);    /* Enter on a row */
	void (*status)(struct view *v, struct buf *b);  /* where you are */
	void (*click)(struct view *v, int y, int x);    /* NULL: select the row */
	void (*free)(struct view *v);
	bool (*more)(struct view *v);                   /* page in more rows; false at the end */
};

/* A pane: rows (for lists) or view-specific data, its place on the screen. */
struct view {
	const struct view_ops *ops;
	int y, x, h, w;          /* set by layout */
	struct row *rows;
	int nrows, cap;
	int cur, top;
	void *data;
	bool focused;
	const char *title;       /* shown above the rows, or NULL */
	bool cut;                /* the selected row's text column was cut when last drawn */
};

void view_rows_clear(struct view *v);
struct row *view_add_row(struct view *v);
void view_list_draw(struct view *v);
bool view_list_action(struct view *v, enum action a);
void view_move(struct view *v, int to);
/* The selected row's text (its widest column) when it was cut on screen, else NULL. */
const char *view_cut_text(struct view *v);
struct view *view_new(const struct view_ops *ops, void *data);
void view_free(struct view *v);

/* The filters the browser combines. */
struct ui_filter {
	char *date;    /* "YYYY", "YYYY-MM", "YYYY-MM-DD", "undated" or NULL */
	char *speaker;
	char *topic;
	char *source;
	int64_t story;  /* a story chosen in the topic view (0: none) */
};

/* The reader of one article. */
struct reader;

/* A place in the archive, for the jump history. */
struct ui_place {
	int64_t article;
	int64_t cursor; /* code points */
};

/* The whole application. */
struct ui {
	struct store *st;
	struct ui_filter filter;
	int browse;                   /* 1..4: the browser's current view */
	char *query;                  /* the last search */
	char *find;                   /* the last find in an article (/ ? in the reader), or NULL */
	struct ui_place *hist;
	int nhist, hpos;
	char *message;                /* shown on the status line until the next key */
	bool message_error;
	bool quit;
	bool relayout;
	int nav_width;                /* the browser's navigation pane: cells (0: a quarter of the width) */
	int nav_hide_below;           /* it hides itself on a screen narrower than this */
	int nav_shown;                /* -1: as the width says; 0: hidden, 1: shown (by a key) */
	int hyperlinks;               /* OSC 8 links: -1 where the terminal is known to take them, 0 off, 1 on */
	int limit;                    /* the article list: 0 all, 1 unread only, 2 starred only */
	int nav_sort;                 /* speakers and topics: 0 by name, 1 by count */
	char *nav_find;               /* the navigation list keeps the rows with this (folded), or NULL */
	const char *arg;              /* a `:` command's argument: the next ui_prompt answers it */
	struct screen *screens[16];
	int nscreens;
};
extern struct ui ui;

/* A screen: up to two panes (one focused), and how they share the space. */
struct screen {
	struct view *v[2];
	int nv, focus;
	int split;                    /* 0: side by side, 1: stacked */
	const char *name;
	bool heap;                    /* freed with its views when popped */
};

void ui_push(struct screen *s);
void ui_pop(void);
struct screen *ui_top(void);
void ui_message(bool error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Ask on the status line; returns a malloc'd string or NULL (cancelled). */
char *ui_prompt(const char *prompt, const char *initial);
/* Completion on the input line: the n-th (from 0) word that completes the first len bytes of s, or NULL. */
typedef const char *(*ui_complete_fn)(const char *s, size_t len, int n);
/* A list of earlier answers, Up and Down recall them (the newest last). */
struct ui_history {
	char **items;
	int n;
};
/* Called with the input line's text after every key (type-to-find); the screen is redrawn after it. */
extern void (*ui_prompt_live)(const char *text);
/* ui_prompt with Tab completion of the first word and a history (either may be NULL). */
char *ui_prompt_ex(const char *prompt, const char *initial, ui_complete_fn complete,
		   struct ui_history *hist);
/* Ask a yes/no question. */
bool ui_confirm(const char *question);
void ui_layout_all(void);
void ui_draw_all(void);

/* Screens (browse.c, reader.c, lists.c). */
struct screen *browse_screen(void);
void browse_reload(void);
/* Reload the article list where it is (read and starred marks change in the reader). */
void browse_refresh(void);
/* The article after (dir 1) or before (-1) id in the list (unread: the next unread); the list follows. 0: none. */
int64_t browse_neighbour(int64_t id, int dir, bool unread);
/* Count the navigation pane's values again (after a filter of another view changed). */
void browse_nav_reload(void);
/* Fill a store filter with the browser's filters (no paging). */
void browse_filter(struct store_filter *f);
/* Reload the navigation counts and the list where they are (new articles came). */
void browse_articles_changed(void);

/* Reloading feeds in the background (feeds.c). */
void ui_feeds_reload(void);
bool ui_feeds_busy(void);
/* Read the reload's progress (status line); at its end reload the browser. */
void ui_feeds_poll(void);
/* Block until the reload ends (the test driver, so that scripts never race it). */
void ui_feeds_wait(void);
int browse_set_view(int which);
struct screen *reader_screen(int64_t article, int64_t cursor, char **cause);
/* Open an article in the reader on top (replacing a reader there). */
void ui_open_article(int64_t article, int64_t cursor);
/* Jump: remember where we are first. */
void ui_jump(int64_t article, int64_t cursor);
void ui_jump_back(void);
bool ui_jump_forward(void);
/* Where the top reader is (false when no reader is open). */
bool reader_place(struct ui_place *p);
void reader_reload_annotations(struct view *v);
int64_t reader_article(struct view *v);
struct screen *search_screen(const char *query, char **cause);
/* How many articles a search screen's query matches, "650" or "1000+" (caller frees). */
char *search_total(const struct screen *s);
struct screen *related_screen(int64_t statement, const char *text, char **cause);
/* The articles of a story, newest first, on the article from (story.c). */
struct screen *story_screen(int64_t story, int64_t from, char **cause);
struct screen *annotations_screen(int64_t article, char **cause);
struct screen *help_screen(void);

/* Dates (date.c): "2021-08-31" -> Arabic Gregorian and Hijri (Umm al-Qura). */
char *ui_date_hijri(const char *iso);
/*
 * The reader's date line: ui_date_hijri, and for a date the text does not
 * state (source "reference" or "relative") "≈ ISO, crawl date" first.
 */
char *ui_date_line(const char *iso, const char *source);
/* Sort names by ICU's Arabic collation. */
void ui_collate_sort(struct row *rows, int n);
void ui_collate_free(void);

#endif /* KHABAR_UI_INTERNAL */
#endif
