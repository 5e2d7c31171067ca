/*
** opcodes.h -- the OpCode enum and operand kinds, expanded from
** src/opcodes.def (the one table).
*/
#ifndef SRC_OPCODES_H
#define SRC_OPCODES_H

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

/* Read the operand of the instruction whose operand bytes start at [p]. */
static inline uint32_t read_u16(const uint8_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 8); }
static inline uint32_t read_u32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* Every `await`: SEND is 5 bytes and YIELD_VALUE directly follows it. */
#define SEND_SIZE 5

#endif
