# Uncaught exception with several args and a non-string arg shows the tuple form.
def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative", age)
    return age
print(validate(30))
validate(-4)
