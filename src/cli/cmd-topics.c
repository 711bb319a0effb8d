/* cmd-topics.c: khabar topics. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static int
topics_json(void *ctx, const struct store_topic *t)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(t->id));
	json_object_set_new(o, "name", cli_json_str(t->name));
	json_object_set_new(o, "origin", cli_json_str(t->origin));
	json_object_set_new(o, "kind", cli_json_str(t->kind));
	json_object_set_new(o, "class", cli_json_str(t->cls));
	json_object_set_new(o, "articles", json_integer(t->articles));
	json_object_set_new(o, "statements", json_integer(t->statements));
	json_array_append_new(ctx, o);
	return 0;
}

static int
topics_text(void *ctx, const struct store_topic *t)
{
	(void)ctx;
	cli_printf("%5lld %4lld articles %4lld statements  ", (long long)t->id, (long long)t->articles,
		   (long long)t->statements);
	cli_put(stdout, t->name);
	if (t->cls != NULL)
		cli_printf("  (%s: %s)\n", t->kind ? t->kind : "?", t->cls);
	else
		cli_printf("  (%s)\n", t->kind ? t->kind : "?");
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
	json_t *arr = NULL;
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
	if (cli.json)
		arr = json_array();
	rc = store_list_topics_by(st, &f, cli.json ? topics_json : topics_text, arr, &cause);
	store_close(st);
	return cli_list_done(rc, cause, arr);
}
