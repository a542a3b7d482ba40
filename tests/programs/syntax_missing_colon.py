# An if statement missing its colon.
x = 5
print("never printed")
if x > 3
    print("big")
