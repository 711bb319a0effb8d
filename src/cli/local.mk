# src/cli: the command-line client (one file per subcommand).
khabar_SOURCES += src/cli/cli.h src/cli/commands.def src/cli/help.def src/cli/main.c src/cli/util.c \
	src/cli/sprinter.h src/cli/sprinter.c \
	src/cli/cmd-import.c src/cli/cmd-list.c src/cli/cmd-search.c \
	src/cli/cmd-annotations.c src/cli/cmd-render.c \
	src/cli/cmd-speakers.c src/cli/cmd-statements.c src/cli/cmd-topics.c src/cli/cmd-stories.c \
	src/cli/cmd-related.c src/cli/cmd-reindex.c src/cli/cmd-feed.c src/cli/cmd-delete.c
