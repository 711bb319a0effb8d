/* cmd-list.c: khabar list, khabar show. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/*
 * An article of the list: id, * when unread, ★ when starred, date, source
 * (padded by code points), title; its date's source, URL and length in
 * --json only.
 */
static int
list_record(void *ctx, const struct article *a)
{
	struct sprinter *p = ctx;

	sp_int(p, "id", a->id, "%5lld ");
	sp_bool(p, "read", a->read, " ", "*");
	sp_bool(p, "starred", a->starred, "★ ", "  ");
	sp_str(p, "date", a->date, "%-10s  ");
	sp_text_pad(p, "source", a->source, 10, "-");
	sp_lit(p, "  ");
	sp_text(p, "title", a->title, NULL, NULL);
	sp_str(p, "date_source", a->date_source, NULL);
	sp_str(p, "url", a->url, NULL);
	sp_int(p, "words", a->words, NULL);
	if (a->title_guessed)
		sp_bool(p, "title_guessed", true, NULL, NULL);
	sp_end(p);
	return 0;
}

int
cmd_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "source", required_argument, NULL, 's' },
		{ "speaker", required_argument, NULL, 'p' },
		{ "topic", required_argument, NULL, 'T' },
		{ "story", required_argument, NULL, 'S' },
		{ "undated", no_argument, NULL, 'u' },
		{ "limit", required_argument, NULL, 'n' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct store_filter f = { 0 };
	struct store *st;
	struct sprinter p;
	char *cause = NULL, *from, *to;
	long long n;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "hn:", opts, "list")) != -1) {
		if (cli_common_option(c, "list"))
			continue;
		switch (c) {
		case 'f': f.from = optarg; break;
		case 't': f.to = optarg; break;
		case 's': f.source = optarg; break;
		case 'p': f.speaker = optarg; break;
		case 'T': f.topic = optarg; break;
		case 'u': f.undated = true; break;
		case 'S':
			if ((n = cli_parse_id(optarg)) < 0) {
				cli_error("list: --story: '%s' is not a story id", optarg);
				return 2;
			}
			f.story = n;
			break;
		case 'n':
			if (!cli_number("--limit", optarg, 1, CLI_LIMIT_MAX, &n))
				return 2;
			f.limit = n;
			break;
		default: return cli_usage("list");
		}
	}
	if (optind < argc)
		return cli_usage("list");
	/* Normalised copies (2021/9/1 -> 2021-09-01), freed at the end. */
	from = f.from ? import_parse_date(f.from) : NULL;
	to = f.to ? import_parse_date(f.to) : NULL;
	if ((f.from && from == NULL) || (f.to && to == NULL)) {
		cli_error("%s: '%s' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
			  f.from && from == NULL ? "--from" : "--to",
			  f.from && from == NULL ? f.from : f.to);
		free(from);
		free(to);
		return 2;
	}
	f.from = from;
	f.to = to;
	st = cli_open_store();
	sprinter_init(&p);
	rc = store_list_articles(st, &f, list_record, &p, &cause);
	store_close(st);
	rc = sp_done(&p, rc, cause);
	free(from);
	free(to);
	return rc;
}

static int
show_date(void *ctx, const struct store_date *d)
{
	json_t *o = json_object();

	json_object_set_new(o, "text", cli_json_str(d->text));
	json_object_set_new(o, "start", json_integer(d->start));
	json_object_set_new(o, "end", json_integer(d->end));
	json_object_set_new(o, "value", cli_json_str(d->value));
	json_object_set_new(o, "precision", json_integer(d->precision));
	json_object_set_new(o, "calendar", cli_json_str(d->calendar));
	json_object_set_new(o, "article_date", json_boolean(d->article));
	json_array_append_new(ctx, o);
	return 0;
}

/* Each speaker of the article once, with its statement count. */
static int
show_speaker(void *ctx, const struct store_statement *s)
{
	json_t *arr = ctx, *o;
	size_t i;

	if (s->speaker == NULL)
		return 0;
	json_array_foreach(arr, i, o) {
		if (json_integer_value(json_object_get(o, "id")) == s->speaker_id) {
			json_object_set_new(o, "statements",
					    json_integer(json_integer_value(json_object_get(o, "statements")) + 1));
			return 0;
		}
	}
	o = json_pack("{s:I,s:s,s:I}", "id", (json_int_t)s->speaker_id, "name", s->speaker,
		      "statements", (json_int_t)1);
	json_array_append_new(arr, o);
	return 0;
}

/* The article's story as {"id","label","articles"}. */
static int
show_story(void *ctx, const struct store_story *s)
{
	json_t **o = ctx;

	*o = json_pack("{s:I,s:o,s:I}", "id", (json_int_t)s->id, "label", cli_json_str(s->label),
		       "articles", (json_int_t)s->articles);
	return 1;
}

/* show --json: the article with the dates it mentions, who speaks in it and its story. */
static int
show_json(struct store *st, const struct article *a, char **cause)
{
	struct store_statement_filter f = { NULL, NULL, a->id };
	struct store_story_filter sf = { .article = a->id };
	json_t *dates = json_array(), *speakers = json_array(), *story = NULL;
	struct sprinter p;
	int rc;

	rc = store_list_article_dates(st, a->id, show_date, dates, cause);
	if (rc == 0)
		rc = store_list_statements(st, &f, show_speaker, speakers, cause);
	if (rc == 0)
		rc = store_list_stories(st, &sf, show_story, &story, cause);
	sprinter_init_one(&p);
	sp_int(&p, "id", a->id, NULL);
	sp_bool(&p, "read", a->read, NULL, NULL);
	sp_bool(&p, "starred", a->starred, NULL, NULL);
	sp_str(&p, "title", a->title, NULL);
	sp_str(&p, "date", a->date, NULL);
	sp_str(&p, "date_source", a->date_source, NULL);
	sp_str(&p, "source", a->source, NULL);
	sp_str(&p, "url", a->url, NULL);
	sp_str(&p, "content", a->content, NULL);
	sp_str(&p, "analysis_error", a->analysis_error, NULL);
	if (a->title_guessed)
		sp_bool(&p, "title_guessed", true, NULL, NULL);
	sp_json(&p, "dates", dates);
	sp_json(&p, "speakers", speakers);
	sp_json(&p, "story", story ? story : json_null());
	if (rc == 0)
		sp_one(&p);
	else
		json_decref(p.obj);
	return rc;
}

static int
show_story_text(void *ctx, const struct store_story *s)
{
	(void)ctx;
	cli_printf("\nstory %lld (%lld articles): ", (long long)s->id, (long long)s->articles);
	cli_put(stdout, s->label);
	return 1;
}

/* show: "story N (M articles): LABEL" under the date line, when the article has one. */
static void
show_story_line(struct store *st, int64_t id)
{
	struct store_story_filter sf = { .article = id };
	char *cause = NULL;

	if (store_list_stories(st, &sf, show_story_text, NULL, &cause) != 0)
		free(cause);
}

int
cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct article *a = NULL;
	struct store *st;
	char *cause = NULL, *date;
	long long id;
	int c;

	while ((c = cli_getopt(argc, argv, "h", opts, "show")) != -1)
		if (!cli_common_option(c, "show"))
			return cli_usage("show");
	if (optind != argc - 1)
		return cli_usage("show");
	if ((id = cli_parse_id(argv[optind])) < 0) {
		cli_error("show: '%s' is not an article id", argv[optind]);
		return 2;
	}
	st = cli_open_store();
	if (store_get_article(st, id, &a, &cause) != 0) {
		cli_error("%s", cause);
		free(cause);
		store_close(st);
		return 1;
	}
	if (a == NULL) {
		store_close(st);
		return cli_error("show: no article %lld", id);
	}
	if (cli.json) {
		if (show_json(st, a, &cause) != 0) {
			cli_error("%s", cause);
			free(cause);
			article_free(a);
			store_close(st);
			return 1;
		}
	} else {
		date = cli_clean(a->date);
		cli_put(stdout, a->title);
		/* A date the text does not state is approximate: say where it comes from. */
		if (a->date && a->date_source && strcmp(a->date_source, "reference") == 0)
			cli_printf("\n≈ %s (crawl date)", date);
		else if (a->date && a->date_source && strcmp(a->date_source, "relative") == 0)
			cli_printf("\n≈ %s (relative to the crawl date)", date);
		else
			cli_printf("\n%s", date);
		free(date);
		if (a->source) {
			cli_printf(" · ");
			cli_put(stdout, a->source);
		}
		if (a->url) {
			cli_printf(" · ");
			cli_put(stdout, a->url);
		}
		show_story_line(st, a->id);
		if (a->analysis_error) {
			cli_printf("\nnot analysed (khabar reindex tries again): ");
			cli_put_text(stdout, a->analysis_error); /* a message, not a field: not isolated */
		}
		cli_printf("\n\n");
		cli_put_para(stdout, a->content);
		cli_printf("\n");
	}
	article_free(a);
	store_close(st);
	return 0;
}
