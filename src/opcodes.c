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
