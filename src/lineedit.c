/*
** lineedit.c -- opening libedit with dlopen the first time the REPL needs
** line editing (see lineedit.h for why it is not linked in).
*/
#include "src/lineedit.h"

#include <dlfcn.h>
#include <stddef.h>
#include <string.h>
#include <stdio.h>              /* <editline/readline.h> needs FILE */
#include <editline/readline.h>  /* only for the type checks below */

/* The soname of libedit's ABI: the file `-ledit` would make the loader map. */
#define LIBEDIT_SONAME "libedit.so.2"

/* Does libedit's declaration of [symbol] have the type LineEdit gives it?
** _Generic does not evaluate &symbol, so nothing refers to libedit's
** symbol and the linker does not need -ledit. */
#define SAME_TYPE(symbol, type) \
  _Static_assert(_Generic(&symbol, type: 1, default: 0), \
                 "libedit's " #symbol " does not have the type lineedit.h says")

SAME_TYPE(readline, char *(*)(const char *));
SAME_TYPE(add_history, int (*)(const char *));
SAME_TYPE(read_history, int (*)(const char *));
SAME_TYPE(write_history, int (*)(const char *));
SAME_TYPE(using_history, void (*)(void));
SAME_TYPE(stifle_history, void (*)(int));
SAME_TYPE(rl_completion_matches, char **(*)(const char *, LineEditGenerator *));
SAME_TYPE(history_length, int *);
SAME_TYPE(rl_readline_name, const char **);
SAME_TYPE(rl_line_buffer, char **);
SAME_TYPE(rl_basic_word_break_characters, const char **);
SAME_TYPE(rl_completer_word_break_characters, char **);
SAME_TYPE(rl_attempted_completion_function, LineEditCompleter **);
SAME_TYPE(rl_completion_append_character, int *);
SAME_TYPE(rl_getc_function, LineEditGetc **);

/* dlsym gives a void *, stored as it is into a member of LineEdit, which
** POSIX allows for function pointers too (dlsym's own contract). */
_Static_assert(sizeof(void *) == sizeof(void (*)(void)),
               "function and data pointers have the same size (POSIX)");

/* Each symbol looked up, and the LineEdit member it goes to. */
static const struct {
  const char *name;
  size_t offset;
} symbols[] = {
  {"readline", offsetof(LineEdit, readline)},
  {"add_history", offsetof(LineEdit, add_history)},
  {"read_history", offsetof(LineEdit, read_history)},
  {"write_history", offsetof(LineEdit, write_history)},
  {"using_history", offsetof(LineEdit, using_history)},
  {"stifle_history", offsetof(LineEdit, stifle_history)},
  {"rl_completion_matches", offsetof(LineEdit, completion_matches)},
  {"history_length", offsetof(LineEdit, history_length)},
  {"rl_readline_name", offsetof(LineEdit, readline_name)},
  {"rl_line_buffer", offsetof(LineEdit, line_buffer)},
  {"rl_basic_word_break_characters", offsetof(LineEdit, basic_word_break_characters)},
  {"rl_completer_word_break_characters", offsetof(LineEdit, completer_word_break_characters)},
  {"rl_attempted_completion_function", offsetof(LineEdit, attempted_completion_function)},
  {"rl_completion_append_character", offsetof(LineEdit, completion_append_character)},
  {"rl_getc_function", offsetof(LineEdit, getc_function)},
};

/* Every member of LineEdit is filled from the table above. */
_Static_assert(sizeof symbols / sizeof symbols[0] == sizeof(LineEdit) / sizeof(void *),
               "one row of symbols[] per member of LineEdit");

/* The outcome of the first lineedit_load: 0 not tried yet, 1 loaded (in
** [loaded]), -1 failed. */
static int load_state = 0;
static LineEdit loaded;

/* Open the library and look every symbol up into [loaded].  False (the
** library closed again) if anything is missing. */
static bool load(void) {
  void *lib = dlopen(LIBEDIT_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (lib == NULL) return false;
  for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
    void *p = dlsym(lib, symbols[i].name);
    if (p == NULL) {
      memset(&loaded, 0, sizeof loaded);
      dlclose(lib);
      return false;
    }
    memcpy((char *)&loaded + symbols[i].offset, &p, sizeof p);
  }
  return true;                        /* [lib] stays open for good */
}

bool lineedit_load(LineEdit *le) {
  if (load_state == 0) load_state = load() ? 1 : -1;
  if (load_state < 0) {
    memset(le, 0, sizeof *le);
    return false;
  }
  *le = loaded;
  return true;
}
