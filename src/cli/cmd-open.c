/* cmd-open.c: khabar open ID [--at OFFSET]: the reader on one article. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "store/store.h"
#include "text/text.h"
#include "ui/ui.h"

/* --at: the offset must be inside the article; 0 when it is, else 1 with a message. */
static int
open_check_at(int64_t id, long long at)
{
	struct store *st = cli_open_store();
	struct article *a = NULL;
	char *cause = NULL;
	size_t n = 0;
	int rc = 0;

	if (store_get_article(st, id, &a, &cause) != 0 || a == NULL) {
		cli_error("open: no article %lld%s%s", (long long)id, cause ? ": " : "", cause ? cause : "");
		rc = 1;
	} else if ((n = utf8_count(a->content, strlen(a->content))) < (size_t)at) {
		cli_error("open: --at %lld is past the end of article %lld (%zu characters)", at,
			  (long long)id, n);
		rc = 1;
	}
	free(cause);
	article_free(a);
	store_close(st);
	return rc;
}

int
cmd_open(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "at", required_argument, NULL, 'a' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct ui_opts o = { 0 };
	long long at = -1;
	int c;

	while ((c = cli_getopt(argc, argv, "ha:", opts, "open")) != -1) {
		if (cli_common_option(c, "open"))
			continue;
		if (c != 'a')
			return cli_usage("open");
		if (!cli_number("--at", optarg, 0, 1000000000000LL, &at))
			return 2;
	}
	o.bidi = cli.bidi_given ? cli.bidi : -1;
	if (optind != argc - 1)
		return cli_usage("open");
	if ((o.article = cli_parse_id(argv[optind])) < 0) {
		cli_error("open: '%s' is not an article id", argv[optind]);
		return 2;
	}
	o.db = cli.db;
	if (at >= 0 && open_check_at(o.article, at) != 0)
		return 1;
	o.at = at;
	return ui_main(&o);
}
