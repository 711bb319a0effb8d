/* util.c: what every subcommand shares: errors, help, safe output. */
#include "config.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

struct cli cli;

/* The table of commands, for help. */
struct command_info {
	const char *name, *usage, *summary;
};
static const struct command_info commands[] = {
#define CMD(name, fn, usage, summary) { name, usage, summary },
#include "cli/commands.def"
#undef CMD
};

int
cli_error(const char *fmt, ...)
{
	struct buf b;
	va_list ap;
	char tmp[4096];

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_init(&b);
	text_sanitize_into(&b, tmp, strlen(tmp), false);
	fprintf(stderr, "khabar: %s\n", b.data ? b.data : "");
	buf_free(&b);
	return 1;
}

static const struct command_info *
find_command(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

int
cli_usage(const char *command)
{
	const struct command_info *c = find_command(command);

	if (c != NULL)
		fprintf(stderr, "usage: khabar %s\n", c->usage);
	fprintf(stderr, "Try 'khabar help %s'.\n", command);
	return 2;
}

void
cli_command_help(const char *command)
{
	const struct command_info *c = find_command(command);

	if (c == NULL)
		return;
	printf("usage: khabar %s\n\n%s.\n\n", c->usage, c->summary);
	printf("Options for every command:\n"
	       "  --db PATH   the archive (default: $KHABAR_DB, else\n"
	       "              $XDG_DATA_HOME/khabar/khabar.db or ~/.local/share/khabar/khabar.db)\n"
	       "  --json      machine-readable output, where the command has any\n"
	       "  --help      this text\n");
}

bool
cli_common_option(int c, const char *command)
{
	switch (c) {
	case 0x100:
		cli.db = optarg;
		return true;
	case 0x101:
		cli.json = true;
		return true;
	case 'h':
		cli_command_help(command);
		exit(0);
	}
	return false;
}

struct store *
cli_open_store(void)
{
	struct store *st = NULL;
	char *path = app_db_path(cli.db), *cause = NULL;

	if (app_open(path, &st, NULL, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		free(path);
		exit(1);
	}
	free(path);
	return st;
}

void
cli_put(FILE *f, const char *s)
{
	struct buf b;

	if (s == NULL)
		return;
	buf_init(&b);
	text_sanitize_into(&b, s, strlen(s), true);
	if (b.len > 0)
		fwrite(b.data, 1, b.len, f);
	buf_free(&b);
}

void
cli_put_json(json_t *v)
{
	char *s = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	const unsigned char *p;

	if (s == NULL)
		return;
	/* jansson escapes C0; escape C1 (U+0080-U+009F, UTF-8 C2 80..9F) and DEL too. */
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == 0x7F)
			fputs("\\u007F", stdout);
		else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
			printf("\\u%04X", p[1]);
			p++;
		} else
			putchar(*p);
	}
	putchar('\n');
	free(s);
}

json_t *
cli_json_str(const char *s)
{
	return s ? json_string(s) : json_null();
}

long long
cli_parse_id(const char *s)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0)
		return -1;
	return v;
}
