/*
 * feeds.c: reloading every feed in the background.  A child process (so
 * that extraction's crash and CPU-time guards work as they do in khabar
 * fetch, and a stuck server never freezes the screen) runs fetch_feeds on
 * its own connection to the archive and writes its progress down a pipe,
 * one line per feed; the reader shows it on the status line and reloads
 * the browser when the child is done, so new articles appear at once.
 */
#include "config.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define KHABAR_UI_INTERNAL
#include "app/app.h"
#include "fetch/fetch.h"
#include "ui/ui.h"

/* The reload under way, as the reader sees it. */
static struct {
	pid_t pid;          /* 0: none */
	int fd;             /* the child's progress, read end */
	struct buf in;      /* what has come down the pipe, not yet a whole line */
	long done, total, added, updated, failed;
	bool ended;         /* the child's last line came */
} rl = { .fd = -1 };

/* ---- The child ---- */

static void
child_progress(void *ctx, const struct fetch_stats *s)
{
	dprintf(*(int *)ctx, "p %ld %ld %ld %ld %ld\n", s->done, s->feeds, s->added, s->updated,
		s->failed);
}

static void
child_run(int fd, const char *path)
{
	struct fetch_opts o;
	struct fetch_stats s;
	struct store *st = NULL;
	char *cause = NULL;
	int rc;

	signal(SIGINT, SIG_IGN);
	fetch_opts_init(&o);
	app_import_opts(&o.import);
	o.progress = child_progress;
	o.ctx = &fd;
	rc = store_open(path, &st, &cause);
	if (rc == 0)
		rc = fetch_feeds(st, NULL, 0, &o, &s, &cause);
	if (rc == 0)
		dprintf(fd, "e %ld %ld %ld %ld %ld\n", s.done, s.feeds, s.added, s.updated, s.failed);
	else
		dprintf(fd, "x %s\n", cause ? cause : "the fetch failed");
	if (st)
		store_close(st);
	_exit(rc == 0 ? 0 : 1);
}

/* ---- The reader's side ---- */

static int
count_feed(void *ctx, const struct store_feed *f)
{
	(*(long *)ctx)++;
	return 0;
}

bool
ui_feeds_busy(void)
{
	return rl.pid != 0;
}

void
ui_feeds_reload(void)
{
	char *cause = NULL;
	long n = 0;
	int p[2];

	if (rl.pid != 0) {
		ui_message(false, "the feeds are being reloaded already");
		return;
	}
	if (store_readonly(ui.st)) {
		ui_message(true, "the archive is read-only: feeds cannot be reloaded");
		return;
	}
	if (store_list_feeds(ui.st, count_feed, &n, &cause) != 0) {
		ui_message(true, "%s", cause);
		free(cause);
		return;
	}
	if (n == 0) {
		ui_message(false, "no feeds: khabar feed add URL subscribes to one");
		return;
	}
	if (pipe(p) != 0) {
		ui_message(true, "cannot reload the feeds: %s", strerror(errno));
		return;
	}
	fflush(NULL);
	rl.pid = fork();
	if (rl.pid < 0) {
		rl.pid = 0;
		close(p[0]);
		close(p[1]);
		ui_message(true, "cannot reload the feeds: %s", strerror(errno));
		return;
	}
	if (rl.pid == 0) {
		close(p[0]);
		/* The child never draws: its output would land in the middle of the screen. */
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
		}
		child_run(p[1], store_path(ui.st));
	}
	close(p[1]);
	rl.fd = p[0];
	fcntl(rl.fd, F_SETFL, O_NONBLOCK);
	buf_init(&rl.in);
	rl.done = rl.added = rl.updated = rl.failed = 0;
	rl.total = n;
	rl.ended = false;
	ui_message(false, "reloading %ld feeds ...", n);
}

/* One line from the child. */
static void
child_line(const char *line)
{
	if ((line[0] == 'p' || line[0] == 'e') &&
	    sscanf(line + 1, "%ld %ld %ld %ld %ld", &rl.done, &rl.total, &rl.added, &rl.updated,
		   &rl.failed) == 5) {
		if (line[0] == 'e')
			rl.ended = true;
	} else if (line[0] == 'x') {
		ui_message(true, "reloading the feeds failed: %s", line + 2);
		rl.ended = true;
		rl.failed = -1;
	}
}

/* Read what the child wrote; true at its end (EOF). */
static bool
read_child(void)
{
	char tmp[512];
	ssize_t n;

	while ((n = read(rl.fd, tmp, sizeof tmp)) > 0) {
		char *nl;

		buf_add(&rl.in, tmp, (size_t)n);
		buf_addc(&rl.in, '\0');
		rl.in.len--;
		while ((nl = memchr(rl.in.data, '\n', rl.in.len)) != NULL) {
			*nl = '\0';
			child_line(rl.in.data);
			memmove(rl.in.data, nl + 1, rl.in.len - (size_t)(nl + 1 - rl.in.data));
			rl.in.len -= (size_t)(nl + 1 - rl.in.data);
		}
	}
	return n == 0;
}

static void
finish(void)
{
	int status;

	close(rl.fd);
	rl.fd = -1;
	buf_free(&rl.in);
	waitpid(rl.pid, &status, 0);
	rl.pid = 0;
	if (!rl.ended)
		ui_message(true, "reloading the feeds stopped (%s)",
			   WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "no summary");
	else if (rl.failed >= 0)
		ui_message(rl.failed > 0, "feeds reloaded: %ld new articles, %ld updated, %ld of %ld feeds failed%s",
			   rl.added, rl.updated, rl.failed, rl.total,
			   rl.failed > 0 ? " (khabar feed list says why)" : "");
	browse_articles_changed();
}

void
ui_feeds_poll(void)
{
	if (rl.pid == 0)
		return;
	if (read_child()) {
		finish();
		return;
	}
	if (!rl.ended)
		ui_message(false, "reloading feeds: %ld/%ld done, %ld new articles", rl.done, rl.total,
			   rl.added);
}

void
ui_feeds_wait(void)
{
	if (rl.pid == 0)
		return;
	fcntl(rl.fd, F_SETFL, 0);
	while (!read_child())
		;
	finish();
}
