/*
** marshal.h -- code objects to bytes and back (CPython's marshal module,
** Python/marshal.c, for the one use orrery has: the runtime library in
** runtime/lib/ is compiled once at build time by tools/freeze.c, dumped
** into BUILD/gen/frozen.c, and loaded at run time without parsing or
** compiling anything, as CPython's frozen modules (Python/frozen.c)).
**
** The format belongs to one build: tools/freeze.c writes it with the same
** compiler and reads it back with the same code_load, so it carries no
** version beyond a magic number.  It is not a stable file format.
*/
#ifndef SRC_MARSHAL_H
#define SRC_MARSHAL_H

#include "src/common.h"
#include "src/object.h"
#include "src/vm.h"

/* One module of the runtime library, precompiled: [name] is the file's
** base name ("asyncio_queues"), [bytes] its module code object as
** code_dump wrote it.  The table ends with a NULL name.  Defined in
** BUILD/gen/frozen.c (made by tools/freeze.c) for orrery; the freeze tool
** itself links an empty table. */
typedef struct {
  const char *name;
  const uint8_t *bytes;
  size_t size;
} FrozenModule;

extern const FrozenModule frozen_modules[];

/* Serialise [code] and everything it holds (its constants of every kind
** the compiler makes: None, bools, ints of any size, floats, strs -- with
** whether each is interned --, tuples, frozensets and nested code
** objects; its names, varnames, cellvars, freevars, cell2arg, bytecode,
** positions and every int/bool field).  The caches (frame_cache,
** global_cache, name_hints, class_sites) are not written: a loaded code
** object starts without them, as a fresh compile does.
** On success *out is a malloc'd buffer the caller frees and *out_len its
** length.  On error (MemoryError; ValueError "unmarshallable object" for
** a constant of any other kind, or nesting deeper than 2000) it returns
** false with the exception pending and *out NULL.  Runs no Python code. */
bool code_dump(VM *vm, ObjCode *code, uint8_t **out, size_t *out_len);

/* Rebuild the code object that [bytes] ([len] of them, written by
** code_dump) describe: a new ObjCode identical in every field to the one
** dumped (interned strings are interned again, others are fresh
** objects), its caches NULL.  The bytes are only read.  Returns NULL with
** ValueError "bad marshal data (...)" pending on malformed or truncated
** input (it never reads past [len]), or MemoryError.  Runs no Python
** code; the new object is owned by the collector and, as any fresh
** object, must be rooted by the caller before anything that can collect. */
ObjCode *code_load(VM *vm, const uint8_t *bytes, size_t len);

#endif
