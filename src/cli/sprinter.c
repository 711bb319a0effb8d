/* sprinter.c: one printer for a command's records, text or --json (sprinter.h). */
#include "config.h"
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/sprinter.h"

/* The text formats are the commands' string literals, one conversion each. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

void
sprinter_init(struct sprinter *p)
{
	p->json = cli.json;
	p->arr = p->json ? json_array() : NULL;
	p->obj = NULL;
}

void
sprinter_init_one(struct sprinter *p)
{
	p->json = cli.json;
	p->arr = NULL;
	p->obj = NULL;
}

void
sp_one(struct sprinter *p)
{
	if (p->json) {
		cli_put_json(p->obj != NULL ? p->obj : json_object());
		json_decref(p->obj);
		p->obj = NULL;
	} else {
		cli_printf("\n");
	}
}

/* The record's object, made when its first field is described. */
static json_t *
sp_obj(struct sprinter *p)
{
	if (p->obj == NULL)
		p->obj = json_object();
	return p->obj;
}

void
sp_int(struct sprinter *p, const char *key, long long v, const char *fmt)
{
	if (p->json)
		json_object_set_new(sp_obj(p), key, json_integer(v));
	else if (fmt != NULL)
		cli_printf(fmt, v);
}

void
sp_real(struct sprinter *p, const char *key, double v, const char *fmt)
{
	if (p->json)
		json_object_set_new(sp_obj(p), key, json_real(v));
	else if (fmt != NULL)
		cli_printf(fmt, v);
}

void
sp_bool(struct sprinter *p, const char *key, bool v, const char *yes, const char *no)
{
	const char *s = v ? yes : no;

	if (p->json)
		json_object_set_new(sp_obj(p), key, json_boolean(v));
	else if (s != NULL)
		cli_printf("%s", s);
}

void
sp_str_or(struct sprinter *p, const char *key, const char *v, const char *fmt, const char *none)
{
	char *c;

	if (p->json) {
		json_object_set_new(sp_obj(p), key, cli_json_str(v));
		return;
	}
	if (fmt == NULL)
		return;
	c = cli_clean(v != NULL ? v : none);
	cli_printf(fmt, c);
	free(c);
}

void
sp_str(struct sprinter *p, const char *key, const char *v, const char *fmt)
{
	sp_str_or(p, key, v, fmt, NULL);
}

void
sp_text(struct sprinter *p, const char *key, const char *v, const char *before, const char *after)
{
	if (p->json) {
		json_object_set_new(sp_obj(p), key, cli_json_str(v));
		return;
	}
	if (v == NULL || *v == '\0')
		return;
	if (before != NULL)
		cli_printf("%s", before);
	cli_put(stdout, v);
	if (after != NULL)
		cli_printf("%s", after);
}

void
sp_text_pad(struct sprinter *p, const char *key, const char *v, int pad, const char *none)
{
	size_t n;

	if (p->json) {
		json_object_set_new(sp_obj(p), key, cli_json_str(v));
		return;
	}
	v = v != NULL ? v : none != NULL ? none : "";
	cli_put(stdout, v);
	/* by code points, not bytes */
	n = utf8_count(v, strlen(v));
	if (n < (size_t)pad)
		cli_printf("%*s", pad - (int)n, "");
}

void
sp_list(struct sprinter *p, const char *key, const char *joined, const char *before, const char *sep,
	const char *after)
{
	const char *s = joined, *e;
	struct buf b;

	if (p->json) {
		json_t *a = json_array();
		while (s != NULL && *s) {
			e = strchr(s, 0x1f);
			json_array_append_new(a, json_stringn(s, e ? (size_t)(e - s) : strlen(s)));
			s = e ? e + 1 : NULL;
		}
		json_object_set_new(sp_obj(p), key, a);
		return;
	}
	if (sep == NULL || joined == NULL || *joined == '\0')
		return;
	buf_init(&b);
	while (s != NULL && *s) {
		e = strchr(s, 0x1f);
		if (b.len > 0)
			buf_add(&b, sep, strlen(sep));
		buf_add(&b, s, e ? (size_t)(e - s) : strlen(s));
		s = e ? e + 1 : NULL;
	}
	buf_add(&b, "", 1);
	if (before != NULL)
		cli_printf("%s", before);
	cli_put(stdout, b.data);
	if (after != NULL)
		cli_printf("%s", after);
	buf_free(&b);
}

void
sp_marked(struct sprinter *p, const char *key, const char *snippet, const char *open, const char *close)
{
	char *snip, *c;

	if (!p->json) {
		cli_put_marked(stdout, snippet, open, close);
		return;
	}
	snip = store_snippet_marks(snippet ? snippet : "", "[", "]");
	for (c = snip; *c; c++)
		if (*c == '\n')
			*c = ' ';
	json_object_set_new(sp_obj(p), key, json_string(snip));
	free(snip);
}

void
sp_json(struct sprinter *p, const char *key, json_t *v)
{
	if (p->json)
		json_object_set_new(sp_obj(p), key, v);
	else
		json_decref(v);
}

void
sp_lit(struct sprinter *p, const char *s)
{
	if (!p->json)
		cli_printf("%s", s);
}

void
sp_para(struct sprinter *p, const char *s)
{
	if (!p->json && s != NULL)
		cli_put(stdout, s);
}

void
sp_end(struct sprinter *p)
{
	if (p->json) {
		json_array_append_new(p->arr, p->obj != NULL ? p->obj : json_object());
		p->obj = NULL;
	} else {
		cli_printf("\n");
	}
}

int
sp_done(struct sprinter *p, int rc, char *cause)
{
	json_decref(p->obj);
	p->obj = NULL;
	rc = cli_list_done(rc, cause, p->arr);
	p->arr = NULL;
	return rc;
}
