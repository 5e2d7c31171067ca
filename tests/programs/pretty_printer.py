# A JSON-like pretty printer and serializer for nested dicts and lists.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{pad}{escape(k)}: {dumps(value[k], indent, level + 1, sort_keys)}")
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def compact(value):
    if isinstance(value, dict):
        return "{" + ",".join(f"{escape(k)}:{compact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(compact(v) for v in value) + "]"
    return dumps(value)


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


doc = {
    "name": "orrery",
    "version": [0, 3, 1],
    "stable": False,
    "score": 9.5,
    "license": None,
    "authors": [{"name": "Ann \"the dev\"", "email": "ann@example.org"},
                {"name": "Bob", "roles": ["tests", "docs"]}],
    "config": {"paths": {"src": "src/", "tests": "tests\\unit"}, "flags": [], "extra": {}},
    "notes": "line one\nline two\ttabbed",
}
print(dumps(doc))
print(dumps(doc["config"], indent=4, sort_keys=True))
print(compact(doc["authors"]))
print("depth:", depth(doc), depth([]), depth([[[]]]))
for bad in ({1: "x"}, {"s": {1, 2}}, [object]):
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
