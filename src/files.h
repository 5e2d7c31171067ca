/*
** files.h -- reading source files whole.
*/
#ifndef SRC_FILES_H
#define SRC_FILES_H

#include <stdio.h>
#include "src/common.h"

/* Read [f] to its end into a malloc'd, NUL-terminated buffer the caller
** frees; NULL when memory runs out. */
char *file_read_stream(FILE *f);

/* Read the file at [path] whole (as file_read_stream); NULL if it cannot
** be opened. */
char *file_read_path(const char *path);

#endif
