/* cmd-topics.c: khabar topics. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* A topic: id, articles, statements, name, (kind: class). */
static int
topics_record(void *ctx, const struct store_topic *t)
{
	struct sprinter *p = ctx;

	sp_int(p, "id", t->id, "%5lld ");
	sp_int(p, "articles", t->articles, "%4lld articles ");
	sp_int(p, "statements", t->statements, "%4lld statements  ");
	sp_text(p, "name", t->name, NULL, NULL);
	sp_str_or(p, "kind", t->kind, "  (%s", "?");
	sp_str(p, "class", t->cls, t->cls != NULL ? ": %s" : NULL);
	sp_lit(p, ")");
	sp_str(p, "origin", t->origin, NULL);
	sp_end(p);
	return 0;
}

int
cmd_topics(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ "sort", required_argument, NULL, 's' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct store_topic_filter f = { NULL, false, true, NULL };
	struct store *st;
	struct sprinter p;
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "topics")) != -1) {
		if (cli_common_option(c, "topics"))
			continue;
		if (c == 'k' && (strcmp(optarg, "lexicon") == 0 || strcmp(optarg, "phrase") == 0 ||
				 strcmp(optarg, "entity") == 0)) {
			f.kind = optarg;
		} else if (c == 'k' && (strcmp(optarg, "person") == 0 || strcmp(optarg, "place") == 0 ||
					strcmp(optarg, "org") == 0)) {
			f.kind = "entity"; /* an entity's class */
			f.cls = optarg;
		} else if (c == 's' && (strcmp(optarg, "count") == 0 || strcmp(optarg, "name") == 0)) {
			f.by_name = optarg[0] == 'n';
		} else if (c == 'k' || c == 's') {
			cli_error("topics: --%s: '%s' is not one of %s", c == 'k' ? "kind" : "sort", optarg,
				  c == 'k' ? "lexicon, phrase, entity, person, place, org" : "count, name");
			return 2;
		} else {
			return cli_usage("topics");
		}
	}
	if (optind != argc)
		return cli_usage("topics");
	st = cli_open_store();
	sprinter_init(&p);
	rc = store_list_topics_by(st, &f, topics_record, &p, &cause);
	store_close(st);
	return sp_done(&p, rc, cause);
}
