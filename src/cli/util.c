/* util.c: what every subcommand shares: errors, help, safe output. */
#include "config.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
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

void
cli_command_help(const char *command)
{
	const struct command_info *c = find_command(command);

	if (c == NULL)
		return;
	printf("usage: khabar %s\n\n%s.\n\n", c->usage, c->summary);
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

	if (app_open(path, &st, NULL, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		free(path);
		exit(1);
	}
	free(path);
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

/* Lay out each line of s (width 0: no wrapping) and write it. */
static void
cli_put_layout(FILE *f, const char *s, int width)
{
	struct bidi_opts o;
	struct bidi_para *p;
	struct buf b;
	const char *end;
	char *cause = NULL;
	int i;

	bidi_opts_default(&o);
	o.width = width;
	o.pad = width > 0;
	buf_init(&b);
	for (; s != NULL; s = *end ? end + 1 : NULL) {
		end = s + strcspn(s, "\n");
		if (bidi_layout(s, (size_t)(end - s), &o, &p, &cause) != 0) {
			free(cause); /* cannot happen short of ICU failing: write it as it is */
			cause = NULL;
			text_sanitize_into(&b, s, (size_t)(end - s), false);
		} else {
			for (i = 0; i < p->nlines; i++) {
				bidi_line_to_utf8(&b, &p->lines[i], o.pad);
				if (i + 1 < p->nlines)
					buf_addc(&b, '\n');
			}
			bidi_para_free(p);
		}
		if (*end)
			buf_addc(&b, '\n');
	}
	if (b.len > 0)
		fwrite(b.data, 1, b.len, f);
	buf_free(&b);
}

void
cli_put(FILE *f, const char *s)
{
	struct buf b;

	if (s == NULL)
		return;
	if (cli_bidi_app(f)) {
		cli_put_layout(f, s, 0);
		return;
	}
	buf_init(&b);
	text_sanitize_into(&b, s, strlen(s), true);
	if (b.len > 0)
		fwrite(b.data, 1, b.len, f);
	buf_free(&b);
}

void
cli_put_para(FILE *f, const char *s)
{
	struct winsize ws;

	if (s == NULL || !cli_bidi_app(f)) {
		cli_put(f, s);
		return;
	}
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
		ws.ws_col = 80;
	cli_put_layout(f, s, ws.ws_col);
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

long long
cli_parse_id(const char *s)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0)
		return -1;
	return v;
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
