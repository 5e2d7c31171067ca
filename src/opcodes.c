/*
** opcodes.c -- the tables expanded from src/opcodes.def.
*/
#include "src/opcodes.h"

#define NONE OPERAND_NONE
#define U8 OPERAND_U8
#define U16 OPERAND_U16
#define CONST OPERAND_CONST
#define NAME OPERAND_NAME
#define LOCAL OPERAND_LOCAL
#define JUMP OPERAND_JUMP

const uint8_t opcode_operand[OP__COUNT] = {
#define OP(name, operand, effect) [OP_##name] = operand,
#include "src/opcodes.def"
#undef OP
};

const int8_t opcode_effect[OP__COUNT] = {
#define OP(name, operand, effect) [OP_##name] = effect,
#include "src/opcodes.def"
#undef OP
};

const char *const opcode_name[OP__COUNT] = {
#define OP(name, operand, effect) [OP_##name] = #name,
#include "src/opcodes.def"
#undef OP
};

const uint8_t operand_size[] = {
  [OPERAND_NONE] = 0, [OPERAND_U8] = 1, [OPERAND_U16] = 2, [OPERAND_CONST] = 2,
  [OPERAND_NAME] = 2, [OPERAND_LOCAL] = 2, [OPERAND_JUMP] = 4,
};

/* The pairs, in one table: what opcode_fuse and opcode_unfused read. */
static const struct { OpCode first, second, fused; } fusions[] = {
  {OP_LOAD_FAST,  OP_LOAD_FAST,     OP_LOAD_FAST__LOAD_FAST},
  {OP_LOAD_FAST,  OP_LOAD_CONST,    OP_LOAD_FAST__LOAD_CONST},
  {OP_LOAD_CONST, OP_LOAD_FAST,     OP_LOAD_CONST__LOAD_FAST},
  {OP_STORE_FAST, OP_LOAD_FAST,     OP_STORE_FAST__LOAD_FAST},
  {OP_STORE_FAST, OP_STORE_FAST,    OP_STORE_FAST__STORE_FAST},
  {OP_STORE_FAST, OP_JUMP_BACKWARD, OP_STORE_FAST__JUMP_BACKWARD},
  {OP_LOAD_FAST,  OP_LOAD_ATTR,     OP_LOAD_FAST__LOAD_ATTR},
  {OP_LOAD_FAST,  OP_LOAD_METHOD,   OP_LOAD_FAST__LOAD_METHOD},
  {OP_FOR_ITER,   OP_STORE_FAST,    OP_FOR_ITER__STORE_FAST},
  {OP_COMPARE_OP, OP_POP_JUMP_IF_FALSE, OP_COMPARE_OP__POP_JUMP_IF_FALSE},
  {OP_COMPARE_OP, OP_POP_JUMP_IF_TRUE,  OP_COMPARE_OP__POP_JUMP_IF_TRUE},
};
#define NFUSIONS (sizeof fusions / sizeof fusions[0])

OpCode opcode_fuse(OpCode first, OpCode second) {
  for (size_t i = 0; i < NFUSIONS; i++)
    if (fusions[i].first == first && fusions[i].second == second) return fusions[i].fused;
  return first;
}

OpCode opcode_unfused(OpCode op) {
  for (size_t i = 0; i < NFUSIONS; i++)
    if (fusions[i].fused == op) return fusions[i].first;
  if (op == OP_BINARY_OP_ADD || op == OP_BINARY_OP_SUBTRACT || op == OP_BINARY_OP_MULTIPLY ||
      op == OP_BINARY_OP_REMAINDER)
    return OP_BINARY_OP;
  return op;
}
