# test: an uncaught exception raised `from` another prints both tracebacks joined by the direct-cause line
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as exc:
        raise ConfigError("port is not configured") from exc

print(read_port({"port": "80"}))
read_port({})
