# and/or/not: short-circuit evaluation, return the operand value, truthiness of all types.
print(True and False, True or False, not True, not False)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0, 'a' and 'b' and 'c')
print([] and 1, [0] and 1, {} or {1: 2}, () or (1,), 0.0 or -0.0, 0 if False else 'no')
values = [0, 1, -1, 0.0, 0.1, '', ' ', 'False', [], [[]], (), (0,), {}, {0: 0}, set(), {0}, None,
          True, False, range(0), range(1), 10 ** 30, -0.0, float('nan')]
for v in values:
    print(repr(v), bool(v), not v)
log = []
def t(name, result):
    log.append(name)
    return result
print(t('a', False) and t('b', True), log)
log.clear()
print(t('a', True) or t('b', True), log)
log.clear()
print(t('a', True) and t('b', 0) or t('c', 'fallback'), log)
log.clear()
print(not t('a', []) and t('b', 'x'), log)
log.clear()
# precedence: not > and > or
print(not 1 == 2, not (1 == 2), True or False and False, (True or False) and False)
print(not 0 and 1, not (0 and 1), 1 or 0 and 0)
# bool is a subclass of int
print(isinstance(True, int), True + True, True * 3, int(True), str(True), repr(False))
print(bool(), bool(0), bool('0'), bool([None]), type(not 5).__name__)
# conditional expression
for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
# any/all short circuit over a list
print(any([0, '', None]), any([0, 'x']), all([1, 'a', [0]]), all([1, 0]), all([]), any([]))
