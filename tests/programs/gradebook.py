# A gradebook: students, weighted assignments, letter grades and a report table.
class Student:
    def __init__(self, name):
        self.name = name
        self.scores = {}

    def record(self, assignment, score):
        if not 0 <= score <= assignment.max_points:
            raise ValueError(f"{self.name}: score {score} out of range for {assignment.name}")
        self.scores[assignment.name] = score


class Assignment:
    def __init__(self, name, max_points, weight):
        self.name = name
        self.max_points = max_points
        self.weight = weight


class Gradebook:
    CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]

    def __init__(self, assignments):
        total_weight = sum(a.weight for a in assignments)
        if abs(total_weight - 1.0) > 1e-9:
            raise ValueError(f"weights sum to {total_weight}, not 1")
        self.assignments = assignments
        self.students = {}

    def student(self, name):
        if name not in self.students:
            self.students[name] = Student(name)
        return self.students[name]

    def percent(self, student):
        total = 0.0
        for a in self.assignments:
            got = student.scores.get(a.name, 0)
            total += got / a.max_points * a.weight * 100
        return total

    def letter(self, pct):
        for cutoff, letter in self.CUTOFFS:
            if pct >= cutoff:
                return letter

    def report(self):
        header = f"{'student':<8}" + "".join(f"{a.name:>7}" for a in self.assignments) + f"{'pct':>8} grade"
        print(header)
        print("-" * len(header))
        rows = sorted(self.students.values(), key=lambda s: -self.percent(s))
        for s in rows:
            cells = "".join(f"{s.scores.get(a.name, '-'):>7}" for a in self.assignments)
            pct = self.percent(s)
            print(f"{s.name:<8}{cells}{pct:>8.2f} {self.letter(pct)}")
        pcts = [self.percent(s) for s in rows]
        mean = sum(pcts) / len(pcts)
        var = sum((p - mean) ** 2 for p in pcts) / len(pcts)
        print(f"mean {mean:.2f}, std dev {var ** 0.5:.2f}")
        dist = {}
        for p in pcts:
            dist[self.letter(p)] = dist.get(self.letter(p), 0) + 1
        print("distribution:", " ".join(f"{k}={dist.get(k, 0)}" for _, k in self.CUTOFFS))


hw = Assignment("hw", 20, 0.2)
mid = Assignment("mid", 50, 0.3)
fin = Assignment("final", 100, 0.5)
book = Gradebook([hw, mid, fin])
data = """ann hw 19
ann mid 45
ann final 93
bob hw 12
bob mid 30
bob final 61
cy hw 20
cy final 77
dee hw 15
dee mid 41
dee final 84
eve hw 25
eve mid 10
eve final 55"""
for line in data.splitlines():
    name, which, score = line.split()
    assignment = {"hw": hw, "mid": mid, "final": fin}[which]
    try:
        book.student(name).record(assignment, int(score))
    except ValueError as e:
        print("rejected:", e)
book.report()
try:
    Gradebook([Assignment("x", 10, 0.5)])
except ValueError as e:
    print("bad gradebook:", e)
best = max(book.students.values(), key=book.percent)
print("top student:", best.name, f"{book.percent(best):.1f}%")
missing = [(s.name, a.name) for s in book.students.values() for a in book.assignments if a.name not in s.scores]
print("missing work:", missing)
