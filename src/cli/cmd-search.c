/* cmd-search.c: khabar search, khabar tokens. */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* How hits are printed. */
struct out {
	bool tty;
	bool relevance; /* scores mean something */
	struct sprinter p;
	long long shown; /* hits printed */
};

/*
 * A hit: id, date, "exact" or "stem" (and the score when best match
 * first), the title, then the snippet with its matches highlighted.
 */
static int
hit_record(void *ctx, const struct store_hit *h)
{
	struct out *o = ctx;
	struct sprinter *p = &o->p;

	sp_int(p, "id", h->id, "%5lld  ");
	sp_str(p, "date", h->date, "%-10s  ");
	sp_bool(p, "exact", h->exact, "exact  ", "stem   ");
	if (o->relevance)
		sp_real(p, "score", h->score, "%6.2f  ");
	else
		sp_json(p, "score", json_null());
	sp_text(p, "title", h->title, NULL, NULL);
	sp_lit(p, "\n       ");
	sp_marked(p, "snippet", h->snippet, o->tty ? "\033[1;4m" : "[", o->tty ? "\033[0m" : "]");
	sp_end(p);
	o->shown++;
	return 0;
}

/* Stopped at the limit with more to show: "20 of 301 (use --limit)". */
static void
search_more(const struct out *o, const struct store_search_counts *n, long long limit)
{
	int64_t total = n->exact + (n->stem > 0 ? n->stem : 0);
	bool more = n->exact_more || n->stem_more || n->stem < 0;

	if (o->shown < limit || (total <= o->shown && !more))
		return;
	cli_printf("%lld of %lld%s (use --limit)\n", o->shown, (long long)total, more ? "+" : "");
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
		{ "sort", required_argument, NULL, 'S' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	unsigned flags = 0;
	long long limit = 20;
	bool explain = false;
	struct out out = { isatty(1) != 0, false, { false, NULL, NULL }, 0 };
	struct store_search_counts n;
	struct store *st;
	char *q, *cause = NULL, *expr;
	int c, rc = 0;

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
		else if (c == 'S') {
			if (strcmp(optarg, "relevance") == 0)
				flags |= STORE_SEARCH_RELEVANCE;
			else if (strcmp(optarg, "newest") != 0) {
				cli_error("--sort: '%s' is not newest or relevance", optarg);
				return 2;
			}
		}
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
	out.relevance = (flags & STORE_SEARCH_RELEVANCE) != 0;
	sprinter_init(&out.p);
	if (!cli.json && (rc = store_search_counts(st, q, flags, STORE_SEARCH_COUNT_CAP, &n, &cause)) == 0) {
		/* First the counts, so that a stem matching far more than the word says so. */
		char *line = store_search_counts_text(&n);
		cli_printf("%s; %s first\n", line, out.relevance ? "best match" : "newest");
		free(line);
	}
	if (cli.json || rc == 0)
		rc = store_search(st, q, flags, limit, hit_record, &out, &cause);
	if (rc != 0) {
		char *msg = xasprintf("search: %s", cause ? cause : "");
		free(cause);
		cause = msg;
	} else if (!cli.json) {
		search_more(&out, &n, limit);
	}
	rc = sp_done(&out.p, rc, cause);
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
	int c, rc = 0;

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
