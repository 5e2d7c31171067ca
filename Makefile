# orrery -- build, test and benchmark.
#
#   make              build ./orrery
#   make run          build, then run the seed walk-through example
#   make test         build, then run the test suite
#   make test-cpython check every expectation against python3 (the oracle)
#   make SANITIZE=1 test   the same tests under ASan+UBSan (separate build folder)
#   make bench        orrery and CPython side by side
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
  LDSAN   := -fsanitize=address,undefined
else ifeq ($(GCSTRESS),1)
  BUILD   := build-gcstress
  OPT     := -O1 -g -DCFG_GC_STRESS=1 -DCFG_DEBUG=1
  LDSAN   :=
else ifeq ($(DEBUG),1)
  BUILD   := build-debug
  OPT     := -O0 -g -DCFG_DEBUG=1
  LDSAN   :=
else
  BUILD   := build
  OPT     := -O2 -g
  LDSAN   :=
endif

WARN    := -Wall -Wextra -Werror -Wundef -Wmissing-prototypes -Wno-unused-parameter
CFLAGS  := -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE $(OPT) $(WARN) -I. -I$(BUILD)
GENFLAGS:= -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE $(OPT) -Wall -Wextra -Werror -Wno-unused-parameter \
           -Wno-unused-variable -Wno-unused-function -Wno-unused-but-set-variable \
           -Wno-sign-compare -Wno-implicit-fallthrough -Wno-missing-prototypes -I. -I$(BUILD)
LDLIBS  := -ledit -lgmp -lm
LEMPAR  := /usr/share/lemon/lempar.c
PYTHON  := python3

SRCS    := $(wildcard src/*.c runtime/*.c)
OBJS    := $(patsubst %.c,$(BUILD)/%.o,$(SRCS))
LIBPY   := $(sort $(wildcard runtime/lib/*.py))
GEN_OBJS:= $(BUILD)/gen/lexer.o $(BUILD)/gen/parser.o $(BUILD)/gen/lib.o
BIN     := $(BUILD)/orrery

all: deps-check orrery

ifeq ($(BUILD),build)
orrery: $(BIN)
	@ln -sf $(BIN) orrery
else
orrery: $(BIN)
endif

$(BIN): $(GEN_OBJS) $(OBJS)
	$(CC) $(LDSAN) -o $@ $^ $(LDLIBS)

# ---- generated front end (never committed, never edited) ----
$(BUILD)/gen/lexer.c: grammar/lexer.re $(BUILD)/gen/parser.h
	@mkdir -p $(dir $@)
	re2c -W -Werror --no-generation-date -o $@ $<

$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h: grammar/parser.y
	@mkdir -p $(BUILD)/gen
	cp grammar/parser.y $(BUILD)/gen/parser.y
	lemon -q -s -d$(BUILD)/gen -T$(LEMPAR) $(BUILD)/gen/parser.y >/dev/null || \
	  (lemon -d$(BUILD)/gen -T$(LEMPAR) $(BUILD)/gen/parser.y; exit 1)
	@touch $(BUILD)/gen/parser.c $(BUILD)/gen/parser.h   # lemon keeps an unchanged parser.h

# The runtime library written in the language, embedded as C strings.
$(BUILD)/gen/lib.c: $(LIBPY) tools/embed.sh
	@mkdir -p $(dir $@)
	sh tools/embed.sh $(LIBPY) > $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(GENFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# Objects that include the generated parser header must wait for it.
$(OBJS): | $(BUILD)/gen/parser.h

-include $(OBJS:.o=.d)

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
test: all
	ASAN_OPTIONS=allocator_may_return_null=1 $(PYTHON) tests/run.py --orrery $(BIN)

test-cpython:
	$(PYTHON) tests/run.py --cpython

bench: all
	$(PYTHON) bench/run.py --orrery $(BIN)

clean:
	rm -rf build build-san build-gcstress build-debug orrery

.PHONY: all orrery deps deps-check run test test-cpython bench clean unicode-db
