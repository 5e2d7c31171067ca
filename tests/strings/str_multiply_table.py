# Text art with string repetition and centering.
for i in range(1, 6, 2):
    print(("*" * i).center(5, "."))
print("\n".join("#" * n for n in range(1, 4)))

# expect: ..*..
# expect: .***.
# expect: *****
# expect: #
# expect: ##
# expect: ###
