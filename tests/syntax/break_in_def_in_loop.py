# A loop outside a def does not make 'break' inside the def legal.
# expect error: SyntaxError: 'break' outside loop
# expect error line: 6
for i in range(3):
    def f():
        break
