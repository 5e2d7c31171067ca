# Inverting a dict with duplicate values into lists.
grades = {"ann": "A", "bob": "B", "cy": "A", "dee": "C", "eve": "B"}
by_grade = {}
for name, g in grades.items():
    by_grade.setdefault(g, []).append(name)
print(by_grade)
print({g: len(ns) for g, ns in sorted(by_grade.items())})

# expect: {'A': ['ann', 'cy'], 'B': ['bob', 'eve'], 'C': ['dee']}
# expect: {'A': 2, 'B': 2, 'C': 1}
