# textwrap: wrap/fill with hyphens, em-dashes, long words, indents, max_lines; shorten, dedent, indent
import textwrap

def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram -- used for "
        "type-setting and font-testing -- contains every letter of the alphabet. "
        "Supercalifragilisticexpialidocious words are long; so-called e-mail too.")
for width in (10, 15, 22, 30, 45, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap('aaaa-bbbb-cccc-dddd', 7), textwrap.wrap('x--y a-b-c-d ab-cd abc--def', 4))
print(textwrap.wrap('  leading and   inner   spaces  ', 10))
print(textwrap.wrap('  leading and   inner   spaces  ', 10, drop_whitespace=False))
print(textwrap.wrap('tabs\there\tand\nnewlines', 12), textwrap.wrap('a\tb', 20, expand_tabs=False))
print(textwrap.wrap('tabs\there', 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 25, max_lines=3, placeholder='...'))
print(textwrap.wrap('Hello there. How are you? Fine!', 80, fix_sentence_endings=True))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('word', 1))
print(attempt(lambda: textwrap.wrap('x', 0)), attempt(lambda: textwrap.wrap('x y', 3, max_lines=1, placeholder=' [....]')))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten(text, 50), textwrap.shorten(text, 40, placeholder=' (more)'))
w = textwrap.TextWrapper(width=16, subsequent_indent='> ')
print(w.wrap('one two three four five six seven eight nine ten'), w.width)
doc = '''
    def f():
        return 1
      # odd comment

    end
'''
print(repr(textwrap.dedent(doc)))
print(repr(textwrap.dedent('\tx\n\ty\n')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\nb\n  c\n', '+ ')), repr(textwrap.indent('a\nb', '> ', lambda line: True)))
