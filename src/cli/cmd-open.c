/* cmd-open.c: khabar open ID: the reader on one article. */
#include "config.h"
#include <stdlib.h>

#include "cli/cli.h"
#include "ui/ui.h"

int
cmd_open(int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct ui_opts o = { 0 };
	int c;

	while ((c = cli_getopt(argc, argv, "h", opts, "open")) != -1)
		if (!cli_common_option(c, "open"))
			return cli_usage("open");
	o.bidi = cli.bidi_given ? cli.bidi : -1;
	if (optind != argc - 1)
		return cli_usage("open");
	if ((o.article = cli_parse_id(argv[optind])) < 0) {
		cli_error("open: '%s' is not an article id", argv[optind]);
		return 2;
	}
	o.db = cli.db;
	return ui_main(&o);
}
