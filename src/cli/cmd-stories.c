/* cmd-stories.c: khabar stories. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

/* A U+001F-joined list as a JSON array. */
static json_t *
stories_list(const char *joined)
{
	json_t *arr = json_array();
	const char *p = joined, *e;

	while (p && *p) {
		e = strchr(p, '\x1f');
		char *one = xstrndup(p, e ? (size_t)(e - p) : strlen(p));
		json_array_append_new(arr, cli_json_str(one));
		free(one);
		p = e ? e + 1 : NULL;
	}
	return arr;
}

static int
stories_json(void *ctx, const struct store_story *s)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(s->id));
	json_object_set_new(o, "label", cli_json_str(s->label));
	json_object_set_new(o, "articles", json_integer(s->articles));
	json_object_set_new(o, "first", cli_json_str(s->first));
	json_object_set_new(o, "last", cli_json_str(s->last));
	json_object_set_new(o, "sources", stories_list(s->sources));
	json_object_set_new(o, "speakers", stories_list(s->speakers));
	json_array_append_new(ctx, o);
	return 0;
}

static int
stories_text(void *ctx, const struct store_story *s)
{
	char *first = cli_clean(s->first), *last = cli_clean(s->last), *src = xstrdup(s->sources), *p;

	(void)ctx;
	for (p = src; *p; p++)
		if (*p == '\x1f')
			*p = ',';
	cli_printf("%6lld %4lld articles  %s..%s  ", (long long)s->id, (long long)s->articles, first, last);
	cli_put(stdout, s->label);
	cli_printf("  (");
	cli_put(stdout, src);
	cli_printf(")\n");
	free(first);
	free(last);
	free(src);
	return 0;
}

int
cmd_stories(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "topic", required_argument, NULL, 'T' },
		{ "limit", required_argument, NULL, 'n' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct store_story_filter f = { 0 };
	struct store *st;
	json_t *arr = NULL;
	char *cause = NULL;
	long long n;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "hn:", opts, "stories")) != -1) {
		if (cli_common_option(c, "stories"))
			continue;
		switch (c) {
		case 'T': f.topic = optarg; break;
		case 'n':
			if (!cli_number("--limit", optarg, 1, CLI_LIMIT_MAX, &n))
				return 2;
			f.limit = n;
			break;
		default: return cli_usage("stories");
		}
	}
	if (optind != argc)
		return cli_usage("stories");
	st = cli_open_store();
	if (cli.json)
		arr = json_array();
	rc = store_list_stories(st, &f, cli.json ? stories_json : stories_text, arr, &cause);
	store_close(st);
	return cli_list_done(rc, cause, arr);
}
