/*
 * html.c: HTML to paragraphs of text with libxml2's HTML parser (which
 * copes with tag soup and decodes entities), and a readability-style
 * choice of a page's main text: paragraphs vote for their parent (and half
 * for its parent), class and id names and link density weigh in, and the
 * best-scoring element's text is the article.
 */
#include "config.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fetch/fetch.h"

#define MIN_PARA 25    /* bytes of text for a paragraph to vote */
#define MIN_MAIN 140   /* bytes of text for a main text to count as found */

#define MAX_LINKS 100   /* link targets kept per text */
#define MAX_URL 2048    /* bytes of a link target worth keeping */

/*
 * Text being written: paragraphs one a line, white space collapsed.  A
 * link keeps its target as newsboat shows one: "text[1]" in the running
 * text and "[1]: URL" on its own line at the end.
 */
struct walk {
	struct buf out;
	bool space;   /* white space seen since the last character */
	bool in_para; /* the current paragraph has text */
	char *links[MAX_LINKS];
	size_t nlinks;
};

static htmlDocPtr
html_parse(const char *html, size_t len, const char *encoding)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		   HTML_PARSE_NONET | HTML_PARSE_COMPACT;

	if (len == 0 || len > INT_MAX)
		return NULL;
	return htmlReadMemory(html, (int)len, NULL, encoding, opts);
}

static bool
name_is(const xmlNode *n, const char *name)
{
	return n->name && strcasecmp((const char *)n->name, name) == 0;
}

static bool
name_in(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (name_is(n, *names))
			return true;
	return false;
}

/* Elements whose content is never text a reader wants. */
static bool
skipped(const xmlNode *n)
{
	static const char *const names[] = {
		"script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
		"math", "head", "select", "button", "textarea", "input", "canvas", "video",
		"audio", "map", NULL,
	};
	return name_in(n, names);
}

/* Elements that start and end a paragraph. */
static bool
is_block(const xmlNode *n)
{
	static const char *const names[] = {
		"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
		"h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "section", "article",
		"header", "footer", "aside", "nav", "figure", "figcaption", "hr", "address",
		"main", "form", "fieldset", "center", "body", "html", NULL,
	};
	return name_in(n, names);
}

static void
para_break(struct walk *w)
{
	if (w->in_para)
		buf_addc(&w->out, '\n');
	w->in_para = false;
	w->space = false;
}

/* Add text: white space collapses, controls go, everything else is kept. */
static void
emit(struct walk *w, const char *s)
{
	size_t len = strlen(s), pos = 0;

	while (pos < len) {
		size_t at = pos;
		int32_t cp = utf8_next(s, len, &pos);

		if (cp < 0)
			continue;
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
		    cp == 0xA0 || cp == 0x2028 || cp == 0x2029) {
			w->space = true;
			continue;
		}
		if (text_is_control((uint32_t)cp))
			continue;
		if (w->space && w->in_para)
			buf_addc(&w->out, ' ');
		w->space = false;
		w->in_para = true;
		buf_add(&w->out, s + at, pos - at);
	}
}

/*
 * The target of link n when it is worth keeping: absolute http or https,
 * not too long, nothing but visible ASCII (caller frees); NULL otherwise.
 */
static char *
link_target(xmlNode *n)
{
	xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
	char *url = NULL;
	size_t i, len;

	if (href == NULL)
		return NULL;
	len = strlen((const char *)href);
	if (len <= MAX_URL && (strncasecmp((const char *)href, "http://", 7) == 0 ||
			       strncasecmp((const char *)href, "https://", 8) == 0)) {
		for (i = 0; i < len && href[i] > ' ' && href[i] < 0x7f; i++)
			;
		if (i == len && i > 8)
			url = xstrdup((const char *)href);
	}
	xmlFree(href);
	return url;
}

/* After a link's text: its number (the same for the same target). */
static void
link_mark(struct walk *w, char *url, size_t text_at)
{
	size_t i;

	if (text_at < w->out.len && w->out.data[text_at] == ' ')
		text_at++;
	/* A link without text (an image) or whose text is its target needs no reference. */
	if (!w->in_para || text_at >= w->out.len ||
	    (w->out.len - text_at == strlen(url) &&
	     memcmp(w->out.data + text_at, url, w->out.len - text_at) == 0)) {
		free(url);
		return;
	}
	for (i = 0; i < w->nlinks && strcmp(w->links[i], url) != 0; i++)
		;
	if (i == w->nlinks) {
		if (w->nlinks == MAX_LINKS) {
			free(url);
			return;
		}
		w->links[w->nlinks++] = url;
	} else {
		free(url);
	}
	buf_printf(&w->out, "[%zu]", i + 1);
}

static void
walk_node(struct walk *w, xmlNode *n, int depth)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				emit(w, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || skipped(n))
			continue;
		if (is_block(n))
			para_break(w);
		else if (w->in_para && name_is(n, "img"))
			w->space = true;
		if (depth < 256) {
			char *url = name_is(n, "a") ? link_target(n) : NULL;
			size_t at = w->out.len;

			walk_node(w, n->children, depth + 1);
			if (url != NULL)
				link_mark(w, url, at);
		}
		if (is_block(n))
			para_break(w);
	}
}

/* The text of a subtree as paragraphs (caller frees). */
static char *
node_text(xmlNode *n)
{
	struct walk w = { .space = false, .in_para = false, .nlinks = 0 };
	size_t i;

	buf_init(&w.out);
	walk_node(&w, n, 0);
	while (w.out.len > 0 && w.out.data[w.out.len - 1] == '\n')
		w.out.len--;
	for (i = 0; i < w.nlinks; i++) {
		buf_printf(&w.out, "%s[%zu]: %s", w.out.len > 0 ? "\n" : "", i + 1, w.links[i]);
		free(w.links[i]);
	}
	buf_addc(&w.out, '\0');
	return buf_detach(&w.out);
}

char *
fetch_html_text(const char *html, size_t len, const char *encoding)
{
	htmlDocPtr doc = html_parse(html, len, encoding ? encoding : "UTF-8");
	char *s;

	if (doc == NULL)
		return xstrdup("");
	s = node_text(xmlDocGetRootElement(doc));
	xmlFreeDoc(doc);
	return s;
}

/* ---- Main text ---- */

/* Bytes of text under n, and of it inside links. */
static void
text_len(const xmlNode *n, bool in_link, size_t *all, size_t *linked, int depth)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content) {
			size_t k = strlen((const char *)n->content);
			*all += k;
			if (in_link)
				*linked += k;
		} else if (n->type == XML_ELEMENT_NODE && !skipped(n) && depth < 256) {
			text_len(n->children, in_link || name_is(n, "a"), all, linked, depth + 1);
		}
	}
}

/* How class and id names speak for (positive) or against an element. */
static double
class_weight(const xmlNode *n)
{
	static const char *const good[] = { "article", "content", "entry", "main", "post",
					    "story", "text", "body", "news", "detail", NULL };
	static const char *const bad[] = { "comment", "footer", "nav", "sidebar", "share",
					   "related", "menu", "widget", "promo", "banner",
					   "social", "breadcrumb", "advert", "header", "tags", NULL };
	static const char *const attrs[] = { "class", "id", NULL };
	const char *const *a, *const *w;
	double weight = 0;

	for (a = attrs; *a; a++) {
		xmlChar *v = xmlGetProp((xmlNode *)n, (const xmlChar *)*a);

		if (v == NULL)
			continue;
		for (w = bad; *w; w++)
			if (strcasestr((const char *)v, *w)) {
				weight -= 25;
				break;
			}
		for (w = good; *w; w++)
			if (strcasestr((const char *)v, *w)) {
				weight += 25;
				break;
			}
		xmlFree(v);
	}
	return weight;
}

/* A candidate's score, kept in the node's _private pointer. */
struct cand {
	double score;
	struct cand *next; /* all of them, to free */
};

static void
vote(xmlNode *n, double score, struct cand **all)
{
	struct cand *c;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return;
	if ((c = n->_private) == NULL) {
		c = xcalloc(1, sizeof *c);
		c->score = class_weight(n) + (name_is(n, "article") ? 10 : 0);
		c->next = *all;
		*all = c;
		n->_private = c;
	}
	c->score += score;
}

/* Commas (Latin and Arabic) in s: more clauses, more likely prose. */
static int
commas(const char *s)
{
	int k = 0;

	for (; *s; s++)
		k += *s == ',' || (s[0] == '\xd8' && s[1] == '\x8c'); /* U+060C */
	return k;
}

/* Every paragraph votes for its parent and, half, its grandparent. */
static void
score_paragraphs(xmlNode *n, struct cand **all, int depth)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || skipped(n) || depth > 256)
			continue;
		if (name_is(n, "p") || name_is(n, "pre") || name_is(n, "td")) {
			size_t t = 0, l = 0;

			text_len(n->children, false, &t, &l, 0);
			if (t - l >= MIN_PARA) {
				char *s = node_text(n->children);
				double score = 1 + commas(s) + (t > 300 ? 3 : (double)t / 100);

				free(s);
				vote(n->parent, score, all);
				if (n->parent)
					vote(n->parent->parent, score / 2, all);
			}
		}
		score_paragraphs(n->children, all, depth + 1);
	}
}

/* The best-scoring element under n (scores scaled down by link density). */
static void
best_of(xmlNode *n, xmlNode **best, double *best_score, int depth)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || depth > 256)
			continue;
		if (n->_private) {
			size_t t = 0, l = 0;
			double s = ((struct cand *)n->_private)->score;

			text_len(n->children, false, &t, &l, 0);
			if (t > 0)
				s *= 1 - (double)l / (double)t;
			if (s > *best_score) {
				*best_score = s;
				*best = n;
			}
		}
		best_of(n->children, best, best_score, depth + 1);
	}
}

static void
forget_scores(xmlNode *n, int depth)
{
	for (; n; n = n->next) {
		n->_private = NULL;
		if (n->type == XML_ELEMENT_NODE && depth < 300)
			forget_scores(n->children, depth + 1);
	}
}

/* Drop the parts of the chosen element that are not its text. */
static void
prune(xmlNode *n, int depth)
{
	static const char *const names[] = { "nav", "aside", "footer", "form", "figure", NULL };
	xmlNode *next;

	for (; n; n = next) {
		next = n->next;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_in(n, names) || class_weight(n) < 0) {
			xmlUnlinkNode(n);
			xmlFreeNode(n);
			continue;
		}
		if (depth < 256)
			prune(n->children, depth + 1);
	}
}

/* <meta property|name=key content=...> anywhere in the head, or NULL. */
static char *
meta(xmlNode *n, const char *key, int depth)
{
	for (; n; n = n->next) {
		char *found = NULL;

		if (n->type != XML_ELEMENT_NODE || depth > 64)
			continue;
		if (name_is(n, "meta")) {
			xmlChar *p = xmlGetProp(n, (const xmlChar *)"property");
			xmlChar *nm = xmlGetProp(n, (const xmlChar *)"name");
			bool match = (p && strcasecmp((char *)p, key) == 0) ||
				     (nm && strcasecmp((char *)nm, key) == 0);

			xmlFree(p);
			xmlFree(nm);
			if (match) {
				xmlChar *c = xmlGetProp(n, (const xmlChar *)"content");

				if (c) {
					found = xstrdup((char *)c);
					xmlFree(c);
					return found;
				}
			}
			continue;
		}
		if (name_is(n, "body"))
			continue;
		if ((found = meta(n->children, key, depth + 1)) != NULL)
			return found;
	}
	return NULL;
}

static xmlNode *
find_element(xmlNode *n, const char *name, int depth)
{
	for (; n; n = n->next) {
		xmlNode *f;

		if (n->type != XML_ELEMENT_NODE || depth > 64)
			continue;
		if (name_is(n, name))
			return n;
		if ((f = find_element(n->children, name, depth + 1)) != NULL)
			return f;
	}
	return NULL;
}

/* A one-line title: paragraphs joined, nothing empty. */
static char *
one_line(char *s)
{
	char *p;

	if (s == NULL)
		return NULL;
	for (p = s; *p; p++)
		if (*p == '\n')
			*p = ' ';
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

/* The page's headline often opens its body too: the article has it as its title. */
static void
drop_title_line(char *text, const char *title)
{
	size_t n = title ? strlen(title) : 0;

	if (n > 0 && strncmp(text, title, n) == 0 && text[n] == '\n')
		memmove(text, text + n + 1, strlen(text + n + 1) + 1);
}

void
fetch_html_main(const char *html, size_t len, const char *encoding, struct fetch_page *out)
{
	htmlDocPtr doc = html_parse(html, len, encoding);
	struct cand *all = NULL, *c;
	xmlNode *root, *best = NULL, *t;
	double best_score = 0;
	char *s;

	memset(out, 0, sizeof *out);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL) {
		xmlFreeDoc(doc);
		return;
	}
	if ((s = meta(root, "og:title", 0)) != NULL) { /* an attribute: text already */
		struct walk w = { .space = false, .in_para = false, .nlinks = 0 };

		buf_init(&w.out);
		emit(&w, s);
		buf_addc(&w.out, '\0');
		out->title = one_line(buf_detach(&w.out));
		free(s);
	}
	if (out->title == NULL && (t = find_element(root, "title", 0)) != NULL)
		out->title = one_line(node_text(t->children));
	if ((s = meta(root, "article:published_time", 0)) != NULL ||
	    (s = meta(root, "date", 0)) != NULL) {
		out->date = fetch_parse_date(s);
		free(s);
	}
	score_paragraphs(root, &all, 0);
	best_of(root, &best, &best_score, 0);
	forget_scores(root, 0);
	while ((c = all) != NULL) {
		all = c->next;
		free(c);
	}
	if (best != NULL) {
		prune(best->children, 0);
		out->text = node_text(best->children);
		drop_title_line(out->text, out->title);
		if (strlen(out->text) < MIN_MAIN) {
			free(out->text);
			out->text = NULL;
		}
	}
	xmlFreeDoc(doc);
}

void
fetch_page_clear(struct fetch_page *p)
{
	free(p->title);
	free(p->date);
	free(p->text);
	memset(p, 0, sizeof *p);
}
