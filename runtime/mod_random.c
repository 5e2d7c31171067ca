/*
** mod_random.c -- the random module: CPython 3.11's Mersenne Twister and
** the Random methods of Lib/random.py, so that a program seeded with the
** same int (or str) prints the very numbers CPython prints.
**
** Layout.  `random.Random` is a builtin class whose instances are plain
** OBJ_INSTANCE objects: the generator's state is a list of 625 ints in the
** instance dict under "_mt_state" (624 state words, then the read index,
** the shape of CPython's getstate()[1]), and "gauss_next" lives beside it
** as in CPython.  The module-level functions are bound methods of one
** hidden instance, as random.py's `_inst = Random()`.
**
** Every draw goes through genrand(), which reads and writes that list in
** place.  The list's items pointer is only trusted while no Python code
** can run; loops that call back into Python (getitem on a user sequence,
** comparisons) fetch the state again each round.
**
** Limits (orrery has no big ints yet): getrandbits(k) takes k <= 63 (an
** OverflowError says why above that), ranges must fit in 64 bits, seeds
** are ints of 64 bits at most (the only ints there are), bytes seeds do
** not exist, a str seed with version other than 1 or 2 uses orrery's str
** hash (not CPython's), randrange() does not print CPython's
** DeprecationWarning for integral floats, and a subclass overriding
** random() does not make the other methods use it.
*/
#include "runtime/builtins.h"

#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* {====================================================== the twister */

#define MT_N 624            /* state words */
#define MT_M 397            /* the twist's middle offset */
#define MT_LEN (MT_N + 1)   /* the state list: words, then the index */

/* Word [i] of a state list (stored as INT values holding a uint32). */
#define W(w, n) ((uint32_t)(w)[n].as.i)

/* Regenerate all 624 words (the "twist").  In-place: word k reads k+1 and
** k+M modulo N, which are old values exactly when the reference algorithm
** reads old values (the wrapped ones were already regenerated there too). */
static void twist(Value *w) {
  for (int k = 0; k < MT_N; k++) {
    uint32_t y = (W(w, k) & 0x80000000u) | (W(w, (k + 1) % MT_N) & 0x7fffffffu);
    uint32_t v = W(w, (k + MT_M) % MT_N) ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    w[k] = INT_VAL(v);
  }
}

/* The next 32-bit output: take the word at the index (twisting when all
** are used), then temper it. */
static uint32_t genrand(Value *w) {
  int64_t i = w[MT_N].as.i;
  if (i < 0 || i >= MT_N) {   /* all used (or a tampered index)? */
    twist(w);
    i = 0;
  }
  uint32_t y = W(w, i);
  w[MT_N] = INT_VAL(i + 1);
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

/* A float in [0, 1) from 53 random bits: 27 high bits, then 26 low bits. */
static double genrand_double(Value *w) {
  uint32_t a = genrand(w) >> 5, b = genrand(w) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* [k] random bits (0 <= k <= 64), as CPython's getrandbits: the first word
** drawn is the least significant; a partial word keeps its high bits. */
static uint64_t genrand_bits(Value *w, int k) {
  if (k == 0) return 0;
  if (k <= 32) return genrand(w) >> (32 - k);
  uint64_t lo = genrand(w);
  uint64_t hi = genrand(w) >> (64 - k);
  return lo | (hi << 32);
}

/* A uniform int in [0, n) for n >= 1: draw n.bit_length() bits until the
** draw is below n (random.py's _randbelow_with_getrandbits). */
static uint64_t genrand_below(Value *w, uint64_t n) {
  int k = 0;
  for (uint64_t x = n; x != 0; x >>= 1) k++;
  uint64_t r = genrand_bits(w, k);
  while (r >= n) r = genrand_bits(w, k);
  return r;
}

/* Fill the words from one 32-bit value (Knuth's linear recurrence). */
static void init_genrand(uint32_t *mt, uint32_t s) {
  mt[0] = s;
  for (uint32_t i = 1; i < MT_N; i++)
    mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
}

/* Seed the state list [w] from a key of 32-bit words (init_by_array of
** the reference code, which CPython uses for every seed). */
static void seed_key(Value *w, const uint32_t *key, size_t len) {
  uint32_t mt[MT_N];
  init_genrand(mt, 19650218u);
  size_t i = 1, j = 0;
  /* First pass: mix the key in, max(N, len) steps. */
  for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++, j++;
    if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    if (j >= len) j = 0;
  }
  /* Second pass: N-1 more steps without the key. */
  for (size_t k = MT_N - 1; k > 0; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
  }
  mt[0] = 0x80000000u;   /* a non-zero state is guaranteed */
  for (int k = 0; k < MT_N; k++) w[k] = INT_VAL(mt[k]);
  w[MT_N] = INT_VAL(MT_N);
}

/* Seed from a non-negative integer below 2**64: its 32-bit words, least
** significant first, at least one (seed 0 is the key [0]). */
static void seed_u64(Value *w, uint64_t x) {
  uint32_t key[2] = {(uint32_t)x, (uint32_t)(x >> 32)};
  seed_key(w, key, (x >> 32) != 0 ? 2 : 1);
}

/* Seed from the system's entropy (624 words of /dev/urandom), or, if that
** cannot be read, from the clocks and the process id, as CPython. */
static void seed_entropy(Value *w) {
  uint32_t key[MT_N];
  int fd = open("/dev/urandom", O_RDONLY);
  if (fd >= 0) {
    size_t got = 0;
    while (got < sizeof key) {
      ssize_t r = read(fd, (char *)key + got, sizeof key - got);
      if (r <= 0) break;
      got += (size_t)r;
    }
    close(fd);
    if (got == sizeof key) {
      seed_key(w, key, MT_N);
      return;
    }
  }
  struct timespec rt, mono;
  clock_gettime(CLOCK_REALTIME, &rt);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  uint64_t now = (uint64_t)rt.tv_sec * 1000000000u + (uint64_t)rt.tv_nsec;
  uint64_t mnow = (uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec;
  uint32_t k5[5] = {(uint32_t)now, (uint32_t)(now >> 32), (uint32_t)getpid(), (uint32_t)mnow,
                    (uint32_t)(mnow >> 32)};
  seed_key(w, k5, 5);
}

/* }====================================================== */

/* {====================================================== SHA-512 */

/* SHA-512 (FIPS 180-4), needed because seed(str) hashes the text.  The
** round constants are the first 64 fractional bits of the cube roots of
** the first 80 primes; the initial hash, of the square roots of the
** first 8 primes (generated with exact integer roots). */
static const uint64_t sha_k[80] = {
  0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL,
  0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
  0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL,
  0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
  0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
  0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
  0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL,
  0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
  0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL,
  0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
  0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL,
  0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
  0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL,
  0x92722c851482353bULL, 0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
  0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
  0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
  0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL,
  0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
  0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL,
  0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
  0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL,
  0xc67178f2e372532bULL, 0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
  0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL,
  0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
  0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
  0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
  0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
static const uint64_t sha_h0[8] = {
  0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
  0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
  0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

/* Fold one 128-byte block into the hash state [h]. */
static void sha512_block(uint64_t *h, const uint8_t *p) {
  uint64_t s[80];
  for (int t = 0; t < 16; t++) {   /* the block as 16 big-endian words */
    s[t] = 0;
    for (int b = 0; b < 8; b++) s[t] = (s[t] << 8) | p[t * 8 + b];
  }
  for (int t = 16; t < 80; t++) {  /* the message schedule */
    uint64_t s0 = ror64(s[t - 15], 1) ^ ror64(s[t - 15], 8) ^ (s[t - 15] >> 7);
    uint64_t s1 = ror64(s[t - 2], 19) ^ ror64(s[t - 2], 61) ^ (s[t - 2] >> 6);
    s[t] = s[t - 16] + s0 + s[t - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int t = 0; t < 80; t++) {
    uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) +
                  sha_k[t] + s[t];
    uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g; g = f; f = e; e = d + t1;
    d = c; c = b; b = a; a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d;
  h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

/* The 64-byte digest of [len] bytes at [msg]. */
static void sha512(const uint8_t *msg, size_t len, uint8_t *out) {
  uint64_t h[8];
  memcpy(h, sha_h0, sizeof h);
  size_t full = len / 128 * 128;
  for (size_t off = 0; off < full; off += 128) sha512_block(h, msg + off);
  /* The tail, a 1 bit, zeros, and the bit length in the last 16 bytes:
  ** one block, or two when the tail leaves no room for the length. */
  uint8_t last[256] = {0};
  size_t rest = len - full;
  memcpy(last, msg + full, rest);
  last[rest] = 0x80;
  size_t blocks = rest + 1 + 16 <= 128 ? 1 : 2;
  uint64_t bits = (uint64_t)len << 3;
  for (int b = 0; b < 8; b++) last[blocks * 128 - 1 - b] = (uint8_t)(bits >> (8 * b));
  last[blocks * 128 - 9] = (uint8_t)(len >> 61);   /* bits above 2**64 */
  for (size_t b = 0; b < blocks; b++) sha512_block(h, last + b * 128);
  for (int i = 0; i < 8; i++)
    for (int b = 0; b < 8; b++) out[i * 8 + b] = (uint8_t)(h[i] >> (56 - 8 * b));
}

/* }====================================================== */

/* {====================================================== state and arguments */

/* A method's parameters, for CPython's messages about a Python method
** "Random.name()": [npos] positional-or-keyword ones (self excluded), the
** first [nreq] required, then [nkw] keyword-only ones (all optional). */
typedef struct {
  const char *name;
  int npos, nreq, nkw;
  const char *params[6];
} Sig;

/* Bind [args] (args[0] is self) and [kwargs] to [s]'s parameters: out[i]
** is the value of parameter i, UNDEF when absent.  TypeError with CPython's
** wording for too many, missing, unexpected or repeated arguments. */
static bool bind(VM *vm, const Sig *s, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1)
    return vm_raise(vm, vm->exc_TypeError, "unbound method Random.%s() needs an argument", s->name);
  int given = argc - 1;   /* positional arguments after self */
  for (int i = 0; i < s->npos + s->nkw; i++) out[i] = UNDEF_VAL;
  if (given > s->npos) {   /* too many positional arguments? */
    if (s->npos == s->nreq)
      return vm_raise(vm, vm->exc_TypeError,
                      "Random.%s() takes %d positional argument%s but %d were given", s->name,
                      s->npos + 1, s->npos == 0 ? "" : "s", argc);
    return vm_raise(vm, vm->exc_TypeError,
                    "Random.%s() takes from %d to %d positional arguments but %d were given",
                    s->name, s->nreq + 1, s->npos + 1, argc);
  }
  for (int i = 0; i < given; i++) out[i] = args[i + 1];
  /* Keywords fill the named slots; a slot filled twice is an error. */
  size_t pos = 0;
  Value k, v;
  while (kwargs != NULL && dict_next(kwargs, &pos, &k, &v)) {
    const char *kn = IS_STR(k) ? AS_STR(k)->chars : "?";
    int idx = -1;
    for (int i = 0; i < s->npos + s->nkw && idx < 0; i++)
      if (strcmp(s->params[i], kn) == 0) idx = i;
    if (idx < 0)
      return vm_raise(vm, vm->exc_TypeError, "Random.%s() got an unexpected keyword argument '%s'",
                      s->name, kn);
    if (!IS_UNDEF(out[idx]))
      return vm_raise(vm, vm->exc_TypeError, "Random.%s() got multiple values for argument '%s'",
                      s->name, kn);
    out[idx] = v;
  }
  /* Missing required ones: "'a'", "'a' and 'b'", "'a', 'b', and 'c'". */
  int missing = 0;
  for (int i = 0; i < s->nreq; i++) missing += IS_UNDEF(out[i]);
  if (missing == 0) return true;
  char names[128] = "";
  int seen = 0;
  for (int i = 0; i < s->nreq; i++) {
    if (!IS_UNDEF(out[i])) continue;
    size_t at = strlen(names);
    const char *sep = seen == 0 ? "" : missing == 2 ? " and " : seen == missing - 1 ? ", and " : ", ";
    snprintf(names + at, sizeof names - at, "%s'%s'", sep, s->params[i]);
    seen++;
  }
  return vm_raise(vm, vm->exc_TypeError, "Random.%s() missing %d required positional argument%s: %s",
                  s->name, missing, missing == 1 ? "" : "s", names);
}

/* The state list of the Random instance [self], creating a fresh one when
** [create] (seeding makes the list whole again if a program broke it).
** NULL after raising TypeError when [self] is not a Random. */
static ObjList *state_list(VM *vm, Value self, const char *meth, bool create) {
  Value st;
  /* A Random (or subclass) instance: a plain instance with a dict. */
  if (IS_KIND(self, OBJ_INSTANCE) && AS_INSTANCE(self)->dict != NULL) {
    ObjDict *d = AS_INSTANCE(self)->dict;
    if (dict_get_str(d, rt_name(vm, "_mt_state"), &st) && IS_LIST(st) &&
        AS_LIST(st)->count == MT_LEN)
      return AS_LIST(st);
    if (create) {   /* a new list of 625 zeros (the caller seeds it) */
      ObjList *l = list_new(vm, MT_LEN);
      if (l == NULL) return NULL;
      for (int i = 0; i < MT_LEN; i++) l->items[i] = INT_VAL(0);
      l->count = MT_LEN;
      return dict_set_cstr(vm, d, "_mt_state", OBJ_VAL(l)) ? l : NULL;
    }
  }
  vm_raise(vm, vm->exc_TypeError,
           "descriptor '%s' for '_random.Random' objects doesn't apply to a '%s' object", meth,
           value_type_name(vm, self));
  return NULL;
}

/* The words of [self]'s state, valid until Python code next runs. */
static Value *state_words(VM *vm, Value self, const char *meth) {
  ObjList *l = state_list(vm, self, meth, false);
  return l == NULL ? NULL : l->items;
}

/* self.gauss_next = v */
static bool set_gauss_next(VM *vm, Value self, Value v) {
  return dict_set_cstr(vm, AS_INSTANCE(self)->dict, "gauss_next", v);
}

/* a OP b for the generic arithmetic of random.py's formulas. */
static bool arith(VM *vm, int op, Value a, Value b, Value *out) {
  return value_binary_op(vm, op, a, b, out);
}

/* a OP b as a C truth value: 1, 0, -1 after raising. */
static int compare(VM *vm, int op, Value a, Value b) {
  Value r;
  if (!value_compare(vm, op, a, b, &r)) return -1;
  return value_truthy(vm, r);
}

/* An __int128 in decimal, for messages. */
static void i128_str(__int128 v, char *buf, size_t size) {
  char tmp[48];
  int n = 0;
  unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  do { tmp[n++] = (char)('0' + (int)(u % 10)); u /= 10; } while (u != 0);
  size_t at = 0;
  if (v < 0 && at + 1 < size) buf[at++] = '-';
  while (n > 0 && at + 1 < size) buf[at++] = tmp[--n];
  buf[at] = '\0';
}

/* Python's a // b for b != 0. */
static __int128 floordiv128(__int128 a, __int128 b) {
  __int128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

/* }====================================================== */

/* {====================================================== seeding and state */

/* The core of seeding (CPython's C random_seed): None -> entropy; an int
** -> its absolute value's words; anything else -> its hash as unsigned. */
static bool seed_value(VM *vm, Value self, Value a) {
  ObjList *l = state_list(vm, self, "seed", true);
  if (l == NULL) return false;
  if (IS_UNDEF(a) || IS_NONE(a)) {
    seed_entropy(l->items);
    return true;
  }
  /* The key's integer: |a| for ints, (size_t)hash(a) otherwise. */
  uint64_t x;
  if (IS_INTLIKE(a)) {
    int64_t i = AS_INTLIKE(a);
    x = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
  } else if (!value_hash(vm, a, &x)) {
    return false;
  }
  l = state_list(vm, self, "seed", true);   /* a __hash__ may have run */
  if (l == NULL) return false;
  seed_u64(l->items, x);
  return true;
}

/* seed(str) with version 2: the int whose big-endian bytes are the UTF-8
** text followed by its SHA-512 digest, split into 32-bit words. */
static bool seed_str_v2(VM *vm, Value self, ObjStr *s) {
  size_t n = s->len + 64;
  uint8_t *bytes = malloc(n);
  size_t nwords = (n + 3) / 4;
  uint32_t *key = malloc(nwords * sizeof(uint32_t));
  if (bytes == NULL || key == NULL) {
    free(bytes);
    free(key);
    return vm_raise_memory(vm);
  }
  memcpy(bytes, s->chars, s->len);
  sha512((const uint8_t *)s->chars, s->len, bytes + s->len);
  /* Word i holds bytes n-4i-4 .. n-4i-1 (the last ones are the lowest). */
  for (size_t i = 0; i < nwords; i++) {
    uint32_t word = 0;
    for (int b = 3; b >= 0; b--) {
      size_t back = 4 * i + (size_t)b;   /* 0 is the last byte */
      word = (word << 8) | (back < n ? bytes[n - 1 - back] : 0);
    }
    key[i] = word;
  }
  while (nwords > 1 && key[nwords - 1] == 0) nwords--;   /* leading zero bytes */
  ObjList *l = state_list(vm, self, "seed", true);
  if (l != NULL) seed_key(l->items, key, nwords);
  free(bytes);
  free(key);
  return l != NULL;
}

/* seed(str) with version 1: the old 64-bit string hash of random.py. */
static uint64_t str_hash_v1(ObjStr *s) {
  size_t pos = 0;
  uint64_t x = 0;
  bool first = true;
  while (pos < s->len) {
    uint32_t c = str_decode(s->chars, &pos);
    if (first) x = (uint64_t)c << 7;
    first = false;
    x = (1000003u * x) ^ c;
  }
  return x ^ (uint64_t)s->length;
}

static const Sig sig_seed = {"seed", 2, 0, 0, {"a", "version"}};

/* As CPython's random.Random.seed(a=None, version=2): None seeds from the
** system's entropy; an int (or bool) from its absolute value; a float from
** its hash; a str from its SHA-512 (version 2) or the old string hash
** (version 1).  Resets gauss_next.  Other types: TypeError. */
static bool random_seed(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[2];
  if (!bind(vm, &sig_seed, argc, args, kwargs, p)) return false;
  Value a = p[0], version = IS_UNDEF(p[1]) ? INT_VAL(2) : p[1];
  self = args[0];
  bool ok;
  /* Which str algorithm, if any?  (version is compared with ==, so any
  ** object may be passed; only 1 and 2 change what a str does.) */
  int v1 = 0, v2 = 0;
  if (IS_STR(a)) {
    if ((v1 = value_eq(vm, version, INT_VAL(1))) < 0) return false;
    if (!v1 && (v2 = value_eq(vm, version, INT_VAL(2))) < 0) return false;
  }
  if (v1) {
    ObjList *l = state_list(vm, self, "seed", true);
    if (l == NULL) return false;
    seed_u64(l->items, str_hash_v1(AS_STR(a)));
    ok = true;
  } else if (v2) {
    ok = seed_str_v2(vm, self, AS_STR(a));
  } else if (IS_UNDEF(a) || IS_NONE(a) || IS_INTLIKE(a) || IS_FLOAT(a) || IS_STR(a)) {
    ok = seed_value(vm, self, a);
  } else {
    return vm_raise(vm, vm->exc_TypeError,
                    "The only supported seed types are: None,\n"
                    "int, float, str, bytes, and bytearray.");
  }
  /* random.py's seed() forgets a pending second gauss value too. */
  if (!ok || !set_gauss_next(vm, self, NONE_VAL)) return false;
  *out = NONE_VAL;
  return true;
}

static const Sig sig_none = {"getstate", 0, 0, 0, {NULL}};

/* As CPython's random.Random.getstate(): (3, the 625-int state tuple,
** gauss_next). */
static bool random_getstate(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (!bind(vm, &sig_none, argc, args, kwargs, NULL)) return false;
  Value *w = state_words(vm, args[0], "getstate");
  if (w == NULL) return false;
  ObjTuple *words = tuple_new(vm, MT_LEN);
  if (words == NULL) return false;
  for (int i = 0; i < MT_N; i++) words->items[i] = INT_VAL(W(w, i));
  /* The index as genrand() would read it (a broken one means "twist"). */
  int64_t idx = w[MT_N].as.i;
  words->items[MT_N] = INT_VAL(idx < 0 || idx > MT_N ? MT_N : idx);
  vm_push_root(vm, OBJ_VAL(words));
  ObjTuple *t = tuple_new(vm, 3);
  vm_pop_root(vm, 1);
  if (t == NULL) return false;
  Value g = NONE_VAL;
  dict_get_str(AS_INSTANCE(args[0])->dict, rt_name(vm, "gauss_next"), &g);
  t->items[0] = INT_VAL(3);
  t->items[1] = OBJ_VAL(words);
  t->items[2] = g;
  *out = OBJ_VAL(t);
  return true;
}

/* One word of a state tuple, as PyLong_AsUnsignedLong would take it. */
static bool state_word(VM *vm, Value v, bool version2, uint32_t *out) {
  if (!IS_INTLIKE(v)) return vm_raise(vm, vm->exc_TypeError, "an integer is required");
  int64_t x = AS_INTLIKE(v);
  if (version2) x = (int64_t)((uint64_t)x & 0xffffffffu);   /* x % 2**32 */
  if (x < 0) return vm_raise(vm, vm->exc_OverflowError, "can't convert negative int to unsigned");
  *out = (uint32_t)x;
  return true;
}

static const Sig sig_setstate = {"setstate", 1, 1, 0, {"state"}};

/* As CPython's random.Random.setstate(state): accepts what getstate()
** returned (version 3) or a version 2 state. */
static bool random_setstate(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[1];
  if (!bind(vm, &sig_setstate, argc, args, kwargs, p)) return false;
  self = args[0];
  if (state_list(vm, self, "setstate", false) == NULL) return false;
  /* version = state[0]: 3 is getstate()'s, 2 stored signed words. */
  Value version;
  if (!value_getitem(vm, p[0], INT_VAL(0), &version)) return false;
  int is3 = value_eq(vm, version, INT_VAL(3)), is2 = 0;
  if (is3 < 0 || (!is3 && (is2 = value_eq(vm, version, INT_VAL(2))) < 0)) return false;
  if (!is3 && !is2) {
    StrBuf b;
    strbuf_init(&b);
    if (!strbuf_adds(vm, &b, "state with version ") || !strbuf_add_str(vm, &b, version) ||
        !strbuf_adds(vm, &b, " passed to Random.setstate() of version 3")) {
      strbuf_free(&b);
      return false;
    }
    ObjStr *msg = strbuf_finish(vm, &b);
    if (msg == NULL) return false;
    return vm_raise(vm, vm->exc_ValueError, "%s", msg->chars);
  }
  /* version, internalstate, self.gauss_next = state */
  ObjTuple *parts = tuple_from_iter(vm, p[0]);
  if (parts == NULL) return false;
  if (parts->count > 3)
    return vm_raise(vm, vm->exc_ValueError, "too many values to unpack (expected 3)");
  if (parts->count < 3)
    return vm_raise(vm, vm->exc_ValueError, "not enough values to unpack (expected 3, got %zu)",
                    parts->count);
  vm_push_root(vm, OBJ_VAL(parts));
  bool ok = set_gauss_next(vm, self, parts->items[2]);
  vm_pop_root(vm, 1);
  if (!ok) return false;
  /* The words are all checked before any is stored, so a bad state
  ** leaves the generator as it was (gauss_next excepted, as CPython). */
  Value st = parts->items[1];
  if (!IS_TUPLE(st)) return vm_raise(vm, vm->exc_TypeError, "state vector must be a tuple");
  ObjTuple *t = AS_TUPLE(st);
  if (t->count != MT_LEN) return vm_raise(vm, vm->exc_ValueError, "state vector is the wrong size");
  uint32_t words[MT_N];
  for (int i = 0; i < MT_N; i++)
    if (!state_word(vm, t->items[i], is2, &words[i])) return false;
  if (!IS_INTLIKE(t->items[MT_N])) return vm_raise(vm, vm->exc_TypeError, "an integer is required");
  int64_t idx = AS_INTLIKE(t->items[MT_N]);
  if (idx < 0 || idx > MT_N) return vm_raise(vm, vm->exc_ValueError, "invalid state");
  Value *w = state_words(vm, self, "setstate");
  if (w == NULL) return false;
  for (int i = 0; i < MT_N; i++) w[i] = INT_VAL(words[i]);
  w[MT_N] = INT_VAL(idx);
  *out = NONE_VAL;
  return true;
}

/* }====================================================== */

/* {====================================================== integers */

/* As CPython's random.Random.random(): a float in [0.0, 1.0). */
static bool random_random(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1) return vm_raise(vm, vm->exc_TypeError, "unbound method Random.random() needs an argument");
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "Random.random() takes no keyword arguments");
  if (argc != 1)
    return vm_raise(vm, vm->exc_TypeError, "Random.random() takes no arguments (%d given)", argc - 1);
  Value *w = state_words(vm, args[0], "random");
  if (w == NULL) return false;
  *out = FLOAT_VAL(genrand_double(w));
  return true;
}

/* As CPython's random.Random.getrandbits(k): an int of k random bits.
** Only k <= 63 here (the result must fit orrery's 64-bit ints). */
static bool random_getrandbits(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1)
    return vm_raise(vm, vm->exc_TypeError, "unbound method Random.getrandbits() needs an argument");
  if (kwargs != NULL && kwargs->count > 0)
    return vm_raise(vm, vm->exc_TypeError, "Random.getrandbits() takes no keyword arguments");
  if (argc != 2)
    return vm_raise(vm, vm->exc_TypeError, "Random.getrandbits() takes exactly one argument (%d given)",
                    argc - 1);
  int64_t k;
  if (!arg_int(vm, args[1], &k)) return false;
  if (k < 0) return vm_raise(vm, vm->exc_ValueError, "number of bits must be non-negative");
  if (k > 63)
    return vm_raise(vm, vm->exc_OverflowError,
                    "getrandbits(%lld) needs big ints: orrery's ints have 64 bits", (long long)k);
  Value *w = state_words(vm, args[0], "getrandbits");
  if (w == NULL) return false;
  *out = INT_VAL((int64_t)genrand_bits(w, (int)k));
  return true;
}

/* One randrange argument as an int: _index(v), else int(v) if that equals
** v (so 10.0 passes and 1.5 is "non-integer arg 1 for randrange()"). */
static bool range_arg(VM *vm, Value v, const char *what, int64_t *out) {
  if (IS_INTLIKE(v)) { *out = AS_INTLIKE(v); return true; }
  Value r;
  int called = ops_call_dunder(vm, v, "__index__", 0, NULL, &r);
  if (called < 0) return false;
  if (called && IS_INTLIKE(r)) { *out = AS_INTLIKE(r); return true; }
  if (!runtime_call_class(vm, vm->t_int, 1, &v, NULL, &r)) return false;
  if (!IS_INTLIKE(r))
    return vm_raise(vm, vm->exc_OverflowError, "randrange() argument too large for orrery's ints");
  int ne = compare(vm, CMP_NE, r, v);
  if (ne < 0) return false;
  if (ne) return vm_raise(vm, vm->exc_ValueError, "non-integer %s for randrange()", what);
  *out = AS_INTLIKE(r);
  return true;
}

/* randrange(start, stop, step) with random.py 3.11's checks and messages;
** [stop] UNDEF or None means "no stop", [step] UNDEF means the default. */
static bool randrange(VM *vm, Value self, Value start, Value stop, Value step, Value *out) {
  int64_t istart, istop, istep;
  if (!range_arg(vm, start, "arg 1", &istart)) return false;
  if (IS_UNDEF(stop) || IS_NONE(stop)) {
    /* Only the default step (the cached int 1) may come without a stop. */
    if (!IS_UNDEF(step) && !(IS_INT(step) && AS_INT(step) == 1))
      return vm_raise(vm, vm->exc_TypeError, "Missing a non-None stop argument");
    if (istart <= 0) return vm_raise(vm, vm->exc_ValueError, "empty range for randrange()");
    Value *w = state_words(vm, self, "randrange");
    if (w == NULL) return false;
    *out = INT_VAL((int64_t)genrand_below(w, (uint64_t)istart));
    return true;
  }
  if (!range_arg(vm, stop, "stop", &istop)) return false;
  /* 128-bit arithmetic: width and n may exceed int64 (not 2**65). */
  __int128 width = (__int128)istop - istart;
  if (IS_UNDEF(step)) istep = 1;
  else if (!range_arg(vm, step, "step", &istep)) return false;
  __int128 n;
  if (istep == 1) {   /* the fast path */
    if (width <= 0) {
      char ws[48];
      i128_str(width, ws, sizeof ws);
      return vm_raise(vm, vm->exc_ValueError, "empty range for randrange() (%lld, %lld, %s)",
                      (long long)istart, (long long)istop, ws);
    }
    n = width;
  } else {
    if (istep > 0) n = floordiv128(width + istep - 1, istep);
    else if (istep < 0) n = floordiv128(width + istep + 1, istep);
    else return vm_raise(vm, vm->exc_ValueError, "zero step for randrange()");
    if (n <= 0) return vm_raise(vm, vm->exc_ValueError, "empty range for randrange()");
  }
  /* The draw comes last: every check above may run Python code. */
  Value *w = state_words(vm, self, "randrange");
  if (w == NULL) return false;
  uint64_t r = genrand_below(w, (uint64_t)n);
  *out = INT_VAL((int64_t)(istart + (__int128)istep * (__int128)r));
  return true;
}

static const Sig sig_randrange = {"randrange", 3, 1, 0, {"start", "stop", "step"}};

/* As CPython's random.Random.randrange(start, stop=None, step=1). */
static bool random_randrange(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[3];
  if (!bind(vm, &sig_randrange, argc, args, kwargs, p)) return false;
  return randrange(vm, args[0], p[0], p[1], p[2], out);
}

static const Sig sig_randint = {"randint", 2, 2, 0, {"a", "b"}};

/* As CPython's random.Random.randint(a, b): randrange(a, b+1). */
static bool random_randint(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[2], stop;
  if (!bind(vm, &sig_randint, argc, args, kwargs, p)) return false;
  if (!arith(vm, NB_ADD, p[1], INT_VAL(1), &stop)) return false;
  vm_push_root(vm, stop);
  bool ok = randrange(vm, args[0], p[0], stop, UNDEF_VAL, out);
  vm_pop_root(vm, 1);
  return ok;
}

/* }====================================================== */

/* {====================================================== sequences */

static const Sig sig_choice = {"choice", 1, 1, 0, {"seq"}};

/* As CPython's random.Random.choice(seq): seq[_randbelow(len(seq))]. */
static bool random_choice(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[1];
  if (!bind(vm, &sig_choice, argc, args, kwargs, p)) return false;
  /* len() first, as random.py: choice(5) is "object of type 'int' has
  ** no len()", and a dict fails only at the subscript (KeyError). */
  int64_t n;
  if (!value_len(vm, p[0], &n)) return false;
  if (n == 0) return vm_raise(vm, vm->exc_IndexError, "Cannot choose from an empty sequence");
  Value *w = state_words(vm, args[0], "choice");
  if (w == NULL) return false;
  return value_getitem(vm, p[0], INT_VAL((int64_t)genrand_below(w, (uint64_t)n)), out);
}

static const Sig sig_shuffle = {"shuffle", 1, 1, 0, {"x"}};

/* As CPython's random.Random.shuffle(x): for i from len(x)-1 down to 1,
** swap x[i] with x[_randbelow(i+1)].  Lists directly; other sequences
** through __getitem__/__setitem__. */
static bool random_shuffle(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[1];
  if (!bind(vm, &sig_shuffle, argc, args, kwargs, p)) return false;
  self = args[0];
  Value x = p[0];
  int64_t n;
  if (!value_len(vm, x, &n)) return false;
  if (IS_LIST(x)) {   /* no Python code runs: swap in place */
    Value *w = state_words(vm, self, "shuffle");
    if (w == NULL) return false;
    Value *items = AS_LIST(x)->items;
    for (int64_t i = n - 1; i > 0; i--) {
      int64_t j = (int64_t)genrand_below(w, (uint64_t)i + 1);
      Value t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
  } else {
    /* Each round may run __getitem__/__setitem__: fetch the state again.
    ** A tuple fails at its first assignment, after the first draw. */
    for (int64_t i = n - 1; i > 0; i--) {
      Value *w = state_words(vm, self, "shuffle");
      if (w == NULL) return false;
      int64_t j = (int64_t)genrand_below(w, (uint64_t)i + 1);
      /* x[i], x[j] = x[j], x[i] */
      Value xj, xi;
      if (!value_getitem(vm, x, INT_VAL(j), &xj)) return false;
      vm_push_root(vm, xj);
      bool ok = value_getitem(vm, x, INT_VAL(i), &xi);
      if (ok) {
        vm_push_root(vm, xi);
        ok = value_setitem(vm, x, INT_VAL(i), xj) && value_setitem(vm, x, INT_VAL(j), xi);
        vm_pop_root(vm, 1);
      }
      vm_pop_root(vm, 1);
      if (!ok) return false;
    }
  }
  *out = NONE_VAL;
  return true;
}

/* bisect.bisect_right(a, x, 0, hi) on a sequence: the first index whose
** item is greater than x.  -1 after raising. */
static int64_t bisect_right(VM *vm, Value a, Value x, int64_t hi) {
  int64_t lo = 0;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    Value item;
    if (!value_getitem(vm, a, INT_VAL(mid), &item)) return -1;
    int lt = compare(vm, CMP_LT, x, item);
    if (lt < 0) return -1;
    if (lt) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/* list(itertools.accumulate(iterable)): running sums with `+`. */
static ObjList *accumulate(VM *vm, Value iterable) {
  ObjList *l = list_from_iter(vm, iterable);
  if (l == NULL) return NULL;
  vm_push_root(vm, OBJ_VAL(l));
  for (size_t i = 1; i < l->count; i++) {
    Value sum;
    if (!arith(vm, NB_ADD, l->items[i - 1], l->items[i], &sum)) {
      vm_pop_root(vm, 1);
      return NULL;
    }
    l->items[i] = sum;
  }
  vm_pop_root(vm, 1);
  return l;
}

/* A set of int64 indices (open addressing; 0 marks an empty slot, so j+1
** is stored), for sample()'s "selected" set. */
typedef struct {
  uint64_t *slots;
  size_t mask;
} IndexSet;

/* Add [j]; false if it was already there. */
static bool index_set_add(IndexSet *s, int64_t j) {
  /* Fibonacci hashing spreads consecutive indices; linear probing. */
  uint64_t key = (uint64_t)j + 1;
  size_t at = (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 7) & s->mask;
  while (s->slots[at] != 0) {
    if (s->slots[at] == key) return false;
    at = (at + 1) & s->mask;
  }
  s->slots[at] = key;
  return true;
}

/* Is [v] a sequence sample() accepts (collections.abc.Sequence)? */
static bool is_sequence(Value v) {
  return IS_LIST(v) || IS_TUPLE(v) || IS_STR(v) || IS_KIND(v, OBJ_RANGE);
}

/* sample(population, k) without counts: random.py's two algorithms, a
** pool of the remaining items when n is small against a k-sized set's
** footprint, else rejection of repeated indices. */
static bool sample(VM *vm, Value self, Value pop, Value kv, Value *out) {
  if (!is_sequence(pop))
    return vm_raise(vm, vm->exc_TypeError,
                    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n;
  if (!value_len(vm, pop, &n)) return false;
  if (!IS_INTLIKE(kv)) {
    /* `0 <= k <= n` is checked first, then `[None] * k` fails. */
    int ok = compare(vm, CMP_LE, INT_VAL(0), kv);
    if (ok > 0) ok = compare(vm, CMP_LE, kv, INT_VAL(n));
    if (ok < 0) return false;
    if (!ok) return vm_raise(vm, vm->exc_ValueError, "Sample larger than population or is negative");
    return vm_raise(vm, vm->exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    value_type_name(vm, kv));
  }
  int64_t k = AS_INTLIKE(kv);
  if (k < 0 || k > n)
    return vm_raise(vm, vm->exc_ValueError, "Sample larger than population or is negative");
  /* setsize = 21, plus 4 ** ceil(log(3k, 4)) when k > 5 (capped: past
  ** 4**31 it exceeds any length anyway). */
  int64_t setsize = 21;
  if (k > 5) {
    double e = ceil(log((double)k * 3.0) / log(4.0));
    setsize = e >= 31 ? INT64_MAX : setsize + ((int64_t)1 << (2 * (int)e));
  }
  /* The choice of algorithm changes the draws, so it must be CPython's. */
  ObjList *result = list_new(vm, (size_t)k);
  if (result == NULL) return false;
  vm_push_root(vm, OBJ_VAL(result));
  bool ok = true;
  if (n <= setsize) {   /* the pool: non-selected items at pool[0 : n-i] */
    ObjList *pool = list_from_iter(vm, pop);
    ok = pool != NULL;
    if (ok) {
      Value *w = state_words(vm, self, "sample");
      ok = w != NULL;
      for (int64_t i = 0; ok && i < k; i++) {
        int64_t j = (int64_t)genrand_below(w, (uint64_t)(n - i));
        result->items[result->count++] = pool->items[j];
        pool->items[j] = pool->items[n - i - 1];
      }
    }
  } else {              /* a set of the indices selected so far */
    /* At most half full, so probing always finds a free slot. */
    size_t cap = 16;
    while (cap < (size_t)k * 2) cap *= 2;
    IndexSet set = {calloc(cap, sizeof(uint64_t)), cap - 1};
    if (set.slots == NULL) ok = vm_raise_memory(vm);
    for (int64_t i = 0; ok && i < k; i++) {
      Value *w = state_words(vm, self, "sample");
      if (w == NULL) { ok = false; break; }
      /* Redraw while the index was already selected. */
      int64_t j = (int64_t)genrand_below(w, (uint64_t)n);
      while (!index_set_add(&set, j)) j = (int64_t)genrand_below(w, (uint64_t)n);
      Value item;
      ok = value_getitem(vm, pop, INT_VAL(j), &item);
      if (ok) result->items[result->count++] = item;
    }
    free(set.slots);
  }
  vm_pop_root(vm, 1);
  if (ok) *out = OBJ_VAL(result);
  return ok;
}

static const Sig sig_sample = {"sample", 2, 2, 1, {"population", "k", "counts"}};

/* As CPython's random.Random.sample(population, k, *, counts=None): k
** distinct picks, in selection order.  With counts, each item stands for
** that many copies (a sample of range(total), mapped back by bisect). */
static bool random_sample(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[3];
  if (!bind(vm, &sig_sample, argc, args, kwargs, p)) return false;
  self = args[0];
  Value pop = p[0], counts = p[2];
  if (IS_UNDEF(counts) || IS_NONE(counts)) return sample(vm, self, pop, p[1], out);
  if (!is_sequence(pop))
    return vm_raise(vm, vm->exc_TypeError,
                    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n;
  if (!value_len(vm, pop, &n)) return false;
  ObjList *cum = accumulate(vm, counts);
  if (cum == NULL) return false;
  if ((int64_t)cum->count != n)
    return vm_raise(vm, vm->exc_ValueError, "The number of counts does not match the population");
  Value total = cum->items[--cum->count];   /* cum_counts.pop() */
  if (!IS_INTLIKE(total)) return vm_raise(vm, vm->exc_TypeError, "Counts must be integers");
  if (AS_INTLIKE(total) <= 0)
    return vm_raise(vm, vm->exc_ValueError, "Total of counts must be greater than zero");
  vm_push_root(vm, OBJ_VAL(cum));
  Value range, sel;
  Value t = INT_VAL(AS_INTLIKE(total));
  bool ok = runtime_call_class(vm, vm->t_range, 1, &t, NULL, &range);
  if (ok) {
    vm_push_root(vm, range);
    ok = sample(vm, self, range, p[1], &sel);
    vm_pop_root(vm, 1);
  }
  if (ok) {
    /* [population[bisect(cum_counts, s)] for s in selections], in place */
    vm_push_root(vm, sel);
    ObjList *l = AS_LIST(sel);
    for (size_t i = 0; ok && i < l->count; i++) {
      int64_t at = bisect_right(vm, OBJ_VAL(cum), l->items[i], (int64_t)cum->count);
      ok = at >= 0 && value_getitem(vm, pop, INT_VAL(at), &l->items[i]);
    }
    vm_pop_root(vm, 1);
  }
  vm_pop_root(vm, 1);
  if (ok) *out = sel;
  return ok;
}

static const Sig sig_choices = {"choices", 2, 1, 2, {"population", "weights", "cum_weights", "k"}};

/* As CPython's random.Random.choices(population, weights=None, *,
** cum_weights=None, k=1): k picks with replacement, population[floor(
** random() * n)] without weights, else a bisection of random() * total
** into the cumulative weights. */
static bool random_choices(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[4];
  if (!bind(vm, &sig_choices, argc, args, kwargs, p)) return false;
  self = args[0];
  Value pop = p[0], weights = p[1], cumv = p[2];
  Value kv = IS_UNDEF(p[3]) ? INT_VAL(1) : p[3];
  bool no_weights = IS_UNDEF(weights) || IS_NONE(weights);
  int64_t n, k;
  if (!value_len(vm, pop, &n)) return false;
  /* No weights at all?  Then k is checked first and n is a float. */
  if ((IS_UNDEF(cumv) || IS_NONE(cumv)) && no_weights) {
    if (!arg_int(vm, kv, &k)) return false;
    ObjList *result = list_new(vm, k > 0 ? (size_t)k : 0);
    if (result == NULL) return false;
    vm_push_root(vm, OBJ_VAL(result));
    bool ok = true;
    double nf = (double)n;
    for (int64_t i = 0; ok && i < k; i++) {
      Value *w = state_words(vm, self, "choices");
      Value item;
      ok = w != NULL && value_getitem(vm, pop, INT_VAL((int64_t)floor(genrand_double(w) * nf)), &item);
      if (ok) result->items[result->count++] = item;
    }
    vm_pop_root(vm, 1);
    if (ok) *out = OBJ_VAL(result);
    return ok;
  }
  if (IS_UNDEF(cumv) || IS_NONE(cumv)) {
    ObjList *cum = accumulate(vm, weights);
    if (cum == NULL) {
      /* choices(pop, 3): the int was meant as k. */
      if (!IS_INTLIKE(weights) || !vm_exception_matches(vm, vm->exc_TypeError)) return false;
      vm_take_exception(vm);
      char kbuf[32];
      if (IS_BOOL(weights)) snprintf(kbuf, sizeof kbuf, "%s", AS_BOOL(weights) ? "True" : "False");
      else snprintf(kbuf, sizeof kbuf, "%lld", (long long)AS_INT(weights));
      return vm_raise(vm, vm->exc_TypeError,
                      "The number of choices must be a keyword argument: k=%s", kbuf);
    }
    cumv = OBJ_VAL(cum);
  } else if (!no_weights) {
    return vm_raise(vm, vm->exc_TypeError, "Cannot specify both weights and cumulative weights");
  }
  vm_push_root(vm, cumv);
  int nroots = 1;   /* popped at done */
  bool ok = false;
  int64_t ncum;
  Value last, total;
  ObjList *result = NULL;
  if (!value_len(vm, cumv, &ncum)) goto done;
  if (ncum != n) {
    vm_raise(vm, vm->exc_ValueError, "The number of weights does not match the population");
    goto done;
  }
  /* total = cum_weights[-1] + 0.0, positive and finite */
  if (!value_getitem(vm, cumv, INT_VAL(-1), &last) || !arith(vm, NB_ADD, last, FLOAT_VAL(0.0), &total))
    goto done;
  vm_push_root(vm, total);
  nroots++;
  int le = compare(vm, CMP_LE, total, FLOAT_VAL(0.0));
  if (le < 0) goto done;
  if (le) {
    vm_raise(vm, vm->exc_ValueError, "Total of weights must be greater than zero");
    goto done;
  }
  double tf;
  if (!num_to_double(vm, total, &tf)) goto done;
  if (!isfinite(tf)) {
    vm_raise(vm, vm->exc_ValueError, "Total of weights must be finite");
    goto done;
  }
  /* k is only looked at now (it is the length of random.py's loop). */
  if (!arg_int(vm, kv, &k) || (result = list_new(vm, k > 0 ? (size_t)k : 0)) == NULL) goto done;
  vm_push_root(vm, OBJ_VAL(result));
  nroots++;
  ok = true;
  for (int64_t i = 0; ok && i < k; i++) {
    Value *w = state_words(vm, self, "choices");
    Value x, item;
    ok = w != NULL && arith(vm, NB_MULTIPLY, FLOAT_VAL(genrand_double(w)), total, &x);
    if (ok) vm_push_root(vm, x);   /* the bisection may run Python code */
    int64_t at = ok ? bisect_right(vm, cumv, x, n - 1) : -1;
    if (ok) vm_pop_root(vm, 1);
    ok = at >= 0 && value_getitem(vm, pop, INT_VAL(at), &item);
    if (ok) result->items[result->count++] = item;
  }
done:
  vm_pop_root(vm, nroots);
  if (ok) *out = OBJ_VAL(result);
  return ok;
}

/* }====================================================== */

/* {====================================================== distributions */

static const Sig sig_uniform = {"uniform", 2, 2, 0, {"a", "b"}};

/* As CPython's random.Random.uniform(a, b): a + (b-a) * random(). */
static bool random_uniform(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[2], d;
  if (!bind(vm, &sig_uniform, argc, args, kwargs, p)) return false;
  if (!arith(vm, NB_SUBTRACT, p[1], p[0], &d)) return false;
  Value *w = state_words(vm, args[0], "uniform");
  if (w == NULL || !arith(vm, NB_MULTIPLY, d, FLOAT_VAL(genrand_double(w)), &d)) return false;
  return arith(vm, NB_ADD, p[0], d, out);
}

static const Sig sig_triangular = {"triangular", 3, 0, 0, {"low", "high", "mode"}};

/* As CPython's random.Random.triangular(low=0.0, high=1.0, mode=None). */
static bool random_triangular(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[3];
  if (!bind(vm, &sig_triangular, argc, args, kwargs, p)) return false;
  Value low = IS_UNDEF(p[0]) ? FLOAT_VAL(0.0) : p[0];
  Value high = IS_UNDEF(p[1]) ? FLOAT_VAL(1.0) : p[1];
  Value *w = state_words(vm, args[0], "triangular");
  if (w == NULL) return false;
  double u = genrand_double(w), c = 0.5;
  if (!IS_UNDEF(p[2]) && !IS_NONE(p[2])) {
    /* c = (mode - low) / (high - low); a zero width returns low */
    Value num, den, q;
    if (!arith(vm, NB_SUBTRACT, p[2], low, &num)) return false;
    vm_push_root(vm, num);   /* the next subtraction may run Python code */
    bool ok = arith(vm, NB_SUBTRACT, high, low, &den);
    vm_pop_root(vm, 1);
    if (!ok) return false;
    if (!arith(vm, NB_TRUE_DIVIDE, num, den, &q)) {
      if (!vm_exception_matches(vm, vm->exc_ZeroDivisionError)) return false;
      vm_take_exception(vm);
      *out = low;
      return true;
    }
    if (!num_to_double(vm, q, &c)) return false;
  }
  if (u > c) {   /* use the other side of the triangle */
    u = 1.0 - u;
    c = 1.0 - c;
    Value t = low;
    low = high;
    high = t;
  }
  double uc = u * c;
  if (uc < 0) return vm_raise(vm, vm->exc_ValueError, "math domain error");
  /* low + (high - low) * sqrt(u * c) */
  Value d;
  if (!arith(vm, NB_SUBTRACT, high, low, &d) || !arith(vm, NB_MULTIPLY, d, FLOAT_VAL(sqrt(uc)), &d))
    return false;
  return arith(vm, NB_ADD, low, d, out);
}

/* mu + z * sigma, the end of every normal draw. */
static bool scale(VM *vm, Value mu, double z, Value sigma, Value *out) {
  Value t;
  if (!arith(vm, NB_MULTIPLY, FLOAT_VAL(z), sigma, &t)) return false;
  return arith(vm, NB_ADD, mu, t, out);
}

static const Sig sig_gauss = {"gauss", 2, 0, 0, {"mu", "sigma"}};
static const Sig sig_normal = {"normalvariate", 2, 0, 0, {"mu", "sigma"}};

/* As CPython's random.Random.gauss(mu=0.0, sigma=1.0): Box-Muller, the
** second value of each pair kept in self.gauss_next. */
static bool random_gauss(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[2];
  if (!bind(vm, &sig_gauss, argc, args, kwargs, p)) return false;
  self = args[0];
  Value *w = state_words(vm, self, "gauss");
  if (w == NULL) return false;
  Value mu = IS_UNDEF(p[0]) ? FLOAT_VAL(0.0) : p[0];
  Value sigma = IS_UNDEF(p[1]) ? FLOAT_VAL(1.0) : p[1];
  Value z = NONE_VAL;
  dict_get_str(AS_INSTANCE(self)->dict, rt_name(vm, "gauss_next"), &z);
  if (!set_gauss_next(vm, self, NONE_VAL)) return false;
  if (IS_NONE(z)) {
    double x2pi = genrand_double(w) * (2.0 * M_PI);
    double g2rad = sqrt(-2.0 * log(1.0 - genrand_double(w)));
    z = FLOAT_VAL(cos(x2pi) * g2rad);
    if (!set_gauss_next(vm, self, FLOAT_VAL(sin(x2pi) * g2rad))) return false;
  }
  Value t;
  if (!arith(vm, NB_MULTIPLY, z, sigma, &t)) return false;
  return arith(vm, NB_ADD, mu, t, out);
}

/* The Kinderman-Monahan ratio-of-uniforms loop of normalvariate. */
static double normal_z(Value *w) {
  const double magic = 4 * exp(-0.5) / sqrt(2.0);   /* NV_MAGICCONST */
  for (;;) {
    double u1 = genrand_double(w);
    double u2 = 1.0 - genrand_double(w);
    double z = magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -log(u2)) return z;
  }
}

/* As CPython's random.Random.normalvariate(mu=0.0, sigma=1.0). */
static bool random_normalvariate(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                 Value *out) {
  Value p[2];
  if (!bind(vm, &sig_normal, argc, args, kwargs, p)) return false;
  Value *w = state_words(vm, args[0], "normalvariate");
  if (w == NULL) return false;
  return scale(vm, IS_UNDEF(p[0]) ? FLOAT_VAL(0.0) : p[0], normal_z(w),
               IS_UNDEF(p[1]) ? FLOAT_VAL(1.0) : p[1], out);
}

static const Sig sig_lognormal = {"lognormvariate", 2, 2, 0, {"mu", "sigma"}};

/* As CPython's random.Random.lognormvariate(mu, sigma):
** exp(normalvariate(mu, sigma)). */
static bool random_lognormvariate(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                                  Value *out) {
  Value p[2], r;
  if (!bind(vm, &sig_lognormal, argc, args, kwargs, p)) return false;
  Value *w = state_words(vm, args[0], "lognormvariate");
  double x;
  if (w == NULL || !scale(vm, p[0], normal_z(w), p[1], &r) || !num_to_double(vm, r, &x)) return false;
  double e = exp(x);
  if (isinf(e) && isfinite(x)) return vm_raise(vm, vm->exc_OverflowError, "math range error");
  *out = FLOAT_VAL(e);
  return true;
}

static const Sig sig_expo = {"expovariate", 1, 1, 0, {"lambd"}};

/* As CPython's random.Random.expovariate(lambd): -log(1 - random()) / lambd. */
static bool random_expovariate(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs,
                               Value *out) {
  Value p[1];
  if (!bind(vm, &sig_expo, argc, args, kwargs, p)) return false;
  Value *w = state_words(vm, args[0], "expovariate");
  if (w == NULL) return false;
  return arith(vm, NB_TRUE_DIVIDE, FLOAT_VAL(-log(1.0 - genrand_double(w))), p[0], out);
}

/* }====================================================== */

/* {====================================================== the class and the module */

static const Sig sig_init = {"__init__", 1, 0, 0, {"x"}};

/* Random.__init__(self, x=None): seed(x); gauss_next = None. */
static bool random_init(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  Value p[1];
  if (!bind(vm, &sig_init, argc, args, kwargs, p)) return false;
  Value sargs[2] = {args[0], p[0]};
  return random_seed(vm, UNDEF_VAL, 2, sargs, NULL, out);
}

/* Random.__new__(cls, *args, **kwargs): a new instance with a state.
** Random itself is seeded here from the arguments (runtime calls no
** __init__ for builtin classes); a Python subclass gets an entropy seed
** and then its __init__. */
static bool random_new(VM *vm, Value self, int argc, Value *args, ObjDict *kwargs, Value *out) {
  if (argc < 1 || !IS_CLASS(args[0]))
    return vm_raise(vm, vm->exc_TypeError, "Random.__new__(X): X is not a type object");
  ObjClass *cls = AS_CLASS(args[0]);
  ObjInstance *inst = instance_new(vm, cls);
  if (inst == NULL) return false;
  Value obj = OBJ_VAL(inst);
  vm_push_root(vm, obj);
  bool ok;
  if (cls->is_builtin) {
    /* __init__'s view: the object, then at most one argument (bind
    ** rejects more from argc alone, before reading them). */
    Value iargs[2] = {obj, argc > 1 ? args[1] : UNDEF_VAL};
    ok = random_init(vm, UNDEF_VAL, argc, iargs, kwargs, out);
  } else {
    ok = random_seed(vm, UNDEF_VAL, 1, &obj, NULL, out);
  }
  vm_pop_root(vm, 1);
  if (ok) *out = obj;
  return ok;
}

/* The methods, in the order random.py exports them. */
static const struct { const char *name; NativeFn fn; bool exported; } methods[] = {
  {"seed", random_seed, true},
  {"random", random_random, true},
  {"uniform", random_uniform, true},
  {"triangular", random_triangular, true},
  {"randint", random_randint, true},
  {"choice", random_choice, true},
  {"randrange", random_randrange, true},
  {"sample", random_sample, true},
  {"shuffle", random_shuffle, true},
  {"choices", random_choices, true},
  {"normalvariate", random_normalvariate, true},
  {"lognormvariate", random_lognormvariate, true},
  {"expovariate", random_expovariate, true},
  {"gauss", random_gauss, true},
  {"getstate", random_getstate, true},
  {"setstate", random_setstate, true},
  {"getrandbits", random_getrandbits, true},
  {"__init__", random_init, false},
};

/* Build the random module: the Random class, its hidden instance (seeded
** from entropy, as at CPython's import) and the module functions bound to
** it; register it for `import random`. */
bool mod_random_init(VM *vm) {
  ObjModule *m = module_new(vm, rt_name(vm, "random"));
  /* Instances are plain OBJ_INSTANCEs, so Python subclasses just work. */
  ObjClass *cls = runtime_new_class(vm, "Random", NULL, OBJ_INSTANCE);
  if (m == NULL || cls == NULL) return false;
  cls->module = rt_name(vm, "random");
  define_native(vm, cls->dict, "__new__", random_new);
  size_t count = sizeof methods / sizeof methods[0];
  for (size_t i = 0; i < count; i++) define_native(vm, cls->dict, methods[i].name, methods[i].fn);
  if (!dict_set_cstr(vm, m->dict, "Random", OBJ_VAL(cls))) return false;
  /* _inst = Random(): seeded from entropy, reachable from the module. */
  Value inst, arg = OBJ_VAL(cls);
  if (!random_new(vm, UNDEF_VAL, 1, &arg, NULL, &inst)) return false;
  for (size_t i = 0; i < count; i++) {
    Value fn;
    if (!methods[i].exported) continue;
    if (!dict_get_cstr(vm, cls->dict, methods[i].name, &fn)) return false;
    ObjBoundMethod *bm = bound_method_new(vm, inst, fn);
    if (bm == NULL || !dict_set_cstr(vm, m->dict, methods[i].name, OBJ_VAL(bm))) return false;
  }
  return runtime_register_module(vm, m);
}

/* }====================================================== */
