# orrery -- build, test and benchmark.
#
#   make              build ./orrery
#   make run          build, then run the seed walk-through example
#   make test         build, then run the test suite
#   make test-cpython check every expectation against python3 (the oracle)
#   make SANITIZE=1 test   the same tests under ASan+UBSan (separate build folder)
#   make bench        orrery and CPython side by side
#   make fuzz FUZZ_SECONDS=N   build the libFuzzer harnesses (fuzz/) and run each N s
#   make valgrind-test the test suite under valgrind memcheck (leaks are errors)
#   make deps         install re2c, lemon, libedit-dev and libgmp-dev with apt-get
#   make unicode-db   regenerate runtime/unicode_db.[ch] from python3's unicodedata
#                     (by hand only: the generated files are committed)
#   make clean

.DELETE_ON_ERROR:
.SUFFIXES:

CC      ?= cc
SANITIZE ?= 0
GCSTRESS ?= 0
DEBUG   ?= 0

ifeq ($(SANITIZE),1)
  BUILD   := build-san
  OPT     := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
  LDOPT   := -fsanitize=address,undefined
else ifeq ($(GCSTRESS),1)
  BUILD   := build-gcstress
  OPT     := -O1 -g -DCFG_GC_STRESS=1 -DCFG_DEBUG=1
  LDOPT   :=
else ifeq ($(DEBUG),1)
  BUILD   := build-debug
  OPT     := -O0 -g -DCFG_DEBUG=1
  LDOPT   :=
else
  # The release build is not a position-independent executable: the
  # dispatch loop (src/vm.c) then jumps through its table of labels by
  # absolute address, one instruction less on every bytecode, which is
  # 3-5 % of the instructions of the bench/ workloads (docs/performance.md).
  BUILD   := build
  OPT     := -O2 -g -fno-pie
  LDOPT   := -no-pie
endif

WARN    := -Wall -Wextra -Werror -Wundef -Wmissing-prototypes -Wno-unused-parameter
CFLAGS  := -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE $(OPT) $(WARN) -I. -I$(BUILD)
GENFLAGS:= -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE $(OPT) -Wall -Wextra -Werror -Wno-unused-parameter \
           -Wno-unused-variable -Wno-unused-function -Wno-unused-but-set-variable \
           -Wno-sign-compare -Wno-implicit-fallthrough -Wno-missing-prototypes -I. -I$(BUILD)
# No -ledit: the REPL opens libedit.so.2 with dlopen when it first needs
# line editing (src/lineedit.h), so scripts do not pay for loading it.
# dlopen is in libc since glibc 2.34 (older ones need -ldl here).
# GMP is linked statically when its archive is installed (Debian's
# libgmp-dev ships it): one shared library fewer for the dynamic loader to
# map and relocate at every start, about 0.2 ms of `orrery -c pass`'s
# 1.5 ms (docs/performance.md).  Without the archive, the shared one.
GMP_A   := $(firstword $(wildcard /usr/lib/x86_64-linux-gnu/libgmp.a /usr/lib/*/libgmp.a /usr/lib/libgmp.a /usr/local/lib/libgmp.a))
LDLIBS  := $(if $(GMP_A),$(GMP_A),-lgmp) -lm
LEMPAR  := /usr/share/lemon/lempar.c
PYTHON  := python3

SRCS    := $(wildcard src/*.c runtime/*.c)
OBJS    := $(patsubst %.c,$(BUILD)/%.o,$(SRCS))
LIBPY   := $(sort $(wildcard runtime/lib/*.py))
# The front end generated from grammar/, then the runtime library
# precompiled by the freeze tool (below).
GEN_OBJS:= $(BUILD)/gen/lexer.o $(BUILD)/gen/parser.o $(BUILD)/gen/frozen.o
BIN     := $(BUILD)/orrery
FREEZE  := $(BUILD)/orrery-freeze

all: deps-check orrery

ifeq ($(BUILD),build)
orrery: $(BIN)
	@ln -sf $(BIN) orrery
else
orrery: $(BIN)
endif

$(BIN): $(GEN_OBJS) $(OBJS)
	$(CC) $(LDOPT) -o $@ $^ $(LDLIBS)

# ---- generated front end (never committed, never edited) ----
$(BUILD)/gen/lexer.c: grammar/lexer.re $(BUILD)/gen/parser.h
	@mkdir -p $(dir $@)
	re2c -W -Werror --no-generation-date -o $@ $<

# One lemon run makes both files: a grouped target (&:), so that make -j
# does not start the recipe once for each of them.
$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h &: grammar/parser.y
	@mkdir -p $(BUILD)/gen
	cp grammar/parser.y $(BUILD)/gen/parser.y
	lemon -q -s -d$(BUILD)/gen -T$(LEMPAR) $(BUILD)/gen/parser.y >/dev/null || \
	  (lemon -d$(BUILD)/gen -T$(LEMPAR) $(BUILD)/gen/parser.y; exit 1)
	@touch $(BUILD)/gen/parser.c $(BUILD)/gen/parser.h   # lemon keeps an unchanged parser.h

# The runtime library written in the language, precompiled: the freeze
# tool (tools/freeze.c: orrery's objects with its own main and an empty
# frozen table, so no cycle) compiles each runtime/lib/*.py, checks that its
# dump loads back to the same code object, and prints the code objects as C
# arrays (src/marshal.h).  It is linked with $(OPT) too, for the sanitizer
# and fuzzer runtimes its objects need in those builds.
$(FREEZE): $(BUILD)/tools/freeze.o $(filter-out $(BUILD)/gen/frozen.o,$(GEN_OBJS)) \
           $(filter-out $(BUILD)/src/main.o,$(OBJS))
	$(CC) $(OPT) $(LDOPT) -o $@ $^ $(LDLIBS)

$(BUILD)/gen/frozen.c: $(FREEZE) $(LIBPY)
	@mkdir -p $(dir $@)
	$(FREEZE) $(LIBPY) > $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(GENFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# Objects that include the generated parser header must wait for it.
$(OBJS) $(BUILD)/tools/freeze.o: | $(BUILD)/gen/parser.h

-include $(OBJS:.o=.d) $(BUILD)/tools/freeze.d

# ---- dependencies ----
NEED_PKGS = $(if $(shell command -v cc),,build-essential) $(if $(shell command -v re2c),,re2c) $(if $(shell command -v lemon),,lemon) \
            $(if $(wildcard /usr/include/histedit.h),,libedit-dev) \
            $(if $(wildcard /usr/include/gmp.h /usr/include/*/gmp.h),,libgmp-dev) \
            $(if $(shell command -v expect),,expect)
SUDO = $(if $(filter 0,$(shell id -u)),,sudo)

deps:
	@echo "installing re2c, lemon, libedit-dev, libgmp-dev, expect with apt-get"
	$(SUDO) apt-get update -qq
	$(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential re2c lemon libedit-dev libgmp-dev expect

deps-check:
	@if [ -n "$(strip $(NEED_PKGS))" ]; then \
	  echo "make: missing $(strip $(NEED_PKGS)); installing them with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(strip $(NEED_PKGS)); \
	fi

# ---- the str methods' Unicode tables (committed; never part of the build) ----
unicode-db:
	$(PYTHON) tools/gen_unicode.py

# ---- running and testing ----
run: all
	$(BIN) examples/walkthrough.py

# Under ASan, a huge allocation must fail (MemoryError) rather than abort.
# A collection at every safe point (GCSTRESS) makes some tests take tens of
# seconds: the per-test timeout is raised for it.
TEST_TIMEOUT := $(if $(filter 1,$(GCSTRESS)),120,10)
test: all
	ASAN_OPTIONS=allocator_may_return_null=1 ORRERY_TEST_TIMEOUT=$(TEST_TIMEOUT) $(PYTHON) tests/run.py --orrery $(BIN)

test-cpython:
	$(PYTHON) tests/run.py --cpython

# Median of BENCH_RUNS runs of each bench/ workload under orrery and CPython
# (see docs/performance.md); e.g. make bench BENCH_RUNS=9 BENCH=fib
BENCH_RUNS ?= 5
BENCH ?=
bench: all
	$(PYTHON) bench/run.py --orrery $(BIN) --runs $(BENCH_RUNS) $(BENCH)

# ---- fuzzing (libFuzzer; clang and libclang_rt.fuzzer required) ----
# make fuzz FUZZ_SECONDS=N  builds build-fuzz/fuzz_{parse,compile,run} with
# clang -fsanitize=fuzzer,address,undefined and runs each for N seconds.
# Seeds are every tests/**/*.py and examples/*.py, copied into
# build-fuzz/seeds (never committed); what a harness finds stays in
# build-fuzz/corpus-NAME, and crashes in build-fuzz/artifacts/.
FUZZ_SECONDS ?= 60
FUZZ_BUILD   := build-fuzz
FUZZ_NAMES   := parse compile run
FUZZ_BINS    := $(patsubst %,$(FUZZ_BUILD)/fuzz_%,$(FUZZ_NAMES))
FUZZ_OPT     := -O1 -g -fno-omit-frame-pointer -DCFG_FUZZ=1 \
                -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
FUZZ_FLAGS   := -dict=fuzz/python.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
                -close_fd_mask=2 -print_final_stats=1
FUZZ_RT      := $(shell clang -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-$(shell uname -m).a
FUZZ_PKGS     = $(if $(shell command -v clang),,clang) $(if $(wildcard $(FUZZ_RT)),,libclang-rt-14-dev)

fuzz-deps-check:
	@if [ -n "$(strip $(FUZZ_PKGS))" ]; then \
	  echo "make: missing $(strip $(FUZZ_PKGS)); installing them with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(strip $(FUZZ_PKGS)); \
	fi

fuzz-build: deps-check fuzz-deps-check
	$(MAKE) -j2 BUILD=$(FUZZ_BUILD) CC=clang OPT="$(FUZZ_OPT)" fuzz-bins

# (inside the recursive make above, BUILD is build-fuzz)
fuzz-bins: $(FUZZ_BINS)

.SECONDARY: $(patsubst %,$(BUILD)/fuzz/fuzz_%.o,$(FUZZ_NAMES))
-include $(patsubst %,$(BUILD)/fuzz/fuzz_%.d,$(FUZZ_NAMES))   # rebuilt when a header changes

$(BUILD)/fuzz_%: $(BUILD)/fuzz/fuzz_%.o $(GEN_OBJS) $(filter-out $(BUILD)/src/main.o,$(OBJS))
	$(CC) -fsanitize=fuzzer,address,undefined -o $@ $^ $(LDLIBS)

fuzz-seeds:
	@mkdir -p $(FUZZ_BUILD)/seeds $(FUZZ_BUILD)/artifacts $(addprefix $(FUZZ_BUILD)/corpus-,$(FUZZ_NAMES))
	@for f in $$(find tests examples -name '*.py'); do \
	  cp "$$f" "$(FUZZ_BUILD)/seeds/$$(echo "$$f" | tr / _)"; done

# Each harness in turn, ASAN_OPTIONS as for the tests (a huge allocation
# fails with MemoryError instead of aborting).
fuzz: fuzz-build fuzz-seeds
	@for n in $(FUZZ_NAMES); do \
	  echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=allocator_may_return_null=1 $(FUZZ_BUILD)/fuzz_$$n $(FUZZ_FLAGS) \
	    -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_BUILD)/artifacts/$$n- \
	    $(FUZZ_BUILD)/corpus-$$n $(FUZZ_BUILD)/seeds || exit 1; \
	done

# ---- the test suite under valgrind memcheck (slow: about an hour with -j2 on 2 cores) ----
# A leak (definite or indirect) or any memory error fails the test.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect

# The runner is given a generated wrapper that runs $(BIN) under valgrind.
VG_WRAP := $(BUILD)/orrery-valgrind
VALGRIND_JOBS ?= 2

valgrind-test: all
	@command -v valgrind >/dev/null || { echo "make: valgrind-test needs valgrind (apt-get install valgrind)"; exit 1; }
	@printf '#!/bin/sh\nexec %s "%s" "$$@"\n' '$(VALGRIND)' '$(abspath $(BIN))' > $(VG_WRAP)
	@chmod +x $(VG_WRAP)
	ORRERY_VALGRIND=1 ORRERY_TEST_TIMEOUT=300 $(PYTHON) tests/run.py --orrery $(VG_WRAP) -j $(VALGRIND_JOBS) $(VALGRIND_TESTS)

clean:
	rm -rf build build-san build-gcstress build-debug build-fuzz orrery

.PHONY: all orrery deps deps-check run test test-cpython bench clean unicode-db \
        fuzz fuzz-build fuzz-bins fuzz-seeds fuzz-deps-check valgrind-test
