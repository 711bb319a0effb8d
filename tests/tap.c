/* tap.c: the runner behind tap.h.  Usage: unit [NAME-SUBSTRING] */
#include "config.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/tap.h"
#include "text/text.h"

#define MAX_TESTS 512

struct tap_test {
	const char *name, *file;
	tap_fn fn;
};

static struct tap_test tests[MAX_TESTS];
static int ntests;
static int failures, skipped;
static char *skip_reason;
static char tmpdir[256];

void
tap_register(const char *name, tap_fn fn, const char *file)
{
	if (ntests < MAX_TESTS)
		tests[ntests++] = (struct tap_test){ name, file, fn };
}

void
tap_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	if (ok)
		return;
	failures++;
	printf("# %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

void
tap_skip(const char *why)
{
	skipped = 1;
	free(skip_reason);
	skip_reason = strdup(why);
}

const char *
tap_tmpdir(void)
{
	if (tmpdir[0] == '\0') {
		snprintf(tmpdir, sizeof tmpdir, "%s/khabar-test-XXXXXX",
			 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
		if (mkdtemp(tmpdir) == NULL) {
			perror("mkdtemp");
			exit(99);
		}
	}
	return tmpdir;
}

const char *
tap_srcdir(void)
{
	const char *s = getenv("srcdir");
	static char buf[4096];

	snprintf(buf, sizeof buf, "%s", s ? s : ".");
	return buf;
}

char *
tap_slurp(const char *path, size_t *len)
{
	return buf_read_file(path, len);
}

void
tap_write(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL || fwrite(data, 1, len, f) != len) {
		perror(path);
		exit(99);
	}
	fclose(f);
}

static void
cleanup(void)
{
	char cmd[512];

	if (tmpdir[0] != '\0' && getenv("KHABAR_KEEP_TMP") == NULL) {
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			fprintf(stderr, "# could not remove %s\n", tmpdir);
	}
}

static int
by_name(const void *a, const void *b)
{
	const struct tap_test *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	return c ? c : strcmp(x->name, y->name);
}

int
main(int argc, char **argv)
{
	int i, n = 0, bad = 0, before;

	setvbuf(stdout, NULL, _IOLBF, 0);
	atexit(cleanup);
	qsort(tests, (size_t)ntests, sizeof tests[0], by_name);
	for (i = 0; i < ntests; i++)
		n += argc < 2 || strstr(tests[i].name, argv[1]) != NULL;
	printf("1..%d\n", n);
	n = 0;
	for (i = 0; i < ntests; i++) {
		if (argc >= 2 && strstr(tests[i].name, argv[1]) == NULL)
			continue;
		before = failures;
		skipped = 0;
		tests[i].fn();
		n++;
		if (skipped && failures == before)
			printf("ok %d - %s # SKIP %s\n", n, tests[i].name, skip_reason);
		else if (failures == before)
			printf("ok %d - %s\n", n, tests[i].name);
		else {
			printf("not ok %d - %s\n", n, tests[i].name);
			bad++;
		}
	}
	return bad ? 1 : 0;
}
