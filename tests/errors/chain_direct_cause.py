# raise ... from ... shows "The above exception was the direct cause..."
class ConfigError(Exception):
    pass
def read(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
read({}, "port")

# expect runtime error: ConfigError: missing port
