# A __getattr__ raising AttributeError makes hasattr false.
class Strict:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError(f"no {name}")
s = Strict()
print(s.ok_go, hasattr(s, "ok_x"), hasattr(s, "bad"))
try:
    s.bad
except AttributeError as e:
    print(e)
print(getattr(s, "bad", "fallback"))

# expect: go True False
# expect: no bad
# expect: fallback
