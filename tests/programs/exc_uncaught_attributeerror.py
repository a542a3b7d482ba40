# Uncaught AttributeError calling a method that does not exist on list.
items = [3, 1, 2]
items.sort()
print(items)
items.push(4)
