/*
 * speech-private.h: what the files of the speech analysis (speech*.c)
 * share and no one else sees: the state of one article's analysis and its
 * quotes, and the functions one file calls in another.
 */
#ifndef KHABAR_SPEECH_PRIVATE_H
#define KHABAR_SPEECH_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include "extract/extract.h"

/* Is the folded word w in class c of data/speech.tsv? */
#define speech_in(s, c, w) speech_in_memo((s), (c), (w))

/* A quoted span: tokens open..close (the marks), both in one paragraph. */
struct quote {
	size_t open, close; /* token indexes of the marks (close may be a line end) */
	size_t c0, c1;      /* code points of the text inside */
	int words;
	bool colon;         /* opened by "قال:" with no opening mark */
};

/*
 * The classes of the tokens' folded forms, by where the form is: speech_in
 * is asked some six times a token, mostly of a token's own fold, and
 * hashing the word each time was a tenth of the analysis.  Only words in
 * the tokens' folds are kept (a word in a caller's buffer may change).
 */
#define SPEECH_MEMO 1024 /* a power of two */
struct speech_memo {
	const char *w;
	uint64_t classes;
};

/* The state of one article's analysis. */
struct speech {
	const struct xlex *lx;
	const struct xtoks *t;
	struct speech_memo *memo; /* SPEECH_MEMO slots */
	const char *folds, *folds_end; /* where the tokens' folds are */
	int year;
	struct xresult *r;
	struct quote *q;
	size_t nq;
	int *quote_at;      /* per token: index of the quote opening there, or -1 */
	int last;           /* most recent speaker; -1 none, -2 an unnamed or unknown one */
	int pending;        /* speaker of the current sentence, -1 none */
	bool cut;           /* the subject window ran out before a stop word: no new names */
	size_t sentence;    /* first token of the current sentence */
	/* Titles seen with a name: folded title -> article speaker, in text order. */
	char **title;
	int *title_sp;
	size_t *title_pos;  /* token where the title was written */
	size_t ntitle;
	/* Gazetteer bodies mentioned: token and article speaker, in text order. */
	size_t *body_pos;
	int *body_sp;
	size_t nbody;
	/* Per article speaker: named as the subject of a feminine verb (a woman). */
	bool *fem;
	size_t nfem;
	/* The subject just resolved, and the speaker of the moment, is a spokesman for a body. */
	bool voiced, last_voiced;
	size_t last_at;     /* token where last was set */
	int quote_sp;       /* speaker of the last attributed quote, -1 none */
	size_t quote_end;   /* where that quote closed */
	size_t quote_open;  /* where it opened */
	/* The cue being analysed, for the features of what it emits. */
	const struct xverb *cv; /* its reporting verb, NULL none */
	const char *cue;    /* verb, quote, according, interview */
	const char *how;    /* how its speaker was found */
	size_t cue_at;      /* its token */
	/* The verb that set pending, for a quote it introduces. */
	const struct xverb *pending_v;
	const char *pending_how;
	size_t from_at;     /* where the speaker of the moment was last set, before this cue */
	const char *nominal; /* a nominal complement's first word's kind, NULL for other content */
	bool generous;      /* a candidate the rules alone would not emit: the scorer decides */
	size_t says_at;     /* a verbal noun's phrase starts here: speech_says holds (0: none) */
	/* Per statement in r->st: its cue's token and its features (space-separated). */
	size_t *st_cue;
	char **st_feat;
	/* Every person mentioned (a titled or given name), wherever: token and speaker, in text order. */
	size_t *men_pos;
	int *men_sp;
	size_t nmen;
	bool loose;         /* words no rule knows between the speaker and أن or the colon */
	/* The speakers' keys (extract_speaker_key), made as they are first compared. */
	char **keys;
	size_t nkeys;
	/* Bodies named with their head noun ("وزارة الداخلية الكويتية"): first and past-last tokens. */
	size_t *bm_a, *bm_b;
	size_t nbm;
	/* Per token, the words of people's names (see extract_speech); NULL when not asked for. */
	unsigned char *named;
	/* Per token of t, the caller's token it is (t joins "د." into one: speech_abbreviations); NULL when the same. */
	size_t *orig;
};

/*
 * The longest subject: "مدير عام تعليم المحافظة الدكتور عبدالرحمن بن
 * عبدالله العبدالجبار" is nine words; a window that runs out is cut.
 */
#define SPEECH_SUBJECT_MAX 16

/*
 * "أوضح سماحة مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة
 * الدائمة للبحوث العلمية والإفتاء الشيخ عبد العزيز بن عبد الله آل الشيخ،
 * أن": titles stacked past that window, read whole only when a name ends
 * them right before what he said.
 */
#define SPEECH_SUBJECT_LONG 28

/* How far back in its own sentence a participle finds the subject of the sentence's verb. */
#define SPEECH_SENTENCE_MAX 150

/* How far an adjunct may run before its أن or colon. */
#define SPEECH_ADJUNCT_MAX 24

/* How many words no rule knows may come between a speaker and what he said. */
#define SPEECH_LOOSE_MAX 10

/* How far after عن a relayed speaker's words may start (speech_relayed). */
#define SPEECH_RELAYED_MAX 16

/* speech-quotes.c */
int speech_quote_at(const struct speech *s, size_t i);
/* A name in quotation marks (1 to max words, nothing else between the marks) opens at token i; NULL when none. */
const struct quote *speech_quoted_name_at(const struct speech *s, size_t i, int max);
bool speech_long_quote_at(const struct speech *s, size_t i);
bool speech_sentence_end(const struct xtoks *t, size_t i);
bool speech_decimal_point(const struct xtoks *t, size_t i);
void speech_quotes(struct speech *s);

/* speech-names.c */
bool speech_written_name(const struct xtoks *t, size_t i);
size_t speech_subject_end(const struct speech *s, size_t a);
size_t speech_subject_end_within(const struct speech *s, size_t a, size_t max);
bool speech_says_next(const struct speech *s, size_t b);
/* Past the words of time at b ("أمس", "اليوم الأحد", "أول من أمس"); b when none. */
size_t speech_past_time(const struct speech *s, size_t b);
bool speech_long_chain_named(const struct speech *s, size_t a, size_t b);
bool speech_title_at(const struct speech *s, size_t i);
bool speech_theophoric(const struct speech *s, size_t i);
bool speech_name_words(const struct speech *s, size_t a, size_t b);
/*
 * A religious formula (data/stopphrases.tsv, class religious) starts at
 * token i: "عز وجل", "رضي الله عنه", "رحمه الله", or one word of class
 * divine of data/speech.tsv ("الله", "تعالى"); how many words, 0 when none (or the word is the second half of a compound name:
 * "عبد الرحمن", "نصر الله").
 */
size_t speech_formula_at(const struct speech *s, size_t i);
size_t speech_name_suffix(const struct speech *s, size_t n, size_t b);
size_t speech_given_at_end(const struct speech *s, size_t a, size_t b);
int speech_subject(struct speech *s, size_t a, size_t b);
/* A person named by tokens a..b-1 (a lineage's start repaired); -2 when they are no name. */
int speech_person(struct speech *s, size_t a, size_t b);
size_t speech_given_first(const struct speech *s, size_t a, size_t b, size_t *e);
size_t speech_given_inside(const struct speech *s, size_t a, size_t b, size_t *e);
bool speech_known_surname(const struct speech *s, size_t i);
bool speech_named_surname(struct speech *s, size_t i);
bool speech_verb_before_definite(const struct speech *s, size_t i);

/* speech-emit.c */
void speech_emit(struct speech *s, int sp, bool direct, size_t c0, size_t c1, size_t b0, size_t b1);
void speech_select(struct speech *s);

/* speech.c */
const struct xverb *speech_verb_at(const struct speech *s, size_t i);
void speech_cue_speaker(struct speech *s, int sp, size_t i, const char *cue, const char *how);
size_t speech_clause_end_at(struct speech *s, size_t a, bool decimals);

/* speech.c, for speech-attrib.c */
size_t speech_clause_end(struct speech *s, size_t a);
size_t speech_direct(struct speech *s, const struct quote *q, int sp);

/* speech-attrib.c: attributions that are no verb and subject before what was said */
size_t speech_backward(struct speech *s, size_t i);
size_t speech_this_said(struct speech *s, const struct xverb *v, size_t i);
size_t speech_according(struct speech *s, size_t i);
size_t speech_relay(struct speech *s, size_t i);

/* speech-clause.c */
int speech_relative_antecedent(struct speech *s, size_t i);
size_t speech_verb_clause(struct speech *s, const struct xverb *v, size_t i);
size_t speech_verb(struct speech *s, const struct xverb *v, size_t i);
size_t speech_past_medium(const struct speech *s, size_t a);

/* speech-nominal.c */
bool speech_nominal_prep(const struct speech *s, size_t c);
bool speech_nominal_shaped(const struct speech *s, size_t k);
bool speech_nominal_split(struct speech *s, const struct xverb *v, size_t a, size_t b, size_t i, size_t *start, int *sp);
void speech_nominal(struct speech *s, const struct xverb *v, int sp, size_t c);

/* speech-phrase.c */
bool speech_conjunction_an(const struct speech *s, size_t k);
size_t speech_skip_adjunct(const struct speech *s, size_t c);
size_t speech_past_formula(const struct speech *s, size_t b);
size_t speech_skip_apposition(const struct speech *s, size_t b);
size_t speech_skip_medium(const struct speech *s, size_t c);
int speech_quoted_subject(struct speech *s, const struct xverb *v, size_t a, size_t *b);
bool speech_reports_speech(const struct speech *s, size_t c);
bool speech_only_commas(const struct xtoks *t, size_t a, size_t b);
size_t speech_bracketed_name_end(const struct xtoks *t, size_t i);
bool speech_says(const struct speech *s, size_t b);
/* Token i is لـ + a medium: "لرويترز", "لوكالة", "لـ" before a quoted name. */
bool speech_medium_at(const struct speech *s, size_t i);
size_t speech_subject_extend(const struct speech *s, size_t a, size_t b);

/* speech-subject.c */
bool speech_clause_initial(const struct speech *s, size_t i, size_t *start);
void speech_set_feminine(struct speech *s, int sp);
int speech_subject_before(struct speech *s, const struct xverb *v, size_t c, size_t i);
bool speech_object_in(const struct speech *s, size_t i);
int speech_honorific_class(const struct speech *s, size_t a);
size_t speech_role_aside(const struct speech *s, int sp, size_t a, size_t b);
size_t speech_age_aside(const struct speech *s, size_t b);
int speech_resolve(struct speech *s, const struct xverb *v, size_t a, size_t b, size_t i);
bool speech_feminine(const char *name);
bool speech_is_feminine(const struct speech *s, int sp);
bool speech_one_paragraph(const struct xtoks *t, size_t a, size_t b);
bool speech_participle(const struct xverb *v);

/* speech-bodies.c */
int speech_statement_body(struct speech *s, size_t a, size_t b);
bool speech_ta_marbuta(const struct xtoks *t, size_t i);
/* A definite relative adjective, folded: "الكويتية", "الروسي". */
bool speech_nisba(const char *f);
size_t speech_quoted_body_end(const struct speech *s, size_t a);
int speech_body(struct speech *s, size_t a, size_t b);
void speech_scan_bodies(struct speech *s);
bool speech_body_named_before(const struct speech *s, size_t a);

/* speech-mentions.c */
size_t speech_given_name_end(const struct speech *s, size_t i);
void speech_scan_titles(struct speech *s);
void speech_scan_names(struct speech *s);
void speech_scan_surnames(struct speech *s);
void speech_sort_mentions(struct speech *s);
int speech_subject_mention(const struct speech *s, size_t i);

/* speech-names.c */
bool speech_ends(const char *w, const char *s);
bool speech_after_bin(const struct xtoks *t, size_t i);
bool speech_suffixed(const struct xtoks *t, size_t i);
bool speech_tanween(const struct xtoks *t, size_t i);
bool speech_masdar(const char *f);
bool speech_accusative(const struct xtoks *t, size_t i);
int speech_titled_person(struct speech *s, size_t a, size_t b);
bool speech_link(const struct xtoks *t, size_t i);
bool speech_article(const struct xtoks *t, size_t i);
bool speech_nonname_class(const struct speech *s, size_t i);
bool speech_nonname_word(const struct speech *s, size_t i);
bool speech_masdar_shape(const char *f);

/* speech-speakers.c */
const char *speech_key(struct speech *s, size_t k);
bool speech_is_speaker(struct speech *s, size_t k, const char *name);
int speech_called(struct speech *s, size_t k, size_t i);
bool speech_gaz_in_complement(const struct speech *s, size_t a, size_t b);
int speech_by_title(struct speech *s, size_t a, size_t b);
int speech_by_title_start(struct speech *s, size_t a, size_t b);
int speech_speaker(struct speech *s, int gaz, const char *name, bool body, const char *form);
char *speech_text(const struct xtoks *t, size_t a, size_t b);
/* The gazetteer speaker named in tokens a..b-1 (the subject of a verb, or a stretch of text), -1 none. */
int speech_gazetteer_name(const struct speech *s, size_t a, size_t b, bool subject, size_t *at, size_t *len);
int speech_gaz_speaker(struct speech *s, int gaz, size_t a, size_t b);
void speech_add_mention(struct speech *s, size_t pos, int sp);
void speech_scan_mentions(struct speech *s, size_t from, size_t to);
void speech_record_title(struct speech *s, size_t a, size_t b, int sp);
/* Tokens a..b-1 as written, or folded, one space between (caller frees). */
char *speech_words(const struct xtoks *t, size_t a, size_t b, bool folded);

static inline bool
speech_in_memo(const struct speech *s, enum xw_class c, const char *w)
{
	struct speech_memo *m;

	if (w == NULL)
		return false;
	if (w < s->folds || w >= s->folds_end)
		return xwords_is(s->lx->words, c, w);
	m = &s->memo[((uintptr_t)w >> 2) & (SPEECH_MEMO - 1)];
	if (m->w != w) {
		m->w = w;
		m->classes = xwords_classes(s->lx->words, w);
	}
	return xwords_is_of(m->classes, c, w);
}

#endif
