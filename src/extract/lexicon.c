/*
 * lexicon.c: the speaker gazetteer (data/speakers.tsv) and the topic
 * lexicon (data/topics.tsv).  Lines starting with # are comments.
 *
 * speakers.tsv: name TAB kind TAB aliases (|) TAB titles (title@YYYY-YYYY |)
 * topics.tsv:   topic TAB key phrases (|)
 */
#include "config.h"
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

/* Split s at sep into a malloc'd array of trimmed, non-empty strings. */
static char **
lexicon_split(const char *s, char sep, size_t *n)
{
	char **v = NULL;
	const char *p = s, *e;
	size_t len;

	*n = 0;
	while (p && *p) {
		e = strchr(p, sep);
		len = e ? (size_t)(e - p) : strlen(p);
		while (len > 0 && (*p == ' '))
			p++, len--;
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\r'))
			len--;
		if (len > 0) {
			v = xrealloc(v, (*n + 1) * sizeof *v);
			v[(*n)++] = xstrndup(p, len);
		}
		p = e ? e + 1 : NULL;
	}
	return v;
}

static void
lexicon_free_strv(char **v, size_t n)
{
	while (n > 0)
		free(v[--n]);
	free(v);
}

static char *
lexicon_fold(const char *s)
{
	return text_fold(s, strlen(s));
}

/* "title@2004-" -> title, from, to. */
static void
lexicon_title(struct xgaz_speaker *p, size_t i, char *t)
{
	char *at = strchr(t, '@');

	p->from[i] = p->to[i] = 0;
	if (at != NULL) {
		*at = '\0';
		p->from[i] = atoi(at + 1);
		if (strchr(at + 1, '-') != NULL)
			p->to[i] = atoi(strchr(at + 1, '-') + 1);
	}
	p->ftitles[i] = lexicon_fold(t);
}

static int
lexicon_speaker_line(struct xlex *lx, char *line, int lineno, char **cause)
{
	size_t nf, i;
	char **f = lexicon_split(line, '\t', &nf);
	struct xgaz_speaker *p;

	if (nf < 2 || (strcmp(f[1], "person") != 0 && strcmp(f[1], "body") != 0)) {
		*cause = xasprintf("speakers.tsv: line %d: want name, person|body, aliases, titles", lineno);
		lexicon_free_strv(f, nf);
		return -1;
	}
	lx->sp = xrealloc(lx->sp, (lx->nsp + 1) * sizeof *lx->sp);
	p = &lx->sp[lx->nsp++];
	memset(p, 0, sizeof *p);
	p->name = xstrdup(f[0]);
	p->kind = xstrdup(f[1]);
	p->aliases = nf > 2 ? lexicon_split(f[2], '|', &p->naliases) : NULL;
	p->titles = nf > 3 ? lexicon_split(f[3], '|', &p->ntitles) : NULL;
	p->fnames = xcalloc(p->naliases + 1, sizeof *p->fnames);
	p->fnames[0] = lexicon_fold(p->name);
	for (i = 0; i < p->naliases; i++)
		p->fnames[i + 1] = lexicon_fold(p->aliases[i]);
	p->ftitles = xcalloc(p->ntitles + 1, sizeof *p->ftitles);
	p->from = xcalloc(p->ntitles + 1, sizeof *p->from);
	p->to = xcalloc(p->ntitles + 1, sizeof *p->to);
	for (i = 0; i < p->ntitles; i++)
		lexicon_title(p, i, p->titles[i]);
	lexicon_free_strv(f, nf);
	return 0;
}

/* A phrase as its folded tokens, words and marks (3 + 3): a form is matched as written. */
static void
lexicon_form(struct xform *f, const char *phrase)
{
	struct xtoks t;
	size_t i;

	xtoks_split(&t, phrase, strlen(phrase));
	f->w = xcalloc(t.n + 1, sizeof *f->w);
	f->n = 0;
	for (i = 0; i < t.n; i++)
		f->w[f->n++] = xstrdup(xtok_at(&t, i)->fold);
	xtoks_free(&t);
}

static int
lexicon_topic_line(struct xlex *lx, char *line, int lineno, char **cause)
{
	size_t nf, np, i;
	char **f = lexicon_split(line, '\t', &nf), **ph;
	struct xtopic *tp;

	if (nf != 2) {
		*cause = xasprintf("topics.tsv: line %d: want topic TAB phrases", lineno);
		lexicon_free_strv(f, nf);
		return -1;
	}
	lx->tp = xrealloc(lx->tp, (lx->ntp + 1) * sizeof *lx->tp);
	tp = &lx->tp[lx->ntp++];
	tp->name = xstrdup(f[0]);
	ph = lexicon_split(f[1], '|', &np);
	tp->forms = xcalloc(np + 1, sizeof *tp->forms);
	tp->nforms = 0;
	for (i = 0; i < np; i++) {
		lexicon_form(&tp->forms[tp->nforms], ph[i]);
		if (tp->forms[tp->nforms].n > 0)
			tp->nforms++;
		else
			free(tp->forms[tp->nforms].w);
	}
	lexicon_free_strv(ph, np);
	lexicon_free_strv(f, nf);
	return 0;
}

/* One line of a lexicon file into lx. */
typedef int (*lexicon_line_fn)(struct xlex *lx, char *line, int lineno, char **cause);

/* Feed each non-comment line of text to fn. */
static int
lexicon_lines(struct xlex *lx, const char *text, lexicon_line_fn fn, char **cause)
{
	char *dup, *line, *save = NULL;
	int lineno = 0, rc = 0;

	if (text == NULL)
		return 0;
	dup = xstrdup(text);
	for (line = strtok_r(dup, "\n", &save); line && rc == 0; line = strtok_r(NULL, "\n", &save)) {
		lineno++;
		if (line[0] == '#' || line[strspn(line, " \t\r")] == '\0')
			continue;
		rc = fn(lx, line, lineno, cause);
	}
	free(dup);
	return rc;
}

static int
lexicon_name_cmp(const void *a, const void *b)
{
	return strcmp(((const struct xname *)a)->first, ((const struct xname *)b)->first);
}

static int
lexicon_str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* File every form under its first word, and collect the words of persons' names. */
static void
lexicon_index(struct xlex *lx)
{
	size_t i, j;
	char *w, *save, *dup;

	for (i = 0; i < lx->nsp; i++)
		for (j = 0; j <= lx->sp[i].naliases; j++) {
			struct xname *x;
			dup = xstrdup(lx->sp[i].fnames[j]);
			lx->names = xrealloc(lx->names, (lx->nnames + 1) * sizeof *lx->names);
			x = &lx->names[lx->nnames++];
			x->first = xstrndup(dup, strcspn(dup, " "));
			x->sp = (int)i;
			x->form = (int)j;
			for (w = strtok_r(dup, " ", &save); w && strcmp(lx->sp[i].kind, "person") == 0;
			     w = strtok_r(NULL, " ", &save)) {
				lx->pwords = xrealloc(lx->pwords, (lx->npwords + 1) * sizeof *lx->pwords);
				lx->pwords[lx->npwords++] = xstrdup(w);
			}
			free(dup);
		}
	if (lx->nnames)
		qsort(lx->names, lx->nnames, sizeof *lx->names, lexicon_name_cmp);
	if (lx->npwords)
		qsort(lx->pwords, lx->npwords, sizeof *lx->pwords, lexicon_str_cmp);
	xkeys_free(&lx->namekeys);
	xkeys_free(&lx->pwordkeys);
	xkeys_build(&lx->namekeys, lx->names, lx->nnames, sizeof *lx->names, offsetof(struct xname, first));
	xkeys_build(&lx->pwordkeys, lx->pwords, lx->npwords, sizeof *lx->pwords, 0);
}

const struct xname *
xlex_names(const struct xlex *lx, const char *w, size_t *n)
{
	size_t at;

	/* none: NULL (names may be NULL too, and NULL + 0 is undefined) */
	return (*n = xkeys_find(&lx->namekeys, w, &at)) > 0 ? lx->names + at : NULL;
}

bool
xlex_person_word(const struct xlex *lx, const char *w)
{
	size_t at;

	return xkeys_find(&lx->pwordkeys, w, &at) > 0;
}

static int
lexicon_tail_cmp(const void *a, const void *b)
{
	const struct xtail *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->topic < y->topic ? -1 : x->topic > y->topic;
}

/*
 * File every topic form by how its first word w ends (struct xtail): a
 * token is w with clitics and the article before it, or لل where w has
 * ال, so it ends as w does, or as w without its ا.
 */
static void
lexicon_tails(struct xlex *lx)
{
	size_t k, j, n = 0;

	for (k = 0; k < lx->ntp; k++)
		n += lx->tp[k].nforms;
	lx->tails = xcalloc(n + 1, sizeof *lx->tails);
	for (k = 0; k < lx->ntp; k++)
		for (j = 0; j < lx->tp[k].nforms; j++) {
			struct xtail *x = &lx->tails[lx->ntails];
			const char *w = lx->tp[k].forms[j].w[0];
			x->s = strncmp(w, "ال", strlen("ال")) == 0 ? w + strlen("ا") : w;
			x->n = strlen(x->s);
			x->key = xtail_key(x->s, x->n);
			x->topic = k;
			x->form = &lx->tp[k].forms[j];
			lx->ntails++;
		}
	qsort(lx->tails, lx->ntails, sizeof *lx->tails, lexicon_tail_cmp);
}

int
xlex_parse(struct xlex *lx, const char *speakers, const char *topics, struct text_stemmer *stem,
	   char **cause)
{
	memset(lx, 0, sizeof *lx);
	(void)stem; /* forms are matched as written: nothing is stemmed */
	if (lexicon_lines(lx, speakers, lexicon_speaker_line, cause) != 0 ||
	    lexicon_lines(lx, topics, lexicon_topic_line, cause) != 0) {
		xlex_free(lx);
		return -1;
	}
	lexicon_index(lx);
	lexicon_tails(lx);
	return 0;
}

/* Read a whole file; NULL when missing. */
static char *
lexicon_slurp(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *text = buf_read_file(path, NULL);

	free(path);
	return text;
}

char *
extract_fingerprint(const char *speakers_tsv, const char *topics_tsv)
{
	char hs[17], ht[17];

	text_hash_hex(speakers_tsv ? speakers_tsv : "", speakers_tsv ? strlen(speakers_tsv) : 0, hs);
	text_hash_hex(topics_tsv ? topics_tsv : "", topics_tsv ? strlen(topics_tsv) : 0, ht);
	return xasprintf("extract %d; speakers.tsv %s; topics.tsv %s", EXTRACT_VERSION, hs, ht);
}

char *
extract_fingerprint_change(const char *was, const char *now)
{
	size_t la, lb;

	if (strcmp(was, now) == 0)
		return NULL;
	/* Skip the "; "-separated parts both share. */
	while ((la = strcspn(was, ";")) == (lb = strcspn(now, ";")) && strncmp(was, now, la) == 0 &&
	       was[la] != '\0' && now[lb] != '\0') {
		was += la + 2;
		now += lb + 2;
	}
	/* The first part that differs names what changed: "speakers.tsv 1a2b...". */
	if (strncmp(now, "extract ", 8) == 0)
		return xstrdup("khabar's extraction has changed");
	return xasprintf("%.*s has changed", (int)strcspn(now, " "), now);
}

char *
extract_fingerprint_dir(const char *data_dir)
{
	char *sp = lexicon_slurp(data_dir, "speakers.tsv");
	char *tp = lexicon_slurp(data_dir, "topics.tsv");
	char *dt = lexicon_slurp(data_dir, "dates.tsv");
	char *ss = lexicon_slurp(data_dir, "stopphrases.tsv");
	char *sw = lexicon_slurp(data_dir, "speech.tsv");
	char *sv = lexicon_slurp(data_dir, "speech-verbs.tsv");
	char *gn = lexicon_slurp(data_dir, "given-names.tsv");
	char *ad = lexicon_slurp(data_dir, "adverbials.tsv");
	char *cv = lexicon_slurp(data_dir, "clause-verbs.tsv");
	char *sc = lexicon_slurp(data_dir, "speech-weights.tsv");
	char *et = lexicon_slurp(data_dir, "entities.tsv");
	char *so = lexicon_slurp(data_dir, "stories.tsv");
	char *f = extract_fingerprint(sp, tp), *g;
	char hd[17], hs[17], hw[17], hv[17], hg[17], ha[17], hk[17], hc[17], he[17], ho[17];

	text_hash_hex(dt ? dt : "", dt ? strlen(dt) : 0, hd);
	text_hash_hex(ss ? ss : "", ss ? strlen(ss) : 0, hs);
	text_hash_hex(sw ? sw : "", sw ? strlen(sw) : 0, hw);
	text_hash_hex(sv ? sv : "", sv ? strlen(sv) : 0, hv);
	text_hash_hex(gn ? gn : "", gn ? strlen(gn) : 0, hg);
	text_hash_hex(ad ? ad : "", ad ? strlen(ad) : 0, ha);
	text_hash_hex(cv ? cv : "", cv ? strlen(cv) : 0, hk);
	text_hash_hex(sc ? sc : "", sc ? strlen(sc) : 0, hc);
	text_hash_hex(et ? et : "", et ? strlen(et) : 0, he);
	text_hash_hex(so ? so : "", so ? strlen(so) : 0, ho);
	g = xasprintf("%s; dates.tsv %s; stopphrases.tsv %s; speech.tsv %s; speech-verbs.tsv %s; given-names.tsv %s; "
		      "adverbials.tsv %s; clause-verbs.tsv %s; speech-weights.tsv %s; entities.tsv %s; stories.tsv %s", f, hd, hs,
		      hw, hv, hg, ha, hk, hc, he, ho);
	free(cv);
	free(so);
	free(sc);
	free(et);
	free(ss);
	free(gn);
	free(ad);
	free(sw);
	free(sv);
	free(sp);
	free(tp);
	free(dt);
	free(f);
	return g;
}

int
xlex_load(struct xlex *lx, const char *data_dir, struct text_stemmer *stem, char **cause)
{
	char *sp = lexicon_slurp(data_dir, "speakers.tsv");
	char *tp = lexicon_slurp(data_dir, "topics.tsv");
	char *ss = lexicon_slurp(data_dir, "stopphrases.tsv");
	char *et = lexicon_slurp(data_dir, "entities.tsv");
	char *c = NULL;
	int rc = xlex_parse(lx, sp, tp, stem, &c);

	if (rc == 0 && (rc = xlex_load_stops(lx, ss, &c)) == 0)
		rc = xents_new(et, &lx->ents, &c);
	if (rc != 0)
		xlex_free(lx);
	free(et);
	if (rc != 0) {
		*cause = xasprintf("%s/%s", data_dir, c);
		free(c);
	}
	free(sp);
	free(tp);
	free(ss);
	if (rc == 0 && (rc = xlex_load_words(lx, data_dir, cause)) != 0)
		xlex_free(lx);
	return rc;
}

int
xlex_load_words(struct xlex *lx, const char *data_dir, char **cause)
{
	char *sw = lexicon_slurp(data_dir, "speech.tsv");
	char *sv = lexicon_slurp(data_dir, "speech-verbs.tsv");
	char *gn = lexicon_slurp(data_dir, "given-names.tsv");
	char *ad = lexicon_slurp(data_dir, "adverbials.tsv");
	char *cv = lexicon_slurp(data_dir, "clause-verbs.tsv");
	char *sc = lexicon_slurp(data_dir, "speech-weights.tsv");
	char *so = lexicon_slurp(data_dir, "stories.tsv");
	char *c = NULL;
	int rc = 0;

	if (sw == NULL || sv == NULL || gn == NULL || ad == NULL || cv == NULL || sc == NULL || so == NULL) {
		*cause = xasprintf("%s/%s: cannot read it", data_dir,
				   sw == NULL ? "speech.tsv" : sv == NULL ? "speech-verbs.tsv" :
				   gn == NULL ? "given-names.tsv" : ad == NULL ? "adverbials.tsv" :
				   cv == NULL ? "clause-verbs.tsv" : sc == NULL ? "speech-weights.tsv" : "stories.tsv");
		rc = -1;
	} else if (xwords_parse(&lx->words, sw, sv, &c) != 0 || xwords_add_lines(lx->words, XW_GIVEN, gn) != 0 ||
		   xwords_add_lines(lx->words, XW_ADVERBIAL, ad) != 0 ||
		   xwords_add_lines(lx->words, XW_CLAUSE_VERB, cv) != 0 ||
		   xwords_add_classes(lx->words, "stories.tsv", so, &c) != 0 ||
		   xweights_parse(&lx->weights, sc, &c) != 0) {
		*cause = xasprintf("%s/%s", data_dir, c);
		free(c);
		rc = -1;
	}
	free(sw);
	free(sv);
	free(gn);
	free(ad);
	free(cv);
	free(sc);
	free(so);
	return rc;
}

static int
lexicon_stop_cmp(const void *a, const void *b)
{
	return strcmp(((const struct xstop *)a)->phrase, ((const struct xstop *)b)->phrase);
}

/* "class TAB phrase", or "class TAB word TAB only". */
static int
lexicon_stop_line(struct xlex *lx, char *line, int lineno, char **cause)
{
	char *tab = strchr(line, '\t'), *tab2, *phrase;
	bool only = false;

	if (tab == NULL || tab == line || tab[1 + strspn(tab + 1, " \r")] == '\0') {
		*cause = xasprintf("stopphrases.tsv: line %d: want class TAB phrase", lineno);
		return -1;
	}
	*tab = '\0';
	tab[1 + strcspn(tab + 1, "\r")] = '\0';
	if ((tab2 = strchr(tab + 1, '\t')) != NULL) {
		*tab2 = '\0';
		only = strcmp(tab2 + 1, "only") == 0;
		if (!only || strchr(tab + 1, ' ') != NULL || tab2 == tab + 1) {
			*cause = xasprintf("stopphrases.tsv: line %d: want class TAB word TAB only", lineno);
			return -1;
		}
	}
	phrase = lexicon_fold(tab + 1);
	if (phrase[0] == '\0') {
		free(phrase);
		*cause = xasprintf("stopphrases.tsv: line %d: want class TAB phrase", lineno);
		return -1;
	}
	lx->stop = xrealloc(lx->stop, (lx->nstop + 1) * sizeof *lx->stop);
	lx->stop[lx->nstop].cls = xstrdup(line);
	lx->stop[lx->nstop].only = only;
	lx->stop[lx->nstop++].phrase = phrase;
	return 0;
}

/* The slot of the stop key s[0..n): where it is, or the empty slot where it goes. */
static struct xstopkey *
lexicon_stop_slot(const struct xlex *lx, const char *s, size_t n)
{
	size_t i = (size_t)text_hash(s, n) & (lx->stopslots - 1);

	while (lx->stopkeys[i].key != NULL &&
	       (lx->stopkeys[i].len != n || memcmp(lx->stopkeys[i].key, s, n) != 0))
		i = (i + 1) & (lx->stopslots - 1);
	return &lx->stopkeys[i];
}

/* Hash every stop phrase under itself and the words it starts with. */
static void
lexicon_stop_hash(struct xlex *lx)
{
	size_t i, keys = 0;
	const char *p;

	for (i = 0; i < lx->nstop; i++)
		for (p = lx->stop[i].phrase, keys++; (p = strchr(p, ' ')) != NULL; p++)
			keys++;
	for (lx->stopslots = 64; lx->stopslots < 2 * keys + 2;)
		lx->stopslots *= 2;
	lx->stopkeys = xcalloc(lx->stopslots, sizeof *lx->stopkeys);
	for (i = 0; i < lx->nstop; i++) {
		const char *ph = lx->stop[i].phrase;
		struct xstopkey *k;
		size_t n;
		for (p = ph;; p++) {
			p += strcspn(p, " ");
			n = (size_t)(p - ph);
			k = lexicon_stop_slot(lx, ph, n);
			if (k->key == NULL) {
				k->key = xstrndup(ph, n);
				k->len = n;
			}
			if (*p == '\0') {
				if (lx->stop[i].only) {
					if (k->only == NULL)
						k->only = lx->stop[i].cls;
				} else if (k->cls == NULL) { /* the first in sorted order, as a binary search finds */
					k->cls = lx->stop[i].cls;
				}
				break;
			}
			k->longer = true;
		}
	}
}

int
xlex_load_stops(struct xlex *lx, const char *text, char **cause)
{
	int rc = lexicon_lines(lx, text, lexicon_stop_line, cause);

	if (lx->nstop > 0) {
		qsort(lx->stop, lx->nstop, sizeof *lx->stop, lexicon_stop_cmp);
		lexicon_stop_hash(lx);
	}
	return rc;
}

/* The class of the stop phrase that is exactly s[0..n), or NULL; *longer: a listed phrase goes on from it. */
static const char *
lexicon_stop_find(const struct xlex *lx, const char *s, size_t n, bool *longer)
{
	const struct xstopkey *k = lexicon_stop_slot(lx, s, n);

	*longer = k->key != NULL && k->longer;
	return k->key != NULL ? k->cls : NULL;
}

/* Bytes of a leading clitic letter (و ف ب ل ك) of a word of n bytes with three letters after it; else 0. */
static size_t
lexicon_clitic(const char *w, size_t n)
{
	/* two bytes each: memcmp of a literal is a load and a compare, a strncmp call a loop */
	return n >= 8 && (memcmp(w, "و", 2) == 0 || memcmp(w, "ف", 2) == 0 || memcmp(w, "ب", 2) == 0 ||
			  memcmp(w, "ل", 2) == 0 || memcmp(w, "ك", 2) == 0)
		       ? 2
		       : 0;
}

/* The "only" class of the word w[0..n), also after one or two leading clitic letters; else NULL. */
static const char *
lexicon_stop_only(const struct xlex *lx, const char *w, size_t n)
{
	const struct xstopkey *k;
	size_t c = 0, i;

	for (i = 0; i < 3; i++) {
		w += c;
		n -= c;
		k = lexicon_stop_slot(lx, w, n);
		if (k->key != NULL && k->only != NULL)
			return k->only;
		if ((c = lexicon_clitic(w, n)) == 0)
			break;
	}
	return NULL;
}

/* The class when every word of the phrase is an "only" word of that one class, else NULL. */
static const char *
lexicon_stop_all_only(const struct xlex *lx, const char *phrase)
{
	const char *w, *e, *cls = NULL, *x;

	for (w = phrase; *w; w = *e ? e + 1 : e) {
		e = w + strcspn(w, " ");
		if ((x = lexicon_stop_only(lx, w, (size_t)(e - w))) == NULL || (cls != NULL && strcmp(x, cls) != 0))
			return NULL;
		cls = x;
	}
	return cls;
}

const char *
xlex_stop_class(const struct xlex *lx, const char *phrase)
{
	const char *w, *e, *x;
	size_t k;

	if (lx->stopslots == 0)
		return NULL;
	/* Every run of words from each word on: the word itself, then two, three ... */
	for (w = phrase; *w; w = *e ? e + 1 : e) {
		e = w + strcspn(w, " ");
		for (k = 0; k < 2; k++) { /* the word, then without a leading clitic */
			const char *from = w + (k == 1 ? lexicon_clitic(w, (size_t)(e - w)) : 0), *end;
			if (k == 1 && from == w)
				continue;
			for (end = e;; end = end + 1 + strcspn(end + 1, " ")) {
				bool longer;
				if ((x = lexicon_stop_find(lx, from, (size_t)(end - from), &longer)) != NULL)
					return x;
				if (*end == '\0' || !longer)
					break; /* no listed phrase goes on from these words */
			}
		}
	}
	return lexicon_stop_all_only(lx, phrase);
}

size_t
xlex_stop_prefix(const struct xlex *lx, const char *const *w, size_t n, const char *cls)
{
	struct buf b;
	size_t k, best = 0;
	bool longer = true;
	const char *x;

	if (lx->stopslots == 0)
		return 0;
	buf_init(&b);
	for (k = 0; k < n && longer; k++) {
		if (k > 0)
			buf_add(&b, " ", 1);
		buf_add(&b, w[k], strlen(w[k]));
		if ((x = lexicon_stop_find(lx, b.data, b.len, &longer)) != NULL && strcmp(x, cls) == 0)
			best = k + 1;
	}
	buf_free(&b);
	return best;
}

void
xlex_free(struct xlex *lx)
{
	size_t i, j;

	for (i = 0; i < lx->nsp; i++) {
		struct xgaz_speaker *p = &lx->sp[i];
		free(p->name);
		free(p->kind);
		lexicon_free_strv(p->fnames, p->naliases + 1);
		lexicon_free_strv(p->aliases, p->naliases);
		lexicon_free_strv(p->ftitles, p->ntitles);
		lexicon_free_strv(p->titles, p->ntitles);
		free(p->from);
		free(p->to);
	}
	for (i = 0; i < lx->ntp; i++) {
		free(lx->tp[i].name);
		for (j = 0; j < lx->tp[i].nforms; j++)
			lexicon_free_strv(lx->tp[i].forms[j].w, lx->tp[i].forms[j].n);
		free(lx->tp[i].forms);
	}
	xents_free(lx->ents);
	for (i = 0; i < lx->nstop; i++) {
		free(lx->stop[i].phrase);
		free(lx->stop[i].cls);
	}
	free(lx->stop);
	for (i = 0; i < lx->stopslots; i++)
		free(lx->stopkeys[i].key);
	free(lx->stopkeys);
	for (i = 0; i < lx->nnames; i++)
		free(lx->names[i].first);
	free(lx->names);
	xkeys_free(&lx->namekeys);
	lexicon_free_strv(lx->pwords, lx->npwords);
	xkeys_free(&lx->pwordkeys);
	xwords_free(lx->words);
	xweights_free(lx->weights);
	free(lx->sp);
	free(lx->tp);
	free(lx->tails);
	memset(lx, 0, sizeof *lx);
}

/* Has the folded word a letter of Arabic words that transliterations of foreign names do not use? */
static bool
speaker_key_arabic_letter(const char *w, size_t n)
{
	static const char *const letters[] = { "ع", "ح", "ص", "ض", "ظ", "ذ" };
	size_t i;

	for (i = 0; i < sizeof letters / sizeof letters[0]; i++)
		if (memmem(w, n, letters[i], 2) != NULL)
			return true;
	return false;
}

/*
 * Is w (n bytes, folded) shaped as an Arabic diminutive name, fu'ayl or
 * fu'aylan (سليمان, حميدان, عبيدان): five or six letters, the third a ي
 * after two consonants?  Its ي makes the name (سلمان is another one).
 */
static bool
speaker_key_diminutive(const char *w, size_t n)
{
	int32_t c[8];
	size_t pos = 0, k = 0;

	while (pos < n && k < 8)
		c[k++] = utf8_next(w, n, &pos);
	if (pos < n || k < 5 || k > 6)
		return false;
	return c[2] == 0x064A && c[0] != 0x0627 && c[0] != 0x0648 && c[0] != 0x064A && c[1] != 0x0627 &&
	       c[1] != 0x0648 && c[1] != 0x064A;
}

/* Is w (n bytes, folded) a given name of lx's (data/given-names.tsv)? */
static bool
speaker_key_given(const struct xlex *lx, const char *w, size_t n)
{
	char *word = xstrndup(w, n);
	bool given = xwords_is(lx->words, XW_GIVEN, word);

	free(word);
	return given;
}

/* Add w without the long vowels inside it (ا و ي after its first letter, before its last) to d: how many letters are left. */
static size_t
speaker_key_skeleton(struct buf *d, const char *w, size_t n)
{
	size_t pos = 0, letters = 0;
	int32_t c;

	while (pos < n) {
		size_t at = pos;
		c = utf8_next(w, n, &pos);
		if (at > 0 && pos < n && (c == 0x0627 || c == 0x0648 || c == 0x064A))
			continue;
		buf_add_cp(d, (uint32_t)c);
		letters++;
	}
	return letters;
}

/*
 * One folded word of a key.  Transliterations of a foreign name spell its
 * vowels as they please (بايراموف, بيراموف): such a word is keyed without
 * its long vowels inside, unless fewer than four letters would be left,
 * which is the shape of Arabic names whose long vowels make the name
 * (سالم, سليم, سلام; نايف, نواف).  An Arabic word keeps them whole: one
 * with a letter of Arabic's own (ع ح ص ض ظ ذ: الجماعة, الجامعة), one with
 * the article or the ending ة (الوزارة, الزائرة; وزارة, وزيرة), except the
 * stem of an adjective of relation, spelt as loosely as the foreign name
 * it comes from (الأمريكية, الأميركية).  So does a known given name of the
 * diminutive's shape: سليمان is not سلمان.  (Not every given name: the
 * list holds foreign ones, whose spellings vary: روبرت, روبيرت.)
 */
static void
speaker_key_word(const struct xlex *lx, struct buf *b, const char *w, size_t n)
{
	bool definite = n > 4 && memcmp(w, "ال", 4) == 0, feminine = n >= 2 && memcmp(w + n - 2, "ه", 2) == 0;
	size_t from = definite ? 4 : 0, end;
	struct buf d;
	bool given = lx != NULL && speaker_key_diminutive(w, n) && speaker_key_given(lx, w, n);

	buf_init(&d);
	if (given || speaker_key_arabic_letter(w, n)) {
		buf_add(b, w, n);
	} else if (definite || feminine) {
		end = n >= 4 && memcmp(w + n - 4, "يه", 4) == 0 ? 4 : n >= 2 && memcmp(w + n - 2, "ي", 2) == 0 ? 2 : 0;
		if (end > 0 && n > from + end && speaker_key_skeleton(&d, w + from, n - from - end) >= 4) {
			buf_add(b, w, from);
			buf_add(b, d.data, d.len);
			buf_add(b, w + n - end, end);
		} else {
			buf_add(b, w, n);
		}
	} else if (speaker_key_skeleton(&d, w, n) >= 4) {
		buf_add(b, d.data, d.len);
	} else {
		buf_add(b, w, n);
	}
	buf_free(&d);
}

/* بن or بنت (folded). */
static bool
speaker_key_son(const char *w, size_t n)
{
	return (n == strlen("بن") && memcmp(w, "بن", n) == 0) || (n == strlen("بنت") && memcmp(w, "بنت", n) == 0);
}

char *
extract_speaker_key(const struct xlex *lx, const char *name)
{
	char *f, *p, *w, *e;
	size_t words, sons, i;
	struct buf b;

	/* From the fold alone, so that a folded form (an article's token) has the key of the form. */
	f = text_fold(name, strlen(name));
	/* غ and ج both write the g of foreign names: سيرغي, سيرجي. */
	for (p = f; (p = strstr(p, "غ")) != NULL; p += 2)
		memcpy(p, "ج", 2);
	/* "عبد الرحمن" and "عبدالرحمن" are one name: the compound written as one word */
	for (p = f; (p = strstr(p, "عبد ")) != NULL; p += 6)
		if ((p == f || p[-1] == ' ') && p[7] != '\0')
			memmove(p + 6, p + 7, strlen(p + 7) + 1);
	/*
	 * "بدر بن عبدالرحمن السمحان" and "بدر عبد الرحمن السمحان" are one
	 * name: بن between a given name and his father's, written or not,
	 * when three names are left ("محمد بن سلمان" is not "محمد سلمان");
	 * before the last name it is the family's ("بن معمر").
	 */
	for (w = f, words = 0, sons = 0; *w; w = *e ? e + 1 : e) {
		e = w + strcspn(w, " ");
		words++;
		if (speaker_key_son(w, (size_t)(e - w)))
			sons++;
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	for (w = f, i = 0; *w; w = *e ? e + 1 : e, i++) {
		e = w + strcspn(w, " ");
		if (words - sons >= 3 && i > 0 && *e != '\0' && strchr(e + 1, ' ') != NULL &&
		    speaker_key_son(w, (size_t)(e - w)))
			continue; /* not before the last name: "فهد بن عبدالعزيز بن معمر" (bin Muammar) */
		if (b.len > 0)
			buf_addc(&b, ' ');
		speaker_key_word(lx, &b, w, (size_t)(e - w));
	}
	free(f);
	return buf_detach(&b);
}

char *
extract_name_without_lineage(const char *name)
{
	struct buf b;
	const char *w, *e, *next;
	size_t kept = 0;
	bool dropped = false;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (w = name; *w != '\0'; w = next) {
		e = w + strcspn(w, " ");
		next = *e ? e + 1 : e;
		if (((size_t)(e - w) == strlen("بن") && memcmp(w, "بن", (size_t)(e - w)) == 0) ||
		    ((size_t)(e - w) == strlen("بنت") && memcmp(w, "بنت", (size_t)(e - w)) == 0)) {
			if (*next == '\0' || kept == 0)
				break; /* "محمد بن": no name after it, or no given name before */
			e = next + strcspn(next, " ");
			next = *e ? e + 1 : e;
			dropped = true;
			continue;
		}
		if (kept++ > 0)
			buf_addc(&b, ' ');
		buf_add(&b, w, (size_t)(e - w));
	}
	if (!dropped || kept < 2 || *w != '\0') {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}
