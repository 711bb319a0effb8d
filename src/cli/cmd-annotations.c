/* cmd-annotations.c: khabar annotations, khabar export annotations. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* What the export callbacks carry: the output so far and the article being grouped. */
struct export_ctx {
	struct store *st;
	json_t *arr;
	int64_t article;  /* the article of the previous annotation (Markdown headings) */
	struct article *a; /* it, or NULL when it cannot be read */
	char *source;     /* its url, or a urn naming it */
};

/*
 * An annotation: id, article, start-end, orphan, then «quote»  note as one
 * paragraph (so that quote and note keep their order right to left).
 */
static void
annotation_fields(struct sprinter *p, const struct store_annotation *a)
{
	char *line = p->json ? NULL : xasprintf("«%s»%s%s", a->quote, a->note ? "  " : "", a->note ? a->note : "");

	sp_int(p, "id", a->id, "%5lld ");
	sp_int(p, "article_id", a->article_id, "%5lld ");
	sp_int(p, "start", a->start, "%6lld-");
	sp_int(p, "end", a->end, "%-6lld ");
	if (a->orphan)
		sp_bool(p, "orphan", true, "orphan ", NULL);
	sp_str(p, "quote", a->quote, NULL); /* text: in the paragraph below */
	sp_str(p, "note", a->note, NULL);
	sp_str(p, "created", a->created, NULL);
	sp_para(p, line);
	free(line);
}

json_t *
cli_annotation_json(const struct store_annotation *a)
{
	struct sprinter p = { true, NULL, NULL };

	annotation_fields(&p, a);
	return p.obj != NULL ? p.obj : json_object();
}

static int
list_record(void *ctx, const struct store_annotation *a)
{
	annotation_fields(ctx, a);
	sp_end(ctx);
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
	struct sprinter p;
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
	sprinter_init(&p);
	rc = store_list_annotations(st, article, list_record, &p, &cause);
	store_close(st);
	return sp_done(&p, rc, cause);
}

/* The article of an annotation, and the target's source: its url, else a urn naming it. */
static void
export_source(struct export_ctx *x, int64_t article)
{
	char *cause = NULL;

	if (x->article == article && x->source != NULL)
		return;
	x->article = article;
	free(x->source);
	article_free(x->a);
	x->a = NULL;
	if (store_get_article(x->st, article, &x->a, &cause) != 0)
		free(cause);
	if (x->a != NULL && x->a->url != NULL)
		x->source = xstrdup(x->a->url);
	else
		x->source = xasprintf("urn:khabar:article:%lld", (long long)article);
}

/*
 * The W3C model's language and textDirection of a text (a body's value, a
 * target's quote): "ar" when it has Arabic letters (else none: khabar does
 * not guess other languages), the direction of its first strong letter.
 */
static void
export_lang(json_t *o, const char *text)
{
	const char *dir = text_direction(text);

	if (text_has_arabic(text))
		json_object_set_new(o, "language", json_string("ar"));
	if (dir != NULL)
		json_object_set_new(o, "textDirection", json_string(dir));
}

/*
 * One W3C Web Annotation (www.w3.org/TR/annotation-model): a TextualBody
 * for the note, a SpecificResource target on the article with both
 * selectors; body and target carry language and textDirection.
 */
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
		export_lang(b, a->note);
		json_object_set_new(o, "body", b);
	}
	p = json_pack("{s:s, s:I, s:I}", "type", "TextPositionSelector", "start", (json_int_t)a->start,
		      "end", (json_int_t)a->end);
	q = json_pack("{s:s, s:s, s:s, s:s}", "type", "TextQuoteSelector", "exact", a->quote, "prefix",
		      a->prefix, "suffix", a->suffix);
	json_array_append_new(sel, p);
	json_array_append_new(sel, q);
	json_object_set_new(t, "type", json_string("SpecificResource"));
	json_object_set_new(t, "source", json_string(x->source));
	export_lang(t, a->quote);
	json_object_set_new(t, "selector", sel);
	json_object_set_new(o, "target", t);
	json_array_append_new(x->arr, o);
	return 0;
}

/* Text on one Markdown line: controls made visible, line ends as spaces. */
static void
export_md_line(const char *s)
{
	char *t = s ? xstrdup(s) : xstrdup(""), *c;

	for (c = t; *c; c++)
		if (*c == '\n' || *c == '\r' || *c == '\t')
			*c = ' ';
	cli_put_text(stdout, t); /* not isolated: FSI/PDI would stick to a Markdown link */
	free(t);
}

/* Text as a Markdown block quote: every line of it starts with "> ". */
static void
export_md_quote(const char *s)
{
	const char *nl;
	char *line;

	for (;;) {
		nl = strchr(s, '\n');
		line = nl ? xstrndup(s, (size_t)(nl - s)) : xstrdup(s);
		cli_printf("> ");
		cli_put_text(stdout, line);
		cli_printf("\n");
		free(line);
		if (nl == NULL)
			break;
		s = nl + 1;
	}
}

/* An article's heading: its title, then date, source and URL. */
static void
export_md_article(struct export_ctx *x, const struct store_annotation *an)
{
	const struct article *a = x->a;
	struct buf url;

	cli_printf("## ");
	export_md_line(a && a->title && *a->title ? a->title : an->title);
	cli_printf("\n\n- article: %lld\n- date: ", (long long)an->article_id);
	export_md_line(a && a->date ? a->date : "undated");
	cli_printf("\n- source: ");
	export_md_line(a && a->source ? a->source : "-");
	buf_init(&url);
	buf_add(&url, "", 0);
	if (a && a->url && text_uri_for_terminal(&url, a->url)) {
		cli_printf("\n- url: <%s>", url.data); /* percent-encoded: nothing in it ends the link */
	} else if (a && a->url) {
		cli_printf("\n- url: ");
		export_md_line(a->url);
	}
	buf_free(&url);
	cli_printf("\n\n");
}

/*
 * Markdown (Obsidian and other Markdown notes take it as it is): a heading
 * per article with its date, source and URL; each quote as a block quote,
 * its note under it, and the command that opens the reader on the passage.
 */
static int
export_markdown(void *ctx, const struct store_annotation *a)
{
	struct export_ctx *x = ctx;

	if (x->article != a->article_id || x->source == NULL) {
		export_source(x, a->article_id);
		export_md_article(x, a);
	}
	export_md_quote(a->quote);
	cli_printf("\n%s", a->orphan ? "*(orphan: the quote is no longer in the article)*\n\n" : "");
	if (a->note != NULL) {
		cli_put_text(stdout, a->note);
		cli_printf("\n\n");
	}
	cli_printf("`khabar open %lld --at %lld`\n\n", (long long)a->article_id, (long long)a->start);
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
	article_free(x.a);
	store_close(x.st);
	return rc != 0;
}
