/*
** disasm.h -- print code objects as `orrery dis` and the REPL's :dis do.
*/
#ifndef SRC_DISASM_H
#define SRC_DISASM_H

#include <stdio.h>
#include "src/common.h"
#include "src/object.h"

/* Print one instruction at [offset]: offset, line (or "|" when unchanged
** from [prev_line]), name padded to 20 columns, operand, and a readable
** operand value ((name), (const repr), (to target)).  [mark] puts "-->" in
** front (the instruction a suspended frame resumes at).  Returns the next
** instruction's offset. */
uint32_t dis_instruction(VM *vm, FILE *out, ObjCode *code, uint32_t offset,
                         int *prev_line, bool mark);

/* Disassemble [code] and then, recursively, every code object among its
** constants, as CPython's dis.dis does ("Disassembly of <code object ...>:").
** [mark_offset] is marked with "-->", or UINT32_MAX for none. */
void dis_code(VM *vm, FILE *out, ObjCode *code, uint32_t mark_offset);

#endif
