# src/import: file formats and encodings.
libkhabar_a_SOURCES += src/import/import.h src/import/decode.c src/import/plain.c \
	src/import/json.c src/import/read.c src/import/import.c
