/* corpus.h: what the benchmarks over SaudiNewsNet share. */
#ifndef KHABAR_BENCH_CORPUS_H
#define KHABAR_BENCH_CORPUS_H

/*
 * Unzip the first max zips of dir (in name order) into tmp; the JSON files
 * in *files (caller frees each and the array).  Returns how many, or -1
 * when dir cannot be read.
 */
int bench_unzip(const char *dir, const char *tmp, int max, char ***files);
/* Seconds on a monotonic clock. */
double bench_now(void);

#endif
