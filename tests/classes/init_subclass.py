# __init_subclass__ is called for each subclass with class keyword arguments.
# skip: __init_subclass__ and class keyword arguments are not supported yet (docs/language.md)
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Csv(Plugin, name="csv-export"):
    pass
class Json(Plugin):
    pass
print(Plugin.registry, Csv.plugin_name, Json.plugin_name)

# expect: ['csv-export', 'json'] csv-export json
