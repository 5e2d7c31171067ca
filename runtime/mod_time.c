/*
** mod_time.c -- the time module: time, time_ns, monotonic, monotonic_ns,
** perf_counter, perf_counter_ns, process_time, sleep and ctime.
*/
#include "runtime/builtins.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

/* A clock's reading in nanoseconds. */
static int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static bool reading(VM *vm, int argc, ObjDict *kwargs, const char *name, clockid_t id, bool ns,
                    Value *out) {
  if (!args_check(vm, name, argc, kwargs, 0, 0)) return false;
  int64_t t = clock_ns(id);
  *out = ns ? INT_VAL(t) : FLOAT_VAL((double)t / 1e9);
  return true;
}

static bool time_time(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return reading(vm, argc, kwargs, "time", CLOCK_REALTIME, false, out);
}
static bool time_time_ns(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return reading(vm, argc, kwargs, "time_ns", CLOCK_REALTIME, true, out);
}
static bool time_monotonic(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return reading(vm, argc, kwargs, "monotonic", CLOCK_MONOTONIC, false, out);
}
static bool time_monotonic_ns(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return reading(vm, argc, kwargs, "monotonic_ns", CLOCK_MONOTONIC, true, out);
}
static bool time_perf_counter(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return reading(vm, argc, kwargs, "perf_counter", CLOCK_MONOTONIC, false, out);
}
static bool time_perf_counter_ns(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return reading(vm, argc, kwargs, "perf_counter_ns", CLOCK_MONOTONIC, true, out);
}
static bool time_process_time(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  return reading(vm, argc, kwargs, "process_time", CLOCK_PROCESS_CPUTIME_ID, false, out);
}

/* time.sleep(secs): really sleeps (even under --virtual-clock, which is
** the event loop's business). */
static bool time_sleep(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "sleep", argc, kwargs, 1, 1)) return false;
  double s;
  if (IS_FLOAT(args[0])) s = AS_FLOAT(args[0]);
  else if (IS_INTLIKE(args[0])) s = (double)AS_INTLIKE(args[0]);
  else return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       value_type_name(vm, args[0]));
  if (isnan(s)) return vm_raise(vm, vm->exc_ValueError, "Invalid value NaN (not a number)");
  if (s < 0) return vm_raise(vm, vm->exc_ValueError, "sleep length must be non-negative");
#if CFG_FUZZ
  s = 0;                              /* the fuzz harness never waits */
#endif
  /* A Ctrl-C or --timeout that came just before: no sleep at all. */
  if (vm_sigint_pending && !vm_handle_sigint(vm)) return false;
  struct timespec ts = {(time_t)s, (long)((s - floor(s)) * 1e9)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    if (vm_sigint_pending && !vm_handle_sigint(vm)) return false;   /* Ctrl-C */
  }
  *out = NONE_VAL;
  return true;
}

/* time.ctime([secs]): 'Sun Nov 22 04:23:25 2026' in local time. */
static bool time_ctime(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!args_check(vm, "ctime", argc, kwargs, 0, 1)) return false;
  time_t t;
  if (argc == 0 || IS_NONE(args[0])) t = time(NULL);
  else if (IS_INTLIKE(args[0])) t = (time_t)AS_INTLIKE(args[0]);
  else if (IS_FLOAT(args[0])) t = (time_t)floor(AS_FLOAT(args[0]));
  else return vm_raise(vm, vm->exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       value_type_name(vm, args[0]));
  struct tm tm;
  if (localtime_r(&t, &tm) == NULL) return vm_raise(vm, vm->exc_OverflowError, "timestamp out of range for platform time_t");
  static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  ObjStr *s = str_printf(vm, "%s %s %2d %02d:%02d:%02d %d", days[tm.tm_wday], months[tm.tm_mon],
                         tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
  if (s == NULL) return false;
  *out = OBJ_VAL(s);
  return true;
}

bool mod_time_init(VM *vm) {
  ObjModule *m = module_new(vm, rt_name(vm, "time"));
  if (m == NULL) return false;
  ObjDict *d = m->dict;
  define_native(vm, d, "time", time_time);
  define_native(vm, d, "time_ns", time_time_ns);
  define_native(vm, d, "monotonic", time_monotonic);
  define_native(vm, d, "monotonic_ns", time_monotonic_ns);
  define_native(vm, d, "perf_counter", time_perf_counter);
  define_native(vm, d, "perf_counter_ns", time_perf_counter_ns);
  define_native(vm, d, "process_time", time_process_time);
  define_native(vm, d, "sleep", time_sleep);
  define_native(vm, d, "ctime", time_ctime);
  return runtime_register_module(vm, m);
}
