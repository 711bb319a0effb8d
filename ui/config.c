/* config.c: $XDG_CONFIG_HOME/khabar/config: `bind KEY ACTION`, `set bidi MODE`. */
#include "config.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

/* The configuration file's path (caller frees). */
static char *
config_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *h = getenv("HOME");

	if (x != NULL && *x == '/')
		return xasprintf("%s/khabar/config", x);
	return xasprintf("%s/.config/khabar/config", h ? h : ".");
}

/* One line split into at most three words; returns how many. */
static int
config_words(char *line, char *w[3])
{
	char *save, *t;
	int n = 0;

	for (t = strtok_r(line, " \t\r\n", &save); t && n < 3; t = strtok_r(NULL, " \t\r\n", &save))
		w[n++] = t;
	return t != NULL ? 4 : n;
}

/* Apply one line; -1 with *cause. */
static int
config_line(char *line, char **bidi, char **cause)
{
	char *w[3];
	int n = config_words(line, w);

	if (n == 0 || w[0][0] == '#')
		return 0;
	if (n == 3 && strcmp(w[0], "bind") == 0)
		return ui_keys_bind(w[1], w[2], cause);
	if (n == 3 && strcmp(w[0], "set") == 0 && strcmp(w[1], "bidi") == 0) {
		if (bidi_term_mode_parse(w[2]) < 0) {
			*cause = xasprintf("bidi is app, terminal or off, not '%s'", w[2]);
			return -1;
		}
		free(*bidi);
		*bidi = xstrdup(w[2]);
		return 0;
	}
	*cause = xstrdup("expected 'bind KEY ACTION' or 'set bidi app|terminal|off'");
	return -1;
}

int
ui_config_load(char **bidi, char **cause)
{
	char *path = config_path(), *line = NULL, *why = NULL;
	size_t cap = 0;
	FILE *f = fopen(path, "r");
	int n = 0, rc = 0;

	if (f == NULL) {
		if (errno != ENOENT) {
			*cause = xasprintf("%s: %s", path, strerror(errno));
			rc = -1;
		}
		free(path);
		return rc;
	}
	while (rc == 0 && getline(&line, &cap, f) > 0) {
		n++;
		if (config_line(line, bidi, &why) != 0) {
			*cause = xasprintf("%s: line %d: %s", path, n, why);
			free(why);
			rc = -1;
		}
	}
	free(line);
	fclose(f);
	free(path);
	return rc;
}
