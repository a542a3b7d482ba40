# string: constants, capwords, Template substitute/safe_substitute/errors/identifiers
import string
from string import Template

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords('hello   wonderful world'), string.capwords(' a-b c-d ', '-'), repr(string.capwords('')))
t = Template('$who likes ${what}; costs $$10 and $amount$$')
print(t.substitute(who='tim', what='kung pao', amount=3))
print(t.substitute({'who': 'ann', 'what': 'tea', 'amount': 2.5}, who='bob'))
print(t.safe_substitute(who='x'))
print(attempt(lambda: t.substitute(who='x')))
print(attempt(lambda: Template('ok $').substitute()))
print(attempt(lambda: Template('line1\nline2 $1abc').substitute()))
print(attempt(lambda: Template('${bad').substitute(bad=1)))
print(Template('ok $ and ${ and $1 $x').safe_substitute(x='X'))
print(Template('$a$b${c}d').substitute(a=1, b=2, c=3), Template('').substitute(), Template('$_x9').substitute(_x9='u'))
print(Template('$x.y $x_y').safe_substitute(x='X'), t.get_identifiers(), t.is_valid(), Template('$').is_valid())
print(Template('café $ünï $naïve').safe_substitute(naïve='N', na='NA'))
class Percent(Template):
    delimiter = '%'
print(Percent('%who owes %%%amount').substitute(who='me', amount=5))
print(t.template)
