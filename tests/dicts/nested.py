# Nested dicts and lists: building and walking a structure.
db = {"users": [{"name": "ann", "tags": ["admin"]}, {"name": "bob", "tags": []}],
      "meta": {"version": 2}}
print(db["users"][0]["name"], db["meta"]["version"])
db["users"][1]["tags"].append("new")
db["meta"].setdefault("owners", []).append("ann")
print(db)
print([u["name"] for u in db["users"] if u["tags"]])

# expect: ann 2
# expect: {'users': [{'name': 'ann', 'tags': ['admin']}, {'name': 'bob', 'tags': ['new']}], 'meta': {'version': 2, 'owners': ['ann']}}
# expect: ['ann', 'bob']
