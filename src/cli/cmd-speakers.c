/* cmd-speakers.c: khabar speakers. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

/* Aliases joined by U+001F as a JSON array. */
static json_t *
speakers_aliases(const char *joined)
{
	json_t *a = json_array();
	const char *p = joined, *e;

	while (p && *p) {
		e = strchr(p, 0x1f);
		json_array_append_new(a, json_stringn(p, e ? (size_t)(e - p) : strlen(p)));
		p = e ? e + 1 : NULL;
	}
	return a;
}

static int
speakers_json(void *ctx, const struct store_speaker *s)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(s->id));
	json_object_set_new(o, "name", cli_json_str(s->name));
	json_object_set_new(o, "kind", cli_json_str(s->kind));
	json_object_set_new(o, "aliases", speakers_aliases(s->aliases));
	json_object_set_new(o, "statements", json_integer(s->statements));
	json_object_set_new(o, "articles", json_integer(s->articles));
	json_array_append_new(ctx, o);
	return 0;
}

static int
speakers_text(void *ctx, const struct store_speaker *s)
{
	char *aliases = xstrdup(s->aliases ? s->aliases : ""), *p;

	(void)ctx;
	for (p = aliases; *p; p++)
		if (*p == 0x1f)
			*p = '|';
	cli_printf("%5lld %4lld  ", (long long)s->id, (long long)s->statements);
	cli_put(stdout, s->name);
	if (strcmp(s->kind, "body") == 0)
		cli_printf(" (body)");
	if (*aliases) {
		cli_printf("  [");
		cli_put(stdout, aliases);
		cli_printf("]");
	}
	cli_printf("\n");
	free(aliases);
	return 0;
}

int
cmd_speakers(int argc, char **argv)
{
	static const struct option opts[] = { CLI_COMMON_OPTIONS, { NULL, 0, NULL, 0 } };
	struct store *st;
	json_t *arr = NULL;
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "speakers")) != -1)
		if (!cli_common_option(c, "speakers"))
			return cli_usage("speakers");
	if (optind != argc)
		return cli_usage("speakers");
	st = cli_open_store();
	if (cli.json)
		arr = json_array();
	rc = store_list_speakers(st, cli.json ? speakers_json : speakers_text, arr, &cause);
	store_close(st);
	return cli_list_done(rc, cause, arr);
}
