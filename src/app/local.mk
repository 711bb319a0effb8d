# src/app: start-up shared by the CLI and the UI (paths, first-run import).
libkhabar_a_SOURCES += src/app/app.h src/app/app.c
