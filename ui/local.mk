# ui: the ncurses reader (linked into the khabar binary; src/ never draws).
khabar_SOURCES += ui/ui.h ui/actions.def ui/ui.c ui/term.c ui/keys.c ui/config.c ui/draw.c \
	ui/view.c ui/browse.c ui/reader.c ui/lists.c ui/story.c ui/date.c ui/feeds.c src/cli/cmd-open.c
khabar_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)
