# Uncaught KeyError from a dict lookup of a missing tuple key.
inventory = {"apple": 3, "pear": 0}
for item in ["apple", "pear"]:
    print(item, inventory[item])
grid = {(0, 0): "origin"}
print(grid[(0, 0)])
print(inventory["plum"])
