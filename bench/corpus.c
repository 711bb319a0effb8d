/* corpus.c: unpacking SaudiNewsNet's daily zips for the benchmarks, and their clock. */
#include "config.h"
#include <time.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "bench/corpus.h"

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Unzip every zip of dir into tmp; the JSON files, sorted, in *files. */
int
bench_unzip(const char *dir, const char *tmp, int max, char ***files)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL, *cmd;
	int n = 0, i, got = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strstr(e->d_name, ".zip") != NULL) {
			v = xrealloc(v, (size_t)(n + 1) * sizeof *v);
			v[n++] = xasprintf("%s/%s", dir, e->d_name);
		}
	closedir(d);
	if (n > 0)
		qsort(v, (size_t)n, sizeof *v, cmp);
	*files = xcalloc((size_t)n + 1, sizeof **files);
	for (i = 0; i < n; i++) {
		if (i < max) {
			cmd = xasprintf("unzip -oq '%s' -d '%s' '*.json'", v[i], tmp);
			if (system(cmd) == 0) {
				char *base = strrchr(v[i], '/') + 1;
				(*files)[got++] = xasprintf("%s/%.*s.json", tmp, (int)(strlen(base) - 4), base);
			}
			free(cmd);
		}
		free(v[i]);
	}
	free(v);
	return got;
}

double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
