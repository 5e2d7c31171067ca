/*
** opcodes.h -- the OpCode enum and operand kinds, expanded from
** src/opcodes.def (the one table).
*/
#ifndef SRC_OPCODES_H
#define SRC_OPCODES_H

#include <string.h>

#include "src/common.h"

typedef enum {
  OPERAND_NONE, OPERAND_U8, OPERAND_U16, OPERAND_CONST, OPERAND_NAME,
  OPERAND_LOCAL, OPERAND_JUMP,
} OperandKind;

typedef enum {
#define OP(name, operand, effect) OP_##name,
#include "src/opcodes.def"
#undef OP
  OP__COUNT
} OpCode;

#define VAR 0x7f   /* effect column: computed by the compiler */

extern const uint8_t opcode_operand[OP__COUNT];  /* OperandKind of each opcode */
extern const int8_t opcode_effect[OP__COUNT];    /* fixed stack effect, or VAR */
extern const char *const opcode_name[OP__COUNT]; /* "LOAD_CONST", ... */
extern const uint8_t operand_size[];             /* bytes per OperandKind */

/* The superinstruction for [first] followed by [second] (see the end of
** src/opcodes.def), or [first] itself when the pair has none. */
OpCode opcode_fuse(OpCode first, OpCode second);
/* The opcode a superinstruction or a specialized instruction was made from
** (a pair's first instruction's); any other opcode is returned as it is.
** The disassembler shows this. */
OpCode opcode_unfused(OpCode op);

/* Read the operand of the instruction whose operand bytes start at [p]
** (little-endian).  On a little-endian machine one unaligned load does it:
** memcpy says so to the compiler, which otherwise may assemble the bytes
** one by one in the dispatch loop. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static inline uint32_t read_u16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline uint32_t read_u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
#else
static inline uint32_t read_u16(const uint8_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 8); }
static inline uint32_t read_u32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
#endif

/* Every `await`: SEND is 5 bytes and YIELD_VALUE directly follows it. */
#define SEND_SIZE 5

#endif
