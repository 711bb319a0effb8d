/* cmd-annotations.c: khabar annotations, khabar export annotations. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

/* What the export callbacks carry: the output so far and the article being grouped. */
struct export_ctx {
	struct store *st;
	json_t *arr;
	int64_t article;  /* the article of the previous annotation (Markdown headings) */
	char *source;     /* its url, or a urn naming it */
};

json_t *
cli_annotation_json(const struct store_annotation *a)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(a->id));
	json_object_set_new(o, "article_id", json_integer(a->article_id));
	json_object_set_new(o, "start", json_integer(a->start));
	json_object_set_new(o, "end", json_integer(a->end));
	json_object_set_new(o, "quote", cli_json_str(a->quote));
	json_object_set_new(o, "note", cli_json_str(a->note));
	json_object_set_new(o, "created", cli_json_str(a->created));
	if (a->orphan)
		json_object_set_new(o, "orphan", json_true());
	return o;
}

static int
list_json(void *ctx, const struct store_annotation *a)
{
	json_array_append_new(ctx, cli_annotation_json(a));
	return 0;
}

static int
list_text(void *ctx, const struct store_annotation *a)
{
	/* One paragraph, so that quote and note keep their order right to left. */
	char *line = xasprintf("«%s»%s%s", a->quote, a->note ? "  " : "", a->note ? a->note : "");

	cli_printf("%5lld %5lld %6lld-%-6lld %s", (long long)a->id, (long long)a->article_id,
		   (long long)a->start, (long long)a->end, a->orphan ? "orphan " : "");
	cli_put(stdout, line);
	cli_printf("\n");
	free(line);
	return 0;
}

int
cmd_annotations(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "article", required_argument, NULL, 'a' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	long long article = 0;
	struct store *st;
	json_t *arr = NULL;
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "h", opts, "annotations")) != -1) {
		if (cli_common_option(c, "annotations"))
			continue;
		if (c != 'a')
			return cli_usage("annotations");
		if ((article = cli_parse_id(optarg)) < 0) {
			cli_error("annotations: '%s' is not an article id", optarg);
			return 2;
		}
	}
	if (optind < argc)
		return cli_usage("annotations");
	st = cli_open_store();
	if (cli.json)
		arr = json_array();
	rc = store_list_annotations(st, article, cli.json ? list_json : list_text, arr, &cause);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
	} else if (cli.json)
		cli_put_json(arr);
	json_decref(arr);
	store_close(st);
	return rc != 0;
}

/* The target's source: the article's url, else a urn naming it. */
static void
export_source(struct export_ctx *x, int64_t article)
{
	struct article *a = NULL;
	char *cause = NULL;

	if (x->article == article)
		return;
	x->article = article;
	free(x->source);
	if (store_get_article(x->st, article, &a, &cause) != 0)
		free(cause);
	if (a != NULL && a->url != NULL)
		x->source = xstrdup(a->url);
	else
		x->source = xasprintf("urn:khabar:article:%lld", (long long)article);
	article_free(a);
}

/* One W3C Web Annotation with both selectors. */
static int
export_w3c(void *ctx, const struct store_annotation *a)
{
	struct export_ctx *x = ctx;
	json_t *o = json_object(), *t = json_object(), *sel = json_array(), *p, *q, *b;

	export_source(x, a->article_id);
	json_object_set_new(o, "@context", json_string("http://www.w3.org/ns/anno.jsonld"));
	json_object_set_new(o, "id", json_sprintf("urn:khabar:annotation:%lld", (long long)a->id));
	json_object_set_new(o, "type", json_string("Annotation"));
	json_object_set_new(o, "motivation", json_string(a->note ? "commenting" : "highlighting"));
	json_object_set_new(o, "created", json_string(a->created));
	if (a->updated)
		json_object_set_new(o, "modified", json_string(a->updated));
	if (a->note) {
		b = json_pack("{s:s, s:s, s:s}", "type", "TextualBody", "value", a->note, "format",
			      "text/plain");
		json_object_set_new(o, "body", b);
	}
	p = json_pack("{s:s, s:I, s:I}", "type", "TextPositionSelector", "start", (json_int_t)a->start,
		      "end", (json_int_t)a->end);
	q = json_pack("{s:s, s:s, s:s, s:s}", "type", "TextQuoteSelector", "exact", a->quote, "prefix",
		      a->prefix, "suffix", a->suffix);
	json_array_append_new(sel, p);
	json_array_append_new(sel, q);
	json_object_set_new(t, "source", json_string(x->source));
	json_object_set_new(t, "selector", sel);
	json_object_set_new(o, "target", t);
	json_array_append_new(x->arr, o);
	return 0;
}

/* Markdown: a heading per article, a quote block per annotation. */
static int
export_markdown(void *ctx, const struct store_annotation *a)
{
	struct export_ctx *x = ctx;

	if (x->article != a->article_id) {
		x->article = a->article_id;
		cli_printf("## ");
		cli_put(stdout, a->title);
		cli_printf(" (article %lld)\n\n", (long long)a->article_id);
	}
	cli_printf("> ");
	cli_put_text(stdout, a->quote);
	cli_printf("\n\n%s", a->orphan ? "*(orphan: the quote is no longer in the article)*\n\n" : "");
	if (a->note != NULL) {
		cli_put_text(stdout, a->note);
		cli_printf("\n\n");
	}
	return 0;
}

int
cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct export_ctx x = { 0 };
	const char *format = "json";
	char *cause = NULL;
	int c, rc;

	while ((c = cli_getopt(argc, argv, "hf:", opts, "export")) != -1) {
		if (cli_common_option(c, "export"))
			continue;
		if (c != 'f')
			return cli_usage("export");
		format = optarg;
	}
	if (optind != argc - 1 || strcmp(argv[optind], "annotations") != 0)
		return cli_usage("export");
	if (strcmp(format, "json") != 0 && strcmp(format, "markdown") != 0) {
		cli_error("--format: '%s' is not json or markdown", format);
		return 2;
	}
	x.st = cli_open_store();
	x.arr = json_array();
	if (format[0] == 'm')
		puts("# Annotations\n");
	rc = store_list_annotations(x.st, 0, format[0] == 'j' ? export_w3c : export_markdown, &x,
				    &cause);
	if (rc != 0) {
		cli_error("%s", cause);
		free(cause);
	} else if (format[0] == 'j')
		cli_put_json(x.arr);
	json_decref(x.arr);
	free(x.source);
	store_close(x.st);
	return rc != 0;
}
