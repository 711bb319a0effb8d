/* cmd-stories.c: khabar stories. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* A story: id, articles, first..last, label, (sources); its speakers in --json only. */
static int
stories_record(void *ctx, const struct store_story *s)
{
	struct sprinter *p = ctx;

	sp_int(p, "id", s->id, "%6lld ");
	sp_int(p, "articles", s->articles, "%4lld articles  ");
	sp_str(p, "first", s->first, "%s..");
	sp_str(p, "last", s->last, "%s  ");
	sp_text(p, "label", s->label, NULL, NULL);
	sp_list(p, "sources", s->sources, "  (", ",", ")");
	sp_list(p, "speakers", s->speakers, NULL, NULL, NULL);
	sp_end(p);
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
	struct sprinter p;
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
	sprinter_init(&p);
	rc = store_list_stories(st, &f, stories_record, &p, &cause);
	store_close(st);
	return sp_done(&p, rc, cause);
}
