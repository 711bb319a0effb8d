/* cmd-speakers.c: khabar speakers. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* A speaker: id, statements, name, (body) or (group), [aliases]. */
static int
speakers_record(void *ctx, const struct store_speaker *s)
{
	struct sprinter *p = ctx;

	sp_int(p, "id", s->id, "%5lld ");
	sp_int(p, "statements", s->statements, "%4lld  ");
	sp_text(p, "name", s->name, NULL, NULL);
	sp_str(p, "kind", s->kind, strcmp(s->kind, "person") != 0 ? " (%s)" : NULL);
	sp_list(p, "aliases", s->aliases, "  [", "|", "]");
	sp_int(p, "articles", s->articles, NULL);
	sp_end(p);
	return 0;
}

int
cmd_speakers(int argc, char **argv)
{
	static const struct option opts[] = { CLI_COMMON_OPTIONS, { NULL, 0, NULL, 0 } };
	struct store *st;
	struct sprinter p;
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "speakers")) != -1)
		if (!cli_common_option(c, "speakers"))
			return cli_usage("speakers");
	if (optind != argc)
		return cli_usage("speakers");
	st = cli_open_store();
	sprinter_init(&p);
	rc = store_list_speakers(st, speakers_record, &p, &cause);
	store_close(st);
	return sp_done(&p, rc, cause);
}
