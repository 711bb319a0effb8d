/*
 * tap.h: a tiny TAP test harness.  Each TEST() registers itself at start-up
 * (no hand-kept list); the runner prints one "ok"/"not ok" line per test and
 * a diagnostic for each failed check.
 */
#ifndef KHABAR_TAP_H
#define KHABAR_TAP_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef void (*tap_fn)(void);
void tap_register(const char *name, tap_fn fn, const char *file);
void tap_check(bool ok, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void tap_skip(const char *why);
/* A fresh temporary directory for this test run (removed at exit). */
const char *tap_tmpdir(void);
/* The source tree's data/ folder and tests/ folder. */
const char *tap_srcdir(void);
/* Read a whole file (caller frees); NULL if unreadable. */
char *tap_slurp(const char *path, size_t *len);
void tap_write(const char *path, const void *data, size_t len);

#define TEST(name)                                                             \
	static void test_##name(void);                                         \
	__attribute__((constructor)) static void reg_##name(void)              \
	{                                                                      \
		tap_register(#name, test_##name, __FILE__);                    \
	}                                                                      \
	static void test_##name(void)

#define CHECK(cond) tap_check((cond), __FILE__, __LINE__, "%s", #cond)
#define CHECK_MSG(cond, ...) tap_check((cond), __FILE__, __LINE__, __VA_ARGS__)
#define CHECK_STR(got, want)                                                   \
	do {                                                                   \
		const char *g_ = (got), *w_ = (want);                          \
		tap_check(g_ != NULL && w_ != NULL ? strcmp(g_, w_) == 0 : g_ == w_, \
			  __FILE__, __LINE__, "%s: got '%s', want '%s'", #got,  \
			  g_ ? g_ : "(null)", w_ ? w_ : "(null)");             \
	} while (0)
#define CHECK_INT(got, want)                                                   \
	do {                                                                   \
		long long g_ = (long long)(got), w_ = (long long)(want);       \
		tap_check(g_ == w_, __FILE__, __LINE__, "%s: got %lld, want %lld", #got, g_, w_); \
	} while (0)

#endif
