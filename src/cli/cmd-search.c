/* cmd-search.c: khabar search, khabar tokens. */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

/* Text output: the title, then the snippet with its matches highlighted. */
static int
hit_text(void *ctx, const struct store_hit *h)
{
	bool tty = *(bool *)ctx;
	char *date = cli_clean(h->date);

	cli_printf("%5lld  %-10s  %6.2f  ", (long long)h->id, date, h->score);
	free(date);
	cli_put(stdout, h->title);
	cli_printf("\n");
	cli_printf("       ");
	cli_put_marked(stdout, h->snippet, tty ? "\033[1;4m" : "[", tty ? "\033[0m" : "]");
	cli_printf("\n");
	return 0;
}

static int
hit_json(void *ctx, const struct store_hit *h)
{
	json_t *o = json_object();
	char *snip = store_snippet_marks(h->snippet ? h->snippet : "", "[", "]");

	for (char *p = snip; *p; p++)
		if (*p == '\n')
			*p = ' ';

	json_object_set_new(o, "id", json_integer(h->id));
	json_object_set_new(o, "title", cli_json_str(h->title));
	json_object_set_new(o, "date", cli_json_str(h->date));
	json_object_set_new(o, "score", json_real(h->score));
	json_object_set_new(o, "snippet", json_string(snip));
	json_array_append_new(ctx, o);
	free(snip);
	return 0;
}

/* The words after the options, joined with spaces. */
static char *
join_args(int argc, char **argv, int from)
{
	struct buf b;
	int i;

	buf_init(&b);
	for (i = from; i < argc; i++) {
		if (i > from)
			buf_addc(&b, ' ');
		buf_adds(&b, argv[i]);
	}
	return buf_detach(&b);
}

int
cmd_search(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "exact", no_argument, NULL, 'x' },
		{ "limit", required_argument, NULL, 'n' },
		{ "explain", no_argument, NULL, 'E' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	unsigned flags = 0;
	long long limit = 20;
	bool explain = false, tty = isatty(1) != 0;
	struct store *st;
	json_t *arr = NULL;
	char *q, *cause = NULL, *expr;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "hn:", opts, "search")) != -1) {
		if (cli_common_option(c, "search"))
			continue;
		if (c == 'x')
			flags |= STORE_SEARCH_EXACT;
		else if (c == 'n') {
			if (!cli_number("--limit", optarg, 1, CLI_LIMIT_MAX, &limit))
				return 2;
		}
		else if (c == 'E')
			explain = true;
		else
			return cli_usage("search");
	}
	if (optind >= argc)
		return cli_usage("search");
	q = join_args(argc, argv, optind);
	if (explain) {
		expr = store_search_expr(q, flags, &cause);
		if (expr == NULL)
			rc = cli_error("search: %s", cause);
		else {
			/* Show the private-use exact marker as '='. */
			char *shown = store_snippet_marks(expr, "", "");
			for (char *p; (p = strstr(shown, "\xee\x80\x80")) != NULL;)
				memmove(p + 1, p + 3, strlen(p + 3) + 1), *p = '=';
			cli_put(stdout, shown); /* the query's own bytes: sanitized */
			cli_printf("\n");
			free(shown);
			rc = 0;
		}
		free(expr);
		free(cause);
		free(q);
		return rc;
	}
	st = cli_open_store();
	if (cli.json)
		arr = json_array();
	rc = store_search(st, q, flags, limit, cli.json ? hit_json : hit_text,
			  cli.json ? (void *)arr : (void *)&tty, &cause);
	if (rc != 0) {
		cli_error("search: %s", cause);
		free(cause);
	} else if (cli.json) {
		cli_put_json(arr);
	}
	json_decref(arr);
	free(q);
	store_close(st);
	return rc != 0;
}

static void
print_token(void *ctx, const char *tok, int len, int start, int end, bool colocated)
{
	struct buf b;

	buf_init(&b);
	text_sanitize_into(&b, tok, (size_t)len, false); /* the user's text: no raw control */
	cli_printf("%s%s\t%d\t%d\n", colocated ? "+" : "", b.data ? b.data : "", start, end);
	buf_free(&b);
}

int
cmd_tokens(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "query", no_argument, NULL, 'q' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	bool query = false;
	char *text, *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "hq", opts, "tokens")) != -1) {
		if (cli_common_option(c, "tokens"))
			continue;
		if (c == 'q')
			query = true;
		else
			return cli_usage("tokens");
	}
	if (optind >= argc)
		return cli_usage("tokens");
	text = join_args(argc, argv, optind);
	rc = store_tokens(text, query, print_token, NULL, &cause);
	if (rc != 0) {
		cli_error("tokens: %s", cause);
		free(cause);
	}
	free(text);
	return rc != 0;
}
