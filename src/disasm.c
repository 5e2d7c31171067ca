/*
** disasm.c -- print code objects (see disasm.h).
**
** One generic printer driven by the opcode table: the name, the operand
** width and the operand kind come from src/opcodes.def, so a new opcode is
** printed correctly without touching this file.  The layout follows
** CPython 3.11's dis so students can hold the two side by side:
**
**   line  mark  >>  offset  OPNAME(padded to 20)  arg  (readable value)
**
**     2           0 LOAD_FAST                0 (x)
**              >> 3 FOR_ITER                21 (to 21)
**             --> 8 YIELD_VALUE              1
**
** The line number is printed on the first instruction of each source line
** and left blank after it; '>>' marks jump targets; '-->' the instruction
** a suspended frame resumes at (or the one executing, in trace mode).
*/
#include "src/disasm.h"

#include <stdlib.h>
#include <string.h>

#include "src/opcodes.h"
#include "src/frame.h"
#include "runtime/runtime.h"

#define OPNAME_WIDTH 20
#define OPARG_WIDTH 5

/* The operand of the instruction at [offset] (0 for NONE). */
static uint32_t operand_at(ObjCode *code, uint32_t offset) {
  OpCode op = (OpCode)code->code[offset];
  switch (operand_size[opcode_operand[op]]) {
    case 1: return code->code[offset + 1];
    case 2: return read_u16(code->code + offset + 1);
    case 4: return read_u32(code->code + offset + 1);
    default: return 0;
  }
}

static uint32_t instruction_size(ObjCode *code, uint32_t offset) {
  return 1 + operand_size[opcode_operand[code->code[offset]]];
}

/* Does any jump of [code] target [offset]? */
static bool is_jump_target(ObjCode *code, uint32_t offset) {
  for (uint32_t o = 0; o < code->code_len; o += instruction_size(code, o))
    if (opcode_operand[code->code[o]] == OPERAND_JUMP && operand_at(code, o) == offset) return true;
  return false;
}

/* The source line of the instruction at [offset], or -1 if unknown. */
static int line_at(ObjCode *code, uint32_t offset) {
  const CodePosition *p = code_position(code, offset);
  return p ? p->line : -1;
}

/* Print repr(v) (a constant); a failing repr prints '?'. */
static void print_repr(VM *vm, FILE *out, Value v) {
  ObjStr *s;
  if (value_repr(vm, v, &s)) {
    fwrite(s->chars, 1, s->len, out);
  } else {
    vm_take_exception(vm);
    fputs("?", out);
  }
}

/* The name of cell [i]: cellvars first, then freevars. */
static ObjStr *cell_name(ObjCode *code, uint32_t i) {
  if (code->cellvars && i < code->cellvars->count) return AS_STR(code->cellvars->items[i]);
  i -= code->cellvars ? (uint32_t)code->cellvars->count : 0;
  if (code->freevars && i < code->freevars->count) return AS_STR(code->freevars->items[i]);
  return NULL;
}

/* Is this LOCAL-kind opcode about the cell area rather than fast locals? */
static bool uses_cells(OpCode op) {
  return op == OP_MAKE_CELL || op == OP_LOAD_DEREF || op == OP_STORE_DEREF ||
         op == OP_DELETE_DEREF || op == OP_LOAD_CLOSURE;
}

/* Print the readable form of an operand, "(...)", or nothing. */
static void print_argval(VM *vm, FILE *out, ObjCode *code, OpCode op, uint32_t arg) {
  switch ((OperandKind)opcode_operand[op]) {
    case OPERAND_CONST:
      fputs("(", out);
      if (code->consts && arg < code->consts->count) print_repr(vm, out, code->consts->items[arg]);
      else fputs("?", out);
      fputs(")", out);
      return;
    case OPERAND_NAME:
      if (code->names && arg < code->names->count)
        fprintf(out, "(%s)", AS_STR(code->names->items[arg])->chars);
      return;
    case OPERAND_LOCAL: {
      ObjStr *name = NULL;
      if (uses_cells(op)) name = cell_name(code, arg);
      else if (code->varnames && arg < code->varnames->count) name = AS_STR(code->varnames->items[arg]);
      if (name) fprintf(out, "(%s)", name->chars);
      return;
    }
    case OPERAND_JUMP:
      fprintf(out, "(to %u)", arg);
      return;
    default:
      break;
  }
  /* Small numeric operands with a meaning worth spelling out. */
  if (op == OP_BINARY_OP) {
    fprintf(out, "(%s)", binary_op_symbol((int)arg));
  } else if (op == OP_COMPARE_OP) {
    fprintf(out, "(%s)", compare_op_symbol((int)arg));
  } else if (op == OP_FORMAT_VALUE) {
    static const char *const conv[] = {"", "str", "repr", "ascii"};
    const char *c = conv[arg & 3];
    if (*c || (arg & 4)) fprintf(out, "(%s%s%s)", c, *c && (arg & 4) ? ", " : "", (arg & 4) ? "with format" : "");
  } else if (op == OP_MAKE_FUNCTION && arg) {
    static const char *const flags[] = {"defaults", "kwdefaults", "annotations", "closure"};
    const char *sep = "";
    fputs("(", out);
    for (int i = 0; i < 4; i++)
      if (arg & (1u << i)) { fprintf(out, "%s%s", sep, flags[i]); sep = ", "; }
    fputs(")", out);
  }
}

uint32_t dis_instruction(VM *vm, FILE *out, ObjCode *code, uint32_t offset,
                         int *prev_line, bool mark) {
  OpCode op = opcode_unfused((OpCode)code->code[offset]);   /* a superinstruction shows as its first */
  if (op >= OP__COUNT) {
    fprintf(out, "%*s%6u <bad opcode %d>\n", 3 + 1 + 3 + 1 + 2, "", offset, (int)op);
    return offset + 1;
  }
  int line = line_at(code, offset);
  /* Columns: line number, mark, jump target, offset. */
  if (line != *prev_line && line > 0) fprintf(out, "%3d ", line);
  else fputs("    ", out);
  *prev_line = line;
  fputs(mark ? "-->" : "   ", out);
  fputs(is_jump_target(code, offset) ? " >> " : "    ", out);
  fprintf(out, "%4u ", offset);
  if (opcode_operand[op] == OPERAND_NONE) {
    fprintf(out, "%s\n", opcode_name[op]);
  } else {
    uint32_t arg = operand_at(code, offset);
    fprintf(out, "%-*s %*u", OPNAME_WIDTH, opcode_name[op], OPARG_WIDTH, arg);
    /* The readable value goes through a memory stream, so that an
       operand without one leaves no trailing space. */
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (mem) {
      print_argval(vm, mem, code, op, arg);
      fclose(mem);
      if (len > 0) fprintf(out, " %s", buf);
      free(buf);
    }
    fputs("\n", out);
  }
  return offset + instruction_size(code, offset);
}

void dis_code(VM *vm, FILE *out, ObjCode *code, uint32_t mark_offset) {
  int prev_line = -1;
  for (uint32_t off = 0; off < code->code_len;) {
    int line = line_at(code, off);
    if (off > 0 && line != prev_line && line > 0) fputs("\n", out);
    off = dis_instruction(vm, out, code, off, &prev_line, off == mark_offset);
  }
  /* Nested code objects, as dis.dis does. */
  for (size_t i = 0; code->consts && i < code->consts->count; i++) {
    Value v = code->consts->items[i];
    if (!IS_CODE(v)) continue;
    fputs("\nDisassembly of ", out);
    print_repr(vm, out, v);
    fputs(":\n", out);
    dis_code(vm, out, AS_CODE(v), UINT32_MAX);
  }
}
