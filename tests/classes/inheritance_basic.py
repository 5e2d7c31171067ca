# Single inheritance: method lookup, overriding and inherited attributes.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    pass
for a in [Animal("a"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), a.kind())
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)

# expect: a says ... animal
# expect: rex says woof dog
# expect: bit says woof dog
# expect: Dog Animal
