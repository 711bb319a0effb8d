/* keys.c: the key map, the help rows and the man page's KEYS, all from actions.def. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#define KHABAR_UI_INTERNAL
#include "ui/ui.h"

/* One action as the table gives it. */
struct action_info {
	const char *name, *ctx, *keys, *help;
};

static const struct action_info actions[] = {
#define ACTION(id, name, ctx, keys, help) { name, ctx, keys, help },
#include "ui/actions.def"
#undef ACTION
};
#define NACTIONS ((int)(sizeof actions / sizeof actions[0]))

/* One binding: a key in a context does an action. */
struct binding {
	int key;
	enum ui_ctx ctx;
	enum action action;
};

/* The key map: the defaults, then what the configuration binds. */
static struct binding *map;
static int nmap, capmap;

/* Key names that are not a single character. */
static const struct {
	const char *name;
	int key;
} named[] = {
	{ "Down", UI_KEY_FN | KEY_DOWN }, { "Up", UI_KEY_FN | KEY_UP },
	{ "Left", UI_KEY_FN | KEY_LEFT }, { "Right", UI_KEY_FN | KEY_RIGHT },
	{ "PgDn", UI_KEY_FN | KEY_NPAGE }, { "PgUp", UI_KEY_FN | KEY_PPAGE },
	{ "Home", UI_KEY_FN | KEY_HOME }, { "End", UI_KEY_FN | KEY_END },
	{ "F1", UI_KEY_FN | KEY_F(1) }, { "F2", UI_KEY_FN | KEY_F(2) }, { "F3", UI_KEY_FN | KEY_F(3) },
	{ "F4", UI_KEY_FN | KEY_F(4) }, { "F5", UI_KEY_FN | KEY_F(5) }, { "F6", UI_KEY_FN | KEY_F(6) },
	{ "F7", UI_KEY_FN | KEY_F(7) }, { "F8", UI_KEY_FN | KEY_F(8) }, { "F9", UI_KEY_FN | KEY_F(9) },
	{ "F10", UI_KEY_FN | KEY_F(10) }, { "F11", UI_KEY_FN | KEY_F(11) }, { "F12", UI_KEY_FN | KEY_F(12) },
	{ "Insert", UI_KEY_FN | KEY_IC }, { "S-Tab", UI_KEY_FN | KEY_BTAB }, { "Backspace", UI_KEY_FN | KEY_BACKSPACE },
	{ "Delete", UI_KEY_FN | KEY_DC }, { "BackTab", UI_KEY_FN | KEY_BTAB },
	{ "Tab", '\t' }, { "Enter", '\r' }, { "Esc", 27 }, { "Space", ' ' },
};
#define NNAMED ((int)(sizeof named / sizeof named[0]))

static enum ui_ctx
ctx_parse(const char *s)
{
	if (strcmp(s, "list") == 0)
		return CTX_LIST;
	if (strcmp(s, "reader") == 0)
		return CTX_READER;
	if (strcmp(s, "annotations") == 0)
		return CTX_ANNOTATIONS;
	return CTX_ANY;
}

int
ui_key_parse(const char *name)
{
	size_t pos = 0;
	int32_t cp;
	int i;

	for (i = 0; i < NNAMED; i++)
		if (strcmp(named[i].name, name) == 0)
			return named[i].key;
	if (name[0] == 'C' && name[1] == '-' && name[2] >= '@' && name[2] <= 'z' && name[3] == '\0')
		return (name[2] & 0x1f);
	cp = utf8_next(name, strlen(name), &pos);
	if (cp <= ' ' || name[pos] != '\0' || text_is_control((uint32_t)cp))
		return -1;
	return cp;
}

void
ui_key_name(int key, char *out, size_t n)
{
	char u[5];
	int i;

	for (i = 0; i < NNAMED; i++) {
		if (named[i].key == key) {
			snprintf(out, n, "%s", named[i].name);
			return;
		}
	}
	if (key > 0 && key < 32)
		snprintf(out, n, "C-%c", key + 'a' - 1);
	else if ((key & UI_KEY_FN) && (key & ~UI_KEY_FN) >= KEY_F(13) && (key & ~UI_KEY_FN) <= KEY_F(63))
		snprintf(out, n, "F%d", (key & ~UI_KEY_FN) - KEY_F0);
	else if ((key & UI_KEY_FN) && keyname(key & ~UI_KEY_FN) != NULL)
		snprintf(out, n, "%s", keyname(key & ~UI_KEY_FN)); /* curses' own name: KEY_SLEFT ... */
	else if (key & UI_KEY_FN)
		snprintf(out, n, "key-%d", key & ~UI_KEY_FN);
	else {
		u[utf8_put((uint32_t)key, u)] = '\0';
		snprintf(out, n, "%s", u);
	}
}

static void
map_add(int key, enum ui_ctx ctx, enum action a)
{
	int i;

	for (i = 0; i < nmap; i++) {
		if (map[i].key == key && map[i].ctx == ctx) {
			map[i].action = a;
			return;
		}
	}
	if (nmap == capmap)
		map = xrealloc(map, (size_t)(capmap = capmap ? 2 * capmap : 64) * sizeof *map);
	map[nmap++] = (struct binding){ key, ctx, a };
}

void
ui_keys_init(void)
{
	char *keys, *k, *save;
	int i, key;

	nmap = 0;
	for (i = 0; i < NACTIONS; i++) {
		keys = xstrdup(actions[i].keys);
		for (k = strtok_r(keys, " ", &save); k; k = strtok_r(NULL, " ", &save))
			if ((key = ui_key_parse(k)) >= 0)
				map_add(key, ctx_parse(actions[i].ctx), (enum action)i);
		free(keys);
	}
}

void
ui_keys_free(void)
{
	free(map);
	map = NULL;
	nmap = capmap = 0;
}

int
ui_keys_bind(const char *key, const char *action, char **cause)
{
	int k = ui_key_parse(key), i;

	if (k < 0) {
		*cause = xasprintf("unknown key '%s'", key);
		return -1;
	}
	for (i = 0; i < NACTIONS; i++) {
		if (strcmp(actions[i].name, action) == 0) {
			map_add(k, ctx_parse(actions[i].ctx), (enum action)i);
			return 0;
		}
	}
	if (strcmp(action, "none") == 0) {
		map_add(k, CTX_ANY, ACT_NONE);
		return 0;
	}
	*cause = xasprintf("unknown action '%s'", action);
	return -1;
}

enum action
ui_keys_lookup(enum ui_ctx ctx, int key)
{
	enum action any = ACT_NONE;
	int i;

	for (i = 0; i < nmap; i++) {
		if (map[i].key != key)
			continue;
		if (map[i].ctx == ctx && ctx != CTX_ANY)
			return map[i].action;
		if (map[i].ctx == CTX_ANY)
			any = map[i].action;
	}
	return any;
}

enum action
ui_keys_action(const char *name)
{
	int i;

	for (i = 0; i < NACTIONS; i++)
		if (strcmp(actions[i].name, name) == 0)
			return (enum action)i;
	return ACT_NONE;
}

const char *
ui_keys_action_name(int i)
{
	return i >= 0 && i < NACTIONS ? actions[i].name : NULL;
}

int
ui_keys_count(void)
{
	return NACTIONS;
}

void
ui_keys_help(int i, struct buf *keys, const char **name, const char **help, const char **ctx)
{
	char k[32];
	int j;

	buf_reset(keys);
	for (j = 0; j < nmap; j++) {
		if (map[j].action != (enum action)i)
			continue;
		ui_key_name(map[j].key, k, sizeof k);
		buf_printf(keys, "%s%s", keys->len ? " " : "", k);
	}
	if (keys->data == NULL)
		buf_add(keys, "", 0);
	*name = actions[i].name;
	*help = actions[i].help;
	*ctx = actions[i].ctx;
}

/* The contexts in the order help and the man page show them, with their headings. */
static const char *const key_groups[][2] = {
	{ "any", "Everywhere" },
	{ "list", "Lists (the browser's panes, results, statements)" },
	{ "reader", "The reader (an article)" },
	{ "annotations", "The annotation list" },
};
#define KEY_GROUPS ((int)(sizeof key_groups / sizeof key_groups[0]))

int
ui_keys_ngroups(void)
{
	return KEY_GROUPS;
}

void
ui_keys_group(int g, const char **ctx, const char **title)
{
	*ctx = key_groups[g][0];
	*title = key_groups[g][1];
}

/* Escape roff specials in a table string. */
static void
man_escape(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", f);
		else if (*s == '-')
			fputs("\\-", f);
		else if ((*s == '.' || *s == '\'') && s[-1] == '\n')
			fputs("\\&.", f);
		else
			fputc(*s, f);
	}
}

void
ui_keys_man(FILE *f)
{
	const char *ctx, *title;
	int g, i;

	fputs(".\\\" Generated by `khabar --keys-man` from ui/actions.def: do not edit.\n", f);
	for (g = 0; g < KEY_GROUPS; g++) {
		ui_keys_group(g, &ctx, &title);
		fprintf(f, ".SS %s\n", title);
		for (i = 0; i < NACTIONS; i++) {
			if (strcmp(actions[i].ctx, ctx) != 0)
				continue;
			fputs(".TP\n.B ", f);
			man_escape(f, actions[i].keys);
			fputs("\n", f);
			man_escape(f, actions[i].help);
			fputs(" (", f);
			man_escape(f, actions[i].name);
			fputs(").\n", f);
		}
	}
}
