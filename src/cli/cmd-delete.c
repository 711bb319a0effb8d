/* cmd-delete.c: khabar delete ID... [--force]. */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

/* Annotations of the articles to delete: counted, and with --force written to stderr as JSON. */
struct delete_ctx {
	json_t *arr;
	int n;
};

static int
delete_annotation(void *ctx, const struct store_annotation *a)
{
	struct delete_ctx *d = ctx;

	json_array_append_new(d->arr, cli_annotation_json(a));
	d->n++;
	return 0;
}

/*
 * Every id is checked first (an article that is not there, or one with
 * annotations without --force, stops the command before anything is
 * deleted); then all go in one transaction.
 */
int
cmd_delete(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'f' },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	struct delete_ctx d = { json_array(), 0 };
	struct article *a;
	struct store *st;
	char *cause = NULL, *out;
	long long *ids;
	bool force = false, began = false;
	int c, i, n, rc = 0;

	while ((c = cli_getopt(argc, argv, "hf", opts, "delete")) != -1) {
		if (cli_common_option(c, "delete"))
			continue;
		if (c != 'f')
			return cli_usage("delete");
		force = true;
	}
	if ((n = argc - optind) < 1)
		return cli_usage("delete");
	ids = xmalloc((size_t)n * sizeof *ids);
	for (i = 0; i < n; i++) {
		if ((ids[i] = cli_parse_id(argv[optind + i])) < 0) {
			cli_error("delete: '%s' is not an article id", argv[optind + i]);
			free(ids);
			json_decref(d.arr);
			return 2;
		}
	}
	st = cli_open_store_rw("delete");
	for (i = 0; i < n && rc == 0; i++) {
		if (store_get_article(st, ids[i], &a, &cause) != 0)
			rc = cli_error("%s", cause);
		else if (a == NULL)
			rc = cli_error("delete: no article %lld (nothing deleted)", ids[i]);
		else if (store_list_annotations(st, ids[i], delete_annotation, &d, &cause) != 0)
			rc = cli_error("%s", cause);
		article_free(a);
	}
	if (rc == 0 && d.n > 0 && !force)
		rc = cli_error("delete: %d annotation%s would go with %s: export them first (khabar export "
			       "annotations) or give --force, which writes them to stderr before deleting",
			       d.n, d.n > 1 ? "s" : "", n > 1 ? "these articles" : "this article");
	if (rc == 0 && d.n > 0) {
		out = json_dumps(d.arr, JSON_INDENT(2));
		fprintf(stderr, "%s\n", out);
		free(out);
	}
	if (rc == 0 && store_begin(st, &cause) != 0)
		rc = cli_error("%s", cause);
	else if (rc == 0)
		began = true;
	for (i = 0; i < n && rc == 0; i++)
		if (store_delete_article(st, ids[i], &cause) < 0)
			rc = cli_error("%s", cause);
	if (began && rc == 0 && store_commit(st, &cause) != 0)
		rc = cli_error("%s", cause);
	else if (began && rc != 0)
		store_rollback(st);
	if (rc == 0)
		printf("deleted %d article%s\n", n, n > 1 ? "s" : "");
	free(cause);
	free(ids);
	json_decref(d.arr);
	store_close(st);
	return rc;
}
