# Comments: whole-line, trailing, and '#' inside strings is not a comment.
x = 1  # trailing comment
# a comment line
    # an indented comment line does not start a block
print(x)
print("# not a comment")
print('a#b')  # real comment
if x:
    # comment inside a block
    print("in block")
        # over-indented comment
    print("still in block")

# expect: 1
# expect: # not a comment
# expect: a#b
# expect: in block
# expect: still in block
