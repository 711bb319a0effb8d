/* store.c: opening the archive, pragmas, transactions and migrations. */
#include "config.h"
#include <time.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "extract/extract.h"
#include "store/store-private.h"

/*
 * The ordered list of migrations.  Migration N brings a database from
 * user_version N-1 to N.  Never edit one that has been released: append.
 */
static const char *const migrations[] = {
	/* 1: sources, articles, their full-text index and reading state. */
	"CREATE TABLE sources ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE);"
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  source_id INTEGER REFERENCES sources(id),"
	"  title TEXT,"
	"  url TEXT,"
	"  date TEXT,"          /* YYYY-MM-DD | YYYY-MM | YYYY | NULL */
	"  date_precision INTEGER NOT NULL DEFAULT 0," /* 0 none 1 year 2 month 3 day */
	"  date_origin TEXT,"   /* header | json | extracted */
	"  ref_date TEXT,"
	"  author TEXT,"
	"  content TEXT NOT NULL,"
	"  content_hash TEXT NOT NULL,"
	"  origin TEXT,"
	"  words INTEGER NOT NULL DEFAULT 0,"
	"  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  updated_at TEXT);"
	"CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;"
	"CREATE INDEX articles_hash ON articles(content_hash);"
	"CREATE INDEX articles_origin ON articles(origin);"
	"CREATE INDEX articles_date ON articles(date);"
	"CREATE TABLE article_state ("
	"  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  read INTEGER NOT NULL DEFAULT 0,"
	"  starred INTEGER NOT NULL DEFAULT 0,"
	"  read_at TEXT);"
	"CREATE VIRTUAL TABLE articles_fts USING fts5("
	"  title, content, content='articles', content_rowid='id', tokenize='khabar');"
	/* New articles are indexed by store_index_pending, a batch at a time. */
	"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, content)"
	"    VALUES ('delete', old.id, old.title, old.content);"
	"END;"
	"CREATE TRIGGER articles_au AFTER UPDATE OF title, content ON articles BEGIN"
	"  INSERT INTO articles_fts(articles_fts, rowid, title, content)"
	"    VALUES ('delete', old.id, old.title, old.content);"
	"  INSERT INTO articles_fts(rowid, title, content) VALUES (new.id, new.title, new.content);"
	"END;",

	/* 2: what extraction fills: dates, speakers, statements, topics, relations. */
	"CREATE TABLE article_dates ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL," /* code points into content */
	"  value TEXT,"         /* YYYY-MM-DD | YYYY-MM | YYYY; NULL if unresolved */
	"  precision INTEGER NOT NULL,"
	"  calendar TEXT NOT NULL DEFAULT 'gregorian',"
	"  is_article_date INTEGER NOT NULL DEFAULT 0,"
	"  text TEXT NOT NULL);"
	"CREATE INDEX article_dates_article ON article_dates(article_id);"
	"CREATE TABLE speakers ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  folded TEXT NOT NULL UNIQUE,"
	"  kind TEXT NOT NULL DEFAULT 'person');" /* person | body */
	"CREATE TABLE speaker_aliases ("
	"  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,"
	"  alias TEXT NOT NULL,"
	"  folded TEXT NOT NULL,"
	"  PRIMARY KEY (speaker_id, folded));"
	"CREATE INDEX speaker_aliases_folded ON speaker_aliases(folded);"
	"CREATE TABLE statements ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  speaker_id INTEGER REFERENCES speakers(id),"
	"  kind TEXT NOT NULL,"  /* direct | reported */
	"  start INTEGER NOT NULL, end INTEGER NOT NULL," /* code points into content */
	"  text TEXT NOT NULL);"
	"CREATE INDEX statements_article ON statements(article_id);"
	"CREATE INDEX statements_speaker ON statements(speaker_id);"
	"CREATE TABLE topics ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  origin TEXT NOT NULL DEFAULT 'lexicon');" /* lexicon | auto */
	"CREATE TABLE article_topics ("
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
	"  score REAL NOT NULL DEFAULT 1,"
	"  PRIMARY KEY (article_id, topic_id));"
	"CREATE INDEX article_topics_topic ON article_topics(topic_id);"
	"CREATE TABLE statement_topics ("
	"  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,"
	"  topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (statement_id, topic_id));"
	"CREATE INDEX statement_topics_topic ON statement_topics(topic_id);"
	"CREATE TABLE related ("
	"  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,"
	"  other_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,"
	"  score REAL NOT NULL,"
	"  reason TEXT NOT NULL,"
	"  PRIMARY KEY (statement_id, other_id));"
	"CREATE INDEX related_other ON related(other_id);",

	/* 3: annotations, anchored to the logical text (W3C position + quote). */
	"CREATE TABLE annotations ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL," /* code points into content */
	"  quote TEXT NOT NULL,"
	"  prefix TEXT NOT NULL DEFAULT '',"
	"  suffix TEXT NOT NULL DEFAULT '',"
	"  note TEXT,"
	"  orphan INTEGER NOT NULL DEFAULT 0,"
	"  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  updated TEXT);"
	"CREATE INDEX annotations_article ON annotations(article_id);",

	/*
	 * 4: what extraction keeps to work incrementally: speaker keys (spelling
	 * variants compare equal), each statement's content terms (an index for
	 * finding related statements), and key-phrase document frequencies for
	 * automatic topics.
	 */
	"CREATE TABLE speaker_keys ("
	"  key TEXT PRIMARY KEY,"
	"  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE) WITHOUT ROWID;"
	"CREATE TABLE statement_terms ("
	"  term TEXT NOT NULL,"
	"  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (term, statement_id)) WITHOUT ROWID;"
	"CREATE INDEX statement_terms_statement ON statement_terms(statement_id);"
	"ALTER TABLE statements ADD COLUMN nterms INTEGER NOT NULL DEFAULT 0;"
	"CREATE TABLE phrase_df ("
	"  phrase TEXT PRIMARY KEY,"
	"  df INTEGER NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE article_phrases ("
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  phrase TEXT NOT NULL,"  /* folded */
	"  text TEXT NOT NULL,"    /* as first written in the article */
	"  PRIMARY KEY (article_id, phrase)) WITHOUT ROWID;"
	"CREATE TABLE auto_topic_keys ("  /* an automatic topic by its folded phrase */
	"  phrase TEXT PRIMARY KEY,"
	"  topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE) WITHOUT ROWID;"
	"CREATE INDEX related_score ON related(statement_id, score);",

	/* 5: the article list's order as an index, so that its first page needs no sort. */
	"CREATE INDEX articles_list_order ON articles(date IS NULL, date DESC, id DESC);",

	/* 6: facts about the archive as a whole (what its extraction was made with). */
	"CREATE TABLE meta ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL) WITHOUT ROWID;",

	/*
	 * 7: an article whose analysis failed is stored all the same, with
	 * the reason; khabar reindex tries it again.
	 */
	"ALTER TABLE articles ADD COLUMN analysis_error TEXT;"
	"CREATE INDEX articles_analysis_error ON articles(id) WHERE analysis_error IS NOT NULL;",

	/*
	 * 8: every article gets the best date known, and date_origin says
	 * where it comes from: 'import' (front matter, a JSON date), 'text'
	 * (stated by the text), 'relative' (a relative expression resolved
	 * against ref_date), 'reference' (ref_date itself, such as a crawl
	 * date).  What extraction chose before was 'extracted' (text or
	 * relative, not told apart: the next reindex tells them); an undated
	 * article with a reference date now takes it.
	 */
	"UPDATE articles SET date_origin = 'text' WHERE date_origin = 'extracted';"
	"UPDATE articles SET date = ref_date, date_precision = 3, date_origin = 'reference'"
	" WHERE date IS NULL AND ref_date IS NOT NULL;",

	/*
	 * 9: counts kept as articles, statements and topics come and go, so
	 * that the browser's date, source, speaker and topic views and every
	 * command's "is the archive empty?" read a few rows instead of
	 * counting over the archive.  Triggers keep them: whatever writes
	 * those tables (import, reindex, a cascade) keeps them right.
	 * article_counts: articles per date ('' undated) and source (0 none).
	 * speaker_counts: statements and distinct articles per speaker.
	 * topic_counts: articles and statements per topic.
	 */
	"CREATE TABLE article_counts ("
	"  date TEXT NOT NULL,"
	"  source_id INTEGER NOT NULL,"
	"  n INTEGER NOT NULL,"
	"  PRIMARY KEY (date, source_id)) WITHOUT ROWID;"
	"INSERT INTO article_counts SELECT coalesce(date, ''), coalesce(source_id, 0), count(*)"
	"  FROM articles GROUP BY 1, 2;"
	"CREATE TRIGGER article_counts_ai AFTER INSERT ON articles BEGIN"
	"  INSERT INTO article_counts VALUES (coalesce(new.date, ''), coalesce(new.source_id, 0), 1)"
	"    ON CONFLICT DO UPDATE SET n = n + 1;"
	"END;"
	"CREATE TRIGGER article_counts_ad AFTER DELETE ON articles BEGIN"
	"  UPDATE article_counts SET n = n - 1"
	"    WHERE date = coalesce(old.date, '') AND source_id = coalesce(old.source_id, 0);"
	"END;"
	"CREATE TRIGGER article_counts_au AFTER UPDATE OF date, source_id ON articles"
	"  WHEN old.date IS NOT new.date OR old.source_id IS NOT new.source_id BEGIN"
	"  UPDATE article_counts SET n = n - 1"
	"    WHERE date = coalesce(old.date, '') AND source_id = coalesce(old.source_id, 0);"
	"  INSERT INTO article_counts VALUES (coalesce(new.date, ''), coalesce(new.source_id, 0), 1)"
	"    ON CONFLICT DO UPDATE SET n = n + 1;"
	"END;"
	"CREATE TABLE speaker_counts ("
	"  speaker_id INTEGER PRIMARY KEY,"
	"  statements INTEGER NOT NULL,"
	"  articles INTEGER NOT NULL);"
	"INSERT INTO speaker_counts SELECT speaker_id, count(*), count(DISTINCT article_id)"
	"  FROM statements WHERE speaker_id IS NOT NULL GROUP BY speaker_id;"
	"CREATE INDEX statements_article_speaker ON statements(article_id, speaker_id);"
	"CREATE TRIGGER speaker_counts_ai AFTER INSERT ON statements WHEN new.speaker_id IS NOT NULL BEGIN"
	"  INSERT INTO speaker_counts VALUES (new.speaker_id, 1, 1) ON CONFLICT DO UPDATE SET"
	"    statements = statements + 1,"
	"    articles = articles + NOT EXISTS (SELECT 1 FROM statements WHERE article_id = new.article_id"
	"      AND speaker_id = new.speaker_id AND id <> new.id);"
	"END;"
	"CREATE TRIGGER speaker_counts_ad AFTER DELETE ON statements WHEN old.speaker_id IS NOT NULL BEGIN"
	"  UPDATE speaker_counts SET statements = statements - 1,"
	"    articles = articles - NOT EXISTS (SELECT 1 FROM statements WHERE article_id = old.article_id"
	"      AND speaker_id = old.speaker_id)"
	"    WHERE speaker_id = old.speaker_id;"
	"END;"
	"CREATE TRIGGER speaker_counts_au AFTER UPDATE OF speaker_id, article_id ON statements"
	"  WHEN old.speaker_id IS NOT new.speaker_id OR old.article_id IS NOT new.article_id BEGIN"
	"  UPDATE speaker_counts SET statements = statements - 1,"
	"    articles = articles - NOT EXISTS (SELECT 1 FROM statements WHERE article_id = old.article_id"
	"      AND speaker_id = old.speaker_id)"
	"    WHERE speaker_id = old.speaker_id;"
	"  INSERT INTO speaker_counts SELECT new.speaker_id, 1, 1 WHERE new.speaker_id IS NOT NULL"
	"    ON CONFLICT DO UPDATE SET statements = statements + 1,"
	"    articles = articles + NOT EXISTS (SELECT 1 FROM statements WHERE article_id = new.article_id"
	"      AND speaker_id = new.speaker_id AND id <> new.id);"
	"END;"
	"CREATE TABLE topic_counts ("
	"  topic_id INTEGER PRIMARY KEY,"
	"  articles INTEGER NOT NULL DEFAULT 0,"
	"  statements INTEGER NOT NULL DEFAULT 0);"
	"INSERT INTO topic_counts SELECT t.id,"
	"  (SELECT count(*) FROM article_topics WHERE topic_id = t.id),"
	"  (SELECT count(*) FROM statement_topics WHERE topic_id = t.id) FROM topics t;"
	"CREATE INDEX topic_counts_articles ON topic_counts(articles);"
	"CREATE TRIGGER topic_counts_ai AFTER INSERT ON article_topics BEGIN"
	"  INSERT INTO topic_counts(topic_id, articles) VALUES (new.topic_id, 1)"
	"    ON CONFLICT DO UPDATE SET articles = articles + 1;"
	"END;"
	"CREATE TRIGGER topic_counts_ad AFTER DELETE ON article_topics BEGIN"
	"  UPDATE topic_counts SET articles = articles - 1 WHERE topic_id = old.topic_id;"
	"END;"
	"CREATE TRIGGER topic_counts_si AFTER INSERT ON statement_topics BEGIN"
	"  INSERT INTO topic_counts(topic_id, statements) VALUES (new.topic_id, 1)"
	"    ON CONFLICT DO UPDATE SET statements = statements + 1;"
	"END;"
	"CREATE TRIGGER topic_counts_sd AFTER DELETE ON statement_topics BEGIN"
	"  UPDATE topic_counts SET statements = statements - 1 WHERE topic_id = old.topic_id;"
	"END;",

	/*
	 * 10: topics of three kinds (lexicon, phrase: chosen from the archive's
	 * key phrases, entity: a person or body the article names) with their
	 * article counts kept by triggers; key-phrase statistics for choosing
	 * phrase topics (nesting in longer phrases, the longer phrase that holds
	 * it most) and which phrases a topic gathers; stories: articles about
	 * one event, found by min-hash signatures of their text.
	 */
	"ALTER TABLE topics ADD COLUMN kind TEXT NOT NULL DEFAULT 'lexicon';"
	"UPDATE topics SET kind = 'phrase' WHERE origin = 'auto';"
	"ALTER TABLE topics ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;"
	"UPDATE topics SET articles = (SELECT count(*) FROM article_topics WHERE topic_id = topics.id);"
	"CREATE INDEX topics_kind ON topics(kind, articles);"
	"CREATE TRIGGER article_topics_ai AFTER INSERT ON article_topics BEGIN"
	"  UPDATE topics SET articles = articles + 1 WHERE id = new.topic_id;"
	"END;"
	"CREATE TRIGGER article_topics_ad AFTER DELETE ON article_topics BEGIN"
	"  UPDATE topics SET articles = articles - 1 WHERE id = old.topic_id;"
	"END;"
	"ALTER TABLE phrase_df ADD COLUMN text TEXT;"          /* as first written */
	"ALTER TABLE phrase_df ADD COLUMN nested INTEGER NOT NULL DEFAULT 0;" /* inside longer phrases */
	"ALTER TABLE phrase_df ADD COLUMN nsuper INTEGER NOT NULL DEFAULT 0;" /* longer phrases holding it */
	"ALTER TABLE phrase_df ADD COLUMN top TEXT;"           /* the longer phrase that holds it most */
	"ALTER TABLE phrase_df ADD COLUMN top_df INTEGER NOT NULL DEFAULT 0;"
	"CREATE INDEX article_phrases_phrase ON article_phrases(phrase);"
	"CREATE TABLE topic_phrases ("
	"  phrase TEXT PRIMARY KEY,"
	"  topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE) WITHOUT ROWID;"
	"CREATE INDEX topic_phrases_topic ON topic_phrases(topic_id);"
	"CREATE TABLE stories ("
	"  id INTEGER PRIMARY KEY,"
	"  label TEXT NOT NULL,"        /* the earliest article's title */
	"  first TEXT, last TEXT,"      /* dates of its first and last articles */
	"  articles INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX stories_last ON stories(last, id);"
	"ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL;"
	"CREATE INDEX articles_story ON articles(story_id) WHERE story_id IS NOT NULL;"
	"CREATE TABLE story_sigs ("
	"  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  day INTEGER,"                /* Julian day of its date, NULL when not known */
	"  sig BLOB NOT NULL);"
	"CREATE TABLE story_bands ("   /* LSH: one row per band of an article's signature */
	"  hash INTEGER NOT NULL,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (hash, article_id)) WITHOUT ROWID;"
	"CREATE INDEX story_bands_article ON story_bands(article_id);",

	/*
	 * 11: feeds: subscriptions (RSS and Atom) with what a conditional GET
	 * needs (ETag, Last-Modified) and how the last fetch went; which
	 * articles came from which feed, by the entry's GUID.
	 */
	"CREATE TABLE feeds ("
	"  id INTEGER PRIMARY KEY,"
	"  url TEXT NOT NULL UNIQUE,"
	"  name TEXT NOT NULL UNIQUE,"
	"  full_text INTEGER NOT NULL DEFAULT 0,"
	"  etag TEXT,"
	"  last_modified TEXT,"
	"  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),"
	"  last_fetch TEXT,"     /* ISO 8601 UTC */
	"  last_success TEXT,"
	"  last_error TEXT);"    /* NULL after a fetch that worked */
	"CREATE TABLE feed_articles ("
	"  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  guid TEXT,"
	"  PRIMARY KEY (feed_id, article_id)) WITHOUT ROWID;"
	"CREATE INDEX feed_articles_article ON feed_articles(article_id);",

	/*
	 * 12: related statements found through a bounded index (related.c): per
	 * content term, speaker and topic, how many statements had it and the
	 * newest of them, packed.  It replaces statement_terms, whose lists grew
	 * with the archive.  Statements stored before it are not in it (khabar
	 * reindex puts them in).
	 */
	"CREATE TABLE related_index ("
	"  kind INTEGER NOT NULL," /* 0 term, 1 speaker, 2 topic, 3 the count of statements */
	"  key NOT NULL,"          /* the term, or the speaker's or topic's id */
	"  df INTEGER NOT NULL,"
	"  postings BLOB NOT NULL,"
	"  PRIMARY KEY (kind, key)) WITHOUT ROWID;"
	"DROP TABLE statement_terms;",

	/*
	 * feeds: when each feed is due again (ISO 8601 UTC; NULL: now), the
	 * failures in a row (for the back-off) and the refresh interval the
	 * feed's own document asked for (RSS ttl, sy:updatePeriod; seconds),
	 * kept for the 304s that do not repeat it.
	 */
	"ALTER TABLE feeds ADD COLUMN next_fetch TEXT;"
	"ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE feeds ADD COLUMN feed_interval INTEGER;",

	/*
	 * The browser's counts under a source filter start from that source's
	 * articles (its dates read from the index alone) instead of walking
	 * every article or every article's topics (date counts 66 ms to 2 ms
	 * of CPU on SaudiNewsNet, bench/bench-facets); in the list's order,
	 * so that the source's newest articles need no sort either.
	 */
	"CREATE INDEX articles_source_date ON articles(source_id, date IS NULL, date DESC, id DESC);",

	/*
	 * topics: an entity's class (person, place, org; NULL for subjects).
	 * Entities stored before it were speakers: a body is an organisation.
	 * Phrase topics that are names become entities when khabar reindex
	 * chooses them again.
	 */
	"ALTER TABLE topics ADD COLUMN class TEXT;"
	"UPDATE topics SET class = CASE WHEN EXISTS (SELECT 1 FROM speakers p WHERE p.name = topics.name"
	"  AND p.kind = 'body') THEN 'org' ELSE 'person' END WHERE kind = 'entity';",

	/*
	 * The word list: every exact (folded) word the full-text index holds,
	 * so that a search expands a prefix* into the words it stands for
	 * (search.c) instead of FTS5 merging every one of their matches.  Import
	 * adds the new words of each batch (fts.c); an archive made before it
	 * gets the words of its index here, once.
	 */
	"CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;"
	"CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, articles_fts, row);"
	"INSERT INTO search_terms SELECT term FROM temp.search_vocab WHERE substr(term, 1, 1) <> '~';"
	"DROP TABLE temp.search_vocab;",

	/*
	 * The full-text index's in-memory table of new terms holds a whole
	 * import batch (FTS5's default of 1 MB flushed a batch as a dozen small
	 * segments that the index then had to merge again).
	 */
	"INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 33554432);",

	/*
	 * related without a rowid, and without the index by score: a statement
	 * keeps its best 10, read and cut in one range of the primary key; four
	 * b-trees a relation written become two.
	 */
	"CREATE TABLE related_new ("
	"  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,"
	"  other_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,"
	"  score REAL NOT NULL,"
	"  reason TEXT NOT NULL,"
	"  PRIMARY KEY (statement_id, other_id)) WITHOUT ROWID;"
	"INSERT INTO related_new SELECT statement_id, other_id, score, reason FROM related;"
	"DROP TABLE related;"
	"ALTER TABLE related_new RENAME TO related;"
	"CREATE INDEX related_other ON related(other_id);",

	/*
	 * The browser's views read one page from an index, whatever the size
	 * of the archive, instead of sorting every speaker, topic or story:
	 * speakers by name (an ICU collation key, the reader's Arabic order)
	 * or by their articles; a kind's (and class's) topics by articles or
	 * by name; a topic by its folded name (the filters); a topic's
	 * stories newest first from story_topics (how
	 * many of a story's articles have a topic, with the story's last
	 * date copied for the order), kept by triggers whatever moves an
	 * article in or out of a story or a topic.
	 */
	"ALTER TABLE speakers ADD COLUMN sortkey BLOB;"
	"UPDATE speakers SET sortkey = khabar_sortkey(name);"
	"CREATE INDEX speakers_sortkey ON speakers(sortkey);"
	"CREATE INDEX speaker_counts_articles ON speaker_counts(articles);"
	"CREATE INDEX topics_class ON topics(class, articles) WHERE class IS NOT NULL;"
	"CREATE INDEX topics_kind_name ON topics(kind, name);"
	"CREATE INDEX topics_class_name ON topics(class, name) WHERE class IS NOT NULL;"
	"ALTER TABLE topics ADD COLUMN folded TEXT;"  /* for --topic and the reader's topic filter */
	"UPDATE topics SET folded = khabar_fold(name);"
	"CREATE INDEX topics_folded ON topics(folded);"
	"CREATE INDEX stories_order ON stories(last IS NULL, last DESC, id DESC);"
	"CREATE TABLE story_topics ("
	"  story_id INTEGER NOT NULL,"
	"  topic_id INTEGER NOT NULL,"
	"  n INTEGER NOT NULL,"        /* the story's articles that have the topic */
	"  last TEXT,"                 /* the story's last date */
	"  PRIMARY KEY (story_id, topic_id)) WITHOUT ROWID;"
	"CREATE INDEX story_topics_topic ON story_topics(topic_id, last IS NULL, last DESC, story_id DESC);"
	"INSERT INTO story_topics SELECT a.story_id, x.topic_id, count(*), s.last"
	"  FROM article_topics x JOIN articles a ON a.id = x.article_id JOIN stories s ON s.id = a.story_id"
	"  GROUP BY a.story_id, x.topic_id;"
	"CREATE TRIGGER story_topics_ti AFTER INSERT ON article_topics BEGIN"
	"  INSERT INTO story_topics SELECT a.story_id, new.topic_id, 1, s.last"
	"    FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.id = new.article_id"
	"    ON CONFLICT DO UPDATE SET n = n + 1;"
	"END;"
	"CREATE TRIGGER story_topics_td AFTER DELETE ON article_topics BEGIN"
	"  UPDATE story_topics SET n = n - 1 WHERE topic_id = old.topic_id"
	"    AND story_id = (SELECT story_id FROM articles WHERE id = old.article_id);"
	"  DELETE FROM story_topics WHERE topic_id = old.topic_id AND n <= 0"
	"    AND story_id = (SELECT story_id FROM articles WHERE id = old.article_id);"
	"END;"
	"CREATE TRIGGER story_topics_au AFTER UPDATE OF story_id ON articles"
	"  WHEN old.story_id IS NOT new.story_id BEGIN"
	"  UPDATE story_topics SET n = n - 1 WHERE story_id = old.story_id"
	"    AND topic_id IN (SELECT topic_id FROM article_topics WHERE article_id = new.id);"
	"  DELETE FROM story_topics WHERE story_id = old.story_id AND n <= 0;"
	"  INSERT INTO story_topics SELECT new.story_id, x.topic_id, 1, s.last"
	"    FROM article_topics x JOIN stories s ON s.id = new.story_id WHERE x.article_id = new.id"
	"    ON CONFLICT DO UPDATE SET n = n + 1;"
	"END;"
	/* Before: the article's topics go by cascade after it, when its story can no longer be read. */
	"CREATE TRIGGER story_topics_ad BEFORE DELETE ON articles WHEN old.story_id IS NOT NULL BEGIN"
	"  UPDATE story_topics SET n = n - 1 WHERE story_id = old.story_id"
	"    AND topic_id IN (SELECT topic_id FROM article_topics WHERE article_id = old.id);"
	"  DELETE FROM story_topics WHERE story_id = old.story_id AND n <= 0;"
	"END;"
	"CREATE TRIGGER story_topics_su AFTER UPDATE OF last ON stories"
	"  WHEN old.last IS NOT new.last BEGIN"
	"  UPDATE story_topics SET last = new.last WHERE story_id = new.id;"
	"END;"
	"CREATE TRIGGER story_topics_sd AFTER DELETE ON stories BEGIN"
	"  DELETE FROM story_topics WHERE story_id = old.id;"
	"END;",

	/*
	 * 20: a relation is stored once, from the newer statement to the
	 * older (statement_id > other_id), and read both ways (related.c): relating
	 * a new statement no longer rewrites and cuts the older one's list.
	 * Where both directions were kept, the newer one's row stays; a row
	 * left only from the older side is turned round.
	 */
	"INSERT OR IGNORE INTO related(statement_id, other_id, score, reason)"
	"  SELECT other_id, statement_id, score, reason FROM related WHERE statement_id < other_id;"
	"DELETE FROM related WHERE statement_id < other_id;",

	/*
	 * 21: topics by name in the reader's Arabic order, as speakers are: an
	 * ICU collation key (khabar_sortkey) in place of the name's code points
	 * in the by-name indexes, so that آ ا أ إ and ة ه sort as Arabic
	 * readers expect and the view still reads one page from an index.
	 */
	"ALTER TABLE topics ADD COLUMN sortkey BLOB;"
	"UPDATE topics SET sortkey = khabar_sortkey(name);"
	"DROP INDEX topics_kind_name;"
	"DROP INDEX topics_class_name;"
	"CREATE INDEX topics_kind_sortkey ON topics(kind, sortkey);"
	"CREATE INDEX topics_class_sortkey ON topics(class, sortkey) WHERE class IS NOT NULL;",

	/*
	 * 22: an article's story read without its row.  story_id comes after
	 * content in articles, so reading it from the row walks the content's
	 * overflow pages: import reads the story of up to STORY_COMPARE
	 * candidates per article (stories.c), and the story triggers read it
	 * for every topic linked.  This index holds (id, story_id) alone; the
	 * readers name it (INDEXED BY), as SQLite looks a rowid up in the table.
	 */
	"CREATE INDEX articles_story_of ON articles(id, story_id);"
	"DROP TRIGGER story_topics_ti;"
	"CREATE TRIGGER story_topics_ti AFTER INSERT ON article_topics BEGIN"
	"  INSERT INTO story_topics SELECT a.story_id, new.topic_id, 1, s.last"
	"    FROM articles a INDEXED BY articles_story_of JOIN stories s ON s.id = a.story_id"
	"    WHERE a.id = new.article_id"
	"    ON CONFLICT DO UPDATE SET n = n + 1;"
	"END;"
	"DROP TRIGGER story_topics_td;"
	"CREATE TRIGGER story_topics_td AFTER DELETE ON article_topics BEGIN"
	"  UPDATE story_topics SET n = n - 1 WHERE topic_id = old.topic_id"
	"    AND story_id = (SELECT story_id FROM articles INDEXED BY articles_story_of WHERE id = old.article_id);"
	"  DELETE FROM story_topics WHERE topic_id = old.topic_id AND n <= 0"
	"    AND story_id = (SELECT story_id FROM articles INDEXED BY articles_story_of WHERE id = old.article_id);"
	"END;",

	/*
	 * 23: speaker keys as extraction makes them since EXTRACT_VERSION 13
	 * (extract_speaker_key): Arabic words keep their long vowels, where
	 * الوزارة and الزائرة had one key and the second's statements went to
	 * the first.  The keys are made again from each speaker's name and the
	 * forms that had one (every form of a body, a form of two words or
	 * more), the older speaker first, so that an import no longer finds a
	 * speaker by an old key; khabar reindex, which the new extraction asks
	 * for, credits the statements again.  Nothing else changes.
	 */
	"DELETE FROM speaker_keys;"
	"INSERT OR IGNORE INTO speaker_keys(key, speaker_id)"
	"  SELECT khabar_speaker_key(name), id FROM speakers ORDER BY id;"
	"INSERT OR IGNORE INTO speaker_keys(key, speaker_id)"
	"  SELECT khabar_speaker_key(a.alias), a.speaker_id FROM speaker_aliases a"
	"  JOIN speakers p ON p.id = a.speaker_id WHERE p.kind = 'body' OR instr(a.alias, ' ') > 0"
	"  ORDER BY a.speaker_id;",

	/*
	 * 24: a key phrase that is a person's name (إبراهيم البلوي) where an
	 * article has it: article_phrases.person says so for that article,
	 * phrase_df.persons counts those articles, and a phrase that is a name
	 * in a third of its articles at least becomes a person's entity topic,
	 * not a subject.  Until the archive is reindexed (EXTRACT_VERSION 15
	 * says it is out of date) its phrases count as no one's name.
	 */
	"ALTER TABLE article_phrases ADD COLUMN person INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE phrase_df ADD COLUMN persons INTEGER NOT NULL DEFAULT 0;",

	/*
	 * 25: a story's articles newest first from an index, as the article
	 * list reads them (date IS NULL, date DESC, id DESC): the story view
	 * reads the rows it lists, not every article of a story of 1,472 to
	 * sort them.
	 */
	"CREATE INDEX articles_story_order ON articles(story_id, date IS NULL, date DESC, id DESC)"
	"  WHERE story_id IS NOT NULL;",

	/*
	 * 26: follow-ups in stories (stories.c), kept as articles arrive: the
	 * document frequency of each content word of dated articles' titles
	 * and leads (hash 0: how many articles were counted), each dated
	 * article's words and title marks, and postings from a title word to
	 * the articles that have it, written while the word is rare (so a
	 * word has a bounded list), read by word and day.  Empty until the
	 * archive is reindexed (EXTRACT_VERSION 17 says it is out of date).
	 */
	"CREATE TABLE story_words ("
	"  hash INTEGER PRIMARY KEY,"   /* extract_hash of the folded word; 0: the articles counted */
	"  df INTEGER NOT NULL);"
	"CREATE TABLE story_leads ("
	"  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
	"  day INTEGER NOT NULL,"       /* Julian day of its date */
	"  terms BLOB NOT NULL,"        /* its title marks and words (stories.c, follow_encode) */
	"  follows INTEGER);"           /* the article it follows up, that gave it its story */
	"CREATE TABLE story_posts ("
	"  hash INTEGER NOT NULL,"      /* a title word, rare when the article came */
	"  day INTEGER NOT NULL,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (hash, day, article_id)) WITHOUT ROWID;"
	"CREATE INDEX story_posts_article ON story_posts(article_id);", /* deleting an article */

	/*
	 * 27: story bands kept by week of the article's day first (stories.c),
	 * so that an import writes into its weeks' part of the table; undated
	 * articles in week -1.
	 */
	"CREATE TABLE story_bands_by_week ("
	"  week INTEGER NOT NULL,"      /* Julian day / 7; -1: undated */
	"  hash INTEGER NOT NULL,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (week, hash, article_id)) WITHOUT ROWID;"
	"INSERT INTO story_bands_by_week(week, hash, article_id)"
	"  SELECT coalesce(g.day / 7, -1), b.hash, b.article_id FROM story_bands b"
	"  LEFT JOIN story_sigs g ON g.article_id = b.article_id ORDER BY 1, 2, 3;"
	"DROP TABLE story_bands;"
	"ALTER TABLE story_bands_by_week RENAME TO story_bands;"
	"CREATE INDEX story_bands_article ON story_bands(article_id);",

	/*
	 * 28: how a related_index row's postings are packed (related.c): 0,
	 * 29 bytes each, as every row written before; 1, varints.
	 */
	"ALTER TABLE related_index ADD COLUMN packing INTEGER NOT NULL DEFAULT 0;",

	/*
	 * 29: related without foreign keys.  Each relation stored read an
	 * older statement's page twice, for the key on other_id and for the
	 * check that a posting of the related index still named a statement
	 * (its article may have been re-imported with another text, or
	 * deleted).  A trigger deletes a statement's relations on both sides,
	 * as ON DELETE CASCADE did, and keeps the statement's id and article
	 * in statements_gone, the small table that check now reads (related.c).
	 * The postings already in the index that name a deleted statement go
	 * there once, read by khabar_postings().
	 */
	"CREATE TABLE related_new ("
	"  statement_id INTEGER NOT NULL,"
	"  other_id INTEGER NOT NULL,"
	"  score REAL NOT NULL,"
	"  reason TEXT NOT NULL,"
	"  PRIMARY KEY (statement_id, other_id)) WITHOUT ROWID;"
	"INSERT INTO related_new SELECT statement_id, other_id, score, reason FROM related;"
	"DROP TABLE related;"
	"ALTER TABLE related_new RENAME TO related;"
	"CREATE INDEX related_other ON related(other_id);"
	"CREATE TABLE statements_gone ("
	"  id INTEGER NOT NULL,"
	"  article_id INTEGER NOT NULL,"
	"  PRIMARY KEY (id, article_id)) WITHOUT ROWID;"
	"CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN"
	"  DELETE FROM related WHERE statement_id = old.id;"
	"  DELETE FROM related WHERE other_id = old.id;"
	"  INSERT OR IGNORE INTO statements_gone(id, article_id) VALUES (old.id, old.article_id);"
	"END;"
	"WITH p(id, article_id) AS (SELECT DISTINCT json_extract(j.value, '$[0]'),"
	"  json_extract(j.value, '$[1]')"
	"  FROM related_index r, json_each(khabar_postings(r.postings, r.packing)) j)"
	"INSERT INTO statements_gone(id, article_id) SELECT id, article_id FROM p WHERE NOT EXISTS"
	"  (SELECT 1 FROM statements s WHERE s.id = p.id AND s.article_id = p.article_id);",

	/*
	 * 30: article_phrases by phrase within a span of article ids
	 * (phrases.c, PHRASE_SPANS; the expression is the one the queries
	 * give).  The index by phrase alone took a row at a random place for
	 * each phrase of each article: a batch of articles rewrote nearly
	 * every page of it, and so a batch cost more as the archive grew (the
	 * third copy of the corpus into two wrote 100,000 of its pages to the
	 * WAL).  New articles now go into the last span's pages.
	 */
	"DROP INDEX article_phrases_phrase;"
	"CREATE INDEX article_phrases_span ON article_phrases(article_id >> 12, phrase);",

	/*
	 * 31: relations by the older statement within spans of 16,384 ids of
	 * the newer one (the expression is the one the queries give), for the
	 * same reason: the index by other_id alone took each relation at a
	 * random place among all the archive's statements.  related_spans
	 * holds the spans that have relations; a statement's relations from
	 * newer ones are read span by span (browse.c) and deleted so (the
	 * unary + takes the INTEGER affinity off a span, which would keep
	 * SQLite from comparing it with the index's expression).
	 */
	"DROP INDEX related_other;"
	"CREATE INDEX related_other_span ON related(statement_id >> 14, other_id);"
	"CREATE TABLE related_spans (n INTEGER PRIMARY KEY);"
	"INSERT INTO related_spans SELECT DISTINCT statement_id >> 14 FROM related;"
	"CREATE TRIGGER related_spans_ai AFTER INSERT ON related BEGIN"
	"  INSERT OR IGNORE INTO related_spans(n) VALUES (new.statement_id >> 14);"
	"END;"
	"DROP TRIGGER statements_ad;"
	"CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN"
	"  DELETE FROM related WHERE statement_id = old.id;"
	"  DELETE FROM related WHERE (statement_id >> 14) IN (SELECT +n FROM related_spans) AND other_id = old.id;"
	"  INSERT OR IGNORE INTO statements_gone(id, article_id) VALUES (old.id, old.article_id);"
	"END;",

	/*
	 * 32: an article stored again under another url (the same source,
	 * date, title and text: the same content_hash as an older one) counts
	 * once in the phrase statistics (phrases.c).  phrase_reprints names
	 * the articles whose phrases were not counted, so that clearing one
	 * takes nothing from phrase_df; meta's phrase_reprints counts its
	 * rows, kept by triggers (deletions included: an archive before this
	 * counted every article, and has none).
	 */
	"CREATE TABLE phrase_reprints ("
	"  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE);"
	"CREATE TRIGGER phrase_reprints_ai AFTER INSERT ON phrase_reprints BEGIN"
	"  INSERT INTO meta(key, value) VALUES ('phrase_reprints', 1)"
	"    ON CONFLICT(key) DO UPDATE SET value = value + 1;"
	"END;"
	"CREATE TRIGGER phrase_reprints_ad AFTER DELETE ON phrase_reprints BEGIN"
	"  UPDATE meta SET value = value - 1 WHERE key = 'phrase_reprints';"
	"END;",
};

#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int
store_schema_latest(void)
{
	return N_MIGRATIONS;
}

/* Set *cause from the connection's last error, prefixed by what failed. */
int
store_fail(sqlite3 *db, const char *what, char **cause)
{
	if (cause != NULL)
		*cause = xasprintf("%s: %s", what, db ? sqlite3_errmsg(db) : "no database");
	return -1;
}

static int
exec(sqlite3 *db, const char *sql, char **cause)
{
	char *err = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		if (cause != NULL)
			*cause = xasprintf("%s", err ? err : sqlite3_errmsg(db));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

int
store_exec(struct store *st, const char *what, const char *sql, char **cause)
{
	char *err = NULL;

	if (exec(st->db, sql, &err) == 0)
		return 0;
	*cause = xasprintf("%s: %s", what, err);
	free(err);
	return -1;
}

/* store_open_version has set SQLite up (once a process). */
#define STORE_JOURNAL_SPILL (-1) /* never spill */
static bool sqlite_configured;

/* Does the archive have this table (an archive opened at an older version may not)? */
static bool
has_table(sqlite3 *db, const char *name)
{
	sqlite3_stmt *s = NULL;
	bool yes;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &s,
			       NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	yes = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return yes;
}

int
store_schema_version(struct store *st)
{
	sqlite3_stmt *s;
	int v = -1;

	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* Apply migrations until the file is at version target, each in its own transaction. */
static int
migrate(struct store *st, int target, char **cause)
{
	int v = store_schema_version(st);
	char *err = NULL, *pragma;

	if (v < 0)
		return store_fail(st->db, "reading the schema version", cause);
	if (v > N_MIGRATIONS) {
		*cause = xasprintf("%s: schema version %d is newer than this khabar knows (%d)",
				   st->path, v, N_MIGRATIONS);
		return -1;
	}
	if (v < target && st->readonly) {
		*cause = xasprintf("%s: the archive is read-only and %s", st->path,
				   v == 0 ? "empty (not an archive yet)"
					  : "needs upgrading; open it once where it can be written");
		return -1;
	}
	while (v < target) {
		if (exec(st->db, "BEGIN IMMEDIATE", cause) != 0)
			return -1;
		/* Another process may have migrated while we waited for the lock. */
		v = store_schema_version(st);
		if (v >= target) {
			exec(st->db, "COMMIT", NULL);
			break;
		}
		pragma = xasprintf("PRAGMA user_version = %d", v + 1);
		if (exec(st->db, migrations[v], &err) != 0 || exec(st->db, pragma, &err) != 0) {
			*cause = xasprintf("%s: migration %d failed: %s", st->path, v + 1, err);
			free(err);
			free(pragma);
			exec(st->db, "ROLLBACK", NULL);
			return -1;
		}
		free(pragma);
		if (exec(st->db, "COMMIT", cause) != 0)
			return -1;
		v++;
	}
	return 0;
}

/* Can this process create files in the folder holding path? */
static bool
parent_writable(const char *path)
{
	char *d = xstrdup(path), *slash = strrchr(d, '/');
	bool ok;

	if (slash == d)
		slash[1] = '\0';
	else if (slash != NULL)
		*slash = '\0';
	ok = access(slash != NULL ? d : ".", W_OK | X_OK) == 0;
	free(d);
	return ok;
}

/* path as an SQLite URI that opens it immutable (see open_flags); %, ? and # escaped. */
static char *
immutable_uri(const char *path)
{
	struct buf b;
	const char *p;

	buf_init(&b);
	buf_adds(&b, path[0] == '/' ? "file://" : "file:");
	for (p = path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			buf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			buf_addc(&b, *p);
	}
	buf_adds(&b, "?immutable=1");
	return buf_detach(&b);
}

/*
 * How to open path: read-write (created if missing), or read-only when
 * the file or its folder cannot be written.  Read-only, a WAL archive
 * needs its -shm file, which a folder we cannot write has no room for, and
 * which made by us (mode and owner ours) would stop its owner writing
 * later.  So without a -wal file (no connection is open on it: the last
 * one to close removes it) the archive is opened immutable, which needs
 * neither; with one (someone has it open), read-only through the -shm
 * that is there.  *uri is what to pass to SQLite (caller frees).  -1 with
 * *cause when path cannot be an archive at all.
 */
static int
open_flags(const char *path, char **uri, int *flags, char **cause)
{
	struct stat sb;
	char *wal;
	bool dir_ok, has_wal;

	*uri = xstrdup(path);
	*flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (strcmp(path, ":memory:") == 0)
		return 0;
	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && !parent_writable(path)) {
			*cause = xasprintf("%s: no archive there, and its folder cannot be written to"
					   " make one", path);
			return -1;
		}
		return 0;
	}
	if (S_ISDIR(sb.st_mode)) {
		*cause = xasprintf("%s: is a folder, not an archive file", path);
		return -1;
	}
	dir_ok = parent_writable(path);
	if (access(path, W_OK) == 0 && dir_ok)
		return 0;
	*flags = SQLITE_OPEN_READONLY;
	wal = xasprintf("%s-wal", path);
	has_wal = access(wal, F_OK) == 0;
	free(wal);
	if (!has_wal) {
		free(*uri);
		*uri = immutable_uri(path);
		*flags |= SQLITE_OPEN_URI;
	}
	return 0;
}

int
store_open_version(const char *path, int version, struct store **out, char **cause)
{
	struct store *st = xcalloc(1, sizeof *st);

	st->story_undated = -1;
	st->tokcache = store_fts_cache_new();
	char *uri;
	int rc, flags;

	*out = NULL;
	/*
	 * SQLite's memory statistics take a process-wide mutex at every
	 * allocation; khabar reads none of them.  Savepoint and statement
	 * journals (the pages an article's analysis changed, kept to undo it
	 * alone) stay in memory, in small chunks, instead of going to a
	 * temporary file from 64 KiB on: import wrote gigabytes to such files.
	 * A journal holds only pages already changed earlier in the open
	 * transaction: the whole corpus's import peaks at 170 MB, reindex at
	 * 174 MB.  (A positive limit would also be SQLite's chunk size: one
	 * allocation of that size per article.)  Only possible before SQLite
	 * is first used (later calls fail, harmlessly).
	 */
	if (!sqlite_configured) {
		sqlite_configured = true;
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, STORE_JOURNAL_SPILL);
	}
	st->path = xstrdup(path);
	if (open_flags(path, &uri, &flags, cause) != 0) {
		store_close(st);
		return -1;
	}
	/*
	 * A connection is only ever used by one thread at a time (import's
	 * workers open their own), so SQLite need not lock a mutex around
	 * every call: that was 7% of import's writer thread.
	 */
	rc = sqlite3_open_v2(uri, &st->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		*cause = xasprintf("%s: cannot open database: %s", path,
				   st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
		store_close(st);
		return -1;
	}
	sqlite3_busy_timeout(st->db, 5000);
	sqlite3_extended_result_codes(st->db, 1);
	/* SQLite opens a file it may not write read-only even when asked for read-write. */
	st->readonly = (flags & SQLITE_OPEN_READONLY) || sqlite3_db_readonly(st->db, "main") == 1;
	/*
	 * A 64 MiB page cache: extraction's index lookups during a large import
	 * thrash the default 2 MiB.  A checkpoint every 64k pages (256 MiB of
	 * WAL): an import batch rewrites many of the pages the previous one
	 * wrote (index leaves, the related index's rows), and a page is copied
	 * into the archive once per checkpoint however often the WAL has it.
	 * Against 16k pages, on an archive of two copies of the corpus: 11%
	 * fewer page reads, 12% fewer writes and 2.5 times fewer fsyncs for
	 * the third copy.  The WAL is cut back to 64 MiB when it starts over
	 * (not during an import: checkpoint.c).
	 */
	if ((!st->readonly && exec(st->db, "PRAGMA journal_mode=WAL", cause) != 0) ||
	    exec(st->db, "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA synchronous=NORMAL;"
			 "PRAGMA wal_autocheckpoint=" STORE_STR(STORE_WAL_AUTO) ";"
			 "PRAGMA journal_size_limit=" STORE_STR(STORE_WAL_LIMIT) ";",
		 cause) != 0 ||
	    store_functions_register(st->db, st->tokcache, cause) != 0 ||
	    migrate(st, version, cause) != 0) {
		if (*cause != NULL && strncmp(*cause, path, strlen(path)) != 0) {
			char *c = xasprintf("%s: %s", path, *cause);
			free(*cause);
			*cause = c;
		}
		store_close(st);
		return -1;
	}
	st->word_list = has_table(st->db, "search_terms");
	*out = st;
	return 0;
}

int
store_open(const char *path, struct store **out, char **cause)
{
	return store_open_version(path, N_MIGRATIONS, out, cause);
}

void
store_close(struct store *st)
{
	int i;

	if (st == NULL)
		return;
	store_checkpoints_stop(st);
	for (i = 0; i < STORE_NSTMT; i++)
		sqlite3_finalize(st->stmt[i]);
	for (i = 0; i < STORE_NSAVEPOINT; i++) {
		sqlite3_finalize(st->sp[i]);
		free(st->spsql[i]);
	}
	sqlite3_close(st->db);
	store_related_discard(st);
	free(st->pending);
	store_phrases_drop(st);
	store_story_drop(st);
	store_fts_cache_free(st->tokcache);
	free(st->path);
	free(st);
}

sqlite3 *
store_db(struct store *st)
{
	return st->db;
}

const char *
store_path(struct store *st)
{
	return st->path;
}

bool
store_readonly(struct store *st)
{
	return st->readonly;
}

/*
 * What is kept in memory from one transaction to the next (the story
 * words' counts) holds while no other connection writes: PRAGMA
 * data_version changes when one has, and then it is dropped.
 */
static int
store_check_version(struct store *st, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_DATA_VERSION, "PRAGMA data_version", cause);
	int64_t v;
	int rc;

	if (s == NULL) {
		store_rollback(st);
		return -1;
	}
	if ((rc = sqlite3_step(s)) != SQLITE_ROW) {
		store_fail(st->db, "starting a transaction", cause);
		sqlite3_reset(s);
		store_rollback(st);
		return -1;
	}
	v = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (v != st->data_version)
		store_story_drop(st);
	st->data_version = v;
	return 0;
}

int
store_begin(struct store *st, char **cause)
{
	if (st->depth++ > 0)
		return 0;
	store_checkpoints_begin(st);
	if (exec(st->db, "BEGIN IMMEDIATE", cause) != 0) {
		st->depth = 0;
		return -1;
	}
	st->story_undated = -1; /* another process may have written since */
	return store_check_version(st, cause);
}

int
store_commit(struct store *st, char **cause)
{
	if (st->depth == 0 || --st->depth > 0)
		return 0;
	/*
	 * The batch's work that waited for its end: key phrases and their topics,
	 * then relations (they read the statements' topics), the follow-up step's word
	 * counts, then the full-text index.
	 */
	if (store_phrases_flush(st, cause) != 0 || store_related_flush(st, cause) != 0 ||
	    store_story_flush(st, true, cause) != 0 || store_index_pending(st, cause) != 0) {
		store_rollback(st);
		return -1;
	}
	if (exec(st->db, "COMMIT", cause) != 0) {
		store_story_drop(st); /* the counts kept would be those of a transaction not made */
		return -1;
	}
	store_checkpoints_commit(st);
	return 0;
}

void
store_rollback(struct store *st)
{
	st->npending = 0;
	store_phrases_drop(st);
	store_related_discard(st);
	store_story_drop(st);
	store_fts_cache_clear(st->tokcache);
	if (st->depth == 0)
		return;
	st->depth = 0;
	exec(st->db, "ROLLBACK", NULL);
}

/*
 * FTS5 writes its pending terms out as a new segment whenever a savepoint
 * is released, and import releases one per article: indexing articles one
 * by one made a segment each and cost a third of the import.  New articles
 * are therefore indexed in one statement per transaction.  Anything that
 * UPDATEs or DELETEs articles' title or content must call this first (the
 * triggers delete the old text from the index, which must be there).
 */
int
store_index_pending(struct store *st, char **cause)
{
	struct buf ids;
	sqlite3_stmt *s;
	size_t i;
	int rc;

	if (st->npending == 0)
		return store_fts_cache_flush(st, cause);
	buf_init(&ids);
	buf_addc(&ids, '[');
	for (i = 0; i < st->npending; i++)
		buf_printf(&ids, "%s%lld", i ? "," : "", (long long)st->pending[i]);
	buf_addc(&ids, ']');
	st->npending = 0;
	s = store_stmt(st, STMT_INDEX,
		       /* CROSS JOIN: look each id up, never scan the articles. */
		       "INSERT INTO articles_fts(rowid, title, content)"
		       " SELECT DISTINCT a.id, a.title, a.content FROM json_each(?1) AS j"
		       " CROSS JOIN articles a ON a.id = j.value",
		       cause);
	if (s == NULL) {
		buf_free(&ids);
		return -1;
	}
	sqlite3_bind_text(s, 1, ids.data, (int)ids.len, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	buf_free(&ids);
	if (rc != SQLITE_DONE) {
		store_fts_cache_clear(st->tokcache);
		return store_fail(st->db, "indexing new articles", cause);
	}
	return store_fts_cache_flush(st, cause);
}

/* Remember a new article for the index; outside a transaction, index it now. */
int
store_index_later(struct store *st, int64_t id, char **cause)
{
	if (st->npending == st->cappending) {
		st->cappending = st->cappending ? st->cappending * 2 : 256;
		st->pending = xrealloc(st->pending, st->cappending * sizeof *st->pending);
	}
	st->pending[st->npending++] = id;
	return st->depth == 0 ? store_index_pending(st, cause) : 0;
}


double
store_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A cached prepared statement; prepared on first use. */
sqlite3_stmt *
store_stmt(struct store *st, enum store_stmt_id id, const char *sql, char **cause)
{
	if (st->stmt[id] == NULL &&
	    sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->stmt[id], NULL) != SQLITE_OK) {
		store_fail(st->db, "preparing a query", cause);
		return NULL;
	}
	sqlite3_reset(st->stmt[id]);
	sqlite3_clear_bindings(st->stmt[id]);
	return st->stmt[id];
}

/* khabar_fold(text): the folding function, for queries that compare names. */
static void
sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	char *f;

	if (t == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	f = text_fold(t, (size_t)sqlite3_value_bytes(argv[0]));
	sqlite3_result_text(ctx, f, -1, free);
}

/* khabar_sortkey(text): its Arabic collation key (a blob), for the index that lists names in order. */
static void
sql_sortkey(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	unsigned char *k;
	size_t n;

	(void)argc;
	if (t == NULL || (k = text_sort_key(t, (size_t)sqlite3_value_bytes(argv[0]), &n)) == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	sqlite3_result_blob(ctx, k, (int)n, free);
}

/*
 * khabar_speaker_key(text): the key that merges a speaker's spellings
 * (extract_speaker_key), with no given names known: a store has no
 * lexicon of its own.  An archive's keys come from extraction, and khabar
 * reindex makes them all again.
 */
static void
sql_speaker_key(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);

	(void)argc;
	if (t == NULL)
		sqlite3_result_null(ctx);
	else
		sqlite3_result_text(ctx, extract_speaker_key(NULL, t), -1, free);
}

int
store_functions_register(sqlite3 *db, struct fts_cache *cache, char **cause)
{
	if (sqlite3_create_function(db, "khabar_sortkey", 1,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
				    sql_sortkey, NULL, NULL) != SQLITE_OK)
		return store_fail(db, "registering khabar_sortkey", cause);
	if (sqlite3_create_function(db, "khabar_fold", 1,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
				    sql_fold, NULL, NULL) != SQLITE_OK)
		return store_fail(db, "registering khabar_fold", cause);
	if (sqlite3_create_function(db, "khabar_speaker_key", 1,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
				    sql_speaker_key, NULL, NULL) != SQLITE_OK)
		return store_fail(db, "registering khabar_speaker_key", cause);
	if (sqlite3_create_function(db, "khabar_postings", 2,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
				    store_related_sql_postings, NULL, NULL) != SQLITE_OK)
		return store_fail(db, "registering khabar_postings", cause);
	return store_fts_register_cache(db, cache, cause);
}

int
store_meta_get(struct store *st, const char *key, char **value, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_META_GET, "SELECT value FROM meta WHERE key = ?1", cause);
	int rc;

	*value = NULL;
	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*value = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st->db, "reading the archive's facts", cause);
	return 0;
}

/* Run "verb name", or roll back to name and release it (name is the caller's identifier, never data). */
/*
 * One savepoint statement, prepared once and kept (an import runs four
 * for every article, and compiling each was a tenth of the writer's
 * SQLite time outside the batch's own work).
 */
static int
store_savepoint_step(struct store *st, const char *verb, const char *name, char **cause)
{
	char *sql = xasprintf("%s %s", verb, name);
	sqlite3_stmt *s = NULL;
	bool kept = false;
	int i, rc;

	for (i = 0; i < STORE_NSAVEPOINT && st->spsql[i] != NULL && !kept; i++)
		kept = strcmp(st->spsql[i], sql) == 0;
	if (kept) {
		s = st->sp[i - 1];
	} else if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		free(sql);
		return store_fail(st->db, "a savepoint", cause);
	} else if (i < STORE_NSAVEPOINT) {
		st->spsql[i] = sql;
		st->sp[i] = s;
		sql = NULL;
		kept = true;
	}
	rc = sqlite3_step(s);
	if (kept)
		sqlite3_reset(s);
	else
		sqlite3_finalize(s);
	free(sql);
	return rc == SQLITE_DONE ? 0 : store_fail(st->db, "a savepoint", cause);
}

static int
store_savepoint_sql(struct store *st, const char *verb, const char *name, char **cause)
{
	if (st->nosavepoints) {
		if (verb != NULL)
			return 0;
		*cause = xasprintf("cannot undo %s: the transaction has no savepoints", name);
		return -1;
	}
	if (verb != NULL)
		return store_savepoint_step(st, verb, name, cause);
	return store_savepoint_step(st, "ROLLBACK TO", name, cause) != 0 ? -1
	       : store_savepoint_step(st, "RELEASE", name, cause);
}

int
store_savepoint(struct store *st, const char *name, char **cause)
{
	return store_savepoint_sql(st, "SAVEPOINT", name, cause);
}

int
store_savepoint_release(struct store *st, const char *name, char **cause)
{
	return store_savepoint_sql(st, "RELEASE", name, cause);
}

int
store_savepoint_rollback(struct store *st, const char *name, char **cause)
{
	return store_savepoint_sql(st, NULL, name, cause);
}

void
store_savepoints(struct store *st, bool on)
{
	st->nosavepoints = !on;
}

int
store_set_analysis_error(struct store *st, int64_t id, const char *reason, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_ANALYSIS_ERROR,
				     "UPDATE articles SET analysis_error = ?2 WHERE id = ?1"
				     " AND analysis_error IS NOT ?2",
				     cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, reason, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "flagging an article's analysis", cause);
	return 0;
}

int
store_meta_set(struct store *st, const char *key, const char *value, char **cause)
{
	sqlite3_stmt *s = store_stmt(st, STMT_META_SET,
				     "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)", cause);
	int rc;

	if (s == NULL)
		return -1;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st->db, "writing the archive's facts", cause);
	return 0;
}
