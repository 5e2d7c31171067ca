# An AttributeError raised by __getattr__ gets .name and .obj from the lookup, so it is suggested for too.
class Config:
    def __getattr__(self, name):
        raise AttributeError(name)
    def value(self):
        return 1
Config().valeu

# expect runtime error: AttributeError: valeu. Did you mean: 'value'?
