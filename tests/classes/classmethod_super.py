# super() inside classmethods and staticmethods called via the class.
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child+" + super().create()
print(Child.create(), Child().create())

# expect: Child+Base.create for Child Child+Base.create for Child
