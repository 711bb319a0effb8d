/*
 * src/extract: pure analysis of an article's text.  Dates (Gregorian in
 * both Arabic month-name systems, Hijri by ICU's Umm al-Qura calendar,
 * relative to a reference date), speakers (a gazetteer plus discovery by
 * reporting verbs), statements (direct quotes and reported speech), topics
 * (a lexicon matched after folding and stemming) and the terms that
 * relatedness and automatic topics are computed from.  No SQL, no printing:
 * src/store persists the results.
 *
 * Offsets are in code points into the text given (the stored content).
 * Errors: 0 / -1 with a malloc'd message in *cause.
 */
#ifndef KHABAR_EXTRACT_H
#define KHABAR_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text/text.h"

/* ---- Tokens (token.c) ---- */

/* One word, number or punctuation mark of a text. */
struct xtok {
	size_t b0, b1;   /* byte span in the text */
	size_t c0, c1;   /* code-point span in the text */
	char *fold;      /* folded form (text_fold) */
	bool word;       /* letters or digits (else one punctuation mark) */
	bool num;        /* all digits (after folding) */
	long value;      /* the number when num */
	bool nl;         /* a line break comes before this token */
	bool digits;     /* while splitting: the word started with a digit */
};

/*
 * The tokens of a text.  Read them with xtok_at, never through v
 * directly: an index past either end (i >= n, which includes 0 - 1)
 * gives the end token, an empty non-word that starts a line at the end
 * of the text, so that a rule looking one token ahead or behind reads
 * nothing rather than memory that is not a token.
 */
struct xtoks {
	struct xtok *v;
	size_t n;
	const char *text;
	size_t len;
	struct xtok end;  /* what xtok_at gives past either end */
	char *folds;      /* every token's fold, each after the one before (v[i].fold point here) */
};

void xtoks_split(struct xtoks *t, const char *text, size_t len);

/* Token i, or the end token when i is out of range. */
static inline const struct xtok *
xtok_at(const struct xtoks *t, size_t i)
{
	return i < t->n ? &t->v[i] : &t->end;
}

void xtoks_free(struct xtoks *t);
/* The token's folded form without a leading و / ف / ب / ل clitic ("" if none left). */
const char *xtok_unprefixed(const struct xtok *k, char *buf, size_t size);
/* Bytes of the clitic letter (و ف ب ل ك) that starts the folded word w, else 0 (topics.c). */
size_t extract_clitic(const char *w);
/* True when token i is the punctuation mark p (UTF-8). */
bool xtok_is(const struct xtoks *t, size_t i, const char *p);

/* ---- Runs of equal keys of a sorted array, hashed (keys.c) ---- */

/* One distinct key: where its run starts and how long it is. */
struct xkey {
	uint64_t hash;   /* text_hash of key */
	const char *key; /* the array's own string (NULL: an empty slot) */
	size_t at, n;
};
/* Open addressing, at most half full; read-only once built. */
struct xkeys {
	struct xkey *v;
	size_t slots;
};
/*
 * Index the n elements (size bytes each) of a sorted array whose key is the
 * char * at byte off of each; the array and its strings must stay as they
 * are while the index is used.
 */
void xkeys_build(struct xkeys *k, const void *base, size_t n, size_t size, size_t off);
/* How many elements have key w (0 when none), and in *at the first of them. */
size_t xkeys_find(const struct xkeys *k, const char *w, size_t *at);
void xkeys_free(struct xkeys *k);

/* ---- Dates (dates.c) ---- */

enum xdate_kind {
	XDATE_ABSOLUTE,  /* written out (Gregorian or Hijri) */
	XDATE_RELATIVE,  /* اليوم / أمس / أول أمس, resolved only with a reference date */
	XDATE_YEAR,      /* "العام 2020" */
};

/* A date mentioned in a text. */
struct xdate {
	size_t start, end;     /* code points */
	char value[11];        /* YYYY-MM-DD | YYYY-MM | YYYY | "" when unresolved */
	int precision;         /* 3 day, 2 month, 1 year, 0 unresolved */
	bool hijri;            /* written in the Hijri calendar (value is Gregorian) */
	enum xdate_kind kind;
	int weekday;           /* 0 Sunday .. 6 Saturday named with it, -1 none */
	bool weekday_ok;       /* the named weekday agrees with the value */
	bool today;            /* tied to اليوم / أمس / a dateline: the writer's day */
	bool dateline;         /* on a dateline: the first line, with little but its dates */
	bool lead;             /* in the first sentence */
	bool governed;         /* حتى / نهاية before it or المقبل after it: another day's */
	bool in_quote;
	size_t t0, t1;         /* its tokens */
};

struct xdates {
	struct xdate *v;
	size_t n;
	int article;           /* index of the article's own date, -1 when undated: stated by
				  the text (XDATE_ABSOLUTE) or resolved (XDATE_RELATIVE) */
};

/* Month and weekday names from ICU's Arabic locale data (built once). */
struct xcal;
int xcal_new(struct xcal **out, char **cause);
/* Add the word classes of data/dates.tsv (its text; see that file). */
int xcal_load_words(struct xcal *c, const char *text, char **cause);
void xcal_free(struct xcal *c);

/*
 * Find every date in text.  ref is a reference date (YYYY-MM-DD) for
 * relative expressions, or NULL; without one they stay unresolved.
 */
int extract_dates(const struct xcal *c, const char *text, size_t len, const char *ref,
		  struct xdates *out, char **cause);
/* The key of struct xtail: the last two bytes of s (n bytes). */
unsigned xtail_key(const char *s, size_t n);
/* The same over text already split (extraction splits an article once for every stage). */
int extract_dates_toks(const struct xcal *c, const struct xtoks *t, const char *ref,
		       struct xdates *out);
void xdates_free(struct xdates *d);
/* Convert a Hijri (Umm al-Qura) date to Gregorian "YYYY-MM-DD"; -1 if invalid. */
int extract_hijri_to_gregorian(int y, int m, int d, char out[11]);
/* Day of the week of a Gregorian date, 0 = Sunday. */
int extract_weekday(int y, int m, int d);

/* ---- Speech words (cues.c) ---- */

/* The word classes of data/speech.tsv. */
enum xw_class {
	XW_TITLE,          /* starts a title or profession: وزير، الدكتور */
	XW_BODY,           /* starts the name of a body: وزارة، الشرطة */
	XW_PLACE,          /* a body a place name follows: منطقة، محافظة */
	XW_UNNAMED,        /* an unnamed source: مصدر، شهود */
	XW_STOP,           /* ends a subject: أن، في، ذلك */
	XW_TIME,           /* a word of time after a subject: أمس، السبت */
	XW_COMPLEMENTISER, /* أن، إن، بأن */
	XW_CLAUSE_LEADER,  /* joins a new verb to the clause before: إذ، كما */
	XW_LEADER,         /* may come before a clause-initial verb: قد، ثم */
	XW_NEGATION,       /* لا، لم */
	XW_ADJUNCT,        /* opens an adjunct before what is said: في، خلال */
	XW_FRONTED,        /* opens a fronted adverbial, the verb's subject implicit: وعن، وبالنسبة */
	XW_GIVEN,          /* a given name induced from the corpus (data/given-names.tsv) */
	XW_FIRST_PERSON,   /* opens unmarked first-person speech: نحن، لقد */
	XW_THEOPHORIC,     /* a name's first half before الله: عبد، ذبيح، نصر */
	XW_MEDIUM,         /* a medium spoken to, after لـ: وكالة، صحيفة، رويترز */
	XW_GROUP,          /* a plural of people that speaks as a group: أعضاء، قادة، أهالي */
	XW_DIVINE,         /* starts a formula that names God or the Prophet: الله، تعالى، عز وجل */
	XW_KIN,            /* a relative before a name, who speaks: والد، شقيقة */
	XW_OBJECT,         /* a pronoun object or addressee right after a reporting verb: لهم، عنها، فيه */
	XW_OFFICE,         /* a title of one office's holder: رئيس، وزير، المتحدث (not أستاذ، عضو) */
	XW_RELAY,          /* his words, relayed after عن and the speaker: قوله، قولها */
	XW_NONNAME,        /* never a word of a name: لي، عنه، هل، فلا، ذات، فإنني */
	XW_SAYING,         /* someone's words, before his name: حديث، تصريحات، تعبير */
	XW_VAGUE,          /* makes a body's name no one's: السلطات المحلية */
	XW_RELATION,       /* a plural of relatives or friends whose person a name after it is: أبناء، أقارب */
	XW_HIGHNESS,       /* سموه and the titles it refers back to: الأمير، سمو، ولي */
	XW_EXCELLENCY,     /* معاليه and its titles: معالي، وزير */
	XW_EMINENCE,       /* سماحته، فضيلته and their titles: الشيخ، المفتي */
	XW_MAJESTY,        /* جلالته and its titles: الملك، خادم */
	/* data/stories.tsv (xwords_add_classes), for follow-ups (leads.c) */
	XW_STORY_STOP,     /* no content word of a title or lead: في، قال، اليوم */
	XW_RISE,           /* a title that tells a rise: ارتفاع، صعود */
	XW_FALL,           /* a title that tells a fall: تراجع، انخفاض */
	XW_ORDINAL,        /* an ordinal in a title: الثاني، الثالثة */
	XW_MASDAR,         /* a verbal noun of no derived form's shape: مقتل، وجود، صحة */
	XW_COPULA,         /* كان and its sisters: "وكان لافتا" is no participle of speech */
	XW_CONJUNCTION,    /* makes أن after it "after/before/since ...", no complementiser: بعد، قبل، منذ */
	XW_ONE_BODY,       /* a body word that names one body in the world: الكرملين، البنتاغون */
	XW_OCCASION,       /* before a verbal noun with a pronoun, an occasion, not what was said: لدى استقباله */
	XW_RELATIVE,       /* a relative pronoun that opens a clause about the noun before it: الذي، التي */
	XW_ADVERBIAL,      /* an indefinite accusative, never in a name (data/adverbials.tsv): ضاحكا، مؤخرا */
	XW_CLAUSE_VERB,    /* opens a sentence before its subject, never a given name (data/clause-verbs.tsv): أظهر، سلط */
	XW_AGE,            /* years of a person's age in brackets after his name: (45 عاما) */
	XW_INFORM,         /* a reporting verb's lemma whose object is whom he told: أبلغ، أخبر */
	XW_SPOKESMAN,      /* in a subject, brings in who speaks for it: "على لسان", "ممثلة في" */
	XW_ADDRESS,        /* a form of address before a name, also a family name: السيد، السيدة */
	XW_NCLASS
};

/* A reporting verb form (data/speech-verbs.tsv). */
struct xverb {
	char type; /* 'm' he, 'f' she, 'g' two or more, 'p'/'q' participle m./f., 'w' he after و/ف only */
	char arg;  /* 'c' أن/quote/colon, 'i' دعا إلى, 'b' طالب بـ, 'a' حث على, 'j' جاء في ... أن, 'd' واصفا X بأنه */
	const char *lemma; /* folded ("" when the line gives none) */
	bool nominal; /* a noun phrase may be what it reports ("أكد أهمية", "نفى مقتل"): flag n */
};

/* Both files' words, folded, in a hash table: read-only once parsed (threads may share it). */
struct xwords;
/* Parse speech.tsv and speech-verbs.tsv text (either may be NULL). */
int xwords_parse(struct xwords **out, const char *classes, const char *verbs, char **cause);
/* Add the lines of another class file's text (data/stories.tsv: class TAB words (|)); file names it in *cause. */
int xwords_add_classes(struct xwords *x, const char *file, const char *text, char **cause);
/* Add every line of text (a word a line, # comments) to class c. */
int xwords_add_lines(struct xwords *x, enum xw_class c, const char *text);
void xwords_free(struct xwords *x);
/* Is the folded word in class c?  (false for a NULL table) */
bool xwords_is(const struct xwords *x, enum xw_class c, const char *folded);
/* The classes (bit 1 << XW_*) of the folded word, 0 for none; and xwords_is from them. */
uint64_t xwords_classes(const struct xwords *x, const char *folded);
bool xwords_is_of(uint64_t classes, enum xw_class c, const char *folded);
/* The reporting verb whose folded form is this word, or NULL. */
const struct xverb *xwords_verb(const struct xwords *x, const char *folded);
/* How many words; and walking them: the entry at or after slot i, *next the slot after it (NULL at the end). */
size_t xwords_size(const struct xwords *x);
const char *xwords_entry(const struct xwords *x, size_t i, size_t *next);

/* ---- The statement scorer's weights (scorer.c) ---- */

/* Feature name -> weight, and the threshold: read-only once parsed (threads may share it). */
struct xweights;
/* Parse speech-weights.tsv text: "threshold TAB T" and "feature TAB weight" lines. */
int xweights_parse(struct xweights **out, const char *text, char **cause);
void xweights_free(struct xweights *x);
/* A feature's weight (0 when the file does not name it, or for a NULL table). */
double xweights_get(const struct xweights *x, const char *feature);
double xweights_threshold(const struct xweights *x);
size_t xweights_size(const struct xweights *x);

/* ---- Lexicons (lexicon.c) ---- */

/* A speaker of the gazetteer. */
struct xgaz_speaker {
	char *name;           /* canonical */
	char *kind;           /* person | body */
	char **aliases;       /* other names and spellings (as written) */
	size_t naliases;
	char **titles;        /* titles that named this speaker */
	int *from, *to;       /* years each title applied (0: open) */
	size_t ntitles;
	char **fnames;        /* folded name (0) and aliases (1..naliases) */
	char **ftitles;       /* folded titles */
};

/*
 * A form of a lexicon topic: its folded tokens, matched token for token in
 * the text, on one line.  A word of the text matches when it is the form's
 * word, or the word with a leading clitic (و ف ب ل ك, two of them at most)
 * or with the article ال (لل for ل + ال), never by a stem: الأسرى does not
 * match الأسرة.  A mark (3 + 3) matches itself only, and the form's ends
 * are not glued to a word (3-3عيدكم is not 3 + 3).
 */
struct xform {
	char **w;
	size_t n;
};

/* A topic of the lexicon. */
struct xtopic {
	char *name;
	struct xform *forms;  /* its key phrases and listed variants */
	size_t nforms;
};

/*
 * A lexicon form filed by how its first word w ends: every token it can
 * match ends with w (without the ا of its ال, for لل).  Sorted by key.
 */
struct xtail {
	const char *s;        /* that end */
	size_t n;
	unsigned key;         /* its last two bytes */
	size_t topic;
	const struct xform *form;
};

/* An entry of the stop-phrase list (data/stopphrases.tsv). */
struct xstop {
	char *phrase;         /* folded, words separated by one space */
	char *cls;            /* religious, honorific, amount, unit, date, ... */
	bool only;            /* a word that stops only phrases made of such words ("only" in the file) */
};
/* A stop phrase, or the first words of one, in the hash table of struct xlex. */
struct xstopkey {
	char *key;            /* NULL: an empty slot */
	size_t len;
	const char *cls;      /* the phrase's class; NULL when key only starts phrases */
	const char *only;     /* the class of key as an "only" word, or NULL */
	bool longer;          /* some stop phrase goes on from key with a space */
};

/* A gazetteer form, filed under its first folded word. */
struct xname {
	char *first;          /* first word of the folded form */
	int sp;               /* gazetteer speaker */
	int form;             /* index into fnames */
};

/* ---- Entities (entities.c) ---- */

/* The class of a named entity. */
enum xent { XENT_NONE, XENT_PERSON, XENT_PLACE, XENT_ORG };

/* Countries from ICU's Arabic region names and the words of data/entities.tsv. */
struct xents;
/* Build them from entities.tsv's text (NULL: ICU's countries alone). */
int xents_new(const char *tsv, struct xents **out, char **cause);
void xents_free(struct xents *e);
/* "person", "place", "org", or NULL for XENT_NONE. */
const char *xent_name(enum xent c);
/*
 * The class of a folded phrase (words separated by one space): a listed
 * name, a country's form, or the class its first word gives (a head:
 * وزارة الداخلية; a title before a name: الملك سلمان).
 */
enum xent xents_class(const struct xents *e, const char *phrase);
/*
 * Is a folded phrase cut from a longer name: does it end with a head,
 * title or role word (مركز الملك), or with a preposition on a noun without
 * its article (الاتحاد السعودي لكرة)?
 */
bool xents_fragment(const struct xents *e, const char *phrase);
/*
 * A person's name as written that opens with a title and has two words or
 * more after it ("الرئيس عبدالفتاح السيسي"): the bytes of the title and
 * its space, else 0 ("الملك سلمان" is how the king is named; in "وزير
 * الخارجية عادل الجبير" the title goes on).
 */
size_t xents_title_len(const struct xents *e, const char *name);
/*
 * Is the folded word a head noun of entities.tsv without its article, a
 * clitic or two allowed (مطار, بجامعة): the first half of a construct whose
 * second half completes the name of a body or a place (مطار الملك خالد)?
 */
bool xents_construct_head(const struct xents *e, const char *word);
/*
 * Is the folded word a nisba of a country (الإيطالي, السعودي, اليمني: ال,
 * the start of a country's name, ي), not of a family (المالكي)?
 */
bool xents_country_nisba(const struct xents *e, const char *word);
/*
 * The country of a folded nisba, masculine or feminine (الإيراني,
 * التركية), or -1: only whole country forms (الدولي, العربي: none).
 */
int xents_nisba_country(const struct xents *e, const char *word);
/* The country whose whole form a folded phrase is (مملكة البحرين: البحرين), or -1. */
int xents_country_of(const struct xents *e, const char *phrase);
/* Country i's name (ICU's short Arabic name), or NULL. */
const char *xents_country(const struct xents *e, int i);

/* The gazetteer and the topic lexicon. */
struct xlex {
	struct xgaz_speaker *sp;
	size_t nsp;
	struct xtopic *tp;
	size_t ntp;
	struct xtail *tails;  /* every form of tp, by how its first word ends */
	size_t ntails;
	struct xname *names;  /* every name and alias, sorted by first word */
	size_t nnames;
	struct xkeys namekeys; /* names by first word */
	char **pwords;        /* every word of a person's name or alias, sorted */
	size_t npwords;
	struct xkeys pwordkeys; /* pwords */
	struct xwords *words; /* speech.tsv and speech-verbs.tsv (NULL: none) */
	struct xweights *weights; /* speech-weights.tsv (NULL: every candidate kept) */
	bool candidates;      /* list every candidate statement in xresult.cand (training) */
	struct xstop *stop;   /* the stop phrases, sorted by phrase */
	size_t nstop;
	struct xstopkey *stopkeys; /* every stop phrase and its word-prefixes, hashed */
	size_t stopslots;     /* a power of two, at most half full; 0: none */
	struct xents *ents;   /* countries and entity words (NULL: none loaded) */
};

/* The gazetteer forms whose first word is w: a range of lx->names (NULL and n 0 when there are none). */
const struct xname *xlex_names(const struct xlex *lx, const char *w, size_t *n);
/* Is w a word of some person's name in the gazetteer? */
bool xlex_person_word(const struct xlex *lx, const char *w);
/*
 * The stop class of a folded phrase (words separated by single spaces):
 * the class of the first stop entry it contains (a word, also after a
 * leading و ف ب ل ك, or a run of words); else, when every word (also
 * after one or two such letters) is an "only" word of one class, that
 * class; else NULL.
 */
const char *xlex_stop_class(const struct xlex *lx, const char *phrase);
/*
 * How many of the folded words w[0..n) the longest stop phrase of class
 * cls that starts at w[0] has (exact words, no clitic); 0 when none does.
 */
size_t xlex_stop_prefix(const struct xlex *lx, const char *const *w, size_t n, const char *cls);
/*
 * Add the stop phrases of data/stopphrases.tsv (its text); lines are
 * "class TAB phrase", or "class TAB word TAB only".
 */
int xlex_load_stops(struct xlex *lx, const char *text, char **cause);

/*
 * Load data_dir/speakers.tsv and data_dir/topics.tsv (either may be
 * missing), and the speech words of data_dir/speech.tsv and
 * speech-verbs.tsv (which must be there).
 */
int xlex_load(struct xlex *lx, const char *data_dir, struct text_stemmer *stem, char **cause);
/* Load the speech words alone (xlex_load does): -1 when a file is missing or bad. */
int xlex_load_words(struct xlex *lx, const char *data_dir, char **cause);
/* Parse the two files' text (for tests); NULL text is empty (and no speech words). */
int xlex_parse(struct xlex *lx, const char *speakers, const char *topics,
	       struct text_stemmer *stem, char **cause);
void xlex_free(struct xlex *lx);
/*
 * A speaker key, that spelling variants of one name share and other names
 * do not: folded (ة/ه, ى/ي, alef seats), a hamza on و or ي as ء, غ as ج,
 * and a transliterated word without the long vowels inside it; Arabic
 * words keep theirs, and so does a known given name of lx's
 * (data/given-names.tsv) shaped as a diminutive (سليمان is not سلمان);
 * بن inside a name of three names besides it left out (بدر بن عبدالرحمن
 * السمحان, بدر عبد الرحمن السمحان); lx may be NULL (no given names).  See
 * speaker_key_word in lexicon.c.
 */
char *extract_speaker_key(const struct xlex *lx, const char *name);
/*
 * A person's name without its lineage: "عادل بن أحمد الجبير" -> "عادل
 * الجبير" (each بن or بنت and the name after it dropped); NULL when the
 * name has no lineage or fewer than two words would be left.
 */
char *extract_name_without_lineage(const char *name);

/* ---- Speakers and statements (speech.c) ---- */

/* A speaker of one article. */
struct xspeaker {
	char *name;
	bool body;             /* a body (ministry, statement) rather than a person */
	bool group;            /* a group of people (مسؤولو الإطفاء, خبيران عسكريان): neither */
	bool titled;           /* named by a definite title alone (رئيس اللجنة المنظمة): the scorer decides */
	bool local;            /* a title alone of no named body or country (رئيس النادي, المتحدث
				  الرسمي) or a body's head word alone (الشركة): this article's holder,
				  never merged with other articles' */
	char **aliases;        /* forms that named it in this article */
	size_t naliases;
	int gaz;               /* gazetteer index, -1 when discovered */
};

/* A statement of one article. */
struct xstatement {
	int speaker;           /* index into speakers */
	bool direct;           /* quoted (else reported speech) */
	size_t start, end;     /* code points of the statement's text */
	char *text;
	int *topics;           /* lexicon topic indexes */
	size_t ntopics;
};

/* ---- The whole analysis (extract.c) ---- */

/* What extraction needs between articles: ICU tables, lexicons, a stemmer. */
struct extractor;
int extractor_new(const char *data_dir, struct extractor **out, char **cause);
/* An extractor over lexicon text given directly (tests); the speech words come from the source tree's data/. */
int extractor_new_from(const char *speakers_tsv, const char *topics_tsv, struct extractor **out,
		       char **cause);
void extractor_free(struct extractor *x);
/* Replace the scorer's weights by speech-weights.tsv text (tests). */
int extractor_set_weights(struct extractor *x, const char *text, char **cause);
/* List every candidate statement in xresult.cand (for training the scorer). */
void extractor_list_candidates(struct extractor *x, bool on);
const struct xlex *extractor_lexicon(const struct extractor *x);
struct text_stemmer *extractor_stemmer(struct extractor *x);

/*
 * What extraction's results depend on: EXTRACT_VERSION, raised whenever a
 * change to src/extract changes what it finds, or a change to how the
 * store chooses automatic topics from it (src/store/phrases.c) or tells
 * its speakers apart (src/store/extracted.c) changes which it chooses, and
 * each lexicon's text.
 * Results stored under another fingerprint are out of date.  The string is
 * "extract N; speakers.tsv HASH; topics.tsv HASH" (caller frees);
 * extract_fingerprint_dir adds "; dates.tsv HASH; stopphrases.tsv HASH".
 */
#define EXTRACT_VERSION 116
char *extract_fingerprint(const char *speakers_tsv, const char *topics_tsv);
/* What differs between two fingerprints, in words (caller frees); NULL when they are equal. */
char *extract_fingerprint_change(const char *was, const char *now);
/* The fingerprint of data_dir's lexicons, read from disk (no extractor needed). */
char *extract_fingerprint_dir(const char *data_dir);
/* The fingerprint of the lexicons an extractor was built with. */
const char *extractor_fingerprint(const struct extractor *x);

/*
 * A min-hash signature of an article's text for finding its other copies
 * (stories): XSIG_K minimum hashes of its word pairs, each under its own
 * hash function.  Two texts agree on a share of the minima that estimates
 * the Jaccard similarity of their sets of word pairs.
 */
#define XSIG_K 32
struct xsig {
	uint64_t h[XSIG_K];
	size_t shingles;       /* word pairs hashed (0: too short to tell) */
};

/* Everything found in one article. */
struct xresult {
	struct xdates dates;
	struct xspeaker *speakers;
	size_t nspeakers;
	struct xstatement *st;
	size_t nst;
	int *topics;           /* lexicon topics of the whole article */
	size_t ntopics;
	char **phrases;        /* candidate key phrases: "folded TAB as written" */
	size_t nphrases;
	int *places;           /* countries the article is about (xents_country) */
	size_t nplaces;
	struct xsig sig;       /* of the text (of its first window when it is huge) */
	/*
	 * With xlex.candidates: every candidate statement, kept or not, as
	 * "kept TAB score TAB cue token TAB start TAB end TAB speaker TAB direct TAB
	 * features (space-separated) TAB text"
	 * (of the first window only).
	 */
	char **cand;
	size_t ncand;
};

/* Articles longer than this (bytes) are analysed this much at a time (extract.c). */
#define EXTRACT_WINDOW ((size_t)1 << 20)

/*
 * Analyse an article.  year_hint is the article's year when known (0 if
 * not), for titles that applied only in some years; ref as for
 * extract_dates.
 */
int extract_article(struct extractor *x, const char *content, const char *ref, int year_hint,
		    struct xresult *r, char **cause);
void xresult_free(struct xresult *r);

/*
 * Statements and speakers alone (speech.c).  named, when not NULL, has a
 * byte per token (zeroed): the words of every person's name the article
 * mentions, whether or not they speak, are set to 2 where a name may start
 * (its first word, a given name, a kunya) and 1 elsewhere; a name counts
 * when it has a lineage, a kunya or عبد in it, or a given name and then a
 * given name or a nisba (إبراهيم البلوي; not حسن الجوار).
 */
void extract_speech(const struct xlex *lx, const struct xtoks *t, int year, struct xresult *r,
		    unsigned char *named);
/* Lexicon topics of a span of tokens (topics.c). */
void extract_topics(const struct xlex *lx, struct text_stemmer *stem, const struct xtoks *t,
		    size_t from, size_t to, int **out, size_t *n);
/*
 * Candidate key phrases of an article (topics.c): runs of two or three
 * content words that occur at least twice, contain no stop phrase and name
 * no person of the gazetteer, each as "folded TAB as written", followed by
 * "TAB person" when the phrase is a person's name in the article: where it
 * occurs, its words are a name extract_speech marked in named (NULL: none
 * is), from a word a name may start with.  A first word's clitic before
 * the article (وال بال لل ...) is dropped from the folded key: بالمسجد
 * الحرام counts as المسجد الحرام.
 */
void extract_phrases(const struct xlex *lx, const struct xtoks *t, const unsigned char *named, char ***out,
		     size_t *n);
/*
 * The countries an article is about: named XPLACE_MENTIONS times or more,
 * or once in its first XPLACE_LEAD tokens (its headline and lead), with
 * the clitics a word may carry (بالسعودية, للولايات المتحدة).
 */
#define XPLACE_MENTIONS 2
#define XPLACE_LEAD 40
void extract_places(const struct xents *e, const struct xtoks *t, int **out, size_t *n);
/* A folded phrase as a key: its first word's clitic before ال dropped (caller frees). */
char *extract_phrase_normal(const char *words);
/*
 * Is the speaker a named entity (an entity topic)?  A gazetteer entry, or a
 * discovered name that is not a lone common noun with the article
 * (الشركة), has no stop phrase and no function word (أفاد المرصد), and is
 * no group's (مسؤولو الإطفاء).
 */
bool extract_entity(const struct xlex *lx, const struct xspeaker *p);
/* splitmix64's finaliser: a good 64-bit mix (topics.c). */
uint64_t extract_mix(uint64_t x);
/* FNV-1a of a string (topics.c). */
uint64_t extract_hash(const char *s);
/* The signature of tokens t (topics.c). */
void extract_signature(const struct xtoks *t, struct xsig *out);
/* Estimated Jaccard similarity of two signatures (0 when either is empty). */
double extract_sig_similarity(const struct xsig *a, const struct xsig *b);
/* Does the form match the words of t from token i on?  (Exposed for tests.) */
bool extract_form_at(const struct xform *f, const struct xtoks *t, size_t i);
/*
 * Content terms of a text for similarity: folded, stemmed, stop words and
 * numbers dropped, unique, sorted.  Caller frees each and the array.
 */
void extract_terms(struct text_stemmer *stem, const char *text, char ***out, size_t *n);
/* ---- Title and lead, for follow-ups (leads.c) ---- */

/*
 * What the follow-up rule of stories reads of an article (src/store/stories.c):
 * the content words of its title and of its first XLEAD_WORDS words (folded,
 * the story-stop words of data/stories.tsv, numbers and words of fewer than
 * 3 letters dropped, the article ال with its clitic cut, else a leading و ف
 * ب of a word of 5 letters or more), each hashed with its count (a title's
 * word counts twice); and the title's marks of a recurring report.
 */
#define XLEAD_WORDS 80
#define XLEAD_MARKS 8
struct xlead_term {
	uint64_t h;          /* extract_hash of the word (never 0) */
	unsigned tf;         /* its count: 2 for each time in the title, 1 in the lead */
	bool title;          /* in the title */
};
struct xlead {
	struct xlead_term *v; /* sorted by h, one each */
	size_t n;
	uint64_t nums[XLEAD_MARKS]; /* the title's numbers, hashed (the first XLEAD_MARKS) */
	size_t nnums;
	uint64_t ords[XLEAD_MARKS]; /* the title's ordinals (class ordinal), hashed */
	size_t nords;
	int dir;             /* +1 the title tells a rise (class rise), -1 a fall, 0 neither or both */
};
/* The terms and marks of an article's title (may be NULL) and content. */
void extract_lead(const struct xlex *lx, const char *title, const char *content, struct xlead *out);
void xlead_free(struct xlead *l);
/*
 * Do two titles tell two reports of a recurring kind apart?  Both have
 * numbers and none in common, one tells a rise and the other a fall, or
 * both have ordinals and none in common.
 */
bool extract_lead_recurring(const struct xlead *a, const struct xlead *b);
/* True for Arabic function words that never make a topic or term. */
bool extract_stopword(const char *folded);

#endif
