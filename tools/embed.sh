#!/bin/sh
# embed.sh FILE.py... -- print a C file that embeds each runtime library
# module as a string: `const LibModule lib_modules[]`, ending with {0}.
set -e
echo '/* Generated automatically from the runtime library (runtime/lib) by tools/embed.sh. Do not edit. */'
echo '#include <stddef.h>'
echo 'typedef struct { const char *name; const char *source; } LibModule;'
echo 'extern const LibModule lib_modules[];'
echo 'const LibModule lib_modules[] = {'
for f in "$@"; do
  name=$(basename "$f" .py)
  printf '  {"%s",\n' "$name"
  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/   "/' -e 's/$/\\n"/' "$f"
  printf '  },\n'
done
echo '  {NULL, NULL},'
echo '};'
