# raise SystemExit("msg") prints msg to stderr and exits with status 1.
def check(config):
    if "port" not in config:
        raise SystemExit("fatal: missing port in config")
    return config["port"]
print(check({"port": 80}))
print(check({"host": "x"}))
