/*
 * cmd-render.c: khabar render: lay out text for a terminal (each input line
 * is one paragraph) and print it: visual order, shaped and right-aligned in
 * app mode; logical lines, wrapped, in terminal and off modes.
 */
#include "config.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "bidi/bidi.h"
#include "cli/cli.h"

/* What the command was asked to do. */
struct render {
	struct bidi_opts opts;
	enum bidi_term_mode mode;
	bool dump;
	struct bidi_engine *engine;
	struct buf out; /* one line at a time */
};

/* The leave sequence, for the signal handler (written once, on a terminal). */
static const char *render_leave;
/* The terminal said it is mlterm (see cli_term_sync). */
static bool render_mlterm;

/* Restore the terminal's bidi mode when interrupted, then die of the signal. */
static void
render_signal(int sig)
{
	ssize_t unused;

	if (render_leave != NULL)
		unused = write(STDOUT_FILENO, render_leave, strlen(render_leave));
	(void)unused;
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The terminal's width when stdout is one, else 80. */
static int
render_default_width(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* --dump: each line and each cell with its logical byte range. */
static void
render_dump(const struct bidi_para *p, int n)
{
	const struct bidi_cell *c;
	int i, j, m, col;

	printf("paragraph %d %s lines %d\n", n, p->dir == BIDI_RTL ? "rtl" : "ltr", p->nlines);
	for (i = 0; i < p->nlines; i++) {
		printf("line %d bytes %zu-%zu width %d indent %d\n", i, p->lines[i].start,
		       p->lines[i].end, p->lines[i].width, p->lines[i].indent);
		col = p->lines[i].indent;
		for (j = 0; j < p->lines[i].ncells; j++) {
			c = &p->lines[i].cells[j];
			printf("  %d U+%04X", col, (unsigned)c->ch);
			for (m = 0; m < c->nmarks; m++)
				printf("+U+%04X", (unsigned)c->marks[m]);
			printf(" w%d %zu-%zu %s\n", c->width, c->start, c->end, c->rtl ? "R" : "L");
			col += c->width;
		}
	}
}

/*
 * In terminal mode, a mark that fixes line i's direction to its paragraph's
 * where its first strong character would not (a wrapped line of Arabic that
 * starts with a Latin word), after a space: VTE drops a zero-width mark at
 * the start of a row and takes it joined to the cell before; mlterm gives
 * the mark a cell of its own, so there it goes alone.
 */
static void
render_mark(struct render *r, const struct bidi_para *p, const char *s, int i)
{
	uint32_t m;

	if (r->mode != BIDI_TERM_TERMINAL || (m = bidi_line_mark(p, s, i)) == 0)
		return;
	if (!render_mlterm)
		buf_addc(&r->out, ' ');
	buf_add_cp(&r->out, m);
}

/* Print paragraph s (len bytes) laid out. */
static int
render_para(struct render *r, const char *s, size_t len, int n)
{
	struct bidi_para *p;
	char *cause = NULL;
	int i;

	if (bidi_engine_layout(r->engine, s, len, &r->opts, &p, &cause) != 0) {
		cli_error("render: paragraph %d: %s", n, cause);
		free(cause);
		return -1;
	}
	if (r->dump)
		render_dump(p, n);
	for (i = 0; !r->dump && i < p->nlines; i++) {
		buf_reset(&r->out);
		if (r->mode == BIDI_TERM_APP)
			bidi_line_to_utf8(&r->out, &p->lines[i], r->opts.pad);
		else /* logical text, wrapped; the terminal does bidi (or nobody) */
			render_mark(r, p, s, i);
		if (r->mode != BIDI_TERM_APP)
			text_sanitize_into(&r->out, s + p->lines[i].start,
					   p->lines[i].end - p->lines[i].start, true);
		buf_addc(&r->out, '\n');
		fwrite(r->out.data, 1, r->out.len, stdout);
	}
	bidi_para_free(p);
	return 0;
}

/* Read all of path ("-": stdin); NULL with a message on failure. */
static char *
render_read(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	struct buf b;
	int rc;

	if (f == NULL) {
		cli_error("render: %s: %s", path, strerror(errno));
		return NULL;
	}
	buf_init(&b);
	rc = buf_read(&b, f, 0);
	if (rc != 0)
		cli_error("render: %s: %s", path, strerror(errno));
	if (f != stdin)
		fclose(f);
	if (rc != 0) {
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return buf_detach(&b);
}

/* Lay out every line of text. */
static int
render_text(struct render *r, const char *text, size_t len)
{
	size_t pos = 0, end, plen;
	int n = 0;

	while (pos < len) {
		end = pos;
		while (end < len && text[end] != '\n')
			end++;
		plen = end - pos;
		if (plen > 0 && text[pos + plen - 1] == '\r')
			plen--; /* CRLF files */
		if (render_para(r, text + pos, plen, ++n) != 0)
			return -1;
		pos = end + 1;
	}
	return 0;
}

/* Write the mode's enter sequence on a terminal and arrange the leave one. */
static void
render_enter(const struct render *r)
{
	struct bidi_term_hints h;

	if (r->dump || !isatty(STDOUT_FILENO))
		return;
	bidi_term_hints_from_env(&h);
	fputs(bidi_term_enter(r->mode, &h), stdout);
	render_mlterm = h.mlterm;
	cli_term_sync(render_mlterm);
	render_leave = bidi_term_leave(r->mode, &h);
	signal(SIGINT, render_signal);
	signal(SIGTERM, render_signal);
	signal(SIGPIPE, render_signal);
}

/* Parse one option of render's own; false when c is not one or is bad. */
static bool
render_option(struct render *r, int c)
{
	long long w;

	switch (c) {
	case 'w':
		if (!cli_number("--width", optarg, 0, 100000, &w))
			exit(2);
		r->opts.width = (int)w;
		return true;
	case 'd':
		r->opts.dir = strcmp(optarg, "rtl") == 0 ? BIDI_RTL
			      : strcmp(optarg, "ltr") == 0 ? BIDI_LTR : BIDI_AUTO;
		if (strcmp(optarg, "auto") == 0 || r->opts.dir != BIDI_AUTO)
			return true;
		cli_error("--dir: '%s' is not auto, rtl or ltr", optarg);
		return false;
	case 'S': r->opts.shape = false; return true;
	case 'L': r->opts.ligature = false; return true;
	case 'P': r->opts.pad = false; return true;
	case 'D': r->dump = true; return true;
	}
	return false;
}

int
cmd_render(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "width", required_argument, NULL, 'w' },
		{ "dir", required_argument, NULL, 'd' },
		{ "no-shape", no_argument, NULL, 'S' },
		{ "no-ligature", no_argument, NULL, 'L' },
		{ "no-pad", no_argument, NULL, 'P' },
		{ "dump", no_argument, NULL, 'D' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct render r = { 0 };
	char *text, *cause = NULL;
	size_t len;
	int c, rc;

	bidi_opts_default(&r.opts);
	r.opts.width = render_default_width();
	while ((c = cli_getopt(argc, argv, "hw:", opts, "render")) != -1) {
		if (cli_common_option(c, "render"))
			continue;
		if (!render_option(&r, c))
			return cli_usage("render");
	}
	if (optind < argc - 1)
		return cli_usage("render");
	r.mode = (enum bidi_term_mode)cli.bidi;
	if (r.mode != BIDI_TERM_APP) /* logical text: no shaping, padding or mirroring */
		r.opts.shape = r.opts.pad = r.opts.mirror = false;
	if (r.mode == BIDI_TERM_TERMINAL && r.opts.width > 1)
		r.opts.width--; /* room for a mark's cell (render_mark) */
	if ((text = render_read(optind < argc ? argv[optind] : "-", &len)) == NULL)
		return 1;
	if ((r.engine = bidi_engine_new(&cause)) == NULL) {
		cli_error("render: %s", cause);
		free(cause);
		free(text);
		return 1;
	}
	buf_init(&r.out);
	render_enter(&r);
	rc = render_text(&r, text, len);
	if (render_leave != NULL) {
		cli_term_sync(render_mlterm);
		fputs(render_leave, stdout);
	}
	fflush(stdout);
	buf_free(&r.out);
	bidi_engine_free(r.engine);
	free(text);
	return rc != 0;
}
