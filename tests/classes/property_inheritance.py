# A subclass can override a property and call the parent's through super().
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    @property
    def name(self):
        return f"{self.first} {self.last}"
class Doctor(Person):
    @property
    def name(self):
        return "Dr. " + super().name
print(Person("a", "b").name, Doctor("c", "d").name)

# expect: a b Dr. c d
