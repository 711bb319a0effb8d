/* app.c: locating the database and the bundled data; first-run import. */
#include "config.h"
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/app.h"

char *
app_db_path(const char *opt)
{
	const char *env;

	if (opt != NULL && *opt != '\0')
		return xstrdup(opt);
	if ((env = getenv("KHABAR_DB")) != NULL && *env != '\0')
		return xstrdup(env);
	if ((env = getenv("XDG_DATA_HOME")) != NULL && *env == '/')
		return xasprintf("%s/khabar/khabar.db", env);
	env = getenv("HOME");
	return xasprintf("%s/.local/share/khabar/khabar.db", env ? env : ".");
}

static bool
is_dir(const char *p)
{
	struct stat sb;
	return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* True when the running binary sits in (or below) the build tree. */
static bool
running_from_build_tree(void)
{
	char exe[PATH_MAX], top[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

	if (n <= 0 || realpath(KHABAR_BUILDDIR, top) == NULL)
		return false;
	exe[n] = '\0';
	return strncmp(exe, top, strlen(top)) == 0 && exe[strlen(top)] == '/';
}

char *
app_data_dir(void)
{
	const char *env = getenv("KHABAR_DATA_DIR");
	char *p;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (running_from_build_tree() && is_dir(KHABAR_SRCDATADIR))
		return xstrdup(KHABAR_SRCDATADIR);
	p = xasprintf("%s/articles", KHABAR_DATADIR);
	if (is_dir(p)) {
		free(p);
		return xstrdup(KHABAR_DATADIR);
	}
	free(p);
	return xstrdup(KHABAR_SRCDATADIR);
}

/* mkdir -p of the folder holding path. */
static int
make_parent(const char *path, char **cause)
{
	char *d = xstrdup(path), *p;

	for (p = d + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(d, 0700) != 0 && errno != EEXIST) {
			*cause = xasprintf("%s: cannot create folder: %s", d, strerror(errno));
			free(d);
			return -1;
		}
		*p = '/';
	}
	free(d);
	return 0;
}

void
app_import_opts(struct import_opts *o)
{
	memset(o, 0, sizeof *o);
}

int
app_open(const char *path, struct store **st, long *seeded, char **cause)
{
	struct import_opts o;
	struct import_stats s;
	char *data, *articles;
	const char *paths[1];
	int rc;

	if (seeded)
		*seeded = 0;
	if (strcmp(path, ":memory:") != 0 && make_parent(path, cause) != 0)
		return -1;
	if (store_open(path, st, cause) != 0)
		return -1;
	if (store_count_articles(*st) != 0)
		return 0;
	data = app_data_dir();
	articles = xasprintf("%s/articles", data);
	free(data);
	paths[0] = articles;
	app_import_opts(&o);
	rc = is_dir(articles) ? import_paths(*st, paths, 1, &o, &s, cause) : 0;
	if (rc == 0 && seeded)
		*seeded = s.imported;
	free(articles);
	if (rc != 0) {
		store_close(*st);
		*st = NULL;
	}
	return rc;
}
