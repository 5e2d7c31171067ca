# A literal as the target of an augmented assignment.
# expect error: SyntaxError: 'literal' is an illegal expression for augmented assignment
# expect error line: 4
1 += 2
