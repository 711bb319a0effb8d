/* util.c: what every subcommand shares: errors, help, safe output. */
#include "config.h"
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "bidi/bidi.h"
#include "cli/cli.h"

struct cli cli;

/* The table of commands, for help. */
struct command_info {
	const char *name, *usage, *summary;
};
static const struct command_info commands[] = {
#define CMD(name, fn, usage, summary) { name, usage, summary },
#include "cli/commands.def"
#undef CMD
};

int
cli_error(const char *fmt, ...)
{
	struct buf b;
	va_list ap;
	char tmp[4096];

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_init(&b);
	text_sanitize_into(&b, tmp, strlen(tmp), false);
	fprintf(stderr, "khabar: %s\n", b.data ? b.data : "");
	buf_free(&b);
	return 1;
}

static const struct command_info *
find_command(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

int
cli_usage(const char *command)
{
	const struct command_info *c = find_command(command);

	if (c != NULL)
		fprintf(stderr, "usage: khabar %s\n", c->usage);
	fprintf(stderr, "Try 'khabar help %s'.\n", command);
	return 2;
}

/* More help for some commands (help.def). */
static const struct {
	const char *name, *text;
} more[] = {
#define HELP(name, text) { name, text },
#include "cli/help.def"
#undef HELP
};

void
cli_command_help(const char *command)
{
	const struct command_info *c = find_command(command);
	size_t i;

	if (c == NULL)
		return;
	printf("usage: khabar %s\n\n%s.\n\n", c->usage, c->summary);
	for (i = 0; i < sizeof more / sizeof more[0]; i++)
		if (strcmp(more[i].name, command) == 0)
			printf("%s\n", more[i].text);
	printf("Options for every command:\n"
	       "  --db PATH   the archive (default: $KHABAR_DB, else\n"
	       "              $XDG_DATA_HOME/khabar/khabar.db or ~/.local/share/khabar/khabar.db)\n"
	       "  --json      machine-readable output, where the command has any\n"
	       "  --bidi MODE who lays out Arabic on a terminal: app (khabar, the default),\n"
	       "              terminal (the terminal) or off\n"
	       "  --help      this text\n");
}

bool
cli_common_option(int c, const char *command)
{
	switch (c) {
	case 0x100:
		cli.db = optarg;
		return true;
	case 0x101:
		cli.json = true;
		return true;
	case 0x102:
		if ((cli.bidi = bidi_term_mode_parse(optarg)) < 0) {
			cli_error("--bidi is app, terminal or off, not '%s'", optarg);
			exit(2);
		}
		cli.bidi_given = true;
		return true;
	case 'h':
		cli_command_help(command);
		exit(0);
	}
	return false;
}

struct store *
cli_open_store(void)
{
	struct store *st = NULL;
	char *path = app_db_path(cli.db), *cause = NULL;
	struct stat sb;
	char *why = NULL;
	bool fresh;

	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		cli_error("%s%s: is a folder, not an archive file", cli.db ? "--db " : "", path);
		exit(1);
	}
	if (app_db_check(cli.db, path, &fresh, &cause) != 0 || app_open(path, &st, false, NULL, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		free(path);
		exit(1);
	}
	if (fresh)
		cli_error("a new archive: %s", path);
	free(path);
	if (!cli.reindexing && app_extraction_stale(st, &why, &cause) == 1)
		cli_error("note: the archive's dates, speakers, statements and topics are out of date (%s);"
			  " 'khabar reindex' brings them up to date",
			  why);
	free(why);
	free(cause);
	return st;
}

struct store *
cli_open_store_rw(const char *command)
{
	struct store *st = cli_open_store();

	if (store_readonly(st)) {
		cli_error("%s: the archive is read-only (its file or folder cannot be written): %s"
			  " cannot change it", store_path(st), command);
		store_close(st);
		exit(1);
	}
	return st;
}

/*
 * Make sure the terminal has handled what was written before going on.
 * mlterm applies its bidi switch (OSC 5379) when it draws, to every line not
 * drawn yet, so the text must be drawn before the switch is turned back on:
 * ask for the terminal's attributes (DA1) and wait for the answer, at most a
 * second.  mlterm reads the next input only after that.
 */
void
cli_term_sync(bool mlterm)
{
	struct termios old, raw;
	struct pollfd pfd;
	char c;
	int fd, n;

	fflush(stdout);
	if (!mlterm || (fd = open("/dev/tty", O_RDWR | O_NOCTTY)) < 0)
		return;
	if (tcgetattr(fd, &old) == 0) {
		raw = old;
		raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
		raw.c_cc[VMIN] = 0;
		raw.c_cc[VTIME] = 0;
		tcsetattr(fd, TCSANOW, &raw);
		pfd = (struct pollfd){ .fd = fd, .events = POLLIN };
		for (n = 0; n < 2; n++) /* the second answer comes after a redraw */
			if (write(fd, "\033[c", 3) == 3)
				while (poll(&pfd, 1, 1000) > 0 && read(fd, &c, 1) == 1 && c != 'c')
					continue;
		tcsetattr(fd, TCSANOW, &old);
	}
	close(fd);
}

/* The leave sequence of the bidi mode, written at exit once entered. */
static const char *cli_bidi_leave;
static bool cli_bidi_mlterm;

static void
cli_bidi_exit(void)
{
	cli_term_sync(cli_bidi_mlterm);
	fputs(cli_bidi_leave, stdout);
	fflush(stdout);
}

/*
 * True when text for f is to be laid out by khabar: f is stdout, a
 * terminal, in app mode.  The first time, the terminal is told (write(2),
 * so that the sequence goes before the line stdio still holds).
 */
static bool
cli_bidi_app(FILE *f)
{
	static int app = -1;
	struct bidi_term_hints h;
	const char *enter;

	if (app < 0) {
		app = f == stdout && cli.bidi == BIDI_TERM_APP && isatty(STDOUT_FILENO);
		bidi_term_hints_from_env(&h);
		if (app && (enter = bidi_term_enter(BIDI_TERM_APP, &h)) != NULL &&
		    write(STDOUT_FILENO, enter, strlen(enter)) >= 0) {
			cli_bidi_leave = bidi_term_leave(BIDI_TERM_APP, &h);
			cli_bidi_mlterm = h.mlterm;
			cli_term_sync(h.mlterm);
			atexit(cli_bidi_exit);
		}
	}
	return app == 1 && f == stdout;
}

/* One cell as UTF-8: its character, then its marks. */
static void
cli_cell_utf8(struct buf *b, const struct bidi_cell *c)
{
	char u[4];
	int j;

	buf_add(b, u, utf8_put(c->ch, u));
	for (j = 0; j < c->nmarks; j++)
		buf_add(b, u, utf8_put(c->marks[j], u));
}

/*
 * The column stdout's cursor is at, as far as text output knows: rows of
 * text go through cli_printf, cli_put and cli_put_marked, so that text
 * laid out by khabar can wrap in the columns left to it.
 */
static int cli_col;

/* Advance cli_col over len bytes of s as the terminal draws them. */
static void
cli_advance(const char *s, size_t len)
{
	size_t pos = 0;
	int32_t c;

	while (pos < len) {
		c = utf8_next(s, len, &pos);
		if (c == '\n')
			cli_col = 0;
		else if (c >= 0)
			cli_col += bidi_char_width((uint32_t)c);
	}
}

/* Write len bytes to f; on stdout, follow the cursor's column. */
static void
cli_write(FILE *f, const char *s, size_t len)
{
	if (len == 0)
		return;
	fwrite(s, 1, len, f);
	if (f == stdout)
		cli_advance(s, len);
}

void
cli_printf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	cli_write(stdout, s, (size_t)n);
	free(s);
}

/* The terminal's width in cells, 80 when it does not say. */
static int
cli_term_cols(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
		return 80;
	return ws.ws_col;
}

/*
 * The width for text starting at the cursor: what is left of the row, or
 * the next row when fewer than 20 cells are left.
 */
static int
cli_room(FILE *f)
{
	int cols = cli_term_cols();

	if (cols - cli_col < 20 && cli_col > 0)
		cli_write(f, "\n", 1);
	return cols - cli_col;
}

/*
 * Lay out each line of s (len bytes) as a paragraph in width cells from
 * the cursor's column; its further rows start at that column too.  Right-
 * to-left paragraphs are right-aligned when pad is set or when they take
 * more than one row, so that their rows share the edge they start at.  hl,
 * when not NULL, flags the bytes of s to draw between open and close,
 * wherever reordering puts them.
 */
static void
cli_put_layout(FILE *f, const char *s, size_t len, int width, bool pad, const char *hl,
	       const char *open, const char *close)
{
	int at = cli_col, i, j;
	struct bidi_opts o;
	struct bidi_para *p;
	struct buf b;
	size_t from, end;
	char *cause = NULL;
	bool on;

	bidi_opts_default(&o);
	o.width = width;
	buf_init(&b);
	for (from = 0; from <= len; from = end + 1) {
		end = from + strcspn(s + from, "\n");
		if (end > len)
			end = len;
		if (from > 0)
			buf_printf(&b, "\n%*s", at, "");
		if (bidi_layout(s + from, end - from, &o, &p, &cause) != 0) {
			free(cause); /* cannot happen short of ICU failing: write it as it is */
			cause = NULL;
			text_sanitize_into(&b, s + from, end - from, false);
			continue;
		}
		for (i = 0; i < p->nlines; i++) {
			const struct bidi_line *l = &p->lines[i];
			if (i > 0)
				buf_printf(&b, "\n%*s", at, "");
			if (pad || p->nlines > 1)
				buf_printf(&b, "%*s", l->indent, "");
			for (j = 0, on = false; j < l->ncells; j++) {
				if (hl != NULL && (hl[from + l->cells[j].start] != 0) != on)
					buf_adds(&b, (on = !on) ? open : close);
				cli_cell_utf8(&b, &l->cells[j]);
			}
			if (on)
				buf_adds(&b, close);
		}
		bidi_para_free(p);
	}
	cli_write(f, b.data, b.len);
	buf_free(&b);
}

/*
 * Write untrusted text for a terminal that does its own bidi, or none: each
 * run between newlines and tabs sanitized, its bidi controls balanced (see
 * text_bidi_balance_into) and, when isolate, wrapped in FSI ... PDI so that
 * a field cannot reorder what is around it.
 */
static void
cli_put_logical(FILE *f, const char *s, bool isolate)
{
	size_t len = strlen(s), from, end;
	struct buf b;

	buf_init(&b);
	for (from = 0; from < len; from = end + 1) {
		end = from + strcspn(s + from, "\n\t");
		if (end > from)
			text_bidi_balance_into(&b, s + from, end - from, isolate);
		if (end < len)
			buf_addc(&b, s[end]);
	}
	cli_write(f, b.data, b.len);
	buf_free(&b);
}

void
cli_put(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	if (cli_bidi_app(f)) {
		cli_put_layout(f, s, strlen(s), cli_room(f), false, NULL, NULL, NULL);
		return;
	}
	cli_put_logical(f, s, true);
}

char *
cli_clean(const char *s)
{
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	s = s ? s : "undated";
	text_bidi_balance_into(&b, s, strlen(s), false);
	return buf_detach(&b);
}

char *
cli_field_line(const char *field, const char *text)
{
	struct buf b;

	buf_init(&b);
	field = field ? field : "?";
	text_bidi_balance_into(&b, field, strlen(field), true);
	buf_adds(&b, ": ");
	buf_adds(&b, text ? text : "");
	return buf_detach(&b);
}

void
cli_put_text(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	if (cli_bidi_app(f)) {
		cli_put_layout(f, s, strlen(s), cli_room(f), false, NULL, NULL, NULL);
		return;
	}
	cli_put_logical(f, s, false);
}

void
cli_put_para(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	if (!cli_bidi_app(f)) {
		/* Not isolated: an isolate would hide its text from the paragraph's direction. */
		cli_put_logical(f, s, false);
		return;
	}
	if (cli_col > 0)
		cli_write(f, "\n", 1);
	cli_put_layout(f, s, strlen(s), cli_term_cols(), true, NULL, NULL, NULL);
}

void
cli_put_marked(FILE *f, const char *s, const char *open, const char *close)
{
	size_t no = strlen(STORE_MARK_OPEN), nc = strlen(STORE_MARK_CLOSE), k;
	struct buf clean, plain, hl;
	char *out, *p;
	bool in = false;

	/* Sanitized (the marks are private-use characters and stay), on one line. */
	buf_init(&clean);
	buf_add(&clean, "", 0);
	text_sanitize_into(&clean, s ? s : "", s ? strlen(s) : 0, true);
	for (k = 0; k < clean.len; k++)
		if (clean.data[k] == '\n' || clean.data[k] == '\t')
			clean.data[k] = ' ';
	if (!cli_bidi_app(f)) {
		/*
		 * Its bidi controls balanced (the marks are not controls); not
		 * isolated: it is a line of its own, and keeps its direction.
		 */
		buf_init(&plain);
		text_bidi_balance_into(&plain, clean.data, clean.len, false);
		out = store_snippet_marks(plain.data, open, close);
		buf_free(&plain);
		cli_write(f, out, strlen(out));
		free(out);
		buf_free(&clean);
		return;
	}
	/* For layout: the text without its marks, and which of its bytes matched. */
	buf_init(&plain);
	buf_init(&hl);
	for (p = clean.data; *p;) {
		if (strncmp(p, STORE_MARK_OPEN, no) == 0 || strncmp(p, STORE_MARK_CLOSE, nc) == 0) {
			in = strncmp(p, STORE_MARK_OPEN, no) == 0;
			p += in ? no : nc;
			continue;
		}
		buf_addc(&plain, *p++);
		buf_addc(&hl, in);
	}
	cli_put_layout(f, plain.data ? plain.data : "", plain.len, cli_room(f), false, hl.data, open,
		       close);
	buf_free(&clean);
	buf_free(&plain);
	buf_free(&hl);
}

void
cli_put_json(json_t *v)
{
	char *s = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	const unsigned char *p;

	if (s == NULL)
		return;
	/* jansson escapes C0; escape C1 (U+0080-U+009F, UTF-8 C2 80..9F) and DEL too. */
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == 0x7F)
			fputs("\\u007F", stdout);
		else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
			printf("\\u%04X", p[1]);
			p++;
		} else
			putchar(*p);
	}
	putchar('\n');
	free(s);
}

json_t *
cli_json_str(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* strtoll over the whole of s: digits after an optional '-', nothing else. */
static bool
cli_strict_ll(const char *s, long long *v)
{
	char *end;

	if (!(isdigit((unsigned char)s[0]) || (s[0] == '-' && isdigit((unsigned char)s[1]))))
		return false;
	errno = 0;
	*v = strtoll(s, &end, 10);
	return errno == 0 && *end == '\0';
}

long long
cli_parse_id(const char *s)
{
	long long v;

	if (!cli_strict_ll(s, &v) || v <= 0)
		return -1;
	return v;
}

bool
cli_number(const char *what, const char *s, long long min, long long max, long long *out)
{
	long long v;

	if (cli_strict_ll(s, &v) && v >= min && v <= max) {
		*out = v;
		return true;
	}
	cli_error("%s: '%s' is not a whole number from %lld to %lld", what, s, min, max);
	return false;
}

int
cli_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts,
	   const char *command)
{
	const char *arg, *pre = command ? command : "", *sep = command ? ": " : "";
	char sopts[64];
	int c;

	/* ':' after any '+': a missing value is ':', not '?'; getopt itself prints nothing. */
	snprintf(sopts, sizeof sopts, "%s:%s", *shortopts == '+' ? "+" : "",
		 shortopts + (*shortopts == '+'));
	opterr = 0;
	c = getopt_long(argc, argv, sopts, longopts, NULL);
	if (c != '?' && c != ':')
		return c;
	arg = optind > 0 && optind <= argc ? argv[optind - 1] : "";
	if (c == ':' && strncmp(arg, "--", 2) == 0)
		cli_error("%s%soption '%s' needs a value", pre, sep, arg);
	else if (c == ':')
		cli_error("%s%soption '-%c' needs a value", pre, sep, optopt);
	else if (optopt > 0 && optopt < 0x80 && isgraph(optopt))
		cli_error("%s%sunrecognized option '-%c'", pre, sep, optopt);
	else if (optopt != 0)
		cli_error("%s%soption '%s' takes no value", pre, sep, arg);
	else
		cli_error("%s%sunrecognized option '%s'", pre, sep, arg);
	return '?';
}

int
cli_list_done(int rc, char *cause, json_t *arr)
{
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
	} else if (cli.json && arr != NULL) {
		cli_put_json(arr);
	}
	json_decref(arr);
	return rc != 0;
}

double
cli_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
