# **kwargs collects extra keyword arguments into a dict, in call order.
def show(**kw):
    for k, v in kw.items():
        print(k, "=", v)
    return type(kw).__name__
print(show(b=2, a=1, c=3))
def tag(name, **attrs):
    inner = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<{name} {inner}>" if inner else f"<{name}>"
print(tag("br"))
print(tag("a", href="x.html", title="X"))

# expect: b = 2
# expect: a = 1
# expect: c = 3
# expect: dict
# expect: <br>
# expect: <a href="x.html" title="X">
