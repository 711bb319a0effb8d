/*
 * config.c: the configuration language, read from $XDG_CONFIG_HOME/khabar/config
 * and typed on the `:` command line alike:
 *   bind KEY ACTION
 *   set bidi app|terminal|off
 *   set nav on|off|auto          the browser's navigation pane
 *   set nav-width N|auto         its width in cells
 *   set nav-hide-below N         it hides itself on a screen narrower than N
 *   set hyperlinks on|off|auto   the article's URL as an OSC 8 link
 *   color ELEMENT FG [BG [ATTR...]]
 */
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

/* One line split into at most 8 words; returns how many (9: too many). */
static int
config_words(char *line, char *w[8])
{
	char *save, *t;
	int n = 0;

	for (t = strtok_r(line, " \t\r\n", &save); t && n < 8; t = strtok_r(NULL, " \t\r\n", &save))
		w[n++] = t;
	return t != NULL ? 9 : n;
}

/* A whole number from lo to hi; -1 when s is not one. */
static int
config_int(const char *s, int lo, int hi)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	return *end == '\0' && v >= lo && v <= hi ? (int)v : -1;
}

/* The mode set by `set bidi` (NULL: none). */
static char *config_bidi;

/* set NAME VALUE; -1 with *cause. */
static int
config_set(const char *name, const char *value, char **cause)
{
	int n;

	if (strcmp(name, "bidi") == 0) {
		if (bidi_term_mode_parse(value) < 0) {
			*cause = xasprintf("bidi is app, terminal or off, not '%s'", value);
			return -1;
		}
		free(config_bidi);
		config_bidi = xstrdup(value);
		return 0;
	}
	if (strcmp(name, "nav") == 0) {
		n = strcmp(value, "on") == 0 ? 1 : strcmp(value, "off") == 0 ? 0
		  : strcmp(value, "auto") == 0 ? -1 : -2;
		if (n == -2) {
			*cause = xasprintf("nav is on, off or auto, not '%s'", value);
			return -1;
		}
		ui.nav_shown = n;
	} else if (strcmp(name, "nav-width") == 0) {
		if ((n = strcmp(value, "auto") == 0 ? 0 : config_int(value, 8, 1000)) < 0) {
			*cause = xasprintf("nav-width is auto or 8 to 1000 cells, not '%s'", value);
			return -1;
		}
		ui.nav_width = n;
	} else if (strcmp(name, "nav-hide-below") == 0) {
		if ((n = config_int(value, 0, 10000)) < 0) {
			*cause = xasprintf("nav-hide-below is 0 to 10000 columns, not '%s'", value);
			return -1;
		}
		ui.nav_hide_below = n;
	} else if (strcmp(name, "hyperlinks") == 0) {
		n = strcmp(value, "on") == 0 ? 1 : strcmp(value, "off") == 0 ? 0
		  : strcmp(value, "auto") == 0 ? -1 : -2;
		if (n == -2) {
			*cause = xasprintf("hyperlinks is on, off or auto, not '%s'", value);
			return -1;
		}
		ui.hyperlinks = n;
	} else {
		*cause = xasprintf("no setting '%s' (bidi, nav, nav-width, nav-hide-below, hyperlinks)",
				   name);
		return -1;
	}
	ui.relayout = true;
	return 0;
}

int
ui_config_line(const char *text, char **cause)
{
	char *line = xstrdup(text), *w[8];
	int n = config_words(line, w), rc = -1;

	if (n == 0 || w[0][0] == '#')
		rc = 0;
	else if (strcmp(w[0], "bind") == 0 && n == 3)
		rc = ui_keys_bind(w[1], w[2], cause);
	else if (strcmp(w[0], "set") == 0 && n == 3)
		rc = config_set(w[1], w[2], cause);
	else if (strcmp(w[0], "color") == 0 && n >= 3 && n <= 8)
		rc = ui_term_color(w[1], w[2], n > 3 ? w[3] : "default", (const char **)w + 4,
				   n > 4 ? n - 4 : 0, cause);
	else if (strcmp(w[0], "color") == 0)
		*cause = xstrdup("expected 'color ELEMENT FG [BG [ATTR...]]'");
	else
		*cause = xstrdup("expected 'bind KEY ACTION', 'set NAME VALUE' or 'color ELEMENT FG [BG [ATTR...]]'");
	free(line);
	return rc;
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
		if (ui_config_line(line, &why) != 0) {
			*cause = xasprintf("%s: line %d: %s", path, n, why);
			free(why);
			rc = -1;
		}
	}
	free(line);
	fclose(f);
	free(path);
	*bidi = config_bidi;
	config_bidi = NULL;
	return rc;
}
