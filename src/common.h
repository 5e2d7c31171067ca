/*
** common.h -- knobs, assertions and forward type names shared by every
** part of orrery.  Every other header includes this one first.
*/
#ifndef SRC_COMMON_H
#define SRC_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ORRERY_VERSION "0.1.0"

/* Knobs: always 0 or 1, tested with #if (the build uses -Wundef). */
#ifndef CFG_COMPUTED_GOTO
#  if defined(__GNUC__)
#    define CFG_COMPUTED_GOTO 1   /* dispatch with a jump table of labels */
#  else
#    define CFG_COMPUTED_GOTO 0
#  endif
#endif
#ifndef CFG_GC_STRESS
#  define CFG_GC_STRESS 0         /* collect at every safe point */
#endif
#ifndef CFG_DEBUG
#  define CFG_DEBUG 0             /* enable ASSERT */
#endif
#ifndef CFG_FUZZ
#  define CFG_FUZZ 0              /* fuzz harness build: instruction budget, no real sleeps */
#endif

#define CFG_RECURSION_LIMIT 1000  /* Python frames, as sys.getrecursionlimit() */
#define CFG_C_DEPTH_LIMIT   200   /* nested C re-entries of the dispatch loop */

#if CFG_DEBUG
#  include <stdio.h>
#  include <stdlib.h>
#  define ASSERT(cond, msg) do { if (!(cond)) { \
      fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, msg); \
      abort(); } } while (0)
#else
#  define ASSERT(cond, msg) ((void)0)
#endif
#define UNREACHABLE() __builtin_unreachable()

#define UNUSED(x) ((void)(x))

/* For a small helper of the dispatch loop that must be inlined there: the
** loop is one huge function, past which GCC stops inlining on its own. */
#define ALWAYS_INLINE inline __attribute__((always_inline))

/* Forward names: every heap object type and the VM. */
typedef struct VM VM;
typedef struct Obj Obj;
typedef struct ObjStr ObjStr;
typedef struct ObjTuple ObjTuple;
typedef struct ObjList ObjList;
typedef struct ObjDict ObjDict;
typedef struct ObjCode ObjCode;
typedef struct ObjFunction ObjFunction;
typedef struct ObjNative ObjNative;
typedef struct ObjBoundMethod ObjBoundMethod;
typedef struct ObjClass ObjClass;
typedef struct ObjInstance ObjInstance;
typedef struct ObjException ObjException;
typedef struct ObjTraceback ObjTraceback;
typedef struct ObjModule ObjModule;
typedef struct ObjCoro ObjCoro;
typedef struct ObjCell ObjCell;
typedef struct Frame Frame;

#endif
