/* cmd-import.c: khabar import PATH... */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* What the progress bar needs between calls. */
struct progress {
	bool tty;
	double start, last;
	int width;
};

static void
on_failure(void *ctx, const char *file, const char *where, const char *reason)
{
	struct progress *p = ctx;

	if (p->tty)
		fputs("\r\033[K", stderr);
	if (where != NULL)
		cli_error("%s: %s: %s", file, where, reason);
	else
		cli_error("%s: %s", file, reason);
}

static void
on_skipped(void *ctx, const char *path, const char *why)
{
	struct progress *p = ctx;

	if (p->tty)
		fputs("\r\033[K", stderr);
	cli_error("%s: skipped: %s", path, why);
}

static void
on_progress(void *ctx, const struct import_stats *s)
{
	struct progress *p = ctx;
	double t = cli_now(), frac, rate, eta;
	long done = s->imported + s->updated + s->unchanged;
	int filled, i;

	if (!p->tty || t - p->last < 0.1)
		return;
	p->last = t;
	frac = s->total_bytes ? (double)s->bytes / (double)s->total_bytes : 0;
	if (frac > 1)
		frac = 1;
	rate = done / (t - p->start > 0 ? t - p->start : 1);
	eta = frac > 0 ? (t - p->start) * (1 - frac) / frac : 0;
	filled = (int)(frac * p->width);
	fputs("\r[", stderr);
	for (i = 0; i < p->width; i++)
		fputc(i < filled ? '#' : ' ', stderr);
	fprintf(stderr, "] %ld articles  %.0f/s  ETA %d:%02d\033[K", done, rate, (int)eta / 60,
		(int)eta % 60);
	fflush(stderr);
}

int
cmd_import(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "encoding", required_argument, NULL, 'e' },
		{ "batch", required_argument, NULL, 'b' },
		{ "jobs", required_argument, NULL, 'j' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct progress p = { isatty(2) != 0, cli_now(), 0, 30 };
	struct import_stats s;
	struct sprinter sp;
	struct import_opts o;
	struct store *st;
	char *cause = NULL;
	long long batch, jobs;
	int c, rc;

	app_import_opts(&o);
	while ((c = cli_getopt(argc, argv, "h", opts, "import")) != -1) {
		if (cli_common_option(c, "import"))
			continue;
		if (c == 'e')
			o.encoding = optarg;
		else if (c == 'b' && cli_number("--batch", optarg, 1, 1000000, &batch))
			o.batch = (int)batch;
		else if (c == 'b')
			return 2;
		else if (c == 'j' && cli_number("--jobs", optarg, 1, 256, &jobs))
			o.jobs = (int)jobs;
		else if (c == 'j')
			return 2;
		else
			return cli_usage("import");
	}
	if (optind >= argc)
		return cli_usage("import");
	st = cli_open_store_rw("import");
	o.failure = on_failure;
	o.skipped = on_skipped;
	o.progress = on_progress;
	o.ctx = &p;
	rc = import_paths(st, (const char *const *)argv + optind, argc - optind, &o, &s, &cause);
	if (p.tty)
		fputs("\r\033[K", stderr);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
		store_close(st);
		return 1;
	}
	sprinter_init_one(&sp);
	sp_int(&sp, "imported", s.imported, "imported %lld, ");
	sp_int(&sp, "updated", s.updated, "updated %lld, ");
	sp_int(&sp, "unchanged", s.unchanged, "unchanged %lld, ");
	sp_int(&sp, "failed", s.failed, "failed %lld");
	sp_int(&sp, "not_analysed", s.analysis_failed, s.analysis_failed > 0 ? ", not analysed %lld" : NULL);
	sp_int(&sp, "files", s.files, " (%lld files, ");
	sp_real(&sp, "seconds", cli_now() - p.start, "%.1f s)");
	sp_one(&sp);
	store_close(st);
	return s.failed > 0 || s.analysis_failed > 0 ? 1 : 0;
}
