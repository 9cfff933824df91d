# test: the final traceback line of an uncaught exception uses the class's __str__
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"missing config key {self.key!r}"
def load(cfg, key):
    if key not in cfg:
        raise ConfigError(key)
    return cfg[key]
print(load({"a": 1}, "a"))
load({"a": 1}, "b")
