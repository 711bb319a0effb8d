# ui: the ncurses reader
