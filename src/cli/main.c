/* main.c: global options and dispatch to a subcommand. */
#include "config.h"
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "cli/cli.h"
#include "ui/ui.h"

struct command {
	const char *name;
	int (*fn)(int, char **);
	const char *usage, *summary;
};

static const struct command commands[] = {
#define CMD(name, fn, usage, summary) { name, fn, usage, summary },
#include "cli/commands.def"
#undef CMD
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void
usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: khabar [--db PATH] [COMMAND [ARGS...]]\n\n"
		   "A terminal reader for Arabic press articles.  With no command, khabar\n"
		   "opens the reader on the archive.\n\nCommands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\nOptions:\n  --db PATH    the archive to use\n  --help       this text\n"
		   "  --bidi MODE  the reader's bidi: app (default), terminal or off\n"
		   "  --version    the version\n\n'khabar help COMMAND' explains a command.\n");
}

int
cmd_help(int argc, char **argv)
{
	size_t i;

	if (argc < 2 || strcmp(argv[1], "--help") == 0) {
		usage(stdout);
		return 0;
	}
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(commands[i].name, argv[1]) == 0) {
			cli_command_help(argv[1]);
			return 0;
		}
	}
	return cli_error("no command '%s' (try 'khabar --help')", argv[1]);
}

/* What plain `khabar` does: the reader, or the list where there is no terminal. */
static int
default_command(int argc, char **argv)
{
	char *args[] = { "list", NULL };
	struct ui_opts o = { .db = cli.db, .bidi = cli.bidi_given ? cli.bidi : -1 };
	const char *script = getenv("KHABAR_TEST_SCRIPT");

	if ((script != NULL && *script != '\0') || (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)))
		return ui_main(&o);
	return cmd_list(1, args);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "bidi", required_argument, NULL, 'b' },
		{ "keys-man", no_argument, NULL, 'K' },
		{ NULL, 0, NULL, 0 },
	};
	size_t i;
	int c;

	setlocale(LC_ALL, "");
	cli.prog = argv[0];
	/* Global options stop at the command ("+"): the command parses the rest. */
	while ((c = cli_getopt(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			cli.db = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'b': /* before the command, as every command also takes it */
			cli_common_option(0x102, NULL);
			break;
		case 'K':
			ui_keys_man(stdout);
			return 0;
		case 'V':
			printf("khabar %s\n", PACKAGE_VERSION);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return default_command(argc, argv);
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(commands[i].name, argv[0]) == 0) {
			optind = 0; /* reset getopt for the command (0: full reinit in glibc) */
			return commands[i].fn(argc, argv);
		}
	}
	cli_error("no command '%s' (khabar --help lists the commands)", argv[0]);
	return 2;
}
