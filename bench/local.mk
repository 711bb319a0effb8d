# bench: benchmarks (make bench)
