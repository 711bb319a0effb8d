/*
 * term.c: the terminal session: curses start and stop, bidi mode
 * sequences, colours (NO_COLOR and a monochrome fallback), signals
 * (Ctrl-Z, fatal ones), key reading, and the test mode that takes keys
 * from a script when idle and dumps the screen from curses memory.
 */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <sys/wait.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

struct ui_term ui_term;

static volatile sig_atomic_t suspend_asked;
static const char *leave_seq = ""; /* written on exit, suspend and fatal signals */

/*
 * Colours of each class: foreground, background (-1: the terminal's),
 * attributes with colour, and attributes alone (NO_COLOR, a monochrome
 * terminal).  Text colours are mid-dark 256-colour shades where the
 * terminal has them (fg256; -1: fg), legible on a white and on a black
 * background alike; backgrounds come with their own foreground.  Without
 * colour, search match, annotation, passage cursor and selection each
 * have attributes of their own.  `color` changes a class.
 */
static struct {
	const char *name;
	short fg, bg, fg256;
	attr_t color_attr, mono;
} classes[UA_NATTR] = {
	[UA_NORMAL] = { "normal", -1, -1, -1, 0, 0 },
	[UA_BAR] = { "bar", COLOR_WHITE, COLOR_BLUE, -1, 0, A_REVERSE },
	[UA_BAR_ON] = { "bar-on", COLOR_BLACK, COLOR_CYAN, -1, 0, A_BOLD },
	[UA_CURSOR] = { "cursor", COLOR_BLACK, COLOR_CYAN, -1, 0, A_REVERSE },
	[UA_CURSOR_DIM] = { "cursor-dim", -1, -1, -1, A_REVERSE, A_UNDERLINE },
	[UA_TITLE] = { "title", -1, -1, -1, A_BOLD, A_BOLD },
	[UA_META] = { "meta", COLOR_CYAN, -1, 242, 0, A_DIM },
	[UA_UNREAD] = { "unread", -1, -1, -1, A_BOLD, A_BOLD },
	[UA_ANNOTATION] = { "annotation", COLOR_BLACK, COLOR_YELLOW, -1, 0, A_ITALIC | A_BOLD },
	[UA_MATCH] = { "match", COLOR_BLACK, COLOR_GREEN, -1, 0, A_BOLD | A_UNDERLINE },
	[UA_PASSAGE] = { "passage", COLOR_WHITE, COLOR_RED, -1, A_BOLD, A_REVERSE },
	[UA_SELECTION] = { "selection", COLOR_WHITE, COLOR_MAGENTA, -1, 0, A_REVERSE | A_UNDERLINE },
	[UA_ERROR] = { "error", COLOR_WHITE, COLOR_RED, -1, A_BOLD, A_BOLD | A_REVERSE },
	[UA_KEY] = { "key", COLOR_GREEN, -1, 34, A_BOLD, A_BOLD },
	[UA_BORDER] = { "border", COLOR_BLUE, -1, 33, 0, A_DIM },
	[UA_SPEAKER0] = { "speaker1", COLOR_GREEN, -1, 34, 0, A_UNDERLINE },
	[UA_SPEAKER0 + 1] = { "speaker2", COLOR_MAGENTA, -1, 164, 0, A_UNDERLINE },
	[UA_SPEAKER0 + 2] = { "speaker3", COLOR_BLUE, -1, 33, 0, A_UNDERLINE },
	[UA_SPEAKER0 + 3] = { "speaker4", COLOR_RED, -1, 166, 0, A_UNDERLINE },
	[UA_SPEAKER0 + 4] = { "speaker5", COLOR_CYAN, -1, 30, 0, A_UNDERLINE },
	[UA_SPEAKER0 + 5] = { "speaker6", COLOR_MAGENTA, -1, 160, A_BOLD, A_UNDERLINE },
};

attr_t
ui_attr(enum ui_attr a)
{
	return ui_term.color ? classes[a].color_attr : classes[a].mono;
}

/* A colour name (default, black ... white, bright-*, color0 ... color255); -2 when unknown. */
static short
color_parse(const char *s)
{
	static const char *const names[] = { "black", "red", "green", "yellow", "blue", "magenta",
					      "cyan", "white" };
	int i, n;
	char *end;

	if (strcmp(s, "default") == 0)
		return -1;
	for (i = 0; i < 8; i++) {
		if (strcmp(s, names[i]) == 0)
			return (short)i;
		if (strncmp(s, "bright-", 7) == 0 && strcmp(s + 7, names[i]) == 0)
			return (short)(i + 8);
	}
	if (strncmp(s, "color", 5) == 0 && s[5] >= '0' && s[5] <= '9') {
		n = (int)strtol(s + 5, &end, 10);
		if (*end == '\0' && n < 256)
			return (short)n;
	}
	return -2;
}

/* An attribute name; 0 with *ok false when unknown. */
static attr_t
attr_parse(const char *s, bool *ok)
{
	static const struct {
		const char *name;
		attr_t a;
	} names[] = { { "bold", A_BOLD }, { "underline", A_UNDERLINE }, { "reverse", A_REVERSE },
		      { "dim", A_DIM }, { "italic", A_ITALIC }, { "standout", A_STANDOUT },
		      { "blink", A_BLINK }, { "none", 0 } };
	size_t i;

	*ok = true;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(s, names[i].name) == 0)
			return names[i].a;
	*ok = false;
	return 0;
}

/* Give class i its colour pair (when colours are on). */
static void
color_apply(int i)
{
	short fg = classes[i].fg;

	if (!ui_term.color || i == UA_NORMAL)
		return;
	if (classes[i].fg256 >= 0 && COLORS >= 256)
		fg = classes[i].fg256;
	else if (fg >= COLORS)
		fg = (short)(fg - 8);
	init_pair((short)i, fg, classes[i].bg >= COLORS ? (short)(classes[i].bg - 8) : classes[i].bg);
}

int
ui_term_color(const char *element, const char *fg, const char *bg, const char **attrs, int nattrs,
	      char **cause)
{
	short f = color_parse(fg), b = color_parse(bg);
	attr_t at = 0;
	bool ok;
	int i, j;

	for (i = 0; i < UA_NATTR && strcmp(classes[i].name, element) != 0; i++)
		;
	if (i == UA_NATTR || i == UA_NORMAL) {
		*cause = xasprintf("no element '%s' (bar, bar-on, cursor, cursor-dim, title, meta, unread, "
				   "annotation, match, passage, selection, error, key, border, speaker1-6)",
				   element);
		return -1;
	}
	if (f == -2 || b == -2) {
		*cause = xasprintf("unknown colour '%s' (default, black, red, green, yellow, blue, magenta, "
				   "cyan, white, bright-NAME, color0-color255)", f == -2 ? fg : bg);
		return -1;
	}
	for (j = 0; j < nattrs; j++) {
		at |= attr_parse(attrs[j], &ok);
		if (!ok) {
			*cause = xasprintf("unknown attribute '%s' (bold, underline, reverse, dim, italic, "
					   "standout, blink, none)", attrs[j]);
			return -1;
		}
	}
	classes[i].fg = f;
	classes[i].bg = b;
	classes[i].fg256 = -1;
	classes[i].color_attr = at;
	color_apply(i);
	return 0;
}

short
ui_pair(enum ui_attr a)
{
	return ui_term.color && a != UA_NORMAL ? (short)a : 0;
}

static void
colors_start(void)
{
	const char *nc = getenv("NO_COLOR");
	int i;

	ui_term.color = has_colors() && (nc == NULL || *nc == '\0');
	if (!ui_term.color)
		return;
	start_color();
	use_default_colors();
	for (i = 1; i < UA_NATTR; i++)
		color_apply(i);
}

/* Write a sequence straight to the terminal (async-signal-safe). */
static void
term_write(const char *s)
{
	size_t n = strlen(s);
	ssize_t w;

	while (n > 0 && (w = write(STDOUT_FILENO, s, n)) > 0) {
		s += w;
		n -= (size_t)w;
	}
}

static void
on_tstp(int sig)
{
	suspend_asked = 1;
}

/* A fatal signal: put the terminal back as it was, then die of the signal. */
static void
on_fatal(int sig)
{
	if (!ui_term.test) {
		endwin();
		term_write(leave_seq);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
signals_start(void)
{
	static const int fatal[] = { SIGHUP, SIGTERM, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_tstp; /* no SA_RESTART: the key read returns, the loop suspends */
	sigaction(SIGTSTP, &sa, NULL);
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
		sigaction(fatal[i], &sa, NULL);
}

void
ui_term_suspend(void)
{
	if (ui_term.test)
		return;
	suspend_asked = 1;
	ui_term_suspend_if_asked();
}

void
ui_term_suspend_if_asked(void)
{
	if (!suspend_asked)
		return;
	suspend_asked = 0;
	endwin();
	term_write(leave_seq);
	signal(SIGTSTP, SIG_DFL);
	raise(SIGTSTP);
	/* Continued. */
	signals_start();
	term_write(bidi_term_enter(ui_term.bidi, &ui_term.hints));
	ui.relayout = true;
	clearok(curscr, TRUE);
}

/* Write all of s to fd (a pipe to a command that may stop reading). */
static void
write_all(int fd, const char *s, size_t n)
{
	ssize_t w;

	while (n > 0 && (w = write(fd, s, n)) > 0) {
		s += w;
		n -= (size_t)w;
	}
}

int
ui_term_run(const char *cmd, const char *input, size_t len, char **cause)
{
	struct sigaction ign, old;
	int fd[2], status = -1;
	char c;
	pid_t pid;

	if (pipe(fd) != 0) {
		*cause = xasprintf("pipe: %s", strerror(errno));
		return -1;
	}
	if (!ui_term.test) {
		endwin();
		term_write(leave_seq);
	}
	fflush(stdout);
	if ((pid = fork()) == 0) {
		dup2(fd[0], STDIN_FILENO);
		if (ui_term.test)
			dup2(STDERR_FILENO, STDOUT_FILENO);
		close(fd[0]);
		close(fd[1]);
		signal(SIGTSTP, SIG_DFL);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old); /* a command that reads nothing must not kill khabar */
	if (pid > 0)
		write_all(fd[1], input, len);
	close(fd[1]);
	sigaction(SIGPIPE, &old, NULL);
	if (pid < 0)
		*cause = xasprintf("fork: %s", strerror(errno));
	else
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	if (!ui_term.test) {
		term_write("\r\n[khabar: press a key to come back]");
		term_write(bidi_term_enter(ui_term.bidi, &ui_term.hints));
		reset_prog_mode();
		while (read(STDIN_FILENO, &c, 1) < 0 && errno == EINTR)
			; /* read straight: curses would redraw over the command's output first */
		clearok(curscr, TRUE);
		ui.relayout = true;
	}
	return pid < 0 ? -1 : status;
}

int
ui_term_spawn(const char *shell_cmd, const char *arg, char **cause)
{
	int null, status;
	pid_t pid = fork();

	if (pid == 0) { /* a child that starts the program and leaves it to init: no zombie, no wait */
		setsid();
		if (fork() != 0)
			_exit(0);
		if ((null = open("/dev/null", O_RDWR)) >= 0) {
			dup2(null, STDIN_FILENO);
			dup2(null, STDOUT_FILENO);
			dup2(null, STDERR_FILENO);
		}
		execl("/bin/sh", "sh", "-c", shell_cmd, "sh", arg, (char *)NULL);
		_exit(127);
	}
	if (pid < 0) {
		*cause = xasprintf("fork: %s", strerror(errno));
		return -1;
	}
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return 0;
}

/* ---- Hyperlinks (OSC 8) ---- */

#define LINKS_MAX 8

/* The links of the screen being drawn: cells [x, x + n) of row y, and their URI (safe, owned). */
static struct {
	int y, x, n;
	char *uri;
} links[LINKS_MAX];
static int nlinks;

void
ui_link_add(int y, int x, int n, const char *url)
{
	struct buf b;

	if (nlinks == LINKS_MAX || n <= 0 || y < 0 || y >= LINES || x < 0 || x + n > COLS)
		return;
	buf_init(&b);
	buf_add(&b, "", 0);
	if (!text_uri_for_terminal(&b, url)) {
		buf_free(&b);
		return;
	}
	links[nlinks].y = y;
	links[nlinks].x = x;
	links[nlinks].n = n;
	links[nlinks++].uri = buf_detach(&b);
}

void
ui_links_clear(void)
{
	while (nlinks > 0)
		free(links[--nlinks].uri);
}

/* Terminals known to take OSC 8 (others may show the sequence or mishandle it). */
static bool
term_osc8_known(void)
{
	const char *vte = getenv("VTE_VERSION"), *prog = getenv("TERM_PROGRAM");
	const char *ver = getenv("TERM_PROGRAM_VERSION"), *term = getenv("TERM");

	if (getenv("TMUX") != NULL) /* tmux passes links on from 3.4 */
		return prog && strcmp(prog, "tmux") == 0 && ver && strtod(ver, NULL) >= 3.4;
	if (vte && atoi(vte) >= 5000)
		return true;
	if (getenv("KITTY_WINDOW_ID") || getenv("WEZTERM_EXECUTABLE"))
		return true;
	if (prog && (strcmp(prog, "iTerm.app") == 0 || strcmp(prog, "WezTerm") == 0))
		return true;
	return term && (strncmp(term, "foot", 4) == 0 || strcmp(term, "xterm-kitty") == 0);
}

/* SGR for a cell's attributes and colour pair. */
static void
term_sgr(struct buf *b, attr_t at, short pair)
{
	static const struct { attr_t a; const char *p; } sgr[] = {
		{ A_BOLD, ";1" }, { A_DIM, ";2" }, { A_ITALIC, ";3" }, { A_UNDERLINE, ";4" },
		{ A_BLINK, ";5" }, { A_REVERSE, ";7" }, { A_STANDOUT, ";7" },
	};
	short fg = -1, bg = -1;
	size_t i;

	buf_adds(b, "\033[0");
	for (i = 0; i < sizeof sgr / sizeof sgr[0]; i++)
		if (at & sgr[i].a)
			buf_adds(b, sgr[i].p);
	if (pair > 0 && ui_term.color)
		pair_content(pair, &fg, &bg);
	if (fg >= 0)
		buf_printf(b, fg < 8 ? ";%d" : fg < 16 ? ";%d" : ";38;5;%d",
			   fg < 8 ? 30 + fg : fg < 16 ? 90 + fg - 8 : fg);
	if (bg >= 0)
		buf_printf(b, bg < 8 ? ";%d" : bg < 16 ? ";%d" : ";48;5;%d",
			   bg < 8 ? 40 + bg : bg < 16 ? 100 + bg - 8 : bg);
	buf_addc(b, 'm');
}

/* Link i's cells as curses drew them (text and attributes), inside OSC 8. */
static void
term_link(struct buf *b, int i)
{
	char mb[MB_LEN_MAX];
	wchar_t w[CCHARW_MAX + 1];
	cchar_t cc;
	attr_t at, last_at = (attr_t)-1;
	short pair, last_pair = -2;
	int x, k, cw;
	size_t n;

	buf_printf(b, "\033[%d;%dH\033]8;;%s\033\\", links[i].y + 1, links[i].x + 1, links[i].uri);
	for (x = links[i].x; x < links[i].x + links[i].n; x += cw > 1 ? cw : 1) {
		cw = 1;
		if (mvin_wch(links[i].y, x, &cc) == ERR || getcchar(&cc, w, &at, &pair, NULL) == ERR)
			break;
		at &= ~(attr_t)A_COLOR;
		if (at != last_at || pair != last_pair)
			term_sgr(b, at, pair);
		last_at = at;
		last_pair = pair;
		if (w[0] == 0)
			buf_addc(b, ' ');
		for (k = 0; w[k] != 0; k++)
			if ((n = wcrtomb(mb, w[k], NULL)) != (size_t)-1)
				buf_add(b, mb, n);
		cw = wcwidth(w[0]);
	}
	buf_adds(b, "\033]8;;\033\\");
}

void
ui_term_links(void)
{
	struct buf b;
	int i;

	if (nlinks == 0 || ui_term.out == NULL || ui.hyperlinks == 0 ||
	    (ui.hyperlinks < 0 && !ui_term.osc8))
		return;
	buf_init(&b);
	buf_adds(&b, "\0337"); /* the cursor and attributes curses left, back after */
	for (i = 0; i < nlinks; i++)
		term_link(&b, i);
	buf_adds(&b, "\033[0m\0338");
	fwrite(b.data, 1, b.len, ui_term.out);
	fflush(ui_term.out);
	buf_free(&b);
}

/* Controls written for mlterm over blank cells (ui_term_control), this drawing's. */
struct term_control {
	int y, x;
	uint32_t cp;
	attr_t attr;  /* the blank cell's look, given to the control */
	short pair;
};
static struct term_control *controls;
static int ncontrols, controls_size;

void
ui_term_control(int y, int x, uint32_t cp)
{
	cchar_t cc;
	wchar_t w[CCHARW_MAX + 1];

	if (y < 0 || y >= LINES || x < 0 || x >= COLS)
		return;
	if (ncontrols == controls_size) {
		controls_size = controls_size ? 2 * controls_size : 64;
		controls = xrealloc(controls, (size_t)controls_size * sizeof *controls);
	}
	controls[ncontrols] = (struct term_control){ y, x, cp, A_NORMAL, 0 };
	if (mvin_wch(y, x, &cc) != ERR)
		getcchar(&cc, w, &controls[ncontrols].attr, &controls[ncontrols].pair, NULL);
	ncontrols++;
}

void
ui_term_controls_begin(void)
{
	int i;

	for (i = 0; i < ncontrols; i++) /* the last drawing's rows: curses writes their blank cells back */
		if (controls[i].y < LINES)
			wredrawln(stdscr, controls[i].y, 1);
	ncontrols = 0;
}

void
ui_term_controls(void)
{
	struct buf b;
	int i;

	if (ui_term.out == NULL || ncontrols == 0)
		return;
	buf_init(&b);
	buf_adds(&b, "\0337");
	for (i = 0; i < ncontrols; i++) {
		buf_printf(&b, "\033[%d;%dH", controls[i].y + 1, controls[i].x + 1);
		term_sgr(&b, controls[i].attr, controls[i].pair);
		buf_add_cp(&b, controls[i].cp);
	}
	buf_adds(&b, "\033[0m\0338"); /* the attributes curses left come back with the cursor */
	fwrite(b.data, 1, b.len, ui_term.out);
	fflush(ui_term.out);
	buf_free(&b);
}

/*
 * Run tmux with args (NULL-terminated) for at most half a second; true when
 * it said yes.  Its output (the first 255 bytes) goes to out when not NULL,
 * else nowhere.
 */
static bool
term_tmux_out(const char *const *args, char *out, size_t size)
{
	int null, status, i, fd[2] = { -1, -1 };
	ssize_t n;
	size_t got = 0;
	pid_t pid;

	if (out != NULL && (size == 0 || pipe(fd) != 0))
		return false;
	if ((pid = fork()) < 0) {
		if (out != NULL) {
			close(fd[0]);
			close(fd[1]);
		}
		return false;
	}
	if (pid == 0) {
		if ((null = open("/dev/null", O_RDWR)) >= 0) {
			dup2(null, STDIN_FILENO);
			dup2(out != NULL ? fd[1] : null, STDOUT_FILENO);
			dup2(null, STDERR_FILENO);
		}
		execvp("tmux", (char *const *)args);
		_exit(127);
	}
	if (out != NULL) {
		close(fd[1]);
		fcntl(fd[0], F_SETFL, O_NONBLOCK);
		out[0] = '\0';
	}
	for (i = 0; i < 500; i++) {
		while (out != NULL && got + 1 < size && (n = read(fd[0], out + got, size - 1 - got)) > 0)
			got += (size_t)n;
		if (waitpid(pid, &status, WNOHANG) == pid) {
			while (out != NULL && got + 1 < size && (n = read(fd[0], out + got, size - 1 - got)) > 0)
				got += (size_t)n;
			if (out != NULL) {
				out[got] = '\0';
				close(fd[0]);
			}
			return WIFEXITED(status) && WEXITSTATUS(status) == 0;
		}
		usleep(1000);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	if (out != NULL)
		close(fd[0]);
	return false;
}

static bool
term_tmux(const char *const *args)
{
	return term_tmux_out(args, NULL, 0);
}

/*
 * Inside tmux $MLTERM is seldom passed on, but tmux knows its client's
 * terminal: mlterm says TERM=mlterm.  --bidi terminal needs to know (a mark
 * takes a cell of its own in mlterm).
 */
static void
term_tmux_client(void)
{
	const char *args[] = { "tmux", "display-message", "-p", "#{client_termname}", NULL };
	char name[256];

	if (term_tmux_out(args, name, sizeof name) && strncmp(name, "mlterm", 6) == 0)
		ui_term.hints.mlterm = true;
}

/*
 * Inside tmux, `tmux set -p -t $TMUX_PANE allow-passthrough on` (or, on
 * leaving, `-u`: the pane takes the window's setting again), so that the
 * bidi switches khabar sends through tmux reach the outer terminal (VTE,
 * mlterm); tmux 3.3 drops them otherwise.  Only our own pane is changed,
 * and only while khabar runs; none of khabar's text goes out raw.
 */
static bool
term_tmux_passthrough(bool on)
{
	const char *pane = getenv("TMUX_PANE");
	const char *set[] = { "tmux", "set", "-p", "-t", pane, "allow-passthrough", "on", NULL };
	const char *unset[] = { "tmux", "set", "-p", "-u", "-t", pane, "allow-passthrough", NULL };

	if (pane == NULL || *pane == '\0')
		return false;
	return term_tmux(on ? set : unset);
}

/*
 * VTE keeps the bidi mode a row was made in: after the switch, the outer
 * screen is cleared through the passthrough too (VTE makes every row
 * again, in the new mode), and tmux is asked to draw its client again,
 * other panes and status line included.
 */
static void
term_tmux_redraw(void)
{
	const char *refresh[] = { "tmux", "refresh-client", NULL };

	if (!ui_term.passthrough)
		return;
	term_write("\033Ptmux;\033\033[2J\033\\");
	term_tmux(refresh);
}

/* Test mode: a screen of the script's size drawn into memory only. */
static int
term_start_test(const char *script, char **cause)
{
	if ((ui_term.script = fopen(script, "r")) == NULL) {
		*cause = xasprintf("%s: %s", script, strerror(errno));
		return -1;
	}
	if (getenv("COLUMNS") == NULL)
		setenv("COLUMNS", "80", 1);
	if (getenv("LINES") == NULL)
		setenv("LINES", "24", 1);
	ui_term.test = true;
	ui_term.out = getenv("KHABAR_TEST_TTY") ? fopen(getenv("KHABAR_TEST_TTY"), "a") : NULL;
	ui_term.tout = fopen("/dev/null", "w");
	ui_term.tin = fopen("/dev/null", "r");
	ui_term.screen = newterm("xterm-256color", ui_term.tout, ui_term.tin);
	if (ui_term.screen == NULL) {
		*cause = xstrdup("cannot start curses on xterm-256color");
		return -1;
	}
	set_term(ui_term.screen);
	return 0;
}

int
ui_term_start(enum bidi_term_mode mode, char **cause)
{
	const char *script = getenv("KHABAR_TEST_SCRIPT");

	ui_term.bidi = mode;
	bidi_term_hints_from_env(&ui_term.hints);
	ui_term.osc8 = term_osc8_known();
	ui_term.out = stdout;
	if (script != NULL && *script != '\0') {
		if (term_start_test(script, cause) != 0)
			return -1;
	} else {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			*cause = xstrdup("the reader needs a terminal");
			return -1;
		}
		leave_seq = bidi_term_leave(mode, &ui_term.hints);
		if (ui_term.hints.tmux && mode == BIDI_TERM_TERMINAL && !ui_term.hints.mlterm)
			term_tmux_client();
		if (ui_term.hints.tmux && mode != BIDI_TERM_OFF)
			ui_term.passthrough = term_tmux_passthrough(true);
		term_write(bidi_term_enter(mode, &ui_term.hints));
		term_tmux_redraw();
		if (initscr() == NULL) {
			*cause = xstrdup("cannot start curses (is TERM set?)");
			return -1;
		}
		signals_start();
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	colors_start();
	return 0;
}

void
ui_term_stop(void)
{
	endwin();
	if (ui_term.test) {
		delscreen(ui_term.screen);
		fclose(ui_term.tout);
		fclose(ui_term.tin);
		fclose(ui_term.script);
		if (ui_term.out)
			fclose(ui_term.out);
	} else {
		term_write(leave_seq);
		if (ui_term.passthrough)
			term_tmux_passthrough(false);
	}
}

/* Queue the keys named on a script line. */
static void
script_keys(char *names)
{
	char *k, *save;
	int key;

	for (k = strtok_r(names, " \t\n", &save); k; k = strtok_r(NULL, " \t\n", &save)) {
		if ((key = ui_key_parse(k)) < 0) {
			fprintf(stderr, "khabar: test script: unknown key '%s'\n", k);
			continue;
		}
		if (ui_term.npending < 64)
			ui_term.pending[ui_term.npending++] = key;
	}
}

/* Queue each character of a text (for the input line). */
static void
script_type(const char *s)
{
	size_t pos = 0, len = strcspn(s, "\n");
	int32_t cp;

	while (pos < len && ui_term.npending < 64)
		if ((cp = utf8_next(s, len, &pos)) > 0)
			ui_term.pending[ui_term.npending++] = cp;
}

/* Run script lines until there are keys or the program must react; -1 at the end. */
static int
script_next(void)
{
	char *line = NULL, what[16];
	size_t cap = 0;
	int w, h, rc = -1;

	while (getline(&line, &cap, ui_term.script) > 0) {
		if (strncmp(line, "key ", 4) == 0)
			script_keys(line + 4);
		else if (strncmp(line, "type ", 5) == 0)
			script_type(line + 5);
		else if (strncmp(line, "dump ", 5) == 0) {
			line[strcspn(line, "\n")] = '\0';
			ui_dump(line + 5);
		} else if (sscanf(line, "%15s %d %d", what, &w, &h) == 3 && (strcmp(what, "click") == 0 ||
			   strcmp(what, "wheelup") == 0 || strcmp(what, "wheeldown") == 0)) {
			memset(&ui_term.mouse, 0, sizeof ui_term.mouse);
			ui_term.mouse.x = w;
			ui_term.mouse.y = h;
			ui_term.mouse.bstate = what[0] == 'c' ? BUTTON1_CLICKED
				: what[5] == 'u' ? BUTTON4_PRESSED : BUTTON5_PRESSED;
			rc = UI_KEY_FN | KEY_MOUSE;
			break;
		} else if (sscanf(line, "resize %d %d", &w, &h) == 2) {
			resizeterm(h, w);
			rc = UI_KEY_FN | KEY_RESIZE;
			break;
		}
		if (ui_term.npending > ui_term.ipending) {
			rc = 0;
			break;
		}
	}
	free(line);
	return rc;
}

static int
getkey_test(void)
{
	int rc;

	if (ui_term.ipending >= ui_term.npending && ui_feeds_busy()) {
		ui_feeds_wait(); /* the script goes on when the reload is done */
		return UI_KEY_TICK;
	}
	if (ui_term.ipending >= ui_term.npending) {
		ui_term.ipending = ui_term.npending = 0;
		if ((rc = script_next()) != 0)
			return rc;
	}
	return ui_term.pending[ui_term.ipending++];
}

int
ui_getmouse(MEVENT *ev)
{
	if (ui_term.test) {
		*ev = ui_term.mouse;
		return OK;
	}
	return getmouse(ev);
}

int
ui_getkey(void)
{
	wint_t wc;
	int rc;

	if (ui_term.test)
		return getkey_test();
	for (;;) {
		timeout(ui_feeds_busy() ? 250 : -1);
		rc = get_wch(&wc);
		if (rc == KEY_CODE_YES)
			return wc == KEY_ENTER ? '\r' : UI_KEY_FN | (int)wc;
		if (rc == OK)
			return wc == '\n' ? '\r' : (int)wc;
		if (suspend_asked) {
			ui_term_suspend_if_asked();
			return UI_KEY_FN | KEY_RESIZE;
		}
		if (ui_feeds_busy())
			return UI_KEY_TICK;
		if (errno != EINTR)
			return -1;
	}
}

/* One screen row as UTF-8, trailing blanks removed. */
static void
dump_row(struct buf *b, int y)
{
	char mb[MB_LEN_MAX * (CCHARW_MAX + 1)];
	wchar_t wch[CCHARW_MAX + 1];
	size_t start = b->len, n, i;
	attr_t at;
	short pair;
	cchar_t cc;
	int x, w;

	for (x = 0; x < COLS; x += w > 1 ? w : 1) {
		w = 1;
		if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, wch, &at, &pair, NULL) == ERR)
			continue;
		for (i = 0; wch[i] != 0; i++) {
			n = wcrtomb(mb, wch[i], NULL);
			if (n != (size_t)-1)
				buf_add(b, mb, n);
		}
		if (wch[0] == 0)
			buf_addc(b, ' ');
		w = wcwidth(wch[0]);
	}
	while (b->len > start && b->data[b->len - 1] == ' ')
		b->len--;
	buf_addc(b, '\n');
}

int
ui_dump(const char *path)
{
	struct buf b;
	FILE *f;
	int y;

	buf_init(&b);
	for (y = 0; y < LINES; y++)
		dump_row(&b, y);
	if ((f = fopen(path, "w")) == NULL) {
		buf_free(&b);
		return -1;
	}
	fwrite(b.data, 1, b.len, f);
	fclose(f);
	buf_free(&b);
	return 0;
}
