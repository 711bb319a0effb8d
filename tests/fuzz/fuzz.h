/*
 * fuzz.h: what the libFuzzer harnesses share.  Each harness is one file
 * with LLVMFuzzerTestOneInput; tests/fuzz/run.sh builds them with clang and
 * -fsanitize=fuzzer,address,undefined against the core's sources.  A
 * harness never prints, frees what it allocates and keeps no state between
 * inputs other than tables built once (ICU data, lexicons, an engine).
 */
#ifndef KHABAR_FUZZ_H
#define KHABAR_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A NUL-terminated copy of the input (caller frees). */
static inline char *
fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* A property the code promises does not hold: a finding like a crash. */
#define FUZZ_ASSERT(cond)                                                      \
	do {                                                                   \
		if (!(cond))                                                   \
			abort();                                               \
	} while (0)

/* Set-up that must work (the data files the harness reads): say why it did not, then stop. */
#define FUZZ_SETUP(cond, cause)                                                \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "fuzz set-up: %s\n", (cause) ? (cause) : #cond); \
			abort();                                               \
		}                                                              \
	} while (0)

#endif
