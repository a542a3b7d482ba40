# nonlocal at module level is a compile-time error, so nothing runs.
print("never printed")
nonlocal counter
